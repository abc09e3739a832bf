/** computeStructuralHoles: Burt constraint and effective size vs the shared oracles, hand-checked graphs and the direct formula. */
import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../src/model/network.js';
import { computeStructuralHoles } from '../../src/analysis/structural-holes.js';
import { loadExpected, loadSharedDataset, makeDataset } from '../helpers/shared.js';
import { expectClose } from '../helpers/close.js';


function holesOf(ties: readonly (readonly [string, string, number?])[], actors: string[] = []): Record<string, [number | null, number | null]> {
  const net = buildNetwork(makeDataset(ties, { actors }));
  const r = computeStructuralHoles(net);
  return Object.fromEntries(net.ids.map((id, i) => [id, [r.constraint[i]!, r.effectiveSize[i]!]]));
}

describe.each(['karate', 'florentine', 'sondervang'])('computeStructuralHoles on %s', (name) => {
  const net = buildNetwork(loadSharedDataset(name));
  const expected = loadExpected(name);
  const result = computeStructuralHoles(net);

  it('constraint (weighted) and effective size of every actor, null for isolates', () => {
    expect(result.constraint.length).toBe(net.n);
    for (const [id, metrics] of Object.entries(expected.actors)) {
      const i = net.indexOf.get(id)!;
      expectClose(result.constraint[i], metrics.constraint as number | null, `constraint ${id}`);
      expectClose(result.effectiveSize[i], metrics.effectiveSize as number | null, `effectiveSize ${id}`);
    }
  });
});

describe('computeStructuralHoles on small graphs', () => {
  it('star: hub 4 × (1/4)², leaves fully constrained', () => {
    const r = holesOf([['h', 'a'], ['h', 'b'], ['h', 'c'], ['h', 'd']]);
    expect(r.h).toEqual([0.25, 4]);
    expect(r.a).toEqual([1, 1]);
  });

  it('path a-b-c: the middle is unconstrained by redundancy', () => {
    const r = holesOf([['a', 'b'], ['b', 'c']]);
    expect(r.b).toEqual([0.5, 2]);
    expect(r.a).toEqual([1, 1]);
  });

  it('unweighted triangle: 2 × (1/2 + 1/2·1/2)² = 9/8, effective size 1', () => {
    const r = holesOf([['a', 'b'], ['a', 'c'], ['b', 'c']]);
    for (const id of ['a', 'b', 'c']) {
      expectClose(r[id]![0], 9 / 8, `constraint ${id}`);
      expectClose(r[id]![1], 1, `effectiveSize ${id}`);
    }
  });

  it('weighted triangle: p_ij = w_ij / s_i', () => {
    // w_ab = 1, w_ac = 3, w_bc = 2; s_a = 4, s_b = 3, s_c = 5
    const r = holesOf([['a', 'b', 1], ['a', 'c', 3], ['b', 'c', 2]]);
    // a: (1/4 + 3/4·2/5)² + (3/4 + 1/4·2/3)²
    expectClose(r.a![0], (1 / 4 + (3 / 4) * (2 / 5)) ** 2 + (3 / 4 + (1 / 4) * (2 / 3)) ** 2, 'a');
    // b: (1/3 + 2/3·3/5)² + (2/3 + 1/3·3/4)²
    expectClose(r.b![0], (1 / 3 + (2 / 3) * (3 / 5)) ** 2 + (2 / 3 + (1 / 3) * (3 / 4)) ** 2, 'b');
    // c: (3/5 + 2/5·1/3)² + (2/5 + 3/5·1/4)²
    expectClose(r.c![0], (3 / 5 + (2 / 5) * (1 / 3)) ** 2 + (2 / 5 + (3 / 5) * (1 / 4)) ** 2, 'c');
    expect(r.a![1]).toBe(1);
  });

  it('triangle with a pendant (unweighted)', () => {
    const r = holesOf([['a', 'b'], ['a', 'c'], ['b', 'c'], ['c', 'd']]);
    // c: k = 3, p = 1/3; to a: (1/3 + 1/3·1/2)², to b likewise, to d: (1/3)²
    expectClose(r.c![0], 2 * (1 / 3 + 1 / 6) ** 2 + 1 / 9, 'constraint c');
    expectClose(r.c![1], 3 - 2 / 3, 'effectiveSize c');
    // a: k = 2; to b: (1/2 + 1/2·1/3)², to c: (1/2 + 1/2·1/2)²
    expectClose(r.a![0], (1 / 2 + 1 / 6) ** 2 + (1 / 2 + 1 / 4) ** 2, 'constraint a');
    expect(r.d).toEqual([1, 1]);
  });

  it('two triangles joined by a bridge: the bridge ends span a hole', () => {
    const r = holesOf([['a', 'b'], ['a', 'c'], ['b', 'c'], ['d', 'e'], ['d', 'f'], ['e', 'f'], ['c', 'd']]);
    expectClose(r.c![1], 3 - 2 / 3, 'effectiveSize c');
    expectClose(r.d![0], r.c![0], 'symmetry');
    expectClose(r.c![0], 2 * (1 / 3 + 1 / 6) ** 2 + 1 / 9, 'constraint c');
  });

  it('isolates are null; n = 0, 1, 2', () => {
    expect(holesOf([['a', 'b']], ['z'])).toEqual({ a: [1, 1], b: [1, 1], z: [null, null] });
    expect(holesOf([])).toEqual({});
    expect(holesOf([], ['a'])).toEqual({ a: [null, null] });
    expect(holesOf([], ['a', 'b'])).toEqual({ a: [null, null], b: [null, null] });
  });

  it('agrees with the direct O(k²) formula on a random weighted graph', () => {
    let seed = 777;
    const rand = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const n = 80;
    const w: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    const ties: [string, string, number][] = [];
    const id = (i: number): string => `n${String(i).padStart(2, '0')}`;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (rand() < (i < 2 ? 0.6 : 0.12)) {
          const weight = 0.5 + Math.floor(rand() * 10) / 2;
          w[i]![j] = w[j]![i] = weight;
          ties.push([id(i), id(j), weight]);
        }
      }
    }
    const net = buildNetwork(makeDataset(ties));
    const r = computeStructuralHoles(net);
    for (let i = 0; i < n; i++) {
      const nb = [...Array(n).keys()].filter((j) => w[i]![j]! > 0);
      if (nb.length === 0) {
        expect(r.constraint[i]).toBeNull();
        continue;
      }
      const s = (x: number): number => w[x]!.reduce((a, b) => a + b, 0);
      const p = (x: number, y: number): number => w[x]![y]! / s(x);
      let c = 0;
      let t = 0;
      for (const j of nb) {
        let indirect = 0;
        for (const q of nb) if (q !== j) indirect += p(i, q) * p(q, j);
        c += (p(i, j) + indirect) ** 2;
        for (const q of nb) if (q > j && w[j]![q]! > 0) t++;
      }
      expectClose(r.constraint[i], c, `constraint ${id(i)}`);
      expectClose(r.effectiveSize[i], nb.length - (2 * t) / nb.length, `effectiveSize ${id(i)}`);
    }
  });
});
