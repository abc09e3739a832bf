/**
 * directed-paths.ts: directed betweenness (networkx DiGraph definition) and
 * its weighted form (length 1/weight) against the networkx + igraph oracle of
 * fixtures/analysis/directed-paths (oracle.py → expected.json), against a
 * plain Brandes written here on graphs dense enough for every search
 * direction, byte-identical for any number of threads, and sampled with the
 * undirected rule and its bounds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeDirectedPaths, weakComponents } from '../../src/analysis/directed-paths.js';
import { sourceAnchor, weightedAnchor } from '../../src/analysis/directed-paths-kernel.js';
import { PARALLEL_MIN_WORK } from '../../src/analysis/paths.js';
import { exactWork } from '../../src/analysis/paths-core.js';
import { buildDirectedCsr, type DirectedCsr } from '../../src/model/arcs.js';
import { mulberry32 } from '../helpers/mulberry32.mjs';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/analysis/directed-paths');
const TOL = 1e-9;

interface Expected {
  readonly n: number;
  readonly arcs: number;
  readonly actors: Record<string, { betweenness: number; weightedBetweenness: number }>;
}
const EXPECTED = JSON.parse(readFileSync(path.join(FIXTURE, 'expected.json'), 'utf8')) as Record<'survey' | 'random', Expected>;

function csvRows(file: string): string[][] {
  return readFileSync(file, 'utf8').trim().split('\n').slice(1).map((line) => line.split(','));
}

/** A fixture network: actors in id (code-unit) order, as model/network.ts numbers them. */
function fixture(name: string): { ids: string[]; arcs: DirectedCsr } {
  const ids = csvRows(path.join(FIXTURE, name, 'actors.csv')).map((r) => r[0]!).sort();
  const indexOf = new Map(ids.map((id, i) => [id, i] as const));
  const rows = csvRows(path.join(FIXTURE, name, 'arcs.csv'));
  const arcs = buildDirectedCsr(
    ids.length,
    Int32Array.from(rows, (r) => indexOf.get(r[0]!)!),
    Int32Array.from(rows, (r) => indexOf.get(r[1]!)!),
    Float64Array.from(rows, (r) => Number(r[2])),
  );
  return { ids, arcs };
}

function fromList(n: number, list: readonly (readonly [number, number, number?])[]): DirectedCsr {
  return buildDirectedCsr(
    n,
    Int32Array.from(list, (a) => a[0]),
    Int32Array.from(list, (a) => a[1]),
    Float64Array.from(list, (a) => a[2] ?? 1),
  );
}


/** m distinct random arcs among n actors (the first `hubs` actors on many of them), weights 1..5. */
function randomArcs(n: number, m: number, seed: number, hubs = 0): DirectedCsr {
  const rand = mulberry32(seed);
  const seen = new Set<number>();
  const list: [number, number, number][] = [];
  while (list.length < m) {
    let u = Math.floor(rand() * n);
    let v = Math.floor(rand() * n);
    const roll = rand();
    if (hubs > 0 && roll < 0.2) u = Math.floor(rand() * hubs);
    else if (hubs > 0 && roll < 0.4) v = Math.floor(rand() * hubs);
    if (u === v || seen.has(u * n + v)) continue;
    seen.add(u * n + v);
    list.push([u, v, 1 + Math.floor(rand() * 5)]);
  }
  return fromList(n, list);
}

/** Plain Brandes on the out-arcs (queue BFS, predecessor lists), normalised by 1/((n−1)(n−2)). */
function referenceBetweenness(g: DirectedCsr): Float64Array {
  const { n, outOffsets, outTargets } = g;
  const b = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    const dist = new Int32Array(n).fill(-1);
    const sigma = new Float64Array(n);
    const preds: number[][] = Array.from({ length: n }, () => []);
    const order: number[] = [];
    dist[s] = 0;
    sigma[s] = 1;
    const queue = [s];
    for (let h = 0; h < queue.length; h++) {
      const v = queue[h]!;
      order.push(v);
      for (let p = outOffsets[v]!; p < outOffsets[v + 1]!; p++) {
        const w = outTargets[p]!;
        if (dist[w]! < 0) {
          dist[w] = dist[v]! + 1;
          queue.push(w);
        }
        if (dist[w] === dist[v]! + 1) {
          sigma[w]! += sigma[v]!;
          preds[w]!.push(v);
        }
      }
    }
    const delta = new Float64Array(n);
    for (let k = order.length - 1; k > 0; k--) {
      const w = order[k]!;
      for (const v of preds[w]!) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      b[w]! += delta[w]!;
    }
  }
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
  return b.map((x) => x * scale);
}

function bytes(a: Float64Array | null): Buffer {
  return a === null ? Buffer.alloc(0) : Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

function maxDiff(a: Float64Array, b: Float64Array): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i]! - b[i]!));
  return d;
}

