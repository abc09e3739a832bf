/**
 * Shortest-path family (hop counts): betweenness, closeness, harmonic
 * centrality, and the diameter and mean distance of the largest component,
 * all fed by ONE breadth-first search per source — plus weighted
 * betweenness from a Dijkstra per source in the same pass.
 *
 * Definitions (the contract in ../shared/datasets/README.md):
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
 * Performance: CSR typed arrays only; σ is Float64 (a Uint32 count wraps on
 * lattice-like graphs); scratch arrays are reset only where a search touched
 * them. The BFS is level-synchronous and direction-optimising (Beamer, Asanović
 * & Patterson 2012, "Direction-optimizing breadth-first search", adapted to
 * path counting): each level is expanded either top-down (scan the edges of
 * the frontier) or bottom-up (scan the edges of the component's not yet
 * reached actors, summing σ over neighbours in the frontier), whichever scans
 * fewer half-edges. Brandes' backward pass likewise either pulls from the
 * next level (δ_w = σ_w · Σ_{successors u} (1 + δ_u)/σ_u) or pushes from it,
 * whichever scans fewer half-edges. On a random 10k/50k network this visits
 * about 43% of the half-edges of the plain algorithm. The choices depend only
 * on the graph and the source, so results are deterministic.
 *
 * One pass (computePaths): the sources planned by paths-sampling.ts (every
 * actor, or a seeded sample on large networks) are searched once each, with
 * a hop-count BFS and, for weighted networks, a Dijkstra
 * (weighted-betweenness.ts), so both betweenness kinds, closeness, harmonic
 * and the distances come from the same loop. Exact savings (runBlock):
 * degree-1 actors are folded into their neighbour (never searched, their
 * figures derived exactly), and the searches run on a copy of the CSR
 * renumbered in BFS order for memory locality (relabelForLocality).
 *
 * Determinism across threads: sources are cut into fixed blocks of
 * SOURCE_BLOCK consecutive planned sources; each block's dependencies are
 * summed (in source order) into a zeroed array, and block sums are added to
 * the total in block order, whichever thread computed them
 * (paths-worker-pool.ts). Per-source quantities (reach, distance sums,
 * eccentricity) are written into the source's own slot. So the output is
 * byte-identical for any number of threads. The plain kernel
 * `accumulateSources(net, from, to, acc, work)` (every source of a range, no
 * folding) is kept for callers and tests.
 */

import type { BetweennessMethod, EstimateNote } from '../types.js';
import type { Network } from '../model/network.js';
import { InternalError } from '../errors.js';
import { chooseQueue, weightedFrom, type WeightedCsr, type WeightedQueue, type WeightedWorkspace } from './weighted-betweenness.js';
import {
  betweennessBounds,
  certifyTop,
  componentDiameter,
  estimateNotes,
  EXACT_WORK_LIMIT,
  exactWork,
  largestBound,
  planSources,
  replacedByExactNote,
  SAMPLING_DELTA,
} from './paths-sampling.js';
import { runPass, runPassInProcess, type PassResult } from './paths-worker-pool.js';

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

/**
 * Sources per block of the canonical betweenness summation (see header).
 * Changing it changes the last bits of betweenness, never more.
 */
export const SOURCE_BLOCK = 256;

/** What `accumulateSources` writes. All arrays have length n. */
export interface PathAccumulator {
  /** Σ_s δ_s(v) over the sources run so far (ordered sources, not normalised). Added to. */
  readonly dependency: Float64Array;
  /** Per source s, at index s: Σ of hop distances to the actors it reaches. Overwritten. */
  readonly distanceSum: Float64Array;
  /** Per source s: actors reachable from s, s included. Overwritten. */
  readonly reached: Int32Array;
  /** Per source s: Σ 1/d(s,t) over reachable t ≠ s. Overwritten. */
  readonly inverseDistanceSum: Float64Array;
  /** Per source s: max hop distance to a reachable actor (0 for an isolate). Overwritten. */
  readonly eccentricity: Int32Array;
}

/**
 * Scratch space of one searching thread, plus the component lists the
 * bottom-up steps scan. Invariants between sources: `dist` all −1, `sigma`
 * and `pushed` all 0.
 */
