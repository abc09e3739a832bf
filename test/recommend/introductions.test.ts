/**
 * recommend/introductions: candidate pairs from shared contacts, ranked by
 * reasons and Adamic–Adar. Hand-derived on
 *
 *   u (A) — z1 (C) — w (B)        z1 has 2 ties, z2 has 3
 *   u (A) — z2 (C) — w (B)
 *           z2 — y (C)            y hangs on z2
 *
 * Cross-group pairs not tied that share a contact: (u, w) via z1 and z2:
 * AA = 1/ln 2 + 1/ln 3, and A–B have no tie (new-sector-link); (u, y) and
 * (w, y) via z2: AA = 1/ln 3, and y reaches the rest only through z2
 * (second-route around z2). z1–y and z1–z2 are in the same group (C).
 */
import { describe, expect, it } from 'vitest';
import { contextOf, datasetOf } from './fixture.js';
import { computeIntroductions, sharedContacts } from '../../src/recommend/introductions.js';

const actor = (id: string, sector: string) => ({ id, label: null, sector, attributes: {} });
const dataset = datasetOf(
  [actor('u', 'A'), actor('w', 'B'), actor('y', 'C'), actor('z1', 'C'), actor('z2', 'C')],
  [['u', 'z1'], ['z1', 'w'], ['u', 'z2'], ['z2', 'w'], ['z2', 'y']],
);

describe('computeIntroductions', () => {
  const ctx = contextOf(dataset);
  const result = computeIntroductions(ctx);
  const named = result.pairs.map((p) => ({
    pair: [ctx.id(p.a), ctx.id(p.b)],
    aa: p.adamicAdar,
    common: p.common,
    reasons: p.reasons.filter((r) => r !== 'across-clusters'),
    around: p.around === -1 ? null : ctx.id(p.around),
  }));

  it('finds exactly the three cross-group pairs with shared contacts', () => {
    expect(named.map((p) => p.pair.join('-')).sort()).toEqual(['u-w', 'u-y', 'w-y']);
    expect(result.complete).toBe(true);
  });
  it('ranks the pair with the strongest shared contacts first, with its Adamic–Adar', () => {
    expect(named[0]).toEqual({ pair: ['u', 'w'], aa: 1 / Math.log(2) + 1 / Math.log(3), common: 2, reasons: ['new-sector-link'], around: null });
  });
  it('marks the pairs that give y a second route around z2', () => {
    for (const p of named.slice(1)) {
      expect(p.aa).toBeCloseTo(1 / Math.log(3), 12);
      expect(p.reasons).toEqual(['second-route']);
      expect(p.around).toBe('z2');
    }
  });
  it('keeps the best pair per never-tied group pair for missing-sector-link', () => {
    const G = ctx.groupCount;
    const best = result.bestForMissing.get(0 * G + 1); // A = 0, B = 1
    expect(best && [ctx.id(best.a), ctx.id(best.b)]).toEqual(['u', 'w']);
  });
  it('lists shared contacts by merging sorted rows', () => {
    expect(sharedContacts(ctx, ctx.network.indexOf.get('u')!, ctx.network.indexOf.get('w')!).map(ctx.id)).toEqual(['z1', 'z2']);
  });
  it('stops at the work budget and says so', () => {
    const tight = contextOf(dataset);
    const limited = computeIntroductions({ ...tight, thresholds: { ...tight.thresholds, introductions: { ...tight.thresholds.introductions, budget: 1 } } });
    expect(limited.complete).toBe(false);
    expect(limited.pairs.length).toBeLessThan(3);
  });
});