describe('computeDirectedPaths on the networkx/igraph oracle (fixtures/analysis/directed-paths)', () => {
  for (const name of ['survey', 'random'] as const) {
    it(`${name}: betweenness and weighted betweenness (length 1/weight) within 1e-9`, () => {
      const { ids, arcs } = fixture(name);
      const want = EXPECTED[name];
      expect([arcs.n, arcs.m]).toEqual([want.n, want.arcs]);
      const result = computeDirectedPaths(arcs, { weighted: true });
      expect(result.method.exact).toBe(true);
      expect(result.estimate).toBeNull();
      ids.forEach((id, i) => {
        expect(Math.abs(result.betweenness[i]! - want.actors[id]!.betweenness), `${id} betweenness`).toBeLessThanOrEqual(TOL);
        expect(Math.abs(result.weightedBetweenness![i]! - want.actors[id]!.weightedBetweenness), `${id} weighted`).toBeLessThanOrEqual(TOL);
      });
      // Unweighted: no weighted array, the same hop-count values bit for bit.
      const plain = computeDirectedPaths(arcs);
      expect(plain.weightedBetweenness).toBeNull();
      expect(bytes(plain.betweenness).equals(bytes(result.betweenness))).toBe(true);
    });
  }

  it('the fixtures exercise folding, sinks, isolates, two weak components and weighted ties', () => {
    const { ids, arcs } = fixture('survey');
    const reverse = { n: arcs.n, offsets: arcs.inOffsets, targets: arcs.inTargets };
    const out = { n: arcs.n, offsets: arcs.outOffsets, targets: arcs.outTargets };
    // Hop counts fold every actor with one out-arc into a target that has not exactly one (with in-arcs too);
    // the weighted pass only those with no in-arc (a24 → a23 is not folded: a23 has one out-arc).
    const folded = ids.filter((_, v) => sourceAnchor(out, reverse, v) >= 0);
    expect(folded).toEqual(['a04', 'a09', 'a10', 'a13', 'a14', 'a15', 'a17', 'a18', 'a21', 'a23', 'a26']);
    expect(ids.filter((_, v) => weightedAnchor(out, reverse, v) >= 0)).toEqual(['a09', 'a10', 'a26']);
    const comp = weakComponents(arcs);
    expect(new Set(comp).size).toBe(4); // the big one, a18–a24, a26–a27, the isolate a25
    expect(comp[ids.indexOf('a25')]).toBe(3);
    // a05→a08 (length 1) ties with a05→a06→a07→a08 (3 × 1/3): a06 and a07 carry half of the pair.
    const want = EXPECTED.survey.actors;
    expect(want.a07!.weightedBetweenness).toBeGreaterThan(0);
    const r = fixture('random');
    const rr = { n: r.arcs.n, offsets: r.arcs.inOffsets, targets: r.arcs.inTargets };
    const ro = { n: r.arcs.n, offsets: r.arcs.outOffsets, targets: r.arcs.outTargets };
    expect(r.ids.filter((_, v) => sourceAnchor(ro, rr, v) >= 0).length).toBe(45);
    expect(r.ids.filter((_, v) => weightedAnchor(ro, rr, v) >= 0).length).toBe(40);
  });
});

describe('computeDirectedPaths against a plain Brandes', () => {
  const cases: [string, DirectedCsr][] = [
    ['sparse, many sinks and sources', randomArcs(300, 500, 1)],
    ['dense (bottom-up steps and pushes)', randomArcs(120, 3000, 2)],
    ['hubs', randomArcs(500, 3000, 3, 5)],
    ['a directed cycle of 60 and its chords', fromList(60, [...Array.from({ length: 60 }, (_, i) => [i, (i + 1) % 60] as const), [0, 30], [30, 0], [15, 45]])],
    ['a one-way path (in 0/out 1 at its start only)', fromList(8, Array.from({ length: 7 }, (_, i) => [i, i + 1] as const))],
    ['stars out of and into a centre', fromList(9, [[0, 1], [0, 2], [0, 3], [0, 4], [5, 0], [6, 0], [7, 0], [8, 0]])],
    // Actors with one out-arc that their target reaches again (folded with the pair correction):
    // 1 ⇄ 0, 2 → 0 reached through 0 → 3 → 2 and 0 → 4 → 2, 4 → 5 → 0, 3 → 6 → 7 → 0 (7 folded, 6 not: 7 has one out-arc).
    ['one out-arc back to a reaching hub', fromList(8, [[0, 1], [1, 0], [2, 0], [0, 3], [3, 2], [0, 4], [4, 2], [4, 5], [5, 0], [6, 7], [7, 0], [3, 6]])],
  ];
  for (const [name, g] of cases) {
    it(`${name}: within 1e-12, and weighted with equal weights is the hop count`, () => {
      const result = computeDirectedPaths(g);
      expect(maxDiff(result.betweenness, referenceBetweenness(g))).toBeLessThanOrEqual(1e-12);
      const uniform = buildDirectedCsr(g.n, ...arcList(g), new Float64Array(g.m).fill(3));
      const weighted = computeDirectedPaths(uniform, { weighted: true });
      expect(maxDiff(weighted.weightedBetweenness!, result.betweenness)).toBeLessThanOrEqual(1e-12);
    });
  }

  it('tiny and empty networks: zeros, not normalised for n ≤ 2', () => {
    expect(Array.from(computeDirectedPaths(fromList(0, [])).betweenness)).toEqual([]);
    expect(Array.from(computeDirectedPaths(fromList(1, [])).betweenness)).toEqual([0]);
    expect(Array.from(computeDirectedPaths(fromList(2, [[0, 1], [1, 0]]), { weighted: true }).weightedBetweenness!)).toEqual([0, 0]);
    expect(Array.from(computeDirectedPaths(fromList(3, [[0, 1], [1, 2]])).betweenness)).toEqual([0, 0.5, 0]);
    expect(Array.from(computeDirectedPaths(fromList(4, [])).betweenness)).toEqual([0, 0, 0, 0]);
  });
});

