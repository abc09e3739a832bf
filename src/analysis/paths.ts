/**
 * Shortest-path family (hop counts): betweenness, closeness, harmonic
 * centrality, and the diameter and mean distance of the largest component,
 * all fed by ONE breadth-first search per source — plus weighted
 * betweenness from a Dijkstra per source in the same pass.
 *
 * Definitions (the contract in fixtures/oracles/README.md):
 * - betweenness B_i = Σ_{s<t; s,t≠i} σ_st(i)/σ_st over unordered pairs, times
 *   2/((n−1)(n−2)) with n = all actors incl. isolates (networkx
 *   `betweenness_centrality(normalized=True)`). Algorithm: Brandes (2001),
 *   "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2);
 *   summing the dependencies δ_s over all n sources counts each unordered pair
 *   twice, so the factor applied to Σ_s δ_s is 1/((n−1)(n−2)).
 * - closeness (Wasserman & Faust 1994, "improved" for disconnected graphs):
 *   C_i = (r_i−1)/Σ_j d(i,j) · (r_i−1)/(n−1), r_i = actors reachable from i
 *   including i.
 * - harmonic (Marchiori & Latora 2000; Rochat 2009): Σ_{j≠i reachable} 1/d(i,j),
 *   divided by (n−1).
 * - diameterOfLargestComponent: max eccentricity over the members of
 *   component 0; averageShortestPathLargestComponent: mean d(u,v) over ordered
 *   pairs u≠v of component 0.
 *
 * Edge cases, decided here:
 * - empty network (n = 0): empty arrays, diameter 0, mean distance 0.
 * - n ≤ 2: betweenness is 0 for everyone and is not normalised (the factor
 *   would divide by zero); harmonic is 0 when n = 1.
 * - isolates: closeness 0, harmonic 0, betweenness 0; they still count in n.
 * - disconnected: each actor only sees its own component (W–F scaling above);
 *   diameter and mean distance are those of component 0 (0 if it is one actor).
 *   `componentOf` comes from components.ts (component 0 = the largest).
 *
 * The files, each building only on the ones before it (no import cycle):
 * - paths-core.ts: the CSR view, blocks of sources, scaling, degree-1 folding,
 *   component checks;
 * - kernels: paths-bfs.ts (hop-count BFS, direction-optimising),
 *   weighted-betweenness.ts (Dijkstra), combined per block with the folding
 *   in paths-pass.ts;
 * - paths-worker-pool.ts (+ paths-worker.ts, paths-kernels.ts): a pass on
 *   any number of threads, byte-identical to one thread;
 * - paths-sampling.ts (which sources, and the bounds of an estimate),
 *   paths-diameter.ts (iFUB), paths-relabel.ts (renumbering for locality);
 * - this file: computePaths as named steps.
 *
 * One pass (computePaths): the sources planned by paths-sampling.ts (every
 * actor, or a seeded sample on large networks) are searched once each, with
 * a hop-count BFS and, for weighted networks, a Dijkstra, so both betweenness
 * kinds, closeness, harmonic and the distances come from the same loop. Exact
 * savings (runBlock, paths-pass.ts): degree-1 actors are folded into their
 * neighbour (never searched, their figures derived exactly), and the searches
 * run on a copy of the CSR renumbered in BFS order for memory locality
 * (relabelForLocality). The result is byte-identical for any number of
 * threads (paths-core.ts, paths-worker-pool.ts).
 */

import type { BetweennessMethod, EstimateNote } from '../types.js';
import type { Network } from '../model/network.js';
import { betweennessScale, checkComponents, type BlockSums, type PassResult, type PathAccumulator } from './paths-core.js';
import { UNDIRECTED_PASS } from './paths-pass.js';
import { chooseQueue, type WeightedQueue } from './weighted-betweenness.js';
import {
  betweennessBounds,
  certifyTop,
  estimateNotes,
  EXACT_WORK_LIMIT,
  largestBound,
  planSources,
  replacedByExactNote,
  SAMPLING_DELTA,
  type SourcePlan,
  type Stratum,
} from './paths-sampling.js';
import { componentDiameter } from './paths-diameter.js';
import { mapBack, relabelForLocality, relabelPlan, type Relabelled } from './paths-relabel.js';
import { runPass, runPassInProcess } from './paths-worker-pool.js';

