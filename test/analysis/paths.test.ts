/**
 * paths.ts: hop-count betweenness, closeness (W–F), harmonic, diameter and
 * mean distance of component 0. Known answers from the shared oracles
 * (networkx 2.8.8, cross-checked with igraph) and from small graphs derived by
 * hand (derivations in the comments).
 */
import { describe, expect, it } from 'vitest';
import { computePaths, EXACT_BETWEENNESS } from '../../src/analysis/paths.js';
import {
  blockCount,
  createBlockSums,
  createPathAccumulator,
  SOURCE_BLOCK,
  type PassPlan,
} from '../../src/analysis/paths-core.js';
import { createPassWorkspace, runBlock, type PassWorkspace } from '../../src/analysis/paths-pass.js';
import { buildNetwork, type Network } from '../../src/model/network.js';
import { loadExpected, loadSharedDataset, makeDataset } from '../helpers/shared.js';
import { partnershipDataset } from '../helpers/partnership.js';
import { InternalError } from '../../src/errors.js';

const TOL = 1e-9;

/** Components numbered by size desc, then smallest index (= smallest id): the contract's order. */
function componentOf(net: Network): Int32Array {
  const label = new Int32Array(net.n).fill(-1);
  const members: number[][] = [];
  for (let s = 0; s < net.n; s++) {
    if (label[s] !== -1) continue;
    const c = members.length;
    const queue = [s];
    label[s] = c;
    for (let h = 0; h < queue.length; h++) {
      const v = queue[h]!;
      for (let p = net.offsets[v]!; p < net.offsets[v + 1]!; p++) {
        const w = net.targets[p]!;
        if (label[w] === -1) {
          label[w] = c;
          queue.push(w);
        }
      }
    }
    members.push(queue);
  }
  const rank = members
    .map((m, c) => ({ c, size: m.length, min: Math.min(...m) }))
    .sort((a, b) => b.size - a.size || a.min - b.min);
  const renumber = new Int32Array(members.length);
  rank.forEach((r, i) => (renumber[r.c] = i));
  return label.map((c) => renumber[c]!);
}

/**
 * The plain Brandes kernel over the sources of `ranges`, in order, summed into
 * one accumulator: every source searched with multiplicity 1 and nothing
 * folded (each component marked sampled, each actor drawn once).
 */
function plainPass(net: Network, comp: Int32Array, ranges: readonly (readonly [number, number])[]) {
  const components = comp.reduce((a, c) => Math.max(a, c + 1), 0);
  const plan = (from: number, to: number): PassPlan => ({
    sources: Int32Array.from({ length: to - from }, (_, k) => from + k),
    counts: new Float64Array(to - from).fill(1),
    sampledComponent: new Uint8Array(components).fill(1),
    weighted: false,
    sampling: true,
  });
  const acc = createPathAccumulator(net.n);
  const sums = createBlockSums(plan(0, 0), net.n);
  const works: PassWorkspace[] = [];
  for (const [from, to] of ranges) {
    const p = plan(from, to);
    const work = createPassWorkspace(net, comp, p, 'heap');
    for (let b = 0; b < blockCount(p); b++) runBlock(net, p, b, sums, acc, work);
    works.push(work);
  }
  return { ...acc, dependency: sums.dependency, works };
}

function paths(ties: readonly (readonly [string, string, number?])[], actors: readonly string[] = []) {
  const net = buildNetwork(makeDataset(ties, { actors }));
  const result = computePaths(net, componentOf(net));
  const at = (values: Float64Array) => (id: string): number => values[net.indexOf.get(id)!]!;
  return { net, result, b: at(result.betweenness), c: at(result.closeness), h: at(result.harmonic) };
}