export interface PathWorkspace {
  readonly dist: Int32Array;
  readonly sigma: Float64Array;
  /** (1 + δ_s(v)) / σ_sv, written before it is read; never needs a reset. */
  readonly coeff: Float64Array;
  /** Push-mode sums of coeff over successors; zeroed again as they are consumed. */
  readonly pushed: Float64Array;
  /** Reached actors in BFS order, level after level; read backwards in the backward pass. */
  readonly order: Int32Array;
  /** Level d is order[levelStart[d] .. levelStart[d+1]). */
  readonly levelStart: Int32Array;
  /** Σ degree over level d. */
  readonly levelDegree: Float64Array;
  /** Not yet reached members of the source's component (bottom-up steps). */
  readonly rest: Int32Array;
  readonly componentOf: Int32Array;
  /** Members of component c are componentMembers[componentStart[c] .. componentStart[c+1]), ascending. */
  readonly componentStart: Int32Array;
  readonly componentMembers: Int32Array;
  /** Σ degree over component c. */
  readonly componentDegree: Float64Array;
}

export function createPathAccumulator(n: number): PathAccumulator {
  return {
    dependency: new Float64Array(n),
    distanceSum: new Float64Array(n),
    reached: new Int32Array(n),
    inverseDistanceSum: new Float64Array(n),
    eccentricity: new Int32Array(n),
  };
}

/**
 * `componentOf` labels each actor with its component (any numbering below n);
 * it is checked against the ties, since the bottom-up steps rely on it.
 */
export function createPathWorkspace(net: Csr & { readonly ids?: readonly string[] }, componentOf: Int32Array): PathWorkspace {
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
  const componentStart = new Int32Array(count + 1);
  const componentDegree = new Float64Array(count);
  for (let i = 0; i < n; i++) {
    const c = componentOf[i]!;
    componentStart[c + 1]! += 1;
    componentDegree[c]! += offsets[i + 1]! - offsets[i]!;
  }
  for (let c = 0; c < count; c++) componentStart[c + 1]! += componentStart[c]!;
  const cursor = componentStart.slice(0, count);
  const componentMembers = new Int32Array(n);
  for (let i = 0; i < n; i++) componentMembers[cursor[componentOf[i]!]!++] = i;

  return {
    dist: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    coeff: new Float64Array(n),
    pushed: new Float64Array(n),
    order: new Int32Array(n),
    levelStart: new Int32Array(n + 2),
    levelDegree: new Float64Array(n + 1),
    rest: new Int32Array(n),
    componentOf,
    componentStart,
    componentMembers,
    componentDegree,
  };
}

/**
 * Brandes' factor applied to Σ_s δ_s (ordered sources) to get the normalised
 * unordered-pair betweenness: 1/((n−1)(n−2)), or 1 when n ≤ 2 (all values are 0 there).
 */
export function betweennessScale(n: number): number {
  return n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
}

/** What the path kernels read: the CSR adjacency (a Network, or its arrays rebuilt in a worker). */
export type Csr = Pick<Network, 'n' | 'offsets' | 'targets'>;

/**
 * The neighbour u that a degree-1 actor v is folded into (v's searches are
 * derived from u's, see the header), or −1 when v is not folded: v must have
 * exactly one tie and u at least two (in a component of two actors neither
 * is folded).
 */
export function pendantAnchor(net: Csr, v: number): number {
  const { offsets, targets } = net;
  const p = offsets[v]!;
  if (offsets[v + 1]! - p !== 1) return -1;
  const u = targets[p]!;
  return offsets[u + 1]! - offsets[u]! >= 2 ? u : -1;
}

/**
 * Forward phase from s: level-synchronous, direction-optimising BFS counting
 * shortest paths into dist/sigma/order/levelStart/levelDegree. Returns the
 * depth (the last non-empty level); level d is order[levelStart[d] .. levelStart[d+1]).
 */