export { SOURCE_BLOCK, betweennessScale, pendantAnchor } from './paths-core.js';

export interface PathsResult {
  readonly betweenness: Float64Array;
  /** Weighted betweenness (length 1/weight) when asked for (`weighted`), else null. */
  readonly weightedBetweenness: Float64Array | null;
  readonly closeness: Float64Array;
  readonly harmonic: Float64Array;
  readonly diameterOfLargestComponent: number;
  readonly averageShortestPathLargestComponent: number;
  readonly method: BetweennessMethod;
  /** What was estimated instead of computed exactly, with its bound (empty when exact). */
  readonly estimates: readonly EstimateNote[];
}

/** The method record of an exact (all-sources) betweenness. */
export const EXACT_BETWEENNESS: BetweennessMethod = Object.freeze({
  exact: true,
  samples: null,
  epsilon: null,
  delta: null,
});

export interface PathsOptions {
  /** Also compute weighted betweenness (length 1/weight) from the same sources. */
  readonly weighted: boolean;
  /** Exact values whatever the size (no sampling). */
  readonly exact: boolean;
  /** Source budget; when given, components larger than it are sampled (paths-sampling.ts). */
  readonly samples: number | undefined;
  /** Seed of the source sampling. */
  readonly seed: number;
  /** Exact work above which sources are sampled unless `exact` (paths-sampling.ts; tests lower it). */
  readonly exactWorkLimit: number;
  /** Threads for the searches (1 = this thread only); never changes the result. */
  readonly threads: number;
  /** Worker script (tests); default: paths-worker.js next to paths-worker-pool.js. */
  readonly workerUrl: URL | undefined;
}

export const PATHS_DEFAULTS: PathsOptions = Object.freeze({
  weighted: false,
  exact: false,
  samples: undefined,
  seed: 1,
  exactWorkLimit: EXACT_WORK_LIMIT,
  threads: 1,
  workerUrl: undefined,
});

/**
 * Below this much exact work (Σ_c |c| · 2m_c) one thread is used whatever
 * `threads` says: starting workers costs more than it saves.
 */
export const PARALLEL_MIN_WORK = 2e7;

export function computePaths(net: Network, componentOf: Int32Array, options: Partial<PathsOptions> = {}): PathsResult {
  const opts: PathsOptions = { ...PATHS_DEFAULTS, ...definedOnly(options) };
  checkComponents(net, componentOf);
  const queue: WeightedQueue = opts.weighted ? chooseQueue(net) : 'heap';
  // The searches run on a copy renumbered for locality; results are mapped back.
  const local = relabelForLocality(net, componentOf);
  const planned = planSources(net, componentOf, opts.weighted, opts);
  const pass = searchSources(local, planned, queue, opts);
  const measured = measure(net.n, componentOf, planned, pass, opts.weighted);
  if (!measured.stratumOf.has(0)) return exactResult(componentOf, measured);

  const estimate = boundEstimate(net.n, componentOf, planned, measured);
  if (!estimate.top.certified && planned.exactWork <= opts.exactWorkLimit) {
    // Only an explicit `samples` samples a network this small: when its bounds cannot say who
    // the top brokers are, the exact pass (affordable here by definition) answers instead.
    const exactPlan = planSources(net, componentOf, opts.weighted, { ...opts, exact: true });
    const exact = measure(net.n, componentOf, exactPlan, searchSources(local, exactPlan, queue, opts), opts.weighted);
    return { ...exactResult(componentOf, exact), estimates: [replacedByExactNote(estimate.draws, estimate.top)] };
  }
  return estimatedResult(componentOf, local, measured, estimate);
}

/** The pass's figures in the network's numbering, before the largest component's summary. */
interface Measured {
  readonly plan: SourcePlan;
  readonly sums: BlockSums;
  readonly acc: PathAccumulator;
  /** 1 for each actor searched from (its figures are its own, never estimated). */
  readonly searched: Uint8Array;
  readonly stratumOf: ReadonlyMap<number, Stratum>;
  readonly betweenness: Float64Array;
  readonly weightedBetweenness: Float64Array | null;
  readonly closeness: Float64Array;
  readonly harmonic: Float64Array;
}

