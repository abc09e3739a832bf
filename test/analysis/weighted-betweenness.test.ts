/**
 * weighted-betweenness.ts: Brandes–Dijkstra with length 1/weight and
 * tolerant tie detection. Known answers: the shared oracles (exact-arithmetic
 * values, see "Disagreements" in fixtures/oracles/README.md) and small
 * graphs derived by hand.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  accumulateWeightedSources,
  chooseQueue,
  computeWeightedBetweenness,
  createWeightedWorkspace,
  type WeightedQueue,
} from '../../src/analysis/weighted-betweenness.js';
import { InternalError } from '../../src/errors.js';
import { buildNetwork } from '../../src/model/network.js';
import { loadExpected, loadSharedDataset, makeDataset } from '../helpers/shared.js';
import { partnershipDataset } from '../helpers/partnership.js';
import { computePaths } from '../../src/analysis/paths.js';
import { computeComponents } from '../../src/analysis/components.js';

const TOL = 1e-9;

const QUEUES: readonly WeightedQueue[] = ['buckets', 'heap'];
let queue: WeightedQueue = 'buckets';

function weighted(ties: readonly (readonly [string, string, number?])[], actors: readonly string[] = []) {
  const net = buildNetwork(makeDataset(ties, { actors }));
  const values = computeWeightedBetweenness(net, queue);
  return { net, values, b: (id: string): number => values[net.indexOf.get(id)!]! };
}

describe('computeWeightedBetweenness on the shared oracles', () => {
  for (const name of ['karate', 'florentine', 'sondervang']) {
    it(`${name}: the default queue is buckets (weight ratio ≤ 256)`, () => {
      expect(chooseQueue(buildNetwork(loadSharedDataset(name)))).toBe('buckets');
    });
    for (const q of [undefined, ...QUEUES]) it(`${name} (${q ?? 'default'} queue): matches expected.json weightedBetweenness`, () => {
      const net = buildNetwork(loadSharedDataset(name));
      const expected = loadExpected(name);
      const values = computeWeightedBetweenness(net, q);
      expect(values).toHaveLength(expected.summary.actors!);
      for (let i = 0; i < net.n; i++) {
        const want = expected.actors[net.ids[i]!]!.weightedBetweenness as number;
        expect(Math.abs(values[i]! - want)).toBeLessThanOrEqual(TOL);
      }
    });
  }

  it('karate: 13→15 is a tie in exact arithmetic although the float sums differ', () => {
    // 13-4-3-33-15 (weights 3,3,2,3) and 13-4-14-34-15 (3,3,3,2): both 3/2.
    expect(1 / 3 + 1 / 3 + 1 / 2 + 1 / 3).not.toBe(1 / 3 + 1 / 3 + 1 / 3 + 1 / 2);
    const net = buildNetwork(loadSharedDataset('karate'));
    const values = computeWeightedBetweenness(net);
    const want = loadExpected('karate').actors['3']!.weightedBetweenness as number;
    expect(Math.abs(values[net.indexOf.get('3')!]! - want)).toBeLessThanOrEqual(TOL);
  });
});

for (const q of QUEUES) describe(`computeWeightedBetweenness on hand-derived graphs (${q} queue)`, () => {
  beforeEach(() => {
    queue = q;
  });

  it('decimal weights 0.1/0.2/0.3/0.6 whose path lengths are equal only in exact arithmetic', () => {
    // Cycle s-a-b-t-d-c-s with weights 0.1, 0.3, 0.3, 0.2, 0.1, 0.6, i.e. lengths
    // 10, 10/3, 10/3, 5, 10, 5/3 (total 100/3).
    // s↔t: s-a-b-t = 50/3 = s-c-d-t: a tie (a, b, c, d get 1/2 each), but in floats, summed from s,
    //   (10 + 10/3) + 10/3 = 16.666666666666668 and (5/3 + 10) + 5 = 16.666666666666664.
    // a↔d: a-b-t-d = 35/3 < a-s-c-d = 65/3 → b, t get 1. b↔c: b-a-s-c = 15 < b-t-d-c = 55/3 → a, s get 1.
    // Every 2-hop arc is shorter than half the cycle, so each actor is the middle of one 2-hop pair (+1).
    // Raw: s 2, a 2.5, b 2.5, t 2, d 1.5, c 1.5; factor 2/(5·4) = 1/10.
    expect((1 / 0.1 + 1 / 0.3) + 1 / 0.3).not.toBe((1 / 0.6 + 1 / 0.1) + 1 / 0.2);
    const { b } = weighted([
      ['s', 'a', 0.1], ['a', 'b', 0.3], ['b', 't', 0.3], ['t', 'd', 0.2], ['d', 'c', 0.1], ['c', 's', 0.6],
    ]);
    const want: Record<string, number> = { s: 0.2, a: 0.25, b: 0.25, t: 0.2, d: 0.15, c: 0.15 };
    for (const [id, value] of Object.entries(want)) expect(Math.abs(b(id) - value)).toBeLessThanOrEqual(TOL);
  });

  it('a strong detour beats a weak direct tie', () => {
    // a–c weight 1 (length 1) vs a-b-c weights 4, 4 (length 1/2): b carries (a,c). n = 3, factor 2/(2·1) = 1.
    const { b } = weighted([['a', 'c', 1], ['a', 'b', 4], ['b', 'c', 4]]);
    expect(b('b')).toBeCloseTo(1, 12);
    expect(b('a')).toBe(0);
    expect(b('c')).toBe(0);
  });

  it('equal-weight detour and direct tie split the pair', () => {
    // a–c weight 1 (length 1) vs a-b-c weights 2, 2 (length 1): σ_ac = 2, b gets 1/2.
    const { b } = weighted([['a', 'c', 1], ['a', 'b', 2], ['b', 'c', 2]]);
    expect(b('b')).toBeCloseTo(0.5, 12);
  });

  it('a later, strictly shorter path resets σ (relaxation order does not leak into the counts)', () => {
    // s reaches t directly (length 1/0.5 = 2), through x (0.5 + 0.5 = 1) and through y (0.5 + 0.5 = 1):
    // the direct tie is first seen and must be discarded; σ_st = 2, x and y get 1/2 each.
    // Pairs: (s,t) → x 1/2, y 1/2; (x,y): x-s-y = 1 = x-t-y → s 1/2, t 1/2. n = 4, factor 2/(3·2) = 1/3.
    const { b } = weighted([['s', 't', 0.5], ['s', 'x', 2], ['x', 't', 2], ['s', 'y', 2], ['y', 't', 2]]);
    for (const id of ['s', 't', 'x', 'y']) expect(b(id)).toBeCloseTo(0.5 / 3, 12);
  });

  it('unit weights give the hop-count betweenness (Krackhardt kite)', () => {
    const { b } = weighted([
      ['Andre', 'Beverly', 1], ['Andre', 'Carol', 1], ['Andre', 'Diane', 1], ['Andre', 'Fernando', 1],
      ['Beverly', 'Diane', 1], ['Beverly', 'Ed', 1], ['Beverly', 'Garth', 1], ['Carol', 'Diane', 1],
      ['Carol', 'Fernando', 1], ['Diane', 'Ed', 1], ['Diane', 'Fernando', 1], ['Diane', 'Garth', 1],
      ['Ed', 'Garth', 1], ['Fernando', 'Garth', 1], ['Fernando', 'Heather', 1], ['Garth', 'Heather', 1],
      ['Heather', 'Ike', 1], ['Ike', 'Jane', 1],
    ]);
    const raw: Record<string, number> = {
      Andre: 5 / 6, Beverly: 5 / 6, Carol: 0, Diane: 11 / 3, Ed: 0,
      Fernando: 25 / 3, Garth: 25 / 3, Heather: 14, Ike: 8, Jane: 0,
    };
    for (const [id, value] of Object.entries(raw)) expect(Math.abs(b(id) - value / 36)).toBeLessThanOrEqual(TOL);
  });

  it('path with isolates: n counts the isolates', () => {
    // a-b-c (any weights), isolates x, y: n = 5, factor 2/(4·3) = 1/6; b carries (a,c).
    const { b, values } = weighted([['a', 'b', 2.5], ['b', 'c', 0.7]], ['x', 'y']);
    expect(b('b')).toBeCloseTo(1 / 6, 12);
    expect(values.reduce((s, v) => s + v, 0)).toBeCloseTo(1 / 6, 12);
  });

  it('empty network, one actor, two actors', () => {
    expect(weighted([]).values).toHaveLength(0);
    expect([...weighted([], ['solo']).values]).toEqual([0]);
    expect([...weighted([['a', 'b', 3]]).values]).toEqual([0, 0]);
  });

  it('counts beyond 2^32 shortest paths (chain of 40 diamonds, weights 0.1)', () => {
    // As in paths.test.ts: lengths all 10, so hop-count values; σ(c0, c40) = 2^40.
    const k = 40;
    const pad = (i: number) => String(i).padStart(2, '0');
    const ties: [string, string, number][] = [];
    for (let i = 1; i <= k; i++) {
      for (const side of ['x', 'y']) ties.push([`c${pad(i - 1)}`, `m${pad(i)}${side}`, 0.1], [`m${pad(i)}${side}`, `c${pad(i)}`, 0.1]);
    }
    const { b } = weighted(ties);
    const n = 3 * k + 1;
    const scale = 2 / ((n - 1) * (n - 2));
    for (let i = 0; i <= k; i++) {
      const raw = 9 * i * (k - i) + (i > 0 ? 0.5 : 0) + (i < k ? 0.5 : 0);
      expect(Math.abs(b(`c${pad(i)}`) - raw * scale)).toBeLessThanOrEqual(TOL);
    }
    for (let i = 1; i <= k; i++) {
      const raw = ((3 * i - 2) * (3 * (k - i) + 1)) / 2;
      expect(Math.abs(b(`m${pad(i)}y`) - raw * scale)).toBeLessThanOrEqual(TOL);
    }
  });
});

describe('queue choice', () => {
  it('falls back to the heap beyond the bucket ratio, and gives hand-derived values there', () => {
    // Weights 1 and 1000 (ratio 1000 > 256). Square a–b–c–d–a: a–b, b–c weight 1000 (length 0.001),
    // c–d, d–a weight 1 (length 1). Pairs: (a,c): a-b-c 0.002 → b +1; (b,d): b-a-d = 1.001 = b-c-d → tie,
    // a +1/2, c +1/2; (a,c) and (b,d) are the only non-adjacent pairs; adjacent pairs go direct
    // (c–d: 1 < c-b-a-d 1.002; d–a likewise). Raw: a 1/2, b 1, c 1/2, d 0; factor 2/(3·2) = 1/3.
    const net = buildNetwork(makeDataset([['a', 'b', 1000], ['b', 'c', 1000], ['c', 'd', 1], ['a', 'd', 1]]));
    expect(chooseQueue(net)).toBe('heap');
    const auto = computeWeightedBetweenness(net);
    const buckets = computeWeightedBetweenness(net, 'buckets'); // still exact here: (n−1)·R = 3000
    for (const values of [auto, buckets]) {
      expect([...values].map((v) => v * 3)).toEqual([0.5, 1, 0.5, 0].map((x) => expect.closeTo(x, 12)));
    }
  });

  it('refuses a bucket queue that could not be exact', () => {
    const ties: [string, string, number][] = [];
    for (let i = 0; i < 200; i++) ties.push([`a${String(i).padStart(3, '0')}`, `a${String(i + 1).padStart(3, '0')}`, i === 0 ? 1e7 : 1]);
    const net = buildNetwork(makeDataset(ties));
    expect(chooseQueue(net)).toBe('heap');
    expect(() => createWeightedWorkspace(net, 'buckets')).toThrow(InternalError);
  });

  it('rejects a non-positive weight that slipped past the model', () => {
    const net = buildNetwork(makeDataset([['a', 'b', 0]]));
    expect(() => computeWeightedBetweenness(net)).toThrow(InternalError);
  });
});

describe('accumulateWeightedSources', () => {
  for (const q of QUEUES) it(`(${q}) splitting the source range gives identical sums and leaves the workspace clean`, () => {
    const net = buildNetwork(loadSharedDataset('karate'));
    const work = createWeightedWorkspace(net, q);
    const whole = new Float64Array(net.n);
    accumulateWeightedSources(net, 0, net.n, whole, work);
    expect(work.dist.every((d) => d === Infinity)).toBe(true);
    expect(work.sigma.every((s) => s === 0)).toBe(true);
    expect(work.delta.every((s) => s === 0)).toBe(true);
    expect(work.settled.every((s) => s === 0)).toBe(true);
    expect(work.bucketHead.every((h) => h === -1)).toBe(true);

    const split = new Float64Array(net.n);
    for (const [from, to] of [[0, 1], [1, 13], [13, net.n]] as const) {
      accumulateWeightedSources(net, from, to, split, createWeightedWorkspace(net, q));
    }
    expect([...split]).toEqual([...whole]);
  });
});

/**
 * Reference in exact arithmetic: weights whose lengths 1/w are multiples of 1/20 become integer lengths
 * 20/w, so equal-length paths are exactly equal; O(n²) Dijkstra, σ and δ by sorting on distance.
 */
