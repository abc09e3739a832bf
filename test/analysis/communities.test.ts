import { describe, expect, it } from 'vitest';
import {
  COMMUNITIES_DEFAULTS,
  computeCommunities,
  computeModularity,
  defaultCommunityRuns,
} from '../../src/analysis/communities.js';
import { buildNetwork, type Network } from '../../src/model/network.js';
import { loadExpected, loadSharedDataset, makeDataset } from '../helpers/shared.js';

type Edge = readonly [string, string, number?];

function net(ties: readonly Edge[], actors: readonly string[] = []): Network {
  return buildNetwork(makeDataset(ties, { actors }));
}

function labels(network: Network, partition: Readonly<Record<string, number>>): Int32Array {
  return Int32Array.from(network.ids, (id) => partition[id]!);
}

function clique(prefix: string, k: number): Edge[] {
  const edges: Edge[] = [];
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) edges.push([`${prefix}${i}`, `${prefix}${j}`]);
  return edges;
}

/** Communities numbered by size descending, then smallest member index; 0..count−1 all used. */
function expectCanonical(communityOf: Int32Array, count: number): void {
  const size = new Array<number>(count).fill(0);
  const first = new Array<number>(count).fill(-1);
  communityOf.forEach((c, i) => {
    expect(c).toBeGreaterThanOrEqual(0);
    expect(c).toBeLessThan(count);
    size[c]! += 1;
    if (first[c] === -1) first[c] = i;
  });
  for (let c = 0; c < count; c++) expect(size[c]).toBeGreaterThan(0);
  for (let c = 1; c < count; c++) {
    expect(size[c - 1]! > size[c]! || (size[c - 1] === size[c] && first[c - 1]! < first[c]!)).toBe(true);
  }
}

describe('computeModularity', () => {
  for (const name of ['karate', 'florentine', 'sondervang']) {
    it(`${name}: bestPartition from expected.json re-scores to bestModularity (1e-9)`, () => {
      const network = buildNetwork(loadSharedDataset(name));
      const { louvain } = loadExpected(name);
      expect(computeModularity(network, labels(network, louvain.bestPartition))).toBeCloseTo(louvain.bestModularity, 9);
    });
  }

  it('two triangles joined by one tie, split into the triangles: Q = 5/14', () => {
    // W = 7; each side: 3 ties inside, strength 7 → Q = 2·(3/7 − (7/14)²) = 5/14.
    const network = net([...clique('a', 3), ...clique('b', 3), ['a0', 'b0']]);
    const side = Int32Array.from(network.ids, (id) => (id.startsWith('a') ? 0 : 1));
    expect(computeModularity(network, side)).toBeCloseTo(5 / 14, 14);
  });

  it('weights count: a triangle with weights 1, 2, 3 split {a,b} | {c}', () => {
    // W = 6, w_ab = 1, w_bc = 2, w_ac = 3; s_a = 4, s_b = 3, s_c = 5.
    // Q = 1/6 − (7/12)² + 0 − (5/12)² = 1/6 − 74/144.
    const network = net([['a', 'b', 1], ['b', 'c', 2], ['a', 'c', 3]]);
    expect(computeModularity(network, Int32Array.from([0, 0, 1]))).toBeCloseTo(1 / 6 - 74 / 144, 14);
  });

  it('one community holding everything: 0; all singletons on a triangle: −1/3', () => {
    const network = net(clique('t', 3));
    expect(computeModularity(network, Int32Array.from([0, 0, 0]))).toBeCloseTo(0, 15);
    expect(computeModularity(network, Int32Array.from([0, 1, 2]))).toBeCloseTo(-1 / 3, 15);
  });

  it('no ties: null', () => {
    expect(computeModularity(net([], ['a', 'b']), Int32Array.from([0, 1]))).toBeNull();
    expect(computeModularity(net([]), new Int32Array(0))).toBeNull();
  });
});

describe('computeCommunities on the shared oracles (best of 20 seeded runs)', () => {
  for (const name of ['karate', 'florentine', 'sondervang']) {
    it(`${name}: bestModularity − 0.02 ≤ Q ≤ optimalModularity + 1e-9, partition well formed`, () => {
      const network = buildNetwork(loadSharedDataset(name));
      const { louvain } = loadExpected(name);
      const { communityOf, communities } = computeCommunities(network, COMMUNITIES_DEFAULTS);
      const q = communities.modularity!;
      expect(q).toBeGreaterThanOrEqual(louvain.bestModularity - 0.02);
      expect(q).toBeLessThanOrEqual(louvain.optimalModularity! + 1e-9);
      // The reported modularity is that of the partition returned.
      expect(computeModularity(network, communityOf)).toBe(q);
      expect(labels(network, communities.partition)).toEqual(communityOf);
      expectCanonical(communityOf, communities.count);
      // Isolates are communities of their own.
      for (let i = 0; i < network.n; i++) {
        if (network.offsets[i + 1] === network.offsets[i]) {
          expect(communityOf.filter((c) => c === communityOf[i])).toHaveLength(1);
        }
      }
      expect(communities).toMatchObject({ algorithm: 'louvain', seed: COMMUNITIES_DEFAULTS.seed, runs: COMMUNITIES_DEFAULTS.runs });
    });
  }

  it('florentine: the isolate Pucci is a community of its own, the last one', () => {
    const network = buildNetwork(loadSharedDataset('florentine'));
    const { communities } = computeCommunities(network, COMMUNITIES_DEFAULTS);
    const pucci = communities.partition.Pucci!;
    expect(Object.values(communities.partition).filter((c) => c === pucci)).toHaveLength(1);
    expect(pucci).toBe(communities.count - 1); // the only singleton, so numbered last
  });

  it('is deterministic: the same seed and runs give the identical partition', () => {
    const network = buildNetwork(loadSharedDataset('sondervang'));
    const a = computeCommunities(network, { seed: 7, runs: 5 });
    const b = computeCommunities(network, { seed: 7, runs: 5 });
    expect(b.communityOf).toEqual(a.communityOf);
    expect(b.communities).toEqual(a.communities);
  });

  it('keeps the run with the best modularity', () => {
    const network = buildNetwork(loadSharedDataset('sondervang'));
    const singles = [3, 4, 5, 6, 7, 8].map((seed) => computeCommunities(network, { seed, runs: 1 }));
    const qs = singles.map((s) => s.communities.modularity!);
    expect(new Set(qs).size).toBeGreaterThan(1); // the runs differ, so the choice matters
    const combined = computeCommunities(network, { seed: 3, runs: 6 });
    expect(combined.communities.modularity).toBe(Math.max(...qs));
    expect(combined.communityOf).toEqual(singles[qs.indexOf(Math.max(...qs))]!.communityOf);
  });
});

