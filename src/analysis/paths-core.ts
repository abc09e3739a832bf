/**
 * The core every path kernel builds on (hop-count BFS in paths-bfs.ts,
 * Dijkstra in weighted-betweenness.ts, directed searches in
 * directed-paths-kernel.ts): the CSR view the kernels read, the blocks of
 * sources of the canonical summation, the normalisation of betweenness, the
 * degree-1 folding rule, and the component checks. Imports nothing else from
 * analysis/, so every path file can import it without a cycle.
 *
 * Determinism across threads: sources are cut into fixed blocks of
 * SOURCE_BLOCK consecutive planned sources; each block's dependencies are
 * summed (in source order) into a zeroed BlockSums, and block sums are added
 * to the totals in block order, whichever thread computed them
 * (paths-worker-pool.ts). Per-source figures are written into the source's
 * own slot of a PathAccumulator. So the output is byte-identical for any
 * number of threads.
 */

import type { Network } from '../model/network.js';
import { InternalError } from '../errors.js';

/** What the path kernels read: the CSR adjacency (a Network, its arrays rebuilt in a worker, or the out-arcs of a DirectedCsr). */
export type Csr = Pick<Network, 'n' | 'offsets' | 'targets'>;

/** What the weighted kernels read: the CSR with its weights (empty when the pass is unweighted). */
export type WeightedCsr = Csr & Pick<Network, 'weights'>;

/**
 * A pass's graph: the CSR its searches follow and, for a directed pass, the
 * reverse CSR (the in-arcs), which the bottom-up BFS steps and the push of
 * the backward pass read. An undirected CSR has no `reverse`: its rows are
 * their own reverse.
 */
export interface PassGraph extends WeightedCsr {
  readonly reverse?: Csr | null;
}

/** The priority queue of the Dijkstra searches (weighted-betweenness.ts chooses it). */
export type WeightedQueue = 'buckets' | 'heap';

/** The pass kernels the worker pool can run, by the name a worker thread is told. */
export type KernelName = 'undirected' | 'directed';

/**
 * What the worker pool (paths-worker-pool.ts) runs: a workspace per thread,
 * and block b of a plan computed into zeroed BlockSums plus the per-source
 * figures of its sources into `acc`. `onSource` is the pool's heartbeat,
 * called after each source.
 */
export interface PassKernel<W> {
  readonly name: KernelName;
  createWorkspace(net: PassGraph, componentOf: Int32Array, plan: PassPlan, queue: WeightedQueue): W;
  runBlock(net: PassGraph, plan: PassPlan, b: number, sums: BlockSums, acc: PathAccumulator, work: W, onSource?: () => void): void;
}

/**
 * Sources per block of the canonical betweenness summation (see header).
 * Changing it changes the last bits of betweenness, never more.
 */
export const SOURCE_BLOCK = 256;

/**
 * Brandes' factor applied to Σ_s δ_s (ordered sources) to get the normalised
 * betweenness: 1/((n−1)(n−2)), or 1 when n ≤ 2 (all values are 0 there). The
 * same factor serves the undirected measure (Σ_s δ_s counts each unordered
 * pair twice, the contract's 2/((n−1)(n−2)) per unordered pair) and the
 * directed one (ordered pairs, networkx's 1/((n−1)(n−2)) for a DiGraph).
 */
export function betweennessScale(n: number): number {
  return n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
}

/**
 * The neighbour u that a degree-1 actor v is folded into (v's searches are
 * derived from u's, see runBlock in paths-pass.ts), or −1 when v is not
 * folded: v must have exactly one tie and u at least two (in a component of
 * two actors neither is folded).
 */
export function pendantAnchor(net: Csr, v: number): number {
  const { offsets, targets } = net;
  const p = offsets[v]!;
  if (offsets[v + 1]! - p !== 1) return -1;
  const u = targets[p]!;
  return offsets[u + 1]! - offsets[u]! >= 2 ? u : -1;
}

/**
 * The sources of one pass and how each counts (planned by paths-sampling.ts,
 * or read from shared memory in a worker).
 */
export interface PassPlan {
  /** Actors to search from, ascending. Blocks are SOURCE_BLOCK consecutive entries. */
  readonly sources: Int32Array;
  /**
   * Per entry: how many times the source was drawn, for sources in a sampled
   * component; 1 for sources of exactly computed components, whose folded
   * (degree-1) neighbours are added by the kernel.
   */
  readonly counts: Float64Array;
  /** Per component: 1 when its sources are sampled, 0 when all are searched. */
  readonly sampledComponent: Uint8Array;
  /** Also run the weighted (Dijkstra) search from every source. */
  readonly weighted: boolean;
  /** Any sampled component: also collect squares and per-target distance sums. */
  readonly sampling: boolean;
}

export function blockCount(plan: PassPlan): number {
  return Math.ceil(plan.sources.length / SOURCE_BLOCK);
}

/**
 * Sums of one block of sources, each of length n, folded in block order by
 * the caller. Arrays that the plan does not need are empty.
 */