describe('computePaths on the shared oracles', () => {
  for (const name of ['karate', 'florentine', 'sondervang']) {
    it(`${name}: betweenness, closeness, harmonic, diameter and mean distance match expected.json`, () => {
      const net = buildNetwork(loadSharedDataset(name));
      const expected = loadExpected(name);
      const comp = componentOf(net);
      const result = computePaths(net, comp);
      expect(net.n).toBe(expected.summary.actors);
      for (let i = 0; i < net.n; i++) {
        const want = expected.actors[net.ids[i]!]!;
        expect(comp[i]).toBe(want.component); // the test's own helper agrees with the oracle
        expect(Math.abs(result.betweenness[i]! - (want.betweenness as number))).toBeLessThanOrEqual(TOL);
        expect(Math.abs(result.closeness[i]! - (want.closeness as number))).toBeLessThanOrEqual(TOL);
        expect(Math.abs(result.harmonic[i]! - (want.harmonic as number))).toBeLessThanOrEqual(TOL);
      }
      expect(result.diameterOfLargestComponent).toBe(expected.summary.diameterOfLargestComponent);
      expect(Math.abs(result.averageShortestPathLargestComponent - expected.summary.averageShortestPathLargestComponent!))
        .toBeLessThanOrEqual(TOL);
      expect(result.method).toEqual({ exact: true, samples: null, epsilon: null, delta: null });
    });
  }
});

