/**
 * Directed betweenness of survey answers (docs/metrics.md, "Directed
 * betweenness"): shortest paths follow the arcs as reported, A→B meaning A
 * names B.
 *
 * Definition (networkx `betweenness_centrality(G, normalized=True)` on a
 * DiGraph; igraph `betweenness(directed=True)` times the same factor):
 *   B_i = Σ_{s≠i≠t} σ_st(i)/σ_st over ORDERED pairs (s, t), times
 *   1/((n−1)(n−2)), n = all actors including isolates; not normalised for
 *   n ≤ 2 (all 0). Brandes (2001) from every source along the out-arcs.
 * Weighted: the same with the length of an arc 1/weight, path lengths equal
 * within a relative 1e-9 counted as ties — the conventions of the undirected
 * weightedBetweenness (weighted-betweenness.ts), whose Dijkstra runs here on
 * the out-arcs.
 *
 * Exact by default. Large networks follow the undirected rule
 * (paths-sampling.ts): when the work of the exact pass, Σ_c |c| · m_c over
 * the weakly connected components c (m_c arcs; a search from s scans at most
 * the arcs of its weak component), exceeds EXACT_WORK_LIMIT — or when
 * `samples` is given — the components larger than the budget are sampled:
 * sources drawn uniformly with replacement in each, Σ_s δ_s(v) estimated by
 * (|c|/K_c) Σ_i δ_{s_i}(v), with the same empirical Bernstein bound
 * (δ_s(v) ≤ |c| − 2 holds for directed paths too) and the same top-20
 * certification; an uncertain sample on a network within the work limit is
 * replaced by the exact pass. The result carries the bounds as figures
 * (`estimate`), not prose: the report writes the note.
 *
 * Speed: one search per actor over the out-arcs (direction-optimising,
 * directed-paths-kernel.ts); actors with no in-arc and one out-arc are
 * folded into their target; the worker pool runs it on any number of
 * threads with a byte-identical result (fixed blocks, folded in order).
 */

import type { BetweennessMethod } from '../types.js';
import type { DirectedCsr } from '../model/arcs.js';
import { type PassGraph, type PassResult, type WeightedQueue } from './paths-core.js';
import { DIRECTED_PASS, sourceAnchor } from './directed-paths-kernel.js';
import { chooseQueue } from './weighted-betweenness.js';
import {
  betweennessBounds,
  certifyTop,
  largestBound,
  planSources,
  SAMPLING_DELTA,
  type SourcePlan,
  type Stratum,
  type TopCertificate,
} from './paths-sampling.js';
import { definedOnly, EXACT_BETWEENNESS, PARALLEL_MIN_WORK, PATHS_DEFAULTS, scaleBetweenness, type PathsOptions } from './paths.js';
import { runPass, runPassInProcess } from './paths-worker-pool.js';
import { mapBack, relabelPlan } from './paths-relabel.js';
import { relabelDirected } from './directed-paths-relabel.js';

/** The options of computePaths (paths.ts), with the same defaults and meaning; `weighted` asks for weightedBetweenness. */
export type DirectedPathsOptions = PathsOptions;

/** How a sampled directed betweenness was bounded (absent when every source was searched from the start). */
export interface DirectedPathsEstimate {
  /** Sources drawn (with repetition) over all sampled components. */
  readonly draws: number;
  /** Actors of the sampled (weakly connected) components, and how many such components. */
  readonly sampledActors: number;
  readonly sampledComponents: number;
  /** With probability ≥ 1 − delta every actor's estimate is within ±epsilon of the exact normalised value. */
  readonly epsilon: number;
  /** The same for weightedBetweenness (null: not asked for). */
  readonly weightedEpsilon: number | null;
  readonly delta: number;
  /** Whether the bounds single out the 20 highest values (paths-sampling.ts certifyTop). */
  readonly top: TopCertificate;
  /**
   * true: the bounds could not single out the top and the network was within
   * the work limit, so the exact pass ran instead — the values are exact
   * (method.exact), and the figures above say what the sample could not do.
   */
  readonly replacedByExact: boolean;
}

export interface DirectedPathsResult {
  /** Directed betweenness per actor index (networkx DiGraph definition, normalised). */
  readonly betweenness: Float64Array;
  /** The same with arc length 1/weight, when `weighted`; else null. */
  readonly weightedBetweenness: Float64Array | null;
  /** As Analysis.betweennessMethod: exact, or the sample size and bound. */
  readonly method: BetweennessMethod;
  readonly estimate: DirectedPathsEstimate | null;
}

/**
 * Directed betweenness (and weighted directed betweenness) over the out-arcs
 * of `arcs`, synchronous like computePaths. `options` as computePaths':
 * `weighted` (default false), `exact`, `samples`, `seed`, `threads`;
 * byte-identical for any `threads`.
 */