function searchFrom(net: Csr, s: number, work: PathWorkspace): number {
  const { offsets, targets } = net;
  const { dist, sigma, order, levelStart, levelDegree, rest, componentOf, componentStart, componentMembers, componentDegree } = work;
  const component = componentOf[s]!;
  const componentEdges = componentDegree[component]!;
  const sourceDegree = offsets[s + 1]! - offsets[s]!;
  dist[s] = 0;
  sigma[s] = 1;
  order[0] = s;
  let tail = 1;
  levelStart[0] = 0;
  levelStart[1] = 1;
  levelDegree[0] = sourceDegree;
  let reachedEdges = sourceDegree;
  let restLength = -1; // `rest` not built yet for this source
  let depth = 0; // the level being expanded
  for (;;) {
    const lo = levelStart[depth]!;
    const hi = levelStart[depth + 1]!;
    const next = depth + 1;
    let newEdges = 0;
    if (componentEdges - reachedEdges < levelDegree[depth]!) {
      // Bottom-up: every unreached actor of the component sums σ over its neighbours in this level.
      if (restLength < 0) {
        restLength = 0;
        const end = componentStart[component + 1]!;
        for (let i = componentStart[component]!; i < end; i++) {
          const v = componentMembers[i]!;
          if (dist[v]! < 0) rest[restLength++] = v;
        }
      }
      let kept = 0;
      for (let i = 0; i < restLength; i++) {
        const w = rest[i]!;
        if (dist[w]! >= 0) continue; // reached by an earlier top-down level
        const end = offsets[w + 1]!;
        let paths = 0;
        for (let p = offsets[w]!; p < end; p++) {
          const u = targets[p]!;
          if (dist[u] === depth) paths += sigma[u]!;
        }
        if (paths > 0) {
          dist[w] = next;
          sigma[w] = paths;
          order[tail++] = w;
          newEdges += end - offsets[w]!;
        } else {
          rest[kept++] = w;
        }
      }
      restLength = kept;
    } else {
      // Top-down: scan the edges of this level.
      for (let i = lo; i < hi; i++) {
        const v = order[i]!;
        const sv = sigma[v]!;
        const end = offsets[v + 1]!;
        for (let p = offsets[v]!; p < end; p++) {
          const w = targets[p]!;
          const dw = dist[w]!;
          if (dw < 0) {
            dist[w] = next;
            sigma[w] = sv;
            order[tail++] = w;
            newEdges += offsets[w + 1]! - offsets[w]!;
          } else if (dw === next) {
            sigma[w]! += sv;
          }
        }
      }
    }
    levelStart[next + 1] = tail;
    levelDegree[next] = newEdges;
    reachedEdges += newEdges;
    if (tail === hi) return depth;
    depth = next;
  }
}

/**
 * Backward phase (Brandes), level by level from the farthest, after
 * `searchFrom` returned `depth`: adds mult · δ_s(w) to dependency[w] (and
 * mult · δ_s(w)² to square[w] when given). coeff[w] = (1 + δ_s(w))/σ_sw.
 */
function backwardFrom(net: Csr, work: PathWorkspace, depth: number, dependency: Float64Array, mult: number, square: Float64Array | null): void {
  const { offsets, targets } = net;
  const { dist, sigma, coeff, pushed, order, levelStart, levelDegree } = work;
  if (depth > 0) {
    const tail = levelStart[depth + 1]!;
    for (let i = levelStart[depth]!; i < tail; i++) {
      const w = order[i]!;
      coeff[w] = 1 / sigma[w]!;
    }
  }
  for (let level = depth - 1; level >= 1; level--) {
    const lo = levelStart[level]!;
    const hi = levelStart[level + 1]!;
    const next = level + 1;
    if (levelDegree[next]! < levelDegree[level]!) {
      // Push: each actor of the next level hands its coeff to its predecessors.
      const nextEnd = levelStart[next + 1]!;
      for (let i = hi; i < nextEnd; i++) {
        const u = order[i]!;
        const cu = coeff[u]!;
        const end = offsets[u + 1]!;
        for (let p = offsets[u]!; p < end; p++) {
          const v = targets[p]!;
          if (dist[v] === level) pushed[v]! += cu;
        }
      }
      for (let i = lo; i < hi; i++) {
        const w = order[i]!;
        const sw = sigma[w]!;
        const delta = sw * pushed[w]!;
        pushed[w] = 0;
        dependency[w]! += mult * delta;
        if (square !== null) square[w]! += mult * delta * delta;
        coeff[w] = (1 + delta) / sw;
      }
    } else {
      // Pull: each actor of this level sums the coeff of its successors.
      for (let i = lo; i < hi; i++) {
        const w = order[i]!;
        const end = offsets[w + 1]!;
        let pull = 0;
        for (let p = offsets[w]!; p < end; p++) {
          const u = targets[p]!;
          if (dist[u] === next) pull += coeff[u]!;
        }
        const sw = sigma[w]!;
        const delta = sw * pull;
        dependency[w]! += mult * delta;
        if (square !== null) square[w]! += mult * delta * delta;
        coeff[w] = (1 + delta) / sw;
      }
    }
  }
}