describe('computePaths on hand-derived graphs', () => {
  it('path a-b-c-d-e', () => {
    // Unordered pairs through b: (a,c),(a,d),(a,e) = 3; through c: (a,d),(a,e),(b,d),(b,e) = 4.
    // Factor 2/((n-1)(n-2)) = 1/6. Closeness (connected): 4/Σd; Σd(a)=10, Σd(b)=7, Σd(c)=6.
    // Ordered distance total 2·(4·1+3·2+2·3+1·4) = 40 over 20 ordered pairs.
    const { result, b, c, h } = paths([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']]);
    expect(b('a')).toBe(0);
    expect(b('b')).toBeCloseTo(3 / 6, 12);
    expect(b('c')).toBeCloseTo(4 / 6, 12);
    expect(b('d')).toBeCloseTo(3 / 6, 12);
    expect(c('a')).toBeCloseTo(4 / 10, 12);
    expect(c('b')).toBeCloseTo(4 / 7, 12);
    expect(c('c')).toBeCloseTo(4 / 6, 12);
    expect(h('a')).toBeCloseTo((1 + 1 / 2 + 1 / 3 + 1 / 4) / 4, 12);
    expect(h('c')).toBeCloseTo((1 / 2 + 1 + 1 + 1 / 2) / 4, 12);
    expect(result.diameterOfLargestComponent).toBe(4);
    expect(result.averageShortestPathLargestComponent).toBeCloseTo(2, 12);
  });

  it('star with centre z and four leaves', () => {
    // All C(4,2) = 6 leaf pairs pass through z: 6 · 1/6 = 1. Leaf: Σd = 1 + 3·2 = 7.
    // Ordered distances: 8 centre–leaf at 1, 12 leaf–leaf at 2 → 32/20.
    const { result, b, c, h } = paths([['z', 'a'], ['z', 'b'], ['z', 'c'], ['z', 'd']]);
    expect(b('z')).toBeCloseTo(1, 12);
    for (const leaf of ['a', 'b', 'c', 'd']) {
      expect(b(leaf)).toBe(0);
      expect(c(leaf)).toBeCloseTo(4 / 7, 12);
      expect(h(leaf)).toBeCloseTo((1 + 3 / 2) / 4, 12);
    }
    expect(c('z')).toBeCloseTo(1, 12);
    expect(h('z')).toBeCloseTo(1, 12);
    expect(result.diameterOfLargestComponent).toBe(2);
    expect(result.averageShortestPathLargestComponent).toBeCloseTo(1.6, 12);
  });

  it('Krackhardt kite (Krackhardt 1990)', () => {
    // Raw betweenness: Andre/Beverly 5/6, Diane 11/3, Fernando/Garth 25/3, Heather 14, Ike 8, others 0;
    // factor 2/(9·8) = 1/36. Distance counts per actor (d=1,2,3,4) give Σd and Σ1/d:
    // Andre 4,3,1,1 (17); Carol 3,4,1,1 (18); Diane 6,1,1,1 (15); Fernando 5,3,1 (14);
    // Heather 3,6 (15); Ike 2,2,5 (21); Jane 1,1,2,5 (29). Σ of all Σd = 178 over 90 ordered pairs.
    const { result, b, c, h } = paths([
      ['Andre', 'Beverly'], ['Andre', 'Carol'], ['Andre', 'Diane'], ['Andre', 'Fernando'],
      ['Beverly', 'Diane'], ['Beverly', 'Ed'], ['Beverly', 'Garth'], ['Carol', 'Diane'], ['Carol', 'Fernando'],
      ['Diane', 'Ed'], ['Diane', 'Fernando'], ['Diane', 'Garth'], ['Ed', 'Garth'], ['Fernando', 'Garth'],
      ['Fernando', 'Heather'], ['Garth', 'Heather'], ['Heather', 'Ike'], ['Ike', 'Jane'],
    ]);
    const raw: Record<string, number> = {
      Andre: 5 / 6, Beverly: 5 / 6, Carol: 0, Diane: 11 / 3, Ed: 0,
      Fernando: 25 / 3, Garth: 25 / 3, Heather: 14, Ike: 8, Jane: 0,
    };
    const counts: Record<string, number[]> = {
      Andre: [4, 3, 1, 1], Beverly: [4, 3, 1, 1], Carol: [3, 4, 1, 1], Diane: [6, 1, 1, 1], Ed: [3, 4, 1, 1],
      Fernando: [5, 3, 1], Garth: [5, 3, 1], Heather: [3, 6], Ike: [2, 2, 5], Jane: [1, 1, 2, 5],
    };
    for (const [id, value] of Object.entries(raw)) {
      expect(Math.abs(b(id) - value / 36)).toBeLessThanOrEqual(TOL);
      const k = counts[id]!;
      const sum = k.reduce((acc, cnt, d) => acc + cnt * (d + 1), 0);
      const inv = k.reduce((acc, cnt, d) => acc + cnt / (d + 1), 0);
      expect(Math.abs(c(id) - 9 / sum)).toBeLessThanOrEqual(TOL);
      expect(Math.abs(h(id) - inv / 9)).toBeLessThanOrEqual(TOL);
    }
    expect(result.diameterOfLargestComponent).toBe(4);
    expect(result.averageShortestPathLargestComponent).toBeCloseTo(178 / 90, 12);
  });

  it('isolates and a second component: W–F closeness, n counts everyone, component 0 only', () => {
    // a-b-c, f-g, isolate x: n = 6, factor 2/(5·4) = 1/10; b carries (a,c).
    // closeness a: (2/3)·(2/5); b: (2/2)·(2/5); f: (1/1)·(1/5). harmonic: a 1.5/5, b 2/5, f 1/5.
    // Component 0 = {a,b,c}: diameter 2, ordered distances 2·(1+1+2) = 8 over 6.
    const { result, b, c, h } = paths([['a', 'b'], ['b', 'c'], ['f', 'g']], ['x']);
    expect(b('b')).toBeCloseTo(1 / 10, 12);
    for (const id of ['a', 'c', 'f', 'g', 'x']) expect(b(id)).toBe(0);
    expect(c('a')).toBeCloseTo(4 / 15, 12);
    expect(c('b')).toBeCloseTo(2 / 5, 12);
    expect(c('f')).toBeCloseTo(1 / 5, 12);
    expect(c('x')).toBe(0);
    expect(h('a')).toBeCloseTo(0.3, 12);
    expect(h('b')).toBeCloseTo(0.4, 12);
    expect(h('g')).toBeCloseTo(0.2, 12);
    expect(h('x')).toBe(0);
    expect(result.diameterOfLargestComponent).toBe(2);
    expect(result.averageShortestPathLargestComponent).toBeCloseTo(4 / 3, 12);
  });

  it('empty network', () => {
    const { result } = paths([]);
    expect(result.betweenness).toHaveLength(0);
    expect(result.closeness).toHaveLength(0);
    expect(result.harmonic).toHaveLength(0);
    expect(result.diameterOfLargestComponent).toBe(0);
    expect(result.averageShortestPathLargestComponent).toBe(0);
    expect(result.method).toBe(EXACT_BETWEENNESS);
  });

  it('one actor', () => {
    const { result } = paths([], ['solo']);
    expect([...result.betweenness]).toEqual([0]);
    expect([...result.closeness]).toEqual([0]);
    expect([...result.harmonic]).toEqual([0]);
    expect(result.diameterOfLargestComponent).toBe(0);
    expect(result.averageShortestPathLargestComponent).toBe(0);
  });

  it('two actors, tied and untied', () => {
    const tied = paths([['a', 'b']]).result;
    expect([...tied.betweenness]).toEqual([0, 0]);
    expect([...tied.closeness]).toEqual([1, 1]);
    expect([...tied.harmonic]).toEqual([1, 1]);
    expect(tied.diameterOfLargestComponent).toBe(1);
    expect(tied.averageShortestPathLargestComponent).toBe(1);

    const apart = paths([], ['a', 'b']).result;
    expect([...apart.betweenness]).toEqual([0, 0]);
    expect([...apart.closeness]).toEqual([0, 0]);
    expect([...apart.harmonic]).toEqual([0, 0]);
    expect(apart.diameterOfLargestComponent).toBe(0);
    expect(apart.averageShortestPathLargestComponent).toBe(0);
  });

  it('counts beyond 2^32 shortest paths (chain of 40 diamonds)', () => {
    // c0 … c40 joined by diamonds c(i-1)–{xi, yi}–ci: σ(c0, c40) = 2^40, which a Uint32 count wraps.
    // Raw betweenness: ci gets 9·i·(k−i) (3i actors left of it, 3(k−i) right) plus 1/2 for the pair
    // {xi, yi} and 1/2 for {x(i+1), y(i+1)} where those exist; a middle of diamond i gets
    // (3i−2)(3(k−i)+1)/2. n = 3k + 1.
    const k = 40;
    const ties: [string, string][] = [];
    const c = (i: number) => `c${String(i).padStart(2, '0')}`;
    for (let i = 1; i <= k; i++) {
      for (const side of ['x', 'y']) {
        ties.push([c(i - 1), `m${String(i).padStart(2, '0')}${side}`], [`m${String(i).padStart(2, '0')}${side}`, c(i)]);
      }
    }
    const { net, b } = paths(ties);
    const n = 3 * k + 1;
    expect(net.n).toBe(n);
    const scale = 2 / ((n - 1) * (n - 2)); // raw counts unordered pairs
    for (let i = 0; i <= k; i++) {
      const raw = 9 * i * (k - i) + (i > 0 ? 0.5 : 0) + (i < k ? 0.5 : 0);
      expect(Math.abs(b(c(i)) - raw * scale)).toBeLessThanOrEqual(TOL);
    }
    for (let i = 1; i <= k; i++) {
      const raw = ((3 * i - 2) * (3 * (k - i) + 1)) / 2;
      expect(Math.abs(b(`m${String(i).padStart(2, '0')}x`) - raw * scale)).toBeLessThanOrEqual(TOL);
    }
  });
});

describe('the pass kernel (runBlock) over plain source ranges', () => {
  it('splitting the source range gives identical results and leaves the workspace clean', () => {
    const net = buildNetwork(loadSharedDataset('sondervang'));
    const comp = componentOf(net);
    const whole = plainPass(net, comp, [[0, net.n]]);
    const work = whole.works[0]!.hop;
    expect(work.dist.every((d) => d === -1)).toBe(true);
    expect(work.sigma.every((s) => s === 0)).toBe(true);
    expect(work.pushed.every((s) => s === 0)).toBe(true);

    const split = plainPass(net, comp, [[0, 7], [7, 8], [8, 30], [30, net.n]]);
    expect([...split.dependency]).toEqual([...whole.dependency]);
    expect([...split.distanceSum]).toEqual([...whole.distanceSum]);
    expect([...split.reached]).toEqual([...whole.reached]);
    expect([...split.inverseDistanceSum]).toEqual([...whole.inverseDistanceSum]);
    expect([...split.eccentricity]).toEqual([...whole.eccentricity]);
  });

  it('computePaths spans several source blocks correctly (n > SOURCE_BLOCK)', () => {
    // A cycle of N: every actor has raw betweenness Σ over pairs of interior points; by symmetry
    // all equal, and Σ_i B_i(raw, unordered) = Σ_{pairs} (d − 1) with ties halved on the even cycle.
    // For even N = 2h: each actor's distance multiset is {1,1,2,2,…,h−1,h−1,h}; Σ_pairs(d−1) =
    // N/2 · (2·Σ_{d=1}^{h−1}(d−1) + (h−1)) = N/2 · ((h−1)(h−2) + h − 1) = N/2 · (h−1)².
    const N = 2 * SOURCE_BLOCK + 38;
    const h = N / 2;
    const ties: [string, string][] = [];
    const id = (i: number) => `v${String(i).padStart(4, '0')}`;
    for (let i = 0; i < N; i++) ties.push([id(i), id((i + 1) % N)]);
    const { result } = paths(ties);
    const rawEach = ((N / 2) * (h - 1) ** 2) / N;
    const expected = (rawEach * 2) / ((N - 1) * (N - 2));
    for (const value of result.betweenness) expect(Math.abs(value - expected)).toBeLessThanOrEqual(TOL);
    const sumD = 2 * ((h - 1) * h) / 2 + h;
    for (const value of result.closeness) expect(Math.abs(value - (N - 1) / sumD)).toBeLessThanOrEqual(TOL);
    expect(result.diameterOfLargestComponent).toBe(h);
    expect(Math.abs(result.averageShortestPathLargestComponent - sumD / (N - 1))).toBeLessThanOrEqual(TOL);
  });
});

/** Textbook Brandes (2001, Algorithm 1) with predecessor lists, and plain BFS distances: an independent reference. */
function referencePaths(n: number, edges: readonly (readonly [number, number])[]) {
  const adj: number[][] = Array.from({ length: n }, () => []);
  for (const [u, v] of edges) {
    adj[u]!.push(v);
    adj[v]!.push(u);
  }
  const cb = new Array<number>(n).fill(0);
  const closeness = new Array<number>(n).fill(0);
  const harmonic = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++) {
    const stack: number[] = [];
    const pred: number[][] = Array.from({ length: n }, () => []);
    const sigma = new Array<number>(n).fill(0);
    const dist = new Array<number>(n).fill(-1);
    sigma[s] = 1;
    dist[s] = 0;
    const queue = [s];
    for (let h = 0; h < queue.length; h++) {
      const v = queue[h]!;
      stack.push(v);
      for (const w of adj[v]!) {
        if (dist[w]! < 0) {
          queue.push(w);
          dist[w] = dist[v]! + 1;
        }
        if (dist[w] === dist[v]! + 1) {
          sigma[w]! += sigma[v]!;
          pred[w]!.push(v);
        }
      }
    }
    const delta = new Array<number>(n).fill(0);
    while (stack.length > 0) {
      const w = stack.pop()!;
      for (const v of pred[w]!) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      if (w !== s) cb[w]! += delta[w]!;
    }
    const reach = dist.filter((d) => d >= 0).length;
    const total = dist.reduce((a, d) => a + (d > 0 ? d : 0), 0);
    closeness[s] = total > 0 ? ((reach - 1) / total) * ((reach - 1) / (n - 1)) : 0;
    harmonic[s] = n > 1 ? dist.reduce((a, d) => a + (d > 0 ? 1 / d : 0), 0) / (n - 1) : 0;
  }
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
  return { betweenness: cb.map((x) => x * scale), closeness, harmonic };
}

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

describe('computePaths against an independent textbook Brandes', () => {
  // Shapes chosen to drive every branch: top-down and bottom-up levels, pull and push backward steps,
  // several components and isolates, long paths (many levels), dense cores.
  const shapes: [string, number, (rand: () => number) => [number, number][]][] = [
    ['sparse random, avg degree 3, with isolates', 120, (rand) => randomEdges(120, 180, rand)],
    ['dense random, avg degree 20', 60, (rand) => randomEdges(60, 600, rand)],
    ['random tree', 150, (rand) => Array.from({ length: 149 }, (_, i) => [Math.floor(rand() * (i + 1)), i + 1] as [number, number])],
    ['three random blocks (components)', 90, (rand) => [
      ...randomEdges(40, 120, rand),
      ...randomEdges(30, 60, rand).map(([u, v]) => [u + 40, v + 40] as [number, number]),
      ...randomEdges(15, 20, rand).map(([u, v]) => [u + 70, v + 70] as [number, number]),
    ]],
    ['cycle with chords', 80, (rand) => [
      ...Array.from({ length: 80 }, (_, i) => [i, (i + 1) % 80] as [number, number]),
      ...randomEdges(80, 10, rand),
    ]],
  ];
  for (const [name, n, make] of shapes) {
    it(name, () => {
      const rand = lcg(n * 7919 + name.length);
      const edges = dedupe(make(rand));
      const id = (i: number) => `n${String(i).padStart(3, '0')}`;
      const net = buildNetwork(makeDataset(edges.map(([u, v]) => [id(u), id(v)] as const), {
        actors: Array.from({ length: n }, (_, i) => id(i)),
      }));
      const result = computePaths(net, componentOf(net));
      const want = referencePaths(n, edges);
      for (let i = 0; i < n; i++) {
        expect(Math.abs(result.betweenness[i]! - want.betweenness[i]!)).toBeLessThanOrEqual(1e-12);
        expect(Math.abs(result.closeness[i]! - want.closeness[i]!)).toBeLessThanOrEqual(1e-12);
        expect(Math.abs(result.harmonic[i]! - want.harmonic[i]!)).toBeLessThanOrEqual(1e-12);
      }
    });
  }
});

describe('computePaths input checks', () => {
  it('rejects a componentOf of the wrong length or one that splits a tie', () => {
    const net = buildNetwork(makeDataset([['a', 'b'], ['b', 'c']], { actors: ['d'] }));
    expect(() => computePaths(net, new Int32Array(3))).toThrow(InternalError);
    expect(() => computePaths(net, Int32Array.from([0, 0, 1, 2]))).toThrow(InternalError);
    expect(() => computePaths(net, Int32Array.from([0, 0, 0, 9]))).toThrow(InternalError);
  });
});

function randomEdges(n: number, m: number, rand: () => number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < m; k++) {
    const u = Math.floor(rand() * n);
    const v = Math.floor(rand() * n);
    if (u !== v) out.push([u, v]);
  }
  return out;
}

