/**
 * Shortest-path family (hop counts): betweenness, closeness, harmonic
 * centrality, and the diameter and mean distance of the largest component,
 * all fed by ONE breadth-first search per source.
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
 * lattice-like graphs), scratch arrays are reset only where a search touched
 * them, and the backward pass pulls from successors instead of storing
 * predecessor lists. The kernel `accumulateSources(net, from, to, acc, work)`
 * runs a contiguous range of sources so that a caller can split sources over
 * worker threads. To keep the result independent of any such split, the
 * betweenness total is defined as a fold over fixed blocks of SOURCE_BLOCK
 * sources: each block's dependencies are summed (in source order) into a
 * zeroed array, and block sums are added to the total in block order. Any
 * split along block boundaries whose partials are added in block order gives
 * bit-identical results. Per-source quantities (closeness, harmonic,
 * eccentricity, distance sums) are written into the source's own slot.
 */

import type { BetweennessMethod } from '../types.js';
import type { Network } from '../model/network.js';
import { InternalError } from '../errors.js';

export interface PathsResult {
  readonly betweenness: Float64Array;
  readonly closeness: Float64Array;
  readonly harmonic: Float64Array;
  readonly diameterOfLargestComponent: number;
  readonly averageShortestPathLargestComponent: number;
  readonly method: BetweennessMethod;
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

/** Scratch space of one searching thread; `dist` must be all −1 and `sigma` all 0 between sources. */
export interface PathWorkspace {
  readonly dist: Int32Array;
  readonly sigma: Float64Array;
  /** (1 + δ_s(v)) / σ_sv, written before it is read; never needs a reset. */
  readonly coeff: Float64Array;
  /** BFS queue, then (read backwards) the stack of Brandes' backward pass. */
  readonly order: Int32Array;
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

export function createPathWorkspace(n: number): PathWorkspace {
  return {
    dist: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    coeff: new Float64Array(n),
    order: new Int32Array(n),
  };
}

/**
 * Brandes' factor applied to Σ_s δ_s (ordered sources) to get the normalised
 * unordered-pair betweenness: 1/((n−1)(n−2)), or 1 when n ≤ 2 (all values are 0 there).
 */
export function betweennessScale(n: number): number {
  return n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
}

/**
 * One BFS per source s in [from, to): adds δ_s(v) to `acc.dependency[v]` in
 * source order and writes the per-source quantities at index s.
 */
export function accumulateSources(
  net: Network,
  from: number,
  to: number,
  acc: PathAccumulator,
  work: PathWorkspace = createPathWorkspace(net.n),
): void {
  const { offsets, targets } = net;
  const { dist, sigma, coeff, order } = work;
  const { dependency, distanceSum, reached, inverseDistanceSum, eccentricity } = acc;

  for (let s = from; s < to; s++) {
    // Forward: BFS from s, counting shortest paths.
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    let sumDist = 0;
    let sumInverse = 0;
    let ecc = 0;
    while (head < tail) {
      const v = order[head++]!;
      const next = dist[v]! + 1;
      const sv = sigma[v]!;
      const end = offsets[v + 1]!;
      for (let p = offsets[v]!; p < end; p++) {
        const w = targets[p]!;
        const dw = dist[w]!;
        if (dw < 0) {
          dist[w] = next;
          sigma[w] = sv;
          order[tail++] = w;
          sumDist += next;
          sumInverse += 1 / next;
          ecc = next;
        } else if (dw === next) {
          sigma[w]! += sv;
        }
      }
    }
    distanceSum[s] = sumDist;
    reached[s] = tail;
    inverseDistanceSum[s] = sumInverse;
    eccentricity[s] = ecc;

    // Backward, in non-increasing distance: δ_s(w) = σ_sw · Σ_{successors u} (1 + δ_s(u))/σ_su.
    // Every successor of w is farther from s, so it comes later in `order` and
    // its coeff is already written.
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const next = dist[w]! + 1;
      const end = offsets[w + 1]!;
      let pull = 0;
      for (let p = offsets[w]!; p < end; p++) {
        const u = targets[p]!;
        if (dist[u] === next) pull += coeff[u]!;
      }
      const sw = sigma[w]!;
      const delta = sw * pull;
      dependency[w]! += delta;
      coeff[w] = (1 + delta) / sw;
    }

    // Reset only what this search touched.
    for (let i = 0; i < tail; i++) {
      const v = order[i]!;
      dist[v] = -1;
      sigma[v] = 0;
    }
  }
}

export function computePaths(net: Network, componentOf: Int32Array): PathsResult {
  const n = net.n;
  if (componentOf.length !== n) {
    throw new InternalError(`computePaths: componentOf has ${componentOf.length} entries for ${n} actors`);
  }

  const acc = createPathAccumulator(n);
  const work = createPathWorkspace(n);
  const betweenness = new Float64Array(n);
  for (let from = 0; from < n; from += SOURCE_BLOCK) {
    const to = Math.min(n, from + SOURCE_BLOCK);
    acc.dependency.fill(0);
    accumulateSources(net, from, to, acc, work);
    for (let v = 0; v < n; v++) betweenness[v]! += acc.dependency[v]!;
  }
  const scale = betweennessScale(n);
  for (let v = 0; v < n; v++) betweenness[v]! *= scale;

  const closeness = new Float64Array(n);
  const harmonic = new Float64Array(n);
  let size0 = 0;
  let diameter = 0;
  let distanceTotal0 = 0;
  for (let i = 0; i < n; i++) {
    const r = acc.reached[i]!;
    const total = acc.distanceSum[i]!;
    if (r > 1 && total > 0) closeness[i] = ((r - 1) / total) * ((r - 1) / (n - 1));
    if (n > 1) harmonic[i] = acc.inverseDistanceSum[i]! / (n - 1);
    if (componentOf[i] === 0) {
      size0++;
      if (acc.eccentricity[i]! > diameter) diameter = acc.eccentricity[i]!;
      distanceTotal0 += total;
    }
  }

  return {
    betweenness,
    closeness,
    harmonic,
    diameterOfLargestComponent: diameter,
    averageShortestPathLargestComponent: size0 > 1 ? distanceTotal0 / (size0 * (size0 - 1)) : 0,
    method: EXACT_BETWEENNESS,
  };
}