/** Restore the workspace invariants after a search that reached `tail` actors. */
function resetSearch(work: PathWorkspace, tail: number): void {
  const { dist, sigma, order } = work;
  for (let i = 0; i < tail; i++) {
    const v = order[i]!;
    dist[v] = -1;
    sigma[v] = 0;
  }
}

/** Per-source distance figures of the last search, from its level sizes. */
interface LevelFigures {
  /** Σ d(s, t) over reachable t. */
  readonly sumDistance: number;
  /** Σ 1/d(s, t) over reachable t ≠ s. */
  readonly sumInverse: number;
  /** Σ 1/(d(s, t) + 1) over reachable t, s included: the harmonic sum of a degree-1 neighbour of s, plus 1/2. */
  readonly sumShifted: number;
}

function levelFigures(work: PathWorkspace, depth: number): LevelFigures {
  const { levelStart } = work;
  let sumDistance = 0;
  let sumInverse = 0;
  let sumShifted = 1;
  for (let d = 1; d <= depth; d++) {
    const found = levelStart[d + 1]! - levelStart[d]!;
    sumDistance += found * d;
    sumInverse += found / d;
    sumShifted += found / (d + 1);
  }
  return { sumDistance, sumInverse, sumShifted };
}

/**
 * One BFS per source s in [from, to): adds δ_s(v) to `acc.dependency[v]` in
 * source order and writes the per-source quantities at index s. (No folding:
 * the plain kernel, for callers and tests that want every source searched.)
 */
export function accumulateSources(net: Csr, from: number, to: number, acc: PathAccumulator, work: PathWorkspace): void {
  for (let s = from; s < to; s++) {
    const depth = searchFrom(net, s, work);
    const tail = work.levelStart[depth + 1]!;
    const figures = levelFigures(work, depth);
    acc.distanceSum[s] = figures.sumDistance;
    acc.reached[s] = tail;
    acc.inverseDistanceSum[s] = figures.sumInverse;
    acc.eccentricity[s] = depth;
    backwardFrom(net, work, depth, acc.dependency, 1, null);
    resetSearch(work, tail);
  }
}

/**
 * The sources of one pass and how each counts (built by computePaths, or
 * read from shared memory in a worker).
 */
