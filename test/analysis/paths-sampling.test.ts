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
  componentDiameter,
  DEFAULT_SAMPLES,
  EXACT_WORK_LIMIT,
  exactWork,
  planSources,
  SAMPLING_DELTA,
} from '../../src/analysis/paths-sampling.js';
import { buildNetwork, type Network } from '../../src/model/network.js';
import { makeDataset } from '../helpers/shared.js';
import { partnershipDataset } from '../helpers/partnership.js';

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

describe('computePaths, sampled', () => {
  const sampled = computePaths(net, componentOf, { weighted: true, samples: 600, seed: 1 });

  it('marks the estimate: method with samples, ε and δ, and one note per estimated family', () => {
    expect(sampled.method.exact).toBe(false);
    expect(sampled.method.samples).toBe(600);
    expect(sampled.method.delta).toBe(SAMPLING_DELTA);
    expect(sampled.method.epsilon!).toBeGreaterThan(0);
    expect(sampled.estimates.map((e) => e.code)).toEqual(['betweenness-estimated', 'weighted-betweenness-estimated', 'closeness-estimated']);
    expect(sampled.estimates[0]!.message).toContain(`±${Number(sampled.method.epsilon!.toPrecision(3))}`);
  });

  it('every betweenness estimate is within the stated ε of the exact value (hop counts and weighted)', () => {
    const epsilonW = Number(/±([0-9.e-]+)/.exec(sampled.estimates[1]!.message)![1]);
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
      const run = computePaths(small, comp, { samples: 60, seed }).betweenness;
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
    const note = sampled.estimates[2]!.message;
    const hops = Number(/within ±([0-9.e-]+) hops and/.exec(note)![1]);
    const inverse = Number(/inverse distance within ±([0-9.e-]+)/.exec(note)![1]);
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
    const bound = Number(/largest component within ±([0-9.e-]+) hops/.exec(sampled.estimates[2]!.message)![1]);
    expect(Math.abs(sampled.averageShortestPathLargestComponent - exact.averageShortestPathLargestComponent)).toBeLessThanOrEqual(bound);
  });

  it('a smaller analogue of the 10k check: the sampled top-20 brokers are (nearly) the exact ones', () => {
    // Ranks 19–23 of such networks are often within 0.1% of each other, which no sample can order,
    // so this asks for 17 of 20 (bench/results.md reports the 10k figure); the top 2 are exact.
    const want = topIds(exact.betweenness, 20);
    const got = topIds(sampled.betweenness, 20);
    expect(got.filter((id) => want.includes(id)).length).toBeGreaterThanOrEqual(17);
    expect(new Set(got.slice(0, 2))).toEqual(new Set(want.slice(0, 2)));
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