export function computeDirectedPaths(arcs: DirectedCsr, options: Partial<DirectedPathsOptions> = {}): DirectedPathsResult {
  const opts: DirectedPathsOptions = { ...PATHS_DEFAULTS, ...definedOnly(options) };
  const n = arcs.n;
  const reverse = { n, offsets: arcs.inOffsets, targets: arcs.inTargets };
  const graph: PassGraph = { n, offsets: arcs.outOffsets, targets: arcs.outTargets, weights: arcs.outWeights, reverse };
  const componentOf = weakComponents(arcs);
  const queue: WeightedQueue = opts.weighted ? chooseQueue(graph) : 'heap';
  const anchorOf = (v: number): number => sourceAnchor(graph, reverse, v);

  const planned = planSources(graph, componentOf, opts.weighted, opts, anchorOf);
  const local = relabelDirected(arcs, componentOf);
  const first = measure(n, componentOf, planned, search(local, planned, queue, opts), opts.weighted);
  if (planned.strata.length === 0) return { ...first, method: EXACT_BETWEENNESS, estimate: null };

  const { strata } = planned;
  const bounds = betweennessBounds(n, componentOf, strata, first.pass.sums.dependency, first.pass.sums.dependencySquare);
  const epsilon = largestBound(bounds);
  const top = certifyTop(first.betweenness, bounds);
  const estimate: DirectedPathsEstimate = {
    draws: strata.reduce((a, s) => a + s.draws, 0),
    sampledActors: strata.reduce((a, s) => a + s.size, 0),
    sampledComponents: strata.length,
    epsilon,
    weightedEpsilon: first.weightedBetweenness === null
      ? null
      : largestBound(betweennessBounds(n, componentOf, strata, first.pass.sums.weighted, first.pass.sums.weightedSquare)),
    delta: SAMPLING_DELTA,
    top,
    replacedByExact: false,
  };
  if (!top.certified && planned.exactWork <= opts.exactWorkLimit) {
    const exactPlan = planSources(graph, componentOf, opts.weighted, { ...opts, exact: true }, anchorOf);
    const exact = measure(n, componentOf, exactPlan, search(local, exactPlan, queue, opts), opts.weighted);
    return {
      betweenness: exact.betweenness,
      weightedBetweenness: exact.weightedBetweenness,
      method: EXACT_BETWEENNESS,
      estimate: { ...estimate, replacedByExact: true },
    };
  }
  return {
    betweenness: first.betweenness,
    weightedBetweenness: first.weightedBetweenness,
    method: Object.freeze({ exact: false, samples: estimate.draws, epsilon, delta: SAMPLING_DELTA }),
    estimate,
  };
}

/**
 * The pass on the renumbered copy (directed-paths-relabel.ts): every planned
 * source searched, on as many threads as pay for themselves; the result in
 * the network's numbering.
 */
function search(local: ReturnType<typeof relabelDirected>, planned: SourcePlan, queue: WeightedQueue, opts: DirectedPathsOptions): PassResult {
  const { arcs, componentOf } = local;
  const graph: PassGraph = {
    n: arcs.n, offsets: arcs.outOffsets, targets: arcs.outTargets, weights: arcs.outWeights,
    reverse: { n: arcs.n, offsets: arcs.inOffsets, targets: arcs.inTargets },
  };
  const plan = relabelPlan(planned.plan, local.newOf);
  const threads = planned.exactWork < PARALLEL_MIN_WORK ? 1 : opts.threads;
  const pass = threads > 1
    ? runPass(DIRECTED_PASS, graph, componentOf, plan, queue, threads, opts.workerUrl)
    : runPassInProcess(DIRECTED_PASS, graph, componentOf, plan, queue);
  return mapBack(pass, local.newOf);
}

function measure(n: number, componentOf: Int32Array, planned: SourcePlan, pass: PassResult, weighted: boolean) {
  const stratumOf = new Map<number, Stratum>(planned.strata.map((s) => [s.component, s] as const));
  return { pass, ...scaleBetweenness(n, componentOf, stratumOf, pass.sums, weighted) };
}

/**
 * Weakly connected components (arcs read both ways), numbered by size
 * descending, then by smallest actor index — the order of components.ts.
 */
export function weakComponents(arcs: DirectedCsr): Int32Array {
  const { n, outOffsets, outTargets, inOffsets, inTargets } = arcs;
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  for (let s = 0; s < n; s++) {
    if (label[s] !== -1) continue;
    const c = sizes.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    label[s] = c;
    while (head < tail) {
      const v = queue[head++]!;
      for (let p = outOffsets[v]!; p < outOffsets[v + 1]!; p++) {
        const w = outTargets[p]!;
        if (label[w] === -1) {
          label[w] = c;
          queue[tail++] = w;
        }
      }
      for (let p = inOffsets[v]!; p < inOffsets[v + 1]!; p++) {
        const w = inTargets[p]!;
        if (label[w] === -1) {
          label[w] = c;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  // Components were found in order of their smallest actor: a stable sort by size keeps that as the tie-break.
  const order = sizes.map((_, c) => c).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const renumber = new Int32Array(sizes.length);
  order.forEach((c, i) => (renumber[c] = i));
  return label.map((c) => renumber[c]!);
}
