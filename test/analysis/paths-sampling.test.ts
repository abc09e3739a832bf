/**
 * paths-sampling.ts and the sampled mode of computePaths: which sources are
 * searched, the estimates against the exact values (computed by the exact
 * mode, itself checked against the shared oracles in paths.test.ts), the
 * stated bounds, the exact iFUB diameter, determinism from the seed.
 */
import { describe, expect, it } from 'vitest';
import { computeComponents } from '../../src/analysis/components.js';
import { computePaths, pendantAnchor } from '../../src/analysis/paths.js';
import {
  certifyTop,
  DEFAULT_SAMPLES,
  EXACT_WORK_LIMIT,
  planSources,
  SAMPLING_DELTA,
} from '../../src/analysis/paths-sampling.js';
import { exactWork } from '../../src/analysis/paths-core.js';
import { componentDiameter } from '../../src/analysis/paths-diameter.js';
import { buildNetwork, type Network } from '../../src/model/network.js';
import { makeDataset } from '../helpers/shared.js';
import { partnershipDataset } from '../helpers/partnership.js';
import type { AnalysisNote, AnalysisNoteCode, AnalysisNoteFigures, AnalysisNoteOf } from '../../src/types.js';

const net = buildNetwork(partnershipDataset(3000, 1));
const componentOf = computeComponents(net).componentOf;
const exact = computePaths(net, componentOf, { weighted: true, exact: true });

function topIds(values: Float64Array, k: number): number[] {
  return Array.from(values.keys()).sort((a, b) => values[b]! - values[a]! || a - b).slice(0, k);
}

describe('planSources', () => {
  it('is exact below the work limit: every actor but the folded degree-1 ones, once', () => {
    expect(exactWork(net, componentOf)).toBeLessThan(EXACT_WORK_LIMIT);
    const { plan, strata, budget } = planSources(net, componentOf, true, { exact: false, samples: undefined, seed: 1 });
    expect(budget).toBeNull();
    expect(strata).toEqual([]);
    expect(plan.sampling).toBe(false);
    const folded = Array.from({ length: net.n }, (_, v) => v).filter((v) => pendantAnchor(net, v) >= 0);
    expect(folded.length).toBeGreaterThan(net.n / 10); // the generator makes many degree-1 actors
    expect(plan.sources.length).toBe(net.n - folded.length);
    expect(plan.counts.every((c) => c === 1)).toBe(true);
  });

  it('--samples K samples only components larger than K, K draws in all, the rest exact', () => {
    const { plan, strata } = planSources(net, componentOf, true, { exact: false, samples: 400, seed: 1 });
    expect(strata).toEqual([{ component: 0, size: computeComponents(net).list[0]!.size, draws: 400 }]);
    let drawn = 0;
    for (let k = 0; k < plan.sources.length; k++) {
      const s = plan.sources[k]!;
      if (componentOf[s] === 0) drawn += plan.counts[k]!;
      else expect(plan.counts[k]).toBe(1);
    }
    expect(drawn).toBe(400);
    for (let k = 1; k < plan.sources.length; k++) expect(plan.sources[k]!).toBeGreaterThan(plan.sources[k - 1]!);
  });

  it('the draws follow the seed: the same seed gives the same sources, another seed others', () => {
    const a = planSources(net, componentOf, true, { exact: false, samples: 400, seed: 1 }).plan;
    const b = planSources(net, componentOf, true, { exact: false, samples: 400, seed: 1 }).plan;
    const c = planSources(net, componentOf, true, { exact: false, samples: 400, seed: 2 }).plan;
    expect([...b.sources]).toEqual([...a.sources]);
    expect([...b.counts]).toEqual([...a.counts]);
    expect([...c.sources]).not.toEqual([...a.sources]);
  });

  it('exact wins over samples, and a budget at least the component size means exact', () => {
    expect(planSources(net, componentOf, true, { exact: true, samples: 100, seed: 1 }).strata).toEqual([]);
    expect(planSources(net, componentOf, true, { exact: false, samples: net.n, seed: 1 }).strata).toEqual([]);
  });

  it('the default budget is what the CLI help names', () => {
    expect(DEFAULT_SAMPLES).toBe(1024);
  });
});

/** The figures of the note with `code` (types.ts AnalysisNoteFigures); the test fails when there is no such note. */
function noteFigures<C extends AnalysisNoteCode>(notes: readonly AnalysisNote[], code: C): AnalysisNoteFigures[C] {
  const note = notes.find((e) => e.code === code) as AnalysisNoteOf<C> | undefined;
  expect(note, code).toBeDefined();
  return note!.figures;
}

