/**
 * recommend/dependence: the share of cross-group shortest paths through the
 * facilitator. Hand-derived on a 5-cycle F–a–b–c–d–F with groups a: x,
 * b: y, c: x, d: y, F: z. Cross-group pairs without F: a–b (tied), b–c
 * (tied), c–d (tied), a–d (a–F–d, length 2, is the only shortest path;
 * a–b–c–d has length 3). So 1 of the 4 pairs runs through F entirely:
 * share 1/4, and every shortest path for that pair: allThrough 1/4.
 */
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../helpers/shared.js';
import { buildNetwork } from '../../src/model/network.js';
import { computeDependence } from '../../src/recommend/dependence.js';

const cycle = makeDataset([['F', 'a'], ['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'F']], {
  actors: [
    { id: 'F', sector: 'z' },
    { id: 'a', sector: 'x' },
    { id: 'b', sector: 'y' },
    { id: 'c', sector: 'x' },
    { id: 'd', sector: 'y' },
  ],
  groupBy: 'sector',
});

describe('computeDependence', () => {
  const net = buildNetwork(cycle);
  const F = net.indexOf.get('F')!;
  const one = new Int32Array(net.n);
  it('averages σ_st(F)/σ_st over ordered cross-group pairs', () => {
    const r = computeDependence(net, F, one, { exactLimit: 100, samples: 10 });
    expect(r).toEqual({ share: 0.25, allThrough: 0.25, pairs: 8, exact: true, sources: 4, crossGroup: true });
  });
  it('counts split shortest paths by their share', () => {
    // A 4-cycle F–a–b–c–F with a: x, c: y: a–c has two shortest paths, one through F.
    const square = buildNetwork(
      makeDataset([['F', 'a'], ['a', 'b'], ['b', 'c'], ['c', 'F']], {
        actors: [{ id: 'F', sector: 'z' }, { id: 'a', sector: 'x' }, { id: 'b', sector: 'x' }, { id: 'c', sector: 'y' }],
        groupBy: 'sector',
      }),
    );
    const r = computeDependence(square, square.indexOf.get('F')!, new Int32Array(4), { exactLimit: 100, samples: 10 });
    // Pairs: a–c (½ through F), b–c (tied, 0): mean ¼; no pair runs only through F.
    expect(r.share).toBeCloseTo(0.25, 15);
    expect(r.allThrough).toBe(0);
  });
  it('gives the same value when "sampling" takes every source', () => {
    const exact = computeDependence(net, F, one, { exactLimit: 100, samples: 10 });
    const sampled = computeDependence(net, F, one, { exactLimit: 0, samples: 4 });
    expect(sampled.exact).toBe(false);
    expect(sampled.share).toBe(exact.share);
  });
  it('uses all pairs without a group column, and 0 for an isolated facilitator', () => {
    const plain = buildNetwork(makeDataset([['F', 'a'], ['F', 'b']], { actors: ['F', 'a', 'b', 'x'] }));
    const r = computeDependence(plain, plain.indexOf.get('F')!, new Int32Array([0, 0, 0, 1]), { exactLimit: 100, samples: 10 });
    expect(r.crossGroup).toBe(false);
    expect(r.share).toBe(1); // a–b only through F
    const iso = computeDependence(plain, plain.indexOf.get('x')!, new Int32Array([0, 0, 0, 1]), { exactLimit: 100, samples: 10 });
    expect(iso.share).toBe(0);
    expect(iso.pairs).toBe(0);
  });
});