describe('computeCommunities: equally good runs', () => {
  it('cycle of 12: every run finds three arcs of 4 (Q = 5/12); the lowest seed wins', () => {
    // W = 12; an arc of 4: 3 ties inside, strength 8 → Q = 3·(3/12 − (8/24)²) = 5/12.
    const ids = Array.from({ length: 12 }, (_, i) => `c${String(i).padStart(2, '0')}`);
    const network = net(ids.map((id, i): Edge => [id, ids[(i + 1) % 12]!]));
    const singles = [2, 3, 4, 5].map((seed) => computeCommunities(network, { seed, runs: 1 }));
    for (const s of singles) expect(s.communities.modularity).toBeCloseTo(5 / 12, 14);
    // Precondition: the runs found different rotations, so "lowest seed" is what decides.
    expect(new Set(singles.map((s) => s.communityOf.join(','))).size).toBeGreaterThan(1);
    const combined = computeCommunities(network, { seed: 2, runs: 4 });
    expect(combined.communityOf).toEqual(singles[0]!.communityOf);
  });
});

describe('computeCommunities on hand cases', () => {
  it('four K5 joined in a ring by single ties: the four cliques, Q = 29/44', () => {
    // W = 44; each clique: 10 ties inside, strength 22 → Q = 4·(10/44 − 1/16) = 29/44.
    const ring: Edge[] = [['a0', 'b0'], ['b1', 'c0'], ['c1', 'd0'], ['d1', 'a1']];
    const network = net([...clique('a', 5), ...clique('b', 5), ...clique('c', 5), ...clique('d', 5), ...ring]);
    const { communities } = computeCommunities(network, { seed: 1, runs: 3 });
    expect(communities.count).toBe(4);
    expect(communities.modularity).toBeCloseTo(29 / 44, 14);
    for (const [k, prefix] of ['a', 'b', 'c', 'd'].entries()) {
      for (let i = 0; i < 5; i++) expect(communities.partition[`${prefix}${i}`]).toBe(k);
    }
  });

  it('triangle plus two isolates: the triangle is 0, each isolate its own community by id', () => {
    const network = net(clique('t', 3), ['z', 'y']);
    const { communities } = computeCommunities(network, { seed: 1, runs: 2 });
    expect(communities.partition).toEqual({ t0: 0, t1: 0, t2: 0, y: 1, z: 2 });
    expect(communities.count).toBe(3);
    expect(communities.modularity).toBeCloseTo(0, 15);
  });

  it('no ties: every actor its own community numbered by id, modularity null', () => {
    const { communityOf, communities } = computeCommunities(net([], ['b', 'a', 'c']), COMMUNITIES_DEFAULTS);
    expect([...communityOf]).toEqual([0, 1, 2]);
    expect(communities).toEqual({ algorithm: 'louvain', seed: 1, runs: 20, modularity: null, count: 3, partition: { a: 0, b: 1, c: 2 } });
  });

  it('no actors: count 0, empty partition, modularity null', () => {
    const { communityOf, communities } = computeCommunities(net([]), COMMUNITIES_DEFAULTS);
    expect(communityOf).toHaveLength(0);
    expect(communities).toMatchObject({ modularity: null, count: 0, partition: {} });
  });

  it('refuses runs < 1 or fractional seeds and runs', () => {
    const network = net(clique('t', 3));
    expect(() => computeCommunities(network, { seed: 1, runs: 0 })).toThrow(RangeError);
    expect(() => computeCommunities(network, { seed: 1, runs: 1.5 })).toThrow(RangeError);
    expect(() => computeCommunities(network, { seed: 0.5, runs: 1 })).toThrow(RangeError);
  });
});

describe('defaultCommunityRuns', () => {
  it('is 20 up to 50,000 ties, then ⌊1e6 / m⌋, at least 1', () => {
    expect(defaultCommunityRuns(0)).toBe(20);
    expect(defaultCommunityRuns(78)).toBe(20);
    expect(defaultCommunityRuns(50_000)).toBe(20);
    expect(defaultCommunityRuns(50_001)).toBe(19);
    expect(defaultCommunityRuns(100_000)).toBe(10);
    expect(defaultCommunityRuns(500_000)).toBe(2);
    expect(defaultCommunityRuns(3_000_000)).toBe(1);
  });
});