function referenceWeighted(n: number, edges: readonly (readonly [number, number, number])[]): number[] {
  const adj: [number, number][][] = Array.from({ length: n }, () => []);
  for (const [u, v, w] of edges) {
    const len = Math.round(20 / w);
    expect(len).toBe(20 / w);
    adj[u]!.push([v, len]);
    adj[v]!.push([u, len]);
  }
  const cb = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++) {
    const dist = new Array<number>(n).fill(Infinity);
    const done = new Array<boolean>(n).fill(false);
    dist[s] = 0;
    for (;;) {
      let v = -1;
      for (let i = 0; i < n; i++) if (!done[i] && dist[i]! < Infinity && (v < 0 || dist[i]! < dist[v]!)) v = i;
      if (v < 0) break;
      done[v] = true;
      for (const [w, len] of adj[v]!) if (dist[v]! + len < dist[w]!) dist[w] = dist[v]! + len;
    }
    const reached = [...Array(n).keys()].filter((i) => dist[i]! < Infinity).sort((a, b) => dist[a]! - dist[b]!);
    const sigma = new Array<number>(n).fill(0);
    sigma[s] = 1;
    for (const w of reached) for (const [v, len] of adj[w]!) if (dist[v]! + len === dist[w]) sigma[w]! += sigma[v]!;
    const delta = new Array<number>(n).fill(0);
    for (const w of [...reached].reverse()) {
      for (const [v, len] of adj[w]!) if (dist[v]! + len === dist[w]) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      if (w !== s) cb[w]! += delta[w]!;
    }
  }
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
  return cb.map((x) => x * scale);
}

