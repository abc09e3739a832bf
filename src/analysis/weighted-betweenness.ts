/**
 * Weighted betweenness: Brandes (2001) with Dijkstra, the length of a tie
 * being 1/weight (a strong tie is a short path), normalised exactly as the
 * hop-count betweenness in paths.ts: Σ_s δ_s · 1/((n−1)(n−2)), not normalised
 * for n ≤ 2 (all 0). Contract: `weightedBetweenness` in
 * ../shared/datasets/README.md, whose oracle holds the value in exact
 * arithmetic (networkx on `fractions.Fraction` distances; igraph agrees).
 *
 * Ties between path lengths: lengths within a relative 1e-9 of each other are
 * equal, so paths that are equal in exact arithmetic but differ in the last
 * float bits (karate 13→15: 1/3+1/3+1/2+1/3 = 1.4999999999999998 vs
 * 1/3+1/3+1/3+1/2 = 1.5) both count, and σ adds up. Rules of the search:
 * - a vertex is settled when first popped from the heap; its σ is final then,
 *   because every predecessor u has d(u) = d(w) − 1/w_uw < d(w), so u was
 *   popped earlier and has already relaxed the tie u–w;
 * - a settled vertex is never relaxed again (a tie found later would change a
 *   σ that has already been propagated);
 * - a strictly shorter path (beyond the tolerance) resets σ and the
 *   predecessor list; a tied one adds σ and a predecessor; d(w) keeps the
 *   first of the tied values.
 * This holds while each tie length is longer than 1e-9 of the path lengths
 * (tie weights within a ratio of about 1e9 of each other), far beyond
 * partnership data.
 *
 * Edge cases: empty network → empty array; isolates → 0; disconnected →
 * pairs in different components have no path and add nothing; an unweighted
 * network (all weights 1) gives the hop-count betweenness.
 *
 * Performance: CSR typed arrays; a lazy binary heap in two typed arrays
 * (keys, vertices) with at most 2m + 1 entries per source; predecessors are
 * stored in a CSR-shaped buffer (the predecessors of w are a subset of its
 * neighbours, so they fit in w's own row); σ is Float64; only touched vertices
 * are reset. The kernel `accumulateWeightedSources` runs a range of sources and
 * adds δ_s in source order; `computeWeightedBetweenness` folds fixed blocks of
 * SOURCE_BLOCK sources exactly as paths.ts does, so a later split over worker
 * threads along block boundaries gives bit-identical results.
 */

import type { Network } from '../model/network.js';
import { InternalError } from '../errors.js';
import { SOURCE_BLOCK, betweennessScale } from './paths.js';

/** Two path lengths a, b are equal when |a − b| ≤ LENGTH_TOLERANCE · max(a, b). */
export const LENGTH_TOLERANCE = 1e-9;

/** Scratch space of one searching thread. Between sources: dist all +∞, everything else 0. */
export interface WeightedWorkspace {
  /** 1/weight per half-edge, aligned with net.targets. */
  readonly lengths: Float64Array;
  readonly dist: Float64Array;
  readonly sigma: Float64Array;
  readonly delta: Float64Array;
  readonly settled: Uint8Array;
  /** Settled vertices in settling order (the stack of the backward pass). */
  readonly order: Int32Array;
  /** The predecessors of w are preds[offsets[w] .. offsets[w] + predCount[w]). */
  readonly preds: Int32Array;
  readonly predCount: Int32Array;
  readonly heapKey: Float64Array;
  readonly heapVertex: Int32Array;
}

export function createWeightedWorkspace(net: Network): WeightedWorkspace {
  const { n, weights } = net;
  const half = weights.length;
  const lengths = new Float64Array(half);
  for (let p = 0; p < half; p++) {
    const w = weights[p]!;
    if (!(w > 0) || !Number.isFinite(w)) {
      throw new InternalError(`weighted betweenness: tie weight ${w} is not a positive finite number`);
    }
    lengths[p] = 1 / w;
  }
  return {
    lengths,
    dist: new Float64Array(n).fill(Infinity),
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    settled: new Uint8Array(n),
    order: new Int32Array(n),
    preds: new Int32Array(half),
    predCount: new Int32Array(n),
    heapKey: new Float64Array(half + 1),
    heapVertex: new Int32Array(half + 1),
  };
}

