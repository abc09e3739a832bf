/**
 * The undirected pass kernel: per planned source, the hop-count search
 * (paths-bfs.ts) and, for weighted plans, the Dijkstra
 * (weighted-betweenness.ts), with degree-1 actors folded into their
 * neighbour, summed into the block's BlockSums. The worker pool
 * (paths-worker-pool.ts) runs it block by block on any number of threads;
 * computePaths (paths.ts) plans and reads the pass.
 */

import {
  pendantAnchor,
  SOURCE_BLOCK,
  type BlockSums,
  type PassGraph,
  type PassKernel,
  type PassPlan,
  type PathAccumulator,
  type WeightedCsr,
  type WeightedQueue,
} from './paths-core.js';
import { backwardFrom, createPathWorkspace, levelFigures, resetSearch, searchFrom, type PathWorkspace } from './paths-bfs.js';
import { createWeightedWorkspace, weightedFrom, type WeightedWorkspace } from './weighted-betweenness.js';

/** Scratch space of one thread for a pass. */
export interface PassWorkspace {
  readonly hop: PathWorkspace;
  readonly weighted: WeightedWorkspace | null;
}

export function createPassWorkspace(net: WeightedCsr, componentOf: Int32Array, plan: PassPlan, queue: WeightedQueue): PassWorkspace {
  return {
    hop: createPathWorkspace(net, componentOf),
    weighted: plan.weighted ? createWeightedWorkspace(net, queue) : null,
  };
}

/**
 * Runs block b of the plan: adds into `sums` (which the caller zeroed) and
 * writes the per-source figures of every searched source, and of the
 * degree-1 actors folded into it, into `acc`.
 * `onSource` is called after each source (the worker pool's heartbeat).
 *
 * Folding (exact components): a degree-1 actor v whose neighbour u has
 * degree ≥ 2 reaches everything through u, so d(v, t) = d(u, t) + 1 and the
 * shortest v–t paths are v followed by the shortest u–t paths, for hop counts
 * and for lengths 1/weight alike. Hence δ_v(x) = δ_u(x) for x ∉ {u, v} and
 * δ_v(u) = r − 2 (r = actors reachable, both included), and v's distance sum,
 * harmonic sum and eccentricity follow from u's level sizes. So u's search
 * counts 1 + p_u times (p_u = actors folded into u), u gets p_u · (r − 2)
 * more, and the folded actors are never searched (Baglioni, Geraci, Pellegrini
 * & Lastres 2012, "Fast exact computation of betweenness centrality in social
 * networks"; Puzis, Elovici, Zilberman, Dolev & Brandes 2015).
 */
export function runBlock(
  net: WeightedCsr,
  plan: PassPlan,
  b: number,
  sums: BlockSums,
  acc: PathAccumulator,
  work: PassWorkspace,
  onSource?: () => void,
): void {
  const { offsets, targets } = net;
  const { sources, counts, sampledComponent } = plan;
  const { componentOf, dist } = work.hop;
  const end = Math.min(sources.length, (b + 1) * SOURCE_BLOCK);
  const hopSquare = plan.sampling ? sums.dependencySquare : null;
  const weightedSquare = plan.sampling ? sums.weightedSquare : null;
  for (let i = b * SOURCE_BLOCK; i < end; i++) {
    const s = sources[i]!;
    const sampled = sampledComponent[componentOf[s]!] === 1;
    let mult = counts[i]!;
    let pendants = 0;
    if (!sampled) {
      for (let p = offsets[s]!; p < offsets[s + 1]!; p++) if (pendantAnchor(net, targets[p]!) === s) pendants++;
      mult += pendants;
    }

    const depth = searchFrom(net, s, work.hop);
    const tail = work.hop.levelStart[depth + 1]!;
    const figures = levelFigures(work.hop, depth);
    acc.distanceSum[s] = figures.sumDistance;
    acc.reached[s] = tail;
    acc.inverseDistanceSum[s] = figures.sumInverse;
    acc.eccentricity[s] = depth;
    if (pendants > 0) {
      for (let p = offsets[s]!; p < offsets[s + 1]!; p++) {
        const v = targets[p]!;
        if (pendantAnchor(net, v) !== s) continue;
        acc.distanceSum[v] = figures.sumDistance + tail - 2;
        acc.reached[v] = tail;
        acc.inverseDistanceSum[v] = figures.sumShifted - 0.5;
        acc.eccentricity[v] = depth + 1;
      }
    }
    if (sampled) {
      const { order } = work.hop;
      const { distanceTo, inverseTo } = sums;
      for (let k = 1; k < tail; k++) {
        const v = order[k]!;
        const d = dist[v]!;
        distanceTo[v]! += mult * d;
        inverseTo[v]! += mult / d;
      }
    }
    backwardFrom(net, work.hop, depth, sums.dependency, mult, hopSquare);
    if (pendants > 0) sums.dependency[s]! += pendants * (tail - 2);
    resetSearch(work.hop, tail);

    if (work.weighted !== null) {
      weightedFrom(net, s, work.weighted, sums.weighted, mult, weightedSquare);
      if (pendants > 0) sums.weighted[s]! += pendants * (tail - 2);
    }
    onSource?.();
  }
}

/** The undirected pass as the worker pool runs it. */
export const UNDIRECTED_PASS: PassKernel<PassWorkspace> = Object.freeze({
  name: 'undirected',
  createWorkspace: (net: PassGraph, componentOf: Int32Array, plan: PassPlan, queue: WeightedQueue) => createPassWorkspace(net, componentOf, plan, queue),
  runBlock,
});
