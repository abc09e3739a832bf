/**
 * weighted-betweenness.ts: Brandes–Dijkstra with length 1/weight and
 * tolerant tie detection. Known answers: the shared oracles (exact-arithmetic
 * values, see "Disagreements" in ../shared/datasets/README.md) and small
 * graphs derived by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  accumulateWeightedSources,
  computeWeightedBetweenness,
  createWeightedWorkspace,
} from '../../src/analysis/weighted-betweenness.js';
import { buildNetwork } from '../../src/model/network.js';
import { loadExpected, loadSharedDataset, makeDataset } from '../helpers/shared.js';

const TOL = 1e-9;

function weighted(ties: readonly (readonly [string, string, number?])[], actors: readonly string[] = []) {
  const net = buildNetwork(makeDataset(ties, { actors }));
  const values = computeWeightedBetweenness(net);
  return { net, values, b: (id: string): number => values[net.indexOf.get(id)!]! };
}

describe('computeWeightedBetweenness on the shared oracles', () => {
  for (const name of ['karate', 'florentine', 'sondervang']) {
    it(`${name}: matches expected.json weightedBetweenness`, () => {
      const net = buildNetwork(loadSharedDataset(name));
      const expected = loadExpected(name);
      const values = computeWeightedBetweenness(net);
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

describe('computeWeightedBetweenness on hand-derived graphs', () => {
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

describe('accumulateWeightedSources', () => {
  it('splitting the source range gives identical sums and leaves the workspace clean', () => {
    const net = buildNetwork(loadSharedDataset('karate'));
    const work = createWeightedWorkspace(net);
    const whole = new Float64Array(net.n);
    accumulateWeightedSources(net, 0, net.n, whole, work);
    expect(work.dist.every((d) => d === Infinity)).toBe(true);
    expect(work.sigma.every((s) => s === 0)).toBe(true);
    expect(work.delta.every((s) => s === 0)).toBe(true);
    expect(work.settled.every((s) => s === 0)).toBe(true);
    expect(work.predCount.every((s) => s === 0)).toBe(true);

    const split = new Float64Array(net.n);
    for (const [from, to] of [[0, 1], [1, 13], [13, net.n]] as const) accumulateWeightedSources(net, from, to, split);
    expect([...split]).toEqual([...whole]);
  });
});
