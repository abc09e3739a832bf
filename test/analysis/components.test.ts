/** computeComponents: numbering, member lists and isolates vs the shared oracles and hand-checked graphs. */
import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../src/model/network.js';
import { computeComponents } from '../../src/analysis/components.js';
import { loadExpected, loadSharedDataset, makeDataset } from '../helpers/shared.js';

describe.each(['karate', 'florentine', 'sondervang'])('computeComponents on %s', (name) => {
  const net = buildNetwork(loadSharedDataset(name));
  const expected = loadExpected(name);
  const result = computeComponents(net);

  it('component index of every actor', () => {
    for (const [id, metrics] of Object.entries(expected.actors)) {
      expect(result.componentOf[net.indexOf.get(id)!], `component ${id}`).toBe(metrics.component);
    }
  });

  it('number of components, isolates, and lists consistent with the index', () => {
    expect(result.list.length).toBe(expected.summary.components);
    expect(result.isolates).toBe(expected.summary.isolates);
    result.list.forEach((c, k) => {
      expect(c.index).toBe(k);
      expect(c.size).toBe(c.actors.length);
      const members = Object.entries(expected.actors).filter(([, m]) => m.component === k).map(([id]) => id);
      expect(c.actors).toEqual(members.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    });
  });
});

describe('computeComponents on small graphs', () => {
  it('sizes descending, equal sizes by smallest id, isolates last in id order', () => {
    // b-c and d-e both size 2 (b < d); a and f isolates; g-h-i size 3
    const net = buildNetwork(makeDataset([['d', 'e'], ['b', 'c'], ['h', 'i'], ['g', 'h']], { actors: ['f', 'a'] }));
    const r = computeComponents(net);
    expect(r.list).toEqual([
      { index: 0, size: 3, actors: ['g', 'h', 'i'] },
      { index: 1, size: 2, actors: ['b', 'c'] },
      { index: 2, size: 2, actors: ['d', 'e'] },
      { index: 3, size: 1, actors: ['a'] },
      { index: 4, size: 1, actors: ['f'] },
    ]);
    expect(r.isolates).toBe(2);
    // a b c d e f g h i
    expect([...r.componentOf]).toEqual([3, 1, 1, 2, 2, 4, 0, 0, 0]);
  });

  it('ids compare by code units: "10" < "2" < "9"', () => {
    const r = computeComponents(buildNetwork(makeDataset([['9', '2'], ['10', '11']])));
    expect(r.list.map((c) => c.actors)).toEqual([['10', '11'], ['2', '9']]);
  });

  it('path, star, triangle with pendant: one component each', () => {
    for (const ties of [
      [['a', 'b'], ['b', 'c'], ['c', 'd']],
      [['h', 'a'], ['h', 'b'], ['h', 'c']],
      [['a', 'b'], ['a', 'c'], ['b', 'c'], ['c', 'd']],
    ] as [string, string][][]) {
      const r = computeComponents(buildNetwork(makeDataset(ties)));
      expect(r.list.length).toBe(1);
      expect(r.isolates).toBe(0);
      expect([...r.componentOf].every((c) => c === 0)).toBe(true);
    }
  });

  it('n = 0, 1, 2', () => {
    const r0 = computeComponents(buildNetwork(makeDataset([])));
    expect(r0.list).toEqual([]);
    expect(r0.isolates).toBe(0);
    expect(r0.componentOf.length).toBe(0);
    const r1 = computeComponents(buildNetwork(makeDataset([], { actors: ['x'] })));
    expect(r1.list).toEqual([{ index: 0, size: 1, actors: ['x'] }]);
    expect(r1.isolates).toBe(1);
    const r2 = computeComponents(buildNetwork(makeDataset([], { actors: ['y', 'x'] })));
    expect(r2.list.map((c) => c.actors)).toEqual([['x'], ['y']]);
    expect(r2.isolates).toBe(2);
    const r2t = computeComponents(buildNetwork(makeDataset([['x', 'y']])));
    expect(r2t.list).toEqual([{ index: 0, size: 2, actors: ['x', 'y'] }]);
    expect(r2t.isolates).toBe(0);
  });

  it('a path of 200,000 actors is one component (iterative traversal)', () => {
    const n = 200_000;
    const id = (i: number): string => `v${String(i).padStart(6, '0')}`;
    const ties: [string, string][] = [];
    for (let i = 0; i + 1 < n; i++) ties.push([id(i), id(i + 1)]);
    const r = computeComponents(buildNetwork(makeDataset(ties, { actors: ['zz-isolate'] })));
    expect(r.list.length).toBe(2);
    expect(r.list[0]!.size).toBe(n);
    expect(r.list[0]!.actors[n - 1]).toBe(id(n - 1));
    expect(r.list[1]!.actors).toEqual(['zz-isolate']);
    expect(r.isolates).toBe(1);
  });
});
