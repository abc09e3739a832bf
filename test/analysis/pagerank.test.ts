import { describe, expect, it } from 'vitest';
import { computePagerank } from '../../src/analysis/pagerank.js';
import { graphologyPagerank, toGraphology } from '../../src/analysis/graphology.js';
import { buildNetwork, type Network } from '../../src/model/network.js';
import { loadExpected, loadSharedDataset, makeDataset } from '../helpers/shared.js';

const ALPHA = 0.85;

/**
 * Independent oracle for small graphs: PageRank as the solution of the linear
 * system (I − α P) x = (1 − α)/n · 1 with P_ji = w_ij/s_i (and 1/n for a
 * dangling i), solved by Gaussian elimination with partial pivoting.
 */
function pagerankBySolve(net: Network): number[] {
  const n = net.n;
  const strength = Array.from({ length: n }, (_, i) => {
    let s = 0;
    for (let p = net.offsets[i]!; p < net.offsets[i + 1]!; p++) s += net.weights[p]!;
    return s;
  });
  const a = Array.from({ length: n }, (_, j) => Array.from({ length: n + 1 }, (_, i) => (i === n ? (1 - ALPHA) / n : i === j ? 1 : 0)));
  for (let i = 0; i < n; i++) {
    if (strength[i] === 0) {
      for (let j = 0; j < n; j++) a[j]![i]! -= ALPHA / n;
    } else {
      for (let p = net.offsets[i]!; p < net.offsets[i + 1]!; p++) a[net.targets[p]!]![i]! -= (ALPHA * net.weights[p]!) / strength[i]!;
    }
  }
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / a[c]![c]!;
      for (let k = c; k <= n; k++) a[r]![k]! -= f * a[c]![k]!;
    }
  }
  return a.map((row, i) => row[n]! / row[i]!);
}

function byId(net: Network, values: Float64Array): Record<string, number> {
  return Object.fromEntries(net.ids.map((id, i) => [id, values[i]!]));
}

describe('computePagerank on the shared oracles (networkx tol 1e-12)', () => {
  for (const name of ['karate', 'florentine', 'sondervang']) {
    it(`${name}: every actor within 1e-9 of expected.json, Σ = 1`, () => {
      const net = buildNetwork(loadSharedDataset(name));
      const expected = loadExpected(name);
      const pr = computePagerank(net);
      expect(pr).toHaveLength(net.n);
      let maxDiff = 0;
      for (let i = 0; i < net.n; i++) {
        const want = expected.actors[net.ids[i]!]!.pagerank as number;
        maxDiff = Math.max(maxDiff, Math.abs(pr[i]! - want));
      }
      expect(maxDiff).toBeLessThan(1e-9);
      expect(pr.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    });
  }

  it('karate: agrees with graphology-metrics pagerank run to tolerance 1e-12', () => {
    const net = buildNetwork(loadSharedDataset('karate'));
    const theirs = graphologyPagerank(toGraphology(net), { alpha: ALPHA, tolerance: 1e-12, maxIterations: 10_000 });
    const ours = byId(net, computePagerank(net));
    for (const id of net.ids) expect(ours[id]!).toBeCloseTo(theirs[id]!, 9);
  });
});

describe('computePagerank on small hand cases (linear-system oracle)', () => {
  const cases: Record<string, ReturnType<typeof makeDataset>> = {
    'star K1,4': makeDataset([['c', 'a'], ['c', 'b'], ['c', 'd'], ['c', 'e']]),
    'weighted path a–b (1), b–c (3), c–d (0.5)': makeDataset([['a', 'b', 1], ['b', 'c', 3], ['c', 'd', 0.5]]),
    'bipartite K2,3': makeDataset([['a1', 'b1'], ['a1', 'b2'], ['a1', 'b3'], ['a2', 'b1'], ['a2', 'b2'], ['a2', 'b3']]),
    'two components and two isolates, weighted': makeDataset(
      [['a', 'b', 2], ['b', 'c', 1], ['a', 'c', 4], ['x', 'y', 1]],
      { actors: ['i1', 'i2'] },
    ),
  };
  for (const [label, dataset] of Object.entries(cases)) {
    it(label, () => {
      const net = buildNetwork(dataset);
      const want = pagerankBySolve(net);
      const got = computePagerank(net);
      for (let i = 0; i < net.n; i++) expect(got[i]!).toBeCloseTo(want[i]!, 12);
    });
  }

  it('triangle plus isolate: isolate 1/21, triangle actors 20/63 (by hand)', () => {
    // Isolate q = (1−α)/4 + α q/4 → q = 0.0375/0.7875 = 1/21; the rest is split evenly.
    const net = buildNetwork(makeDataset([['a', 'b'], ['b', 'c'], ['a', 'c']], { actors: ['z'] }));
    const pr = byId(net, computePagerank(net));
    expect(pr.z!).toBeCloseTo(1 / 21, 13);
    for (const id of ['a', 'b', 'c']) expect(pr[id]!).toBeCloseTo(20 / 63, 13);
  });

  it('no ties: 1/n each', () => {
    const pr = computePagerank(buildNetwork(makeDataset([], { actors: ['a', 'b', 'c'] })));
    expect([...pr]).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it('one actor: [1]; no actors: []', () => {
    expect([...computePagerank(buildNetwork(makeDataset([], { actors: ['solo'] })))]).toEqual([1]);
    expect(computePagerank(buildNetwork(makeDataset([])))).toHaveLength(0);
  });
});