describe('computePaths, sampled', () => {
  // exactWorkLimit 0: the estimate is kept, as on a network too large for the exact pass.
  const sampled = computePaths(net, componentOf, { weighted: true, samples: 600, seed: 1, exactWorkLimit: 0 });
  const figures = <C extends AnalysisNoteCode>(code: C, notes: readonly AnalysisNote[] = sampled.estimates): AnalysisNoteFigures[C] =>
    noteFigures(notes, code);

  it('marks the estimate: method with samples, ε and δ, and one note per estimated family', () => {
    expect(sampled.method.exact).toBe(false);
    expect(sampled.method.samples).toBe(600);
    expect(sampled.method.delta).toBe(SAMPLING_DELTA);
    expect(sampled.method.epsilon!).toBeGreaterThan(0);
    expect(sampled.estimates.map((e) => e.code)).toEqual([
      'betweenness-estimated', 'betweenness-top-uncertain', 'weighted-betweenness-estimated', 'closeness-estimated',
    ]);
    expect(figures('betweenness-estimated')).toEqual({
      sources: 600, actors: computeComponents(net).list[0]!.size, components: 1,
      epsilon: sampled.method.epsilon, delta: SAMPLING_DELTA, certifiedTop: null,
    });
    expect(figures('weighted-betweenness-estimated')).toMatchObject({ sources: 600, delta: SAMPLING_DELTA });
    expect(figures('closeness-estimated')).toMatchObject({ sources: 600, delta: SAMPLING_DELTA });
  });

  it('every betweenness estimate is within the stated ε of the exact value (hop counts and weighted)', () => {
    const epsilonW = figures('weighted-betweenness-estimated').epsilon;
    let worst = 0;
    let worstW = 0;
    for (let v = 0; v < net.n; v++) {
      worst = Math.max(worst, Math.abs(sampled.betweenness[v]! - exact.betweenness[v]!));
      worstW = Math.max(worstW, Math.abs(sampled.weightedBetweenness![v]! - exact.weightedBetweenness![v]!));
    }
    expect(worst).toBeGreaterThan(0); // really an estimate
    expect(worst).toBeLessThanOrEqual(sampled.method.epsilon!);
    expect(worstW).toBeLessThanOrEqual(epsilonW);
  });

  it('is unbiased: the mean over 12 seeds is much closer to the exact values than one estimate', () => {
    const small = buildNetwork(partnershipDataset(600, 2));
    const comp = computeComponents(small).componentOf;
    const truth = computePaths(small, comp, { exact: true }).betweenness;
    const mean = new Float64Array(small.n);
    let single = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const run = computePaths(small, comp, { samples: 60, seed, exactWorkLimit: 0 }).betweenness;
      for (let v = 0; v < small.n; v++) mean[v]! += run[v]! / 12;
      if (seed === 1) for (let v = 0; v < small.n; v++) single += Math.abs(run[v]! - truth[v]!);
    }
    let averaged = 0;
    let total = 0;
    let totalMean = 0;
    for (let v = 0; v < small.n; v++) {
      averaged += Math.abs(mean[v]! - truth[v]!);
      total += truth[v]!;
      totalMean += mean[v]!;
    }
    // Noise shrinks with averaging (≈ 1/√12); a wrong scale (|c|/K) would show in the total, which varies little.
    expect(averaged).toBeLessThan(single / 2);
    expect(Math.abs(totalMean - total)).toBeLessThan(0.02 * total);
  });

  it('closeness and harmonic: drawn actors exact, the others within the stated bounds', () => {
    const { distanceBound: hops, inverseDistanceBound: inverse } = figures('closeness-estimated');
    expect(hops).toBeGreaterThan(0);
    const size0 = computeComponents(net).list[0]!.size;
    for (let v = 0; v < net.n; v++) {
      if (componentOf[v] !== 0) {
        expect(sampled.closeness[v]).toBe(exact.closeness[v]); // small components stay exact
        continue;
      }
      // closeness = (r−1)/(n−1) / mean distance; harmonic = (r−1)/(n−1) · mean inverse distance.
      const f = (size0 - 1) / (net.n - 1);
      const meanSampled = f / sampled.closeness[v]!;
      const meanExact = f / exact.closeness[v]!;
      expect(Math.abs(meanSampled - meanExact)).toBeLessThanOrEqual(hops);
      expect(Math.abs(sampled.harmonic[v]! / f - exact.harmonic[v]! / f)).toBeLessThanOrEqual(inverse);
    }
  });

  it('the diameter stays exact and the mean distance is within its bound', () => {
    expect(sampled.diameterOfLargestComponent).toBe(exact.diameterOfLargestComponent);
    const bound = figures('closeness-estimated').meanDistanceBound!;
    expect(Math.abs(sampled.averageShortestPathLargestComponent - exact.averageShortestPathLargestComponent)).toBeLessThanOrEqual(bound);
  });

  it('on such a network the bounds single out nobody: the note says so', () => {
    expect(figures('betweenness-top-uncertain')).toEqual({ top: 20, firstUncertain: 1, lastUncertain: net.n, ranked: net.n, delta: SAMPLING_DELTA });
  });

  it('names the ranks whose bounds overlap when a clear head stands above a crowded tail; the head is right', () => {
    // Two stars joined by a chain of 6 brokers, hung on a 600-actor partnership network by one tie.
    const body = partnershipDataset(600, 4);
    const chain = Array.from({ length: 6 }, (_, i) => `chain${i}`);
    const ties: [string, string][] = [['hubA', chain[0]!], ['hubB', chain[5]!], ['hubB', body.actors[0]!.id]];
    for (let i = 0; i < 5; i++) ties.push([chain[i]!, chain[i + 1]!]);
    for (let i = 0; i < 300; i++) ties.push(['hubA', `leafA${i}`]);
    for (let i = 0; i < 200; i++) ties.push(['hubB', `leafB${i}`]);
    for (const t of body.ties) ties.push([t.source, t.target]);
    const g = buildNetwork(makeDataset(ties, { actors: body.actors.map((a) => a.id) }));
    const comp = computeComponents(g).componentOf;
    const truth = computePaths(g, comp, { exact: true });
    const run = computePaths(g, comp, { samples: 500, seed: 1, exactWorkLimit: 0 });
    // The crowded tail reaches the last rank here (the leaves' bounds are wide): "ranked 12 and below overlap".
    const uncertain = figures('betweenness-top-uncertain', run.estimates);
    expect(uncertain).toMatchObject({ top: 20, lastUncertain: g.n, ranked: g.n, delta: SAMPLING_DELTA });
    const first = uncertain.firstUncertain;
    expect(first).toBeGreaterThanOrEqual(9); // the two hubs, the chain of 6 and the tie into the body
    expect(first).toBeLessThanOrEqual(20);
    const want = new Set(topIds(truth.betweenness, 20));
    const ranked = topIds(run.betweenness, g.n);
    for (let r = 1; r < first; r++) expect(want.has(ranked[r - 1]!), `rank ${r}`).toBe(true);
  });
});