/**
 * Step 1, the pass: every planned source searched on the renumbered copy, on
 * as many threads as pay for themselves, the sums mapped back.
 */
function searchSources(local: Relabelled, planned: SourcePlan, queue: WeightedQueue, opts: PathsOptions): PassResult {
  const threads = planned.exactWork < PARALLEL_MIN_WORK ? 1 : opts.threads;
  const localPlan = relabelPlan(planned.plan, local.newOf);
  const pass = threads > 1
    ? runPass(UNDIRECTED_PASS, local.net, local.componentOf, localPlan, queue, threads, opts.workerUrl)
    : runPassInProcess(UNDIRECTED_PASS, local.net, local.componentOf, localPlan, queue);
  return mapBack(pass, local.newOf);
}

/** Step 2: the per-actor metrics from the pass's sums and per-source figures. */
function measure(n: number, componentOf: Int32Array, planned: SourcePlan, pass: PassResult, weighted: boolean): Measured {
  const { sums, acc } = pass;
  const stratumOf = new Map(planned.strata.map((s) => [s.component, s] as const));
  const searched = new Uint8Array(n);
  for (const s of planned.plan.sources) searched[s] = 1;
  return {
    plan: planned,
    sums,
    acc,
    searched,
    stratumOf,
    ...scaleBetweenness(n, componentOf, stratumOf, sums, weighted),
    ...closenessAndHarmonic(n, componentOf, stratumOf, searched, pass),
  };
}

/** Normalised betweenness: Σ_s δ_s times betweennessScale, and |c| / K_c in a sampled component. */
export function scaleBetweenness(
  n: number,
  componentOf: Int32Array,
  stratumOf: ReadonlyMap<number, Stratum>,
  sums: BlockSums,
  weighted: boolean,
): { betweenness: Float64Array; weightedBetweenness: Float64Array | null } {
  const scale = betweennessScale(n);
  const sampleScale = (v: number): number => {
    const stratum = stratumOf.get(componentOf[v]!);
    return stratum === undefined ? 1 : stratum.size / stratum.draws;
  };
  const betweenness = new Float64Array(n);
  const weightedBetweenness = weighted ? new Float64Array(n) : null;
  for (let v = 0; v < n; v++) {
    const f = scale * sampleScale(v);
    betweenness[v] = sums.dependency[v]! * f;
    if (weightedBetweenness !== null) weightedBetweenness[v] = sums.weighted[v]! * f;
  }
  return { betweenness, weightedBetweenness };
}

/** Closeness and harmonic: exact from a source's own search; estimated for the other actors of sampled components. */
function closenessAndHarmonic(
  n: number,
  componentOf: Int32Array,
  stratumOf: ReadonlyMap<number, Stratum>,
  searched: Uint8Array,
  pass: PassResult,
): { closeness: Float64Array; harmonic: Float64Array } {
  const { sums, acc } = pass;
  const closeness = new Float64Array(n);
  const harmonic = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const stratum = stratumOf.get(componentOf[i]!);
    let r = acc.reached[i]!;
    let total = acc.distanceSum[i]!;
    let inverse = acc.inverseDistanceSum[i]!;
    if (stratum !== undefined && searched[i] === 0) {
      // Mean over the draws (none of them is i) times the |c| − 1 other actors.
      r = stratum.size;
      total = (sums.distanceTo[i]! / stratum.draws) * (r - 1);
      inverse = (sums.inverseTo[i]! / stratum.draws) * (r - 1);
    }
    if (r > 1 && total > 0) closeness[i] = ((r - 1) / total) * ((r - 1) / (n - 1));
    if (n > 1) harmonic[i] = inverse / (n - 1);
  }
  return { closeness, harmonic };
}

/** Component 0 as the searched sources see it: size, first member, and the largest eccentricity and distance sum over its searched actors. */
interface LargestComponent {
  readonly size: number;
  readonly member: number;
  readonly eccentricity: number;
  readonly distanceTotal: number;
}