describe('computeWeightedBetweenness against an exact-arithmetic reference', () => {
  // Lengths 1/w ∈ {1, 1/2, 1/4, 1/5, 1/10, 2, 2/5, 4/5, 5}: sums of these tie often in exact
  // arithmetic and rarely in floats (0.1 + 0.2 ≠ 0.3), which is what the tolerance is for.
  const WEIGHTS = [1, 2, 4, 5, 10, 0.5, 2.5, 1.25, 0.2];
  const cases: [string, number, number, readonly number[]][] = [
    ['sparse, all nine weights (ratio 50)', 70, 120, WEIGHTS],
    ['denser, weights 2, 4, 5, 10 (ratio 5)', 40, 200, [2, 4, 5, 10]],
    ['tree-like with components, weights 1 and 0.5', 60, 50, [1, 0.5]],
  ];
  for (const q of QUEUES) {
    for (const [name, n, m, weights] of cases) {
      it(`${name} (${q} queue)`, () => {
        let state = n * 31 + m;
        const rand = () => {
          state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
          return state / 4294967296;
        };
        const seen = new Set<string>();
        const edges: [number, number, number][] = [];
        for (let k = 0; k < m; k++) {
          const a = Math.floor(rand() * n);
          const b = Math.floor(rand() * n);
          const [u, v] = a < b ? [a, b] : [b, a];
          if (u === v || seen.has(`${u},${v}`)) continue;
          seen.add(`${u},${v}`);
          edges.push([u, v, weights[Math.floor(rand() * weights.length)]!]);
        }
        const id = (i: number) => `n${String(i).padStart(3, '0')}`;
        const net = buildNetwork(makeDataset(edges.map(([u, v, w]) => [id(u), id(v), w] as const), {
          actors: Array.from({ length: n }, (_, i) => id(i)),
        }));
        const got = computeWeightedBetweenness(net, q);
        const want = referenceWeighted(n, edges);
        for (let i = 0; i < n; i++) expect(Math.abs(got[i]! - want[i]!)).toBeLessThanOrEqual(1e-12);
      });
    }
  }
});

describe('degree-1 folding (computeWeightedBetweenness and computePaths)', () => {
  it('equal the unfolded sum over every source on a network with many degree-1 actors', () => {
    const net = buildNetwork(partnershipDataset(400, 5));
    let pendants = 0;
    for (let v = 0; v < net.n; v++) if (net.offsets[v + 1]! - net.offsets[v]! === 1) pendants++;
    expect(pendants).toBeGreaterThan(40);
    const plain = new Float64Array(net.n);
    accumulateWeightedSources(net, 0, net.n, plain, createWeightedWorkspace(net));
    const scale = 1 / ((net.n - 1) * (net.n - 2));
    const folded = computeWeightedBetweenness(net);
    const together = computePaths(net, computeComponents(net).componentOf, { weighted: true }).weightedBetweenness!;
    for (let v = 0; v < net.n; v++) {
      expect(Math.abs(folded[v]! - plain[v]! * scale)).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(together[v]! - plain[v]! * scale)).toBeLessThanOrEqual(1e-12);
    }
  });
});