export interface BlockSums {
  /** Σ mult · δ_s(v), hop counts. */
  readonly dependency: Float64Array;
  /** Σ mult · δ_s(v), lengths 1/weight (weighted plans). */
  readonly weighted: Float64Array;
  /** Σ mult · δ_s(v)² and the weighted counterpart (sampling plans). */
  readonly dependencySquare: Float64Array;
  readonly weightedSquare: Float64Array;
  /** Σ mult · d(s, v) and Σ mult / d(s, v) over sampled sources s ≠ v (sampling plans of the undirected pass). */
  readonly distanceTo: Float64Array;
  readonly inverseTo: Float64Array;
}

export function createBlockSums(plan: PassPlan, n: number): BlockSums {
  const weighted = plan.weighted ? n : 0;
  const sampling = plan.sampling ? n : 0;
  return {
    dependency: new Float64Array(n),
    weighted: new Float64Array(weighted),
    dependencySquare: new Float64Array(sampling),
    weightedSquare: new Float64Array(plan.weighted && plan.sampling ? n : 0),
    distanceTo: new Float64Array(sampling),
    inverseTo: new Float64Array(sampling),
  };
}

/** Zero every array of `sums`. */
export function clearBlockSums(sums: BlockSums): void {
  sums.dependency.fill(0);
  sums.weighted.fill(0);
  sums.dependencySquare.fill(0);
  sums.weightedSquare.fill(0);
  sums.distanceTo.fill(0);
  sums.inverseTo.fill(0);
}

/** Adds every array of `block` into `total` (the block-order fold). */
export function foldInto(total: BlockSums, block: BlockSums): void {
  const pairs: [Float64Array, Float64Array][] = [
    [total.dependency, block.dependency],
    [total.weighted, block.weighted],
    [total.dependencySquare, block.dependencySquare],
    [total.weightedSquare, block.weightedSquare],
    [total.distanceTo, block.distanceTo],
    [total.inverseTo, block.inverseTo],
  ];
  for (const [t, b] of pairs) for (let v = 0; v < t.length; v++) t[v]! += b[v]!;
}

/** Per-source figures of a pass, each of length n, at the source's index (a kernel that has none leaves them untouched); the dependencies go to BlockSums. */
export interface PathAccumulator {
  /** Per source s, at index s: Σ of hop distances to the actors it reaches. Overwritten. */
  readonly distanceSum: Float64Array;
  /** Per source s: actors reachable from s, s included. Overwritten. */
  readonly reached: Int32Array;
  /** Per source s: Σ 1/d(s,t) over reachable t ≠ s. Overwritten. */
  readonly inverseDistanceSum: Float64Array;
  /** Per source s: max hop distance to a reachable actor (0 for an isolate). Overwritten. */
  readonly eccentricity: Int32Array;
}

export function createPathAccumulator(n: number): PathAccumulator {
  return {
    distanceSum: new Float64Array(n),
    reached: new Int32Array(n),
    inverseDistanceSum: new Float64Array(n),
    eccentricity: new Int32Array(n),
  };
}

/** Folded block sums and the per-source figures of a pass. */
export interface PassResult {
  readonly sums: BlockSums;
  readonly acc: PathAccumulator;
}

/**
 * Checks `componentOf` (any numbering below n) against the ties — the
 * bottom-up steps and the sampling strata rely on it — and returns the number
 * of components (1 + the largest label). Ties are read as given: for a
 * directed CSR, the out-arcs (labels of weakly connected components pass).
 */
export function checkComponents(net: Csr & { readonly ids?: readonly string[] }, componentOf: Int32Array): number {
  const { n, offsets, targets } = net;
  const name = (i: number): string => net.ids?.[i] ?? `#${i}`;
  if (componentOf.length !== n) {
    throw new InternalError(`paths: componentOf has ${componentOf.length} entries for ${n} actors`);
  }
  let count = 0;
  for (let i = 0; i < n; i++) {
    const c = componentOf[i]!;
    if (!(c >= 0 && c < n)) throw new InternalError(`paths: component index ${c} of actor ${name(i)} is out of range`);
    if (c + 1 > count) count = c + 1;
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
      if (componentOf[targets[p]!] !== c) {
        throw new InternalError(`paths: tie ${name(i)}–${name(targets[p]!)} joins two different components`);
      }
    }
  }
  return count;
}

/** Per component: its actors and the entries of its CSR rows (half-edges, or out-arcs of a directed CSR). */
export interface ComponentSizes {
  readonly count: number;
  readonly size: Int32Array;
  readonly halfEdges: Float64Array;
}

export function componentSizes(net: Csr, componentOf: Int32Array): ComponentSizes {
  let count = 0;
  for (let i = 0; i < net.n; i++) count = Math.max(count, componentOf[i]! + 1);
  const size = new Int32Array(count);
  const halfEdges = new Float64Array(count);
  for (let i = 0; i < net.n; i++) {
    const c = componentOf[i]!;
    size[c]! += 1;
    halfEdges[c]! += net.offsets[i + 1]! - net.offsets[i]!;
  }
  return { count, size, halfEdges };
}

/** Σ_c |c| · 2m_c: the steps of an exact pass (one search per actor); Σ_c |c| · m_c over arcs for a directed CSR. */
export function exactWork(net: Csr, componentOf: Int32Array): number {
  return workOf(componentSizes(net, componentOf));
}

export function workOf(sizes: ComponentSizes): number {
  const { count, size, halfEdges } = sizes;
  let work = 0;
  for (let c = 0; c < count; c++) work += size[c]! * halfEdges[c]!;
  return work;
}
