/** computeDegree: degree, strength, density, Freeman centralisation vs the shared oracles and hand-checked graphs. */
import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../src/model/network.js';
import { computeDegree } from '../../src/analysis/degree.js';
import { loadExpected, loadSharedDataset, makeDataset } from '../helpers/shared.js';
import { expectClose } from '../helpers/close.js';


describe.each(['karate', 'florentine', 'sondervang'])('computeDegree on %s', (name) => {
  const net = buildNetwork(loadSharedDataset(name));
  const expected = loadExpected(name);
  const result = computeDegree(net);

  it('degree and strength of every actor', () => {
    expect(net.n).toBe(Object.keys(expected.actors).length);
    for (const [id, metrics] of Object.entries(expected.actors)) {
      const i = net.indexOf.get(id)!;
      expect(result.degree[i], `degree ${id}`).toBe(metrics.degree);
      expectClose(result.strength[i]!, metrics.strength as number, `strength ${id}`);
    }
  });

  it('density and degree centralisation', () => {
    expectClose(result.density, expected.summary.density!, 'density');
    expectClose(result.centralization, expected.summary.degreeCentralization ?? null, 'centralization');
  });
});

describe('computeDegree on small graphs', () => {
  it('path a-b-c-d', () => {
    const r = computeDegree(buildNetwork(makeDataset([['a', 'b'], ['b', 'c'], ['c', 'd']])));
    expect([...r.degree]).toEqual([1, 2, 2, 1]);
    expect([...r.strength]).toEqual([1, 2, 2, 1]);
    expect(r.density).toBeCloseTo(3 / 6, 12);
    // Σ(2 − k) = 2 over (3·2)
    expect(r.centralization).toBeCloseTo(2 / 6, 12);
  });

  it('a star is maximally centralised; weights go into strength only', () => {
    const r = computeDegree(buildNetwork(makeDataset([['hub', 'a', 2], ['hub', 'b', 3], ['hub', 'c', 0.5], ['hub', 'd', 1]])));
    // ids sorted: a b c d hub
    expect([...r.degree]).toEqual([1, 1, 1, 1, 4]);
    expect([...r.strength]).toEqual([2, 3, 0.5, 1, 6.5]);
    expect(r.density).toBeCloseTo(8 / 20, 12);
    expect(r.centralization).toBeCloseTo(1, 12);
  });

  it('triangle with a pendant and an isolate', () => {
    const r = computeDegree(buildNetwork(makeDataset([['a', 'b'], ['a', 'c'], ['b', 'c'], ['c', 'd']], { actors: ['e'] })));
    expect([...r.degree]).toEqual([2, 2, 3, 1, 0]);
    expect(r.density).toBeCloseTo(8 / 20, 12);
    // kmax 3: (1 + 1 + 0 + 2 + 3) / (4·3)
    expect(r.centralization).toBeCloseTo(7 / 12, 12);
  });

  it('complete graph has centralisation 0 and density 1', () => {
    const r = computeDegree(buildNetwork(makeDataset([['a', 'b'], ['a', 'c'], ['b', 'c']])));
    expect(r.density).toBe(1);
    expect(r.centralization).toBe(0);
  });

  it('edgeless network of 3: density 0, centralisation 0', () => {
    const r = computeDegree(buildNetwork(makeDataset([], { actors: ['a', 'b', 'c'] })));
    expect(r.density).toBe(0);
    expect(r.centralization).toBe(0);
  });

  it('n = 0, 1, 2: density 0 below two actors, centralisation null below three', () => {
    const r0 = computeDegree(buildNetwork(makeDataset([])));
    expect(r0.degree.length).toBe(0);
    expect(r0.density).toBe(0);
    expect(r0.centralization).toBeNull();
    const r1 = computeDegree(buildNetwork(makeDataset([], { actors: ['a'] })));
    expect([...r1.degree]).toEqual([0]);
    expect(r1.density).toBe(0);
    expect(r1.centralization).toBeNull();
    const r2 = computeDegree(buildNetwork(makeDataset([['a', 'b', 2.5]])));
    expect([...r2.strength]).toEqual([2.5, 2.5]);
    expect(r2.density).toBe(1);
    expect(r2.centralization).toBeNull();
  });
});
