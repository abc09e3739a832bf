/** computeClustering: triangles, local clustering, transitivity, average vs the shared oracles, hand-checked graphs and a brute-force count. */
import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../src/model/network.js';
import { computeClustering } from '../../src/analysis/clustering.js';
import { loadExpected, loadSharedDataset, makeDataset } from '../helpers/shared.js';
import { expectClose } from '../helpers/close.js';


describe.each(['karate', 'florentine', 'sondervang'])('computeClustering on %s', (name) => {
  const net = buildNetwork(loadSharedDataset(name));
  const expected = loadExpected(name);
  const result = computeClustering(net);

  it('local clustering of every actor', () => {
    for (const [id, metrics] of Object.entries(expected.actors)) {
      expectClose(result.local[net.indexOf.get(id)!]!, metrics.clustering as number, `clustering ${id}`);
    }
  });

  it('transitivity and average clustering', () => {
    expectClose(result.transitivity, expected.summary.transitivity!, 'transitivity');
    expectClose(result.average, expected.summary.averageClustering!, 'averageClustering');
  });
});

describe('computeClustering on small graphs', () => {
  it('triangle with a pendant', () => {
    const r = computeClustering(buildNetwork(makeDataset([['a', 'b'], ['a', 'c'], ['b', 'c'], ['c', 'd']])));
    expect([...r.triangles]).toEqual([1, 1, 1, 0]);
    expect(r.local[0]).toBe(1);
    expect(r.local[1]).toBe(1);
    expectClose(r.local[2]!, 1 / 3, 'c');
    expect(r.local[3]).toBe(0);
    // 1 triangle, triples 1 + 1 + 3 + 0
    expectClose(r.transitivity, 3 / 5, 'transitivity');
    expectClose(r.average, (1 + 1 + 1 / 3) / 4, 'average');
  });

  it('two triangles joined by a bridge, plus an isolate counted in the average', () => {
    const ties: [string, string][] = [['a', 'b'], ['a', 'c'], ['b', 'c'], ['d', 'e'], ['d', 'f'], ['e', 'f'], ['c', 'd']];
    const r = computeClustering(buildNetwork(makeDataset(ties, { actors: ['g'] })));
    expect([...r.triangles]).toEqual([1, 1, 1, 1, 1, 1, 0]);
    expect([...r.local].map((x) => Math.round(x * 1e12) / 1e12)).toEqual([1, 1, 0.333333333333, 0.333333333333, 1, 1, 0]);
    // 2 triangles; triples 1+1+3+3+1+1
    expectClose(r.transitivity, 6 / 10, 'transitivity');
    expectClose(r.average, (4 + 2 / 3) / 7, 'average');
  });

  it('complete graph K5: all 1', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const ties: [string, string][] = [];
    for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) ties.push([ids[i]!, ids[j]!]);
    const r = computeClustering(buildNetwork(makeDataset(ties)));
    expect([...r.triangles]).toEqual([6, 6, 6, 6, 6]);
    expect([...r.local]).toEqual([1, 1, 1, 1, 1]);
    expect(r.transitivity).toBe(1);
    expect(r.average).toBe(1);
  });

  it('path and star: triples but no triangles', () => {
    for (const ties of [
      [['a', 'b'], ['b', 'c'], ['c', 'd']],
      [['h', 'a'], ['h', 'b'], ['h', 'c']],
    ] as [string, string][][]) {
      const r = computeClustering(buildNetwork(makeDataset(ties)));
      expect([...r.local].every((x) => x === 0)).toBe(true);
      expect(r.transitivity).toBe(0);
      expect(r.average).toBe(0);
    }
  });

  it('n = 0, 1, 2', () => {
    const r0 = computeClustering(buildNetwork(makeDataset([])));
    expect(r0.local.length).toBe(0);
    expect(r0.transitivity).toBe(0);
    expect(r0.average).toBe(0);
    const r1 = computeClustering(buildNetwork(makeDataset([], { actors: ['a'] })));
    expect([...r1.local]).toEqual([0]);
    expect(r1.average).toBe(0);
    const r2 = computeClustering(buildNetwork(makeDataset([['a', 'b']])));
    expect([...r2.local]).toEqual([0, 0]);
    expect(r2.transitivity).toBe(0);
  });

  it('agrees with a brute-force triangle count on a random graph with hubs', () => {
    let seed = 12345;
    const rand = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const n = 120;
    const adj: boolean[][] = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
    const ties: [string, string][] = [];
    const id = (i: number): string => `n${String(i).padStart(3, '0')}`;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        // three hubs joined to most, sparse elsewhere
        const p = i < 3 ? 0.7 : 0.08;
        if (rand() < p) {
          adj[i]![j] = adj[j]![i] = true;
          ties.push([id(j), id(i)]);
        }
      }
    }
    const r = computeClustering(buildNetwork(makeDataset(ties)));
    let closed = 0;
    let triples = 0;
    for (let i = 0; i < n; i++) {
      let t = 0;
      let k = 0;
      for (let j = 0; j < n; j++) {
        if (!adj[i]![j]) continue;
        k++;
        for (let l = j + 1; l < n; l++) if (adj[i]![l] && adj[j]![l]) t++;
      }
      expect(r.triangles[i], `triangles ${id(i)}`).toBe(t);
      expectClose(r.local[i]!, k < 2 ? 0 : (2 * t) / (k * (k - 1)), `local ${id(i)}`);
      closed += t;
      triples += (k * (k - 1)) / 2;
    }
    expectClose(r.transitivity, closed / triples, 'transitivity');
  });
});