export interface PassPlan {
  /** Actors to search from, ascending. Blocks are SOURCE_BLOCK consecutive entries. */
  readonly sources: Int32Array;
  /**
   * Per entry: how many times the source was drawn, for sources in a sampled
   * component; 1 for sources of exactly computed components, whose degree-1
   * neighbours are folded into them.
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
  /** Σ mult · d(s, v) and Σ mult / d(s, v) over sampled sources s ≠ v (sampling plans). */
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

/** Scratch space of one thread for a pass. */
export interface PassWorkspace {
  readonly hop: PathWorkspace;
  readonly weighted: WeightedWorkspace | null;
}

/**
 * Runs block b of the plan: adds into `sums` (which the caller zeroed) and
 * writes the per-source figures of every searched source, and of the
 * degree-1 actors folded into it, into `acc` (its dependency is unused).
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
  const n = net.n;
  createPathWorkspace(net, componentOf); // validates componentOf against the ties
  const { plan, strata } = planSources(net, componentOf, opts.weighted, opts);
  const queue: WeightedQueue = opts.weighted ? chooseQueue(net) : 'heap';
  const threads = exactWork(net, componentOf) < PARALLEL_MIN_WORK ? 1 : opts.threads;
  // The searches run on a copy renumbered for memory locality; results are mapped back.
  const local = relabelForLocality(net, componentOf);
  const localPlan = relabelPlan(plan, local.newOf);
  const pass = threads > 1
    ? runPass(local.net, local.componentOf, localPlan, queue, threads, opts.workerUrl)
    : runPassInProcess(local.net, local.componentOf, localPlan, queue);
  const { sums, acc } = mapBack(pass, local.newOf);

  // Per-component scale of the dependency sums: |c| / K_c for sampled components.
  const stratumOf = new Map(strata.map((s) => [s.component, s] as const));
  const scale = betweennessScale(n);
  const sampleScale = (v: number): number => {
    const stratum = stratumOf.get(componentOf[v]!);
    return stratum === undefined ? 1 : stratum.size / stratum.draws;
  };
  const betweenness = new Float64Array(n);
  const weightedBetweenness = opts.weighted ? new Float64Array(n) : null;
  for (let v = 0; v < n; v++) {
    const f = scale * sampleScale(v);
    betweenness[v] = sums.dependency[v]! * f;
    if (weightedBetweenness !== null) weightedBetweenness[v] = sums.weighted[v]! * f;
  }

  // Closeness and harmonic: exact from a source's own search; estimated for the other actors of sampled components.
  const searched = new Uint8Array(n);
  for (const s of plan.sources) searched[s] = 1;
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

  // Component 0: diameter and mean distance.
  const first = stratumOf.get(0);
  let size0 = 0;
  let eccentricity0 = 0;
  let distanceTotal0 = 0;
  let member0 = -1;
  for (let i = 0; i < n; i++) {
    if (componentOf[i] !== 0) continue;
    size0++;
    if (member0 < 0) member0 = i;
    if (first === undefined || searched[i] === 1) {
      eccentricity0 = Math.max(eccentricity0, acc.eccentricity[i]!);
      distanceTotal0 += first === undefined ? acc.distanceSum[i]! : 0;
    }
  }
  let diameter = eccentricity0;
  let averagePath = size0 > 1 ? distanceTotal0 / (size0 * (size0 - 1)) : 0;
  const estimates: EstimateNote[] = [];
  let method = EXACT_BETWEENNESS;
  if (first !== undefined) {
    const bounds = betweennessBounds(n, componentOf, strata, sums.dependency, sums.dependencySquare);
    const epsilon = largestBound(bounds);
    const draws = strata.reduce((a, s) => a + s.draws, 0);
    // The bounds are on the scale of the normalised values: do they single out the top actors?
    const top = certifyTop(betweenness, bounds);
    if (!top.certified && exactWork(net, componentOf) <= opts.exactWorkLimit) {
      // Only an explicit `samples` samples a network this small: when its bounds cannot say who
      // the top brokers are, the exact pass (affordable here by definition) answers instead.
      const exactResult = computePaths(net, componentOf, { ...opts, exact: true });
      return { ...exactResult, estimates: [replacedByExactNote(draws, top)] };
    }
    const found = componentDiameter(local.net, local.newOf[member0]!, eccentricity0);
    diameter = found.diameter;
    // Mean over draws of each drawn source's exact mean distance.
    let weightedSum = 0;
    for (let k = 0; k < plan.sources.length; k++) {
      const s = plan.sources[k]!;
      if (componentOf[s] === 0) weightedSum += plan.counts[k]! * (acc.distanceSum[s]! / (size0 - 1));
    }
    averagePath = weightedSum / first.draws;
    method = Object.freeze({ exact: false, samples: draws, epsilon, delta: SAMPLING_DELTA });
    // Diameter of each sampled component: exact for component 0, else 2 · the smallest eccentricity of a drawn source.
    const diameterOf = new Map<number, number>([[0, diameter]]);
    for (const s of plan.sources) {
      const c = componentOf[s]!;
      if (c === 0 || !stratumOf.has(c)) continue;
      diameterOf.set(c, Math.min(diameterOf.get(c) ?? Infinity, 2 * acc.eccentricity[s]!));
    }
    estimates.push(...estimateNotes({
      strata,
      epsilon,
      weightedEpsilon: weightedBetweenness === null
        ? null
        : largestBound(betweennessBounds(n, componentOf, strata, sums.weighted, sums.weightedSquare)),
      diameterOf,
      diameter: found,
      top,
    }));
  }

  return {
    betweenness,
    weightedBetweenness,
    closeness,
    harmonic,
    diameterOfLargestComponent: diameter,
    averageShortestPathLargestComponent: averagePath,
    method,
    estimates,
  };
}

/** The CSR renumbered for locality, with its component labels and the map old index → new index. */
export interface Relabelled {
  readonly net: WeightedCsr;
  readonly componentOf: Int32Array;
  readonly newOf: Int32Array;
}

/**
 * Renumbers the actors in breadth-first order (each component from its
 * highest-degree actor, smallest index on ties; components in the order those
 * starts come by degree), so that actors met together in a search sit close
 * in memory. About 10% faster at 10,000 actors and 20% at 100,000, where the
 * arrays outgrow the caches. Deterministic; only the order of float sums
 * changes, never the values beyond rounding.
 */
export function relabelForLocality(net: WeightedCsr, componentOf: Int32Array): Relabelled {
  const { n, offsets, targets, weights } = net;
  const weighted = weights.length === targets.length;
  const degree = (v: number): number => offsets[v + 1]! - offsets[v]!;
  const starts = Array.from({ length: n }, (_, i) => i).sort((a, b) => degree(b) - degree(a) || a - b);
  const newOf = new Int32Array(n).fill(-1);
  const oldOf = new Int32Array(n);
  let next = 0;
  for (const s of starts) {
    if (newOf[s]! >= 0) continue;
    let head = next;
    newOf[s] = next;
    oldOf[next++] = s;
    while (head < next) {
      const v = oldOf[head++]!;
      for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
        const w = targets[p]!;
        if (newOf[w]! < 0) {
          newOf[w] = next;
          oldOf[next++] = w;
        }
      }
    }
  }
  const newOffsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) newOffsets[i + 1] = newOffsets[i]! + degree(oldOf[i]!);
  const newTargets = new Int32Array(targets.length);
  const newWeights = new Float64Array(weighted ? targets.length : 0);
  const newComponentOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = oldOf[i]!;
    newComponentOf[i] = componentOf[v]!;
    const from = newOffsets[i]!;
    const start = offsets[v]!;
    const len = offsets[v + 1]! - start;
    if (len <= 32) {
      // Insertion by new index keeps a short row ascending.
      for (let j = 0; j < len; j++) {
        const t = newOf[targets[start + j]!]!;
        const w = weighted ? weights[start + j]! : 0;
        let k = from + j;
        while (k > from && newTargets[k - 1]! > t) {
          newTargets[k] = newTargets[k - 1]!;
          if (weighted) newWeights[k] = newWeights[k - 1]!;
          k--;
        }
        newTargets[k] = t;
        if (weighted) newWeights[k] = w;
      }
    } else {
      const order = Array.from({ length: len }, (_, j) => start + j).sort((a, b) => newOf[targets[a]!]! - newOf[targets[b]!]!);
      order.forEach((p, j) => {
        newTargets[from + j] = newOf[targets[p]!]!;
        if (weighted) newWeights[from + j] = weights[p]!;
      });
    }
  }
  return { net: { n, offsets: newOffsets, targets: newTargets, weights: newWeights }, componentOf: newComponentOf, newOf };
}