function scanLargestComponent(componentOf: Int32Array, m: Measured): LargestComponent {
  const exact = !m.stratumOf.has(0);
  let size = 0;
  let eccentricity = 0;
  let distanceTotal = 0;
  let member = -1;
  for (let i = 0; i < componentOf.length; i++) {
    if (componentOf[i] !== 0) continue;
    size++;
    if (member < 0) member = i;
    if (exact || m.searched[i] === 1) {
      eccentricity = Math.max(eccentricity, m.acc.eccentricity[i]!);
      distanceTotal += exact ? m.acc.distanceSum[i]! : 0;
    }
  }
  return { size, member, eccentricity, distanceTotal };
}

/** Step 3a, every source searched: diameter and mean distance of component 0 are exact. */
function exactResult(componentOf: Int32Array, m: Measured): PathsResult {
  const first = scanLargestComponent(componentOf, m);
  return {
    betweenness: m.betweenness,
    weightedBetweenness: m.weightedBetweenness,
    closeness: m.closeness,
    harmonic: m.harmonic,
    diameterOfLargestComponent: first.eccentricity,
    averageShortestPathLargestComponent: first.size > 1 ? first.distanceTotal / (first.size * (first.size - 1)) : 0,
    method: EXACT_BETWEENNESS,
    estimates: [],
  };
}

/** The stated bounds of a sampled pass (paths-sampling.ts). */
interface Estimate {
  readonly strata: readonly Stratum[];
  readonly epsilon: number;
  readonly draws: number;
  readonly top: ReturnType<typeof certifyTop>;
}

/** Step 3b, sampled: the betweenness bounds and whether they single out the top actors. */
function boundEstimate(n: number, componentOf: Int32Array, planned: SourcePlan, m: Measured): Estimate {
  const { strata } = planned;
  const bounds = betweennessBounds(n, componentOf, strata, m.sums.dependency, m.sums.dependencySquare);
  const epsilon = largestBound(bounds);
  const draws = strata.reduce((a, s) => a + s.draws, 0);
  // The bounds are on the scale of the normalised values: do they single out the top actors?
  const top = certifyTop(m.betweenness, bounds);
  return { strata, epsilon, draws, top };
}

/** Step 4, an estimate kept: the exact diameter by iFUB, the mean distance over the draws, and the notes. */
function estimatedResult(componentOf: Int32Array, local: Relabelled, m: Measured, estimate: Estimate): PathsResult {
  const n = componentOf.length;
  const { strata, epsilon, draws, top } = estimate;
  const { plan } = m.plan;
  const first = m.stratumOf.get(0)!;
  const largest = scanLargestComponent(componentOf, m);
  const found = componentDiameter(local.net, local.newOf[largest.member]!, largest.eccentricity);
  // Mean over draws of each drawn source's exact mean distance.
  let weightedSum = 0;
  for (let k = 0; k < plan.sources.length; k++) {
    const s = plan.sources[k]!;
    if (componentOf[s] === 0) weightedSum += plan.counts[k]! * (m.acc.distanceSum[s]! / (largest.size - 1));
  }
  // Diameter of each sampled component: exact for component 0, else 2 · the smallest eccentricity of a drawn source.
  const diameterOf = new Map<number, number>([[0, found.diameter]]);
  for (const s of plan.sources) {
    const c = componentOf[s]!;
    if (c === 0 || !m.stratumOf.has(c)) continue;
    diameterOf.set(c, Math.min(diameterOf.get(c) ?? Infinity, 2 * m.acc.eccentricity[s]!));
  }
  const estimates = estimateNotes({
    strata,
    epsilon,
    weightedEpsilon: m.weightedBetweenness === null
      ? null
      : largestBound(betweennessBounds(n, componentOf, strata, m.sums.weighted, m.sums.weightedSquare)),
    diameterOf,
    diameter: found,
    top,
  });
  return {
    betweenness: m.betweenness,
    weightedBetweenness: m.weightedBetweenness,
    closeness: m.closeness,
    harmonic: m.harmonic,
    diameterOfLargestComponent: found.diameter,
    averageShortestPathLargestComponent: weightedSum / first.draws,
    method: Object.freeze({ exact: false, samples: draws, epsilon, delta: SAMPLING_DELTA }),
    estimates,
  };
}

/** Options with undefined values dropped, so that they fall back to the defaults. */
export function definedOnly<T extends object>(options: Partial<T>): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<T>;
}