function dedupe(edges: readonly [number, number][]): [number, number][] {
  const seen = new Set<string>();
  const out: [number, number][] = [];
  for (const [a, b] of edges) {
    const [u, v] = a < b ? [a, b] : [b, a];
    const key = `${u},${v}`;
    if (u === v || seen.has(key)) continue;
    seen.add(key);
    out.push([u, v]);
  }
  return out;
}

describe('degree-1 folding and renumbering (computePaths)', () => {
  it('equal the plain kernel over every source, per-source figures of folded actors included', () => {
    // The plain kernel searches from every actor in index order; computePaths folds degree-1
    // actors into their neighbour and searches a renumbered copy.
    const net = buildNetwork(partnershipDataset(400, 5));
    const comp = componentOf(net);
    const plain = plainPass(net, comp, [[0, net.n]]);
    const result = computePaths(net, comp);
    const scale = 1 / ((net.n - 1) * (net.n - 2));
    let folded = 0;
    for (let v = 0; v < net.n; v++) {
      if (net.offsets[v + 1]! - net.offsets[v]! === 1) folded++;
      expect(Math.abs(result.betweenness[v]! - plain.dependency[v]! * scale)).toBeLessThanOrEqual(1e-12);
      const r = plain.reached[v]!;
      const total = plain.distanceSum[v]!;
      const closeness = r > 1 && total > 0 ? ((r - 1) / total) * ((r - 1) / (net.n - 1)) : 0;
      expect(Math.abs(result.closeness[v]! - closeness)).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(result.harmonic[v]! - plain.inverseDistanceSum[v]! / (net.n - 1))).toBeLessThanOrEqual(1e-12);
    }
    expect(folded).toBeGreaterThan(40);
    let diameter = 0;
    for (let v = 0; v < net.n; v++) if (comp[v] === 0) diameter = Math.max(diameter, plain.eccentricity[v]!);
    expect(result.diameterOfLargestComponent).toBe(diameter);
  });
});