/** The plan with sources renumbered (and re-sorted, counts alongside). */
function relabelPlan(plan: PassPlan, newOf: Int32Array): PassPlan {
  const order = Array.from(plan.sources, (s, k) => [newOf[s]!, plan.counts[k]!] as const).sort((a, b) => a[0] - b[0]);
  return {
    ...plan,
    sources: Int32Array.from(order, ([s]) => s),
    counts: Float64Array.from(order, ([, c]) => c),
  };
}

/** Per-actor arrays of a pass on the renumbered copy, back in the network's numbering. */
function mapBack(pass: PassResult, newOf: Int32Array): PassResult {
  const back = <T extends Float64Array | Int32Array>(a: T): T => {
    if (a.length === 0) return a;
    const out = a.slice() as T;
    for (let v = 0; v < newOf.length; v++) out[v] = a[newOf[v]!]!;
    return out;
  };
  const { sums, acc } = pass;
  return {
    sums: {
      dependency: back(sums.dependency),
      weighted: back(sums.weighted),
      dependencySquare: back(sums.dependencySquare),
      weightedSquare: back(sums.weightedSquare),
      distanceTo: back(sums.distanceTo),
      inverseTo: back(sums.inverseTo),
    },
    acc: {
      dependency: back(acc.dependency),
      distanceSum: back(acc.distanceSum),
      reached: back(acc.reached),
      inverseDistanceSum: back(acc.inverseDistanceSum),
      eccentricity: back(acc.eccentricity),
    },
  };
}

/** Options with undefined values dropped, so that they fall back to the defaults. */
function definedOnly<T extends object>(options: Partial<T>): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<T>;
}