describe('computePaths: the sample must single out the top 20 (the 10k check of the benchmark, in small)', () => {
  it('on a network small enough for exact values, an uncertain sample is replaced by the exact pass', () => {
    // Ranks 19–23 of such networks are within 0.1% of each other: no sample of 400 sources can order them.
    const asked = computePaths(net, componentOf, { weighted: true, samples: 400, seed: 1 });
    expect(asked.method).toEqual(exact.method);
    expect([...asked.betweenness]).toEqual([...exact.betweenness]);
    expect([...asked.weightedBetweenness!]).toEqual([...exact.weightedBetweenness!]);
    expect([...asked.closeness]).toEqual([...exact.closeness]);
    expect(asked.averageShortestPathLargestComponent).toBe(exact.averageShortestPathLargestComponent);
    expect(topIds(asked.betweenness, 20)).toEqual(topIds(exact.betweenness, 20));
    expect(asked.estimates.map((e) => e.code)).toEqual(['sampling-replaced-by-exact']);
    expect(asked.estimates[0]!.figures).toEqual({ sources: 400, top: 20, firstUncertain: 1, lastUncertain: net.n, ranked: net.n });
  });

  it('a sample whose bounds single out the top 20 is kept, and its top 20 is the exact one', () => {
    // fixtures/sampling/two-stars as a Dataset: two stars (300 and 200 leaves) joined by a chain of 18 brokers.
    const chain = Array.from({ length: 18 }, (_, i) => `chain${String(i).padStart(3, '0')}`);
    const ties: [string, string][] = [['hubA', chain[0]!], ['hubB', chain[17]!]];
    for (let i = 0; i < 17; i++) ties.push([chain[i]!, chain[i + 1]!]);
    for (let i = 0; i < 300; i++) ties.push(['hubA', `a${String(i).padStart(3, '0')}`]);
    for (let i = 0; i < 200; i++) ties.push(['hubB', `b${String(i).padStart(3, '0')}`]);
    const stars = buildNetwork(makeDataset(ties));
    const comp = computeComponents(stars).componentOf;
    const truth = computePaths(stars, comp, { exact: true });
    const kept = computePaths(stars, comp, { samples: 400, seed: 1 });
    expect(kept.method.exact).toBe(false);
    expect(kept.estimates.map((e) => e.code)).toEqual(['betweenness-estimated', 'closeness-estimated']);
    expect(noteFigures(kept.estimates, 'betweenness-estimated')).toMatchObject({ sources: 400, actors: stars.n, components: 1, certifiedTop: 20 });
    const top = topIds(kept.betweenness, 20);
    expect(new Set(top)).toEqual(new Set(topIds(truth.betweenness, 20)));
    expect(new Set(top.map((v) => stars.ids[v]))).toEqual(new Set([...chain, 'hubA', 'hubB']));
  });
});