function arcList(g: DirectedCsr): [Int32Array, Int32Array] {
  const source = new Int32Array(g.m);
  const target = new Int32Array(g.m);
  for (let u = 0, a = 0; u < g.n; u++) {
    for (let p = g.outOffsets[u]!; p < g.outOffsets[u + 1]!; p++, a++) {
      source[a] = u;
      target[a] = g.outTargets[p]!;
    }
  }
  return [source, target];
}

describe('computeDirectedPaths on worker threads', () => {
  const big = randomArcs(3000, 9000, 4, 10);
  it('the test network is large enough for threads to be used', () => {
    const out = { n: big.n, offsets: big.outOffsets, targets: big.outTargets };
    expect(exactWork(out, weakComponents(big))).toBeGreaterThan(PARALLEL_MIN_WORK);
  });

  it('exact, weighted: 1, 2 and 3 threads give bit-identical results', () => {
    const one = computeDirectedPaths(big, { weighted: true, threads: 1 });
    for (const threads of [2, 3]) {
      const other = computeDirectedPaths(big, { weighted: true, threads });
      expect(bytes(other.betweenness).equals(bytes(one.betweenness))).toBe(true);
      expect(bytes(other.weightedBetweenness).equals(bytes(one.weightedBetweenness))).toBe(true);
    }
  });

  it('sampled: 1 and 2 threads give bit-identical estimates and bounds', () => {
    const opts = { weighted: true, samples: 400, seed: 5, exactWorkLimit: 0 };
    const one = computeDirectedPaths(big, { ...opts, threads: 1 });
    const two = computeDirectedPaths(big, { ...opts, threads: 2 });
    expect(one.method.exact).toBe(false);
    expect(bytes(two.betweenness).equals(bytes(one.betweenness))).toBe(true);
    expect(bytes(two.weightedBetweenness).equals(bytes(one.weightedBetweenness))).toBe(true);
    expect(two.estimate).toEqual(one.estimate);
  });
});

describe('computeDirectedPaths sampling (the undirected rule and bounds)', () => {
  const { arcs } = fixture('random');
  let cached: ReturnType<typeof computeDirectedPaths> | undefined;
  const exactValues = () => (cached ??= computeDirectedPaths(arcs, { weighted: true }));

  it('above the work limit: sampled, every actor within the stated ε of the exact value', () => {
    const exact = exactValues();
    const run = computeDirectedPaths(arcs, { weighted: true, samples: 200, seed: 3, exactWorkLimit: 0 });
    expect(run.method).toEqual({ exact: false, samples: 200, epsilon: run.estimate!.epsilon, delta: 0.1 });
    expect(run.estimate).toMatchObject({ draws: 200, sampledActors: 400, sampledComponents: 1, delta: 0.1, replacedByExact: false });
    expect(maxDiff(run.betweenness, exact.betweenness)).toBeLessThanOrEqual(run.estimate!.epsilon);
    expect(maxDiff(run.weightedBetweenness!, exact.weightedBetweenness!)).toBeLessThanOrEqual(run.estimate!.weightedEpsilon!);
    expect(maxDiff(run.betweenness, exact.betweenness)).toBeGreaterThan(0); // really an estimate
    // The seed decides the sample.
    const again = computeDirectedPaths(arcs, { weighted: true, samples: 200, seed: 3, exactWorkLimit: 0 });
    expect(bytes(again.betweenness).equals(bytes(run.betweenness))).toBe(true);
    const other = computeDirectedPaths(arcs, { weighted: true, samples: 200, seed: 4, exactWorkLimit: 0 });
    expect(bytes(other.betweenness).equals(bytes(run.betweenness))).toBe(false);
  });

  it('within the work limit, a sample that cannot single out the top 20 is replaced by the exact pass', () => {
    const exact = exactValues();
    const run = computeDirectedPaths(arcs, { weighted: true, samples: 50, seed: 3 });
    expect(run.estimate?.top.certified).toBe(false);
    expect(run.estimate?.replacedByExact).toBe(true);
    expect(run.method.exact).toBe(true);
    expect(bytes(run.betweenness).equals(bytes(exact.betweenness))).toBe(true);
    expect(bytes(run.weightedBetweenness).equals(bytes(exact.weightedBetweenness))).toBe(true);
  });

  it('exact and a budget at least the component size stay exact', () => {
    expect(computeDirectedPaths(arcs, { samples: 100, exact: true }).estimate).toBeNull();
    expect(computeDirectedPaths(arcs, { samples: 400 }).estimate).toBeNull();
  });
});
