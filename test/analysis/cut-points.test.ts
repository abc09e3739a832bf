/** computeCutPoints: articulation points and bridges vs the shared oracles and hand-checked graphs. */
import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../src/model/network.js';
import { computeCutPoints } from '../../src/analysis/cut-points.js';
import { loadExpected, loadSharedDataset, makeDataset } from '../helpers/shared.js';

function cutPointsOf(ties: readonly (readonly [string, string])[], actors: string[] = []): { points: string[]; bridges: [string, string][] } {
  const net = buildNetwork(makeDataset(ties, { actors }));
  const r = computeCutPoints(net);
  return { points: net.ids.filter((_, i) => r.articulation[i] === 1), bridges: r.bridges };
}

describe.each(['karate', 'florentine', 'sondervang'])('computeCutPoints on %s', (name) => {
  const net = buildNetwork(loadSharedDataset(name));
  const expected = loadExpected(name);
  const result = computeCutPoints(net);

  it('articulation point flag of every actor', () => {
    for (const [id, metrics] of Object.entries(expected.actors)) {
      expect(result.articulation[net.indexOf.get(id)!] === 1, `articulationPoint ${id}`).toBe(metrics.articulationPoint);
    }
  });

  it('bridges, in order', () => {
    expect(result.bridges).toEqual(expected.bridges);
  });
});

describe('computeCutPoints on small graphs', () => {
  it('path a-b-c-d: inner actors are cut points, every tie a bridge', () => {
    expect(cutPointsOf([['c', 'd'], ['a', 'b'], ['b', 'c']])).toEqual({
      points: ['b', 'c'],
      bridges: [['a', 'b'], ['b', 'c'], ['c', 'd']],
    });
  });

  it('star: the hub (DFS root with several children) is the only cut point', () => {
    expect(cutPointsOf([['a', 'x'], ['a', 'y'], ['a', 'z']])).toEqual({
      points: ['a'],
      bridges: [['a', 'x'], ['a', 'y'], ['a', 'z']],
    });
    // hub not the DFS root: 'a' is a leaf, root of the search
    expect(cutPointsOf([['h', 'a'], ['h', 'b'], ['h', 'c']])).toEqual({
      points: ['h'],
      bridges: [['a', 'h'], ['b', 'h'], ['c', 'h']],
    });
  });

  it('triangle with a pendant', () => {
    expect(cutPointsOf([['a', 'b'], ['a', 'c'], ['b', 'c'], ['c', 'd']])).toEqual({ points: ['c'], bridges: [['c', 'd']] });
  });

  it('two triangles joined by a bridge', () => {
    const ties: [string, string][] = [['a', 'b'], ['a', 'c'], ['b', 'c'], ['d', 'e'], ['d', 'f'], ['e', 'f'], ['c', 'd']];
    expect(cutPointsOf(ties)).toEqual({ points: ['c', 'd'], bridges: [['c', 'd']] });
  });

  it('two triangles sharing one actor: a cut point but no bridge', () => {
    const ties: [string, string][] = [['a', 'b'], ['a', 'c'], ['b', 'c'], ['c', 'd'], ['c', 'e'], ['d', 'e']];
    expect(cutPointsOf(ties)).toEqual({ points: ['c'], bridges: [] });
  });

  it('a cycle has neither', () => {
    expect(cutPointsOf([['a', 'b'], ['b', 'c'], ['c', 'd'], ['a', 'd']])).toEqual({ points: [], bridges: [] });
  });

  it('isolates and several components', () => {
    expect(cutPointsOf([['a', 'b'], ['x', 'y'], ['y', 'z']], ['m', 'n'])).toEqual({
      points: ['y'],
      bridges: [['a', 'b'], ['x', 'y'], ['y', 'z']],
    });
  });

  it('bridges by code units, u < v: "10" < "2" < "9"', () => {
    expect(cutPointsOf([['2', '10'], ['10', '9']])).toEqual({ points: ['10'], bridges: [['10', '2'], ['10', '9']] });
  });

  it('n = 0, 1, 2', () => {
    expect(cutPointsOf([])).toEqual({ points: [], bridges: [] });
    expect(cutPointsOf([], ['a'])).toEqual({ points: [], bridges: [] });
    expect(cutPointsOf([], ['a', 'b'])).toEqual({ points: [], bridges: [] });
    expect(cutPointsOf([['a', 'b']])).toEqual({ points: [], bridges: [['a', 'b']] });
  });

  it('a path of 200,000 actors (iterative DFS): n−2 cut points, n−1 bridges', () => {
    const n = 200_000;
    const id = (i: number): string => `v${String(i).padStart(6, '0')}`;
    const ties: [string, string][] = [];
    for (let i = 0; i + 1 < n; i++) ties.push([id(i), id(i + 1)]);
    const net = buildNetwork(makeDataset(ties));
    const r = computeCutPoints(net);
    let points = 0;
    for (let i = 0; i < n; i++) points += r.articulation[i]!;
    expect(points).toBe(n - 2);
    expect(r.articulation[0]).toBe(0);
    expect(r.articulation[n - 1]).toBe(0);
    expect(r.bridges.length).toBe(n - 1);
    expect(r.bridges[0]).toEqual([id(0), id(1)]);
    expect(r.bridges[n - 2]).toEqual([id(n - 2), id(n - 1)]);
  });

  it('a 200,000-actor cycle with a tail: deep DFS still finds only the tail bridge', () => {
    const n = 200_000;
    const id = (i: number): string => `v${String(i).padStart(6, '0')}`;
    const ties: [string, string][] = [];
    for (let i = 0; i < n; i++) ties.push([id(i), id((i + 1) % n)]);
    ties.push([id(n / 2), 'w-tail']);
    const r = cutPointsOf(ties);
    expect(r.points).toEqual([id(n / 2)]);
    expect(r.bridges).toEqual([[id(n / 2), 'w-tail']]);
  });
});