describe('certifyTop', () => {
  const v = (...xs: number[]): Float64Array => Float64Array.from(xs);

  it('certifies when every top lower bound is above every other upper bound', () => {
    expect(certifyTop(v(0.9, 0.1, 0.5, 0.2), v(0.1, 0.05, 0.1, 0.05), 2)).toEqual({ k: 2, actors: 4, certified: true, uncertain: null });
  });

  it('names the first and last rank whose intervals overlap the boundary', () => {
    // Ranked: 0.9 (±0.01), 0.6 (±0.2), 0.5 (±0.05), 0.45 (±0.01), 0.1 (±0.01).
    expect(certifyTop(v(0.5, 0.1, 0.9, 0.45, 0.6), v(0.05, 0.01, 0.01, 0.01, 0.2), 2))
      .toEqual({ k: 2, actors: 5, certified: false, uncertain: [2, 4] });
    // Touching intervals are not separated.
    expect(certifyTop(v(0.6, 0.4), v(0.1, 0.1), 1)).toEqual({ k: 1, actors: 2, certified: false, uncertain: [1, 2] });
  });

  it('exact values (bound 0) need no separating from each other, even when equal', () => {
    expect(certifyTop(v(0.3, 0.3, 0.3), v(0, 0, 0), 2).certified).toBe(true);
    expect(certifyTop(v(0.3, 0.3, 0.1), v(0, 0.001, 0), 1)).toEqual({ k: 1, actors: 3, certified: false, uncertain: [1, 2] });
  });

  it('k at least the number of actors is certified', () => {
    expect(certifyTop(v(0.2, 0.1), v(0.5, 0.5), 20)).toEqual({ k: 2, actors: 2, certified: true, uncertain: null });
  });
});

describe('componentDiameter (iFUB)', () => {
  function exactDiameter(g: Network): number {
    return computePaths(g, computeComponents(g).componentOf, { exact: true }).diameterOfLargestComponent;
  }
  const cases: [string, Network][] = [
    ['the generated 3000-actor network', net],
    ['a path of 50', buildNetwork(makeDataset(Array.from({ length: 49 }, (_, i) => [`p${String(i).padStart(2, '0')}`, `p${String(i + 1).padStart(2, '0')}`] as const)))],
    ['a cycle of 41', buildNetwork(makeDataset(Array.from({ length: 41 }, (_, i) => [`c${String(i).padStart(2, '0')}`, `c${String((i + 1) % 41).padStart(2, '0')}`] as const)))],
    ['one actor', buildNetwork(makeDataset([], { actors: ['solo'] }))],
  ];
  for (const [name, g] of cases) {
    it(`${name}: equals the all-sources diameter`, () => {
      const comp = computeComponents(g).componentOf;
      const start = comp.indexOf(0);
      const found = componentDiameter(g, start, 0);
      expect(found.exact).toBe(true);
      expect(found.diameter).toBe(exactDiameter(g));
    });
  }

  it('reports bounds instead of running on when its search budget is spent', () => {
    const comp = computeComponents(net).componentOf;
    const found = componentDiameter(net, comp.indexOf(0), 0, 5);
    expect(found.exact).toBe(false);
    expect(found.diameter).toBeLessThanOrEqual(exact.diameterOfLargestComponent);
    expect(found.upper).toBeGreaterThanOrEqual(exact.diameterOfLargestComponent);
  });
});