/** Push (key, vertex) on the min-heap of `size` entries; returns the new size. */
function heapPush(keys: Float64Array, vertices: Int32Array, size: number, key: number, vertex: number): number {
  let i = size;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const pk = keys[parent]!;
    if (pk <= key) break;
    keys[i] = pk;
    vertices[i] = vertices[parent]!;
    i = parent;
  }
  keys[i] = key;
  vertices[i] = vertex;
  return size + 1;
}

/** Remove the minimum (read it from index 0 first); returns the new size. */
function heapPop(keys: Float64Array, vertices: Int32Array, size: number): number {
  const last = size - 1;
  if (last === 0) return 0;
  const key = keys[last]!;
  const vertex = vertices[last]!;
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= last) break;
    const right = child + 1;
    if (right < last && keys[right]! < keys[child]!) child = right;
    const ck = keys[child]!;
    if (ck >= key) break;
    keys[i] = ck;
    vertices[i] = vertices[child]!;
    i = child;
  }
  keys[i] = key;
  vertices[i] = vertex;
  return last;
}

/**
 * One Dijkstra per source s in [from, to): adds δ_s(v) to `dependency[v]`
 * (ordered sources, not normalised), in source order.
 */
export function accumulateWeightedSources(
  net: Network,
  from: number,
  to: number,
  dependency: Float64Array,
  work: WeightedWorkspace = createWeightedWorkspace(net),
): void {
  const { offsets, targets } = net;
  const { lengths, dist, sigma, delta, settled, order, preds, predCount, heapKey, heapVertex } = work;

  for (let s = from; s < to; s++) {
    dist[s] = 0;
    sigma[s] = 1;
    let size = heapPush(heapKey, heapVertex, 0, 0, s);
    let count = 0;
    while (size > 0) {
      const v = heapVertex[0]!;
      size = heapPop(heapKey, heapVertex, size);
      if (settled[v] === 1) continue; // a stale entry: v was reached again by a shorter path
      settled[v] = 1;
      order[count++] = v;
      const dv = dist[v]!;
      const sv = sigma[v]!;
      const end = offsets[v + 1]!;
      for (let p = offsets[v]!; p < end; p++) {
        const w = targets[p]!;
        if (settled[w] === 1) continue;
        const alt = dv + lengths[p]!;
        const dw = dist[w]!;
        if (dw === Infinity) {
          dist[w] = alt;
          sigma[w] = sv;
          preds[offsets[w]!] = v;
          predCount[w] = 1;
          size = heapPush(heapKey, heapVertex, size, alt, w);
        } else {
          const tolerance = LENGTH_TOLERANCE * (alt > dw ? alt : dw);
          const diff = alt - dw;
          if (diff < -tolerance) {
            dist[w] = alt;
            sigma[w] = sv;
            preds[offsets[w]!] = v;
            predCount[w] = 1;
            size = heapPush(heapKey, heapVertex, size, alt, w);
          } else if (diff <= tolerance) {
            sigma[w]! += sv;
            preds[offsets[w]! + predCount[w]!] = v;
            predCount[w]! += 1;
          }
        }
      }
    }

    // Backward pass in reverse settling order: δ_s(v) += σ_sv/σ_sw · (1 + δ_s(w)).
    for (let i = count - 1; i > 0; i--) {
      const w = order[i]!;
      const coeff = (1 + delta[w]!) / sigma[w]!;
      const base = offsets[w]!;
      const stop = base + predCount[w]!;
      for (let k = base; k < stop; k++) {
        const v = preds[k]!;
        delta[v]! += sigma[v]! * coeff;
      }
      dependency[w]! += delta[w]!;
    }

    // Every vertex given a distance was pushed, hence settled: reset exactly those.
    for (let i = 0; i < count; i++) {
      const v = order[i]!;
      dist[v] = Infinity;
      sigma[v] = 0;
      delta[v] = 0;
      settled[v] = 0;
      predCount[v] = 0;
    }
  }
}

export function computeWeightedBetweenness(net: Network): Float64Array {
  const n = net.n;
  const work = createWeightedWorkspace(net);
  const block = new Float64Array(n);
  const betweenness = new Float64Array(n);
  for (let from = 0; from < n; from += SOURCE_BLOCK) {
    const to = Math.min(n, from + SOURCE_BLOCK);
    block.fill(0);
    accumulateWeightedSources(net, from, to, block, work);
    for (let v = 0; v < n; v++) betweenness[v]! += block[v]!;
  }
  const scale = betweennessScale(n);
  for (let v = 0; v < n; v++) betweenness[v]! *= scale;
  return betweenness;
}
