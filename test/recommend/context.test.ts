/** recommend/context: the group tie matrix and the peripheral classification (the vulnerable flag: test/util/vulnerable.test.ts). */
import { describe, expect, it } from 'vitest';
import { medianDegree } from '../../src/recommend/context.js';
import { contextOf, loadFixture } from './fixture.js';

describe('createContext', () => {
  it('builds the sector × sector tie matrix (missing-link fixture: no privat–borger tie)', () => {
    const ctx = contextOf(loadFixture('missing-link'));
    const g = (name: string): number => ctx.network.groupNames.indexOf(name);
    expect(ctx.tiesBetween(g('privat'), g('borger'))).toBe(0);
    expect(ctx.tiesBetween(g('borger'), g('privat'))).toBe(0);
    // Step-4 ties stay inside each sector: 4 per sector.
    expect(ctx.tiesBetween(g('civil'), g('civil'))).toBe(4);
    // civil–privat: step 1 (a01–a02, …: 4) + step 2? (1→3 is borger, no) = 4; offentlig–privat: step 2, 8.
    expect(ctx.tiesBetween(g('civil'), g('privat'))).toBe(4);
    expect(ctx.tiesBetween(g('offentlig'), g('privat'))).toBe(8);
    expect(ctx.groupKind).toBe('sector');
  });
  it('classifies the peripheral vulnerable actors', () => {
    const ctx = contextOf(loadFixture('resident-cluster'));
    const p = ctx.peripheral();
    const flagged = ctx.network.ids.filter((_, i) => p.flagged[i] === 1);
    expect(flagged).toEqual(['R5']);
    expect(p.medianDegree).toBe(6);
    expect(p.fewTies).toBe(3);
  });
  it('computes the median degree of actors with ties', () => {
    expect(medianDegree(new Int32Array([0, 1, 3, 5]))).toBe(3);
    expect(medianDegree(new Int32Array([0, 2, 4]))).toBe(3);
    expect(medianDegree(new Int32Array([0, 0]))).toBe(0);
  });
});
