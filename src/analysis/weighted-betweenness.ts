/**
 * Weighted betweenness: Brandes (2001) with Dijkstra, the length of a tie
 * being 1/weight (a strong tie is a short path), normalised exactly as the
 * hop-count betweenness (betweennessScale, paths-core.ts): Σ_s δ_s · 1/((n−1)(n−2)), not normalised
 * for n ≤ 2 (all 0). Contract: `weightedBetweenness` in
 * fixtures/oracles/README.md, whose oracle holds the value in exact
 * arithmetic (networkx on `fractions.Fraction` distances; igraph agrees).
 *
 * Ties between path lengths: a new length `alt` for w is equal to the
 * tentative d(w) when |alt − d(w)| ≤ 1e-9 · d(w), so paths that are equal in
 * exact arithmetic but differ in the last float bits (karate 13→15:
 * 1/3+1/3+1/2+1/3 = 1.4999999999999998 vs 1/3+1/3+1/3+1/2 = 1.5) both count,
 * and σ adds up. Rules of the search:
 * - a vertex is settled when first taken from the queue; its σ is final then,
 *   because every predecessor u has d(u) = d(w) − 1/w_uw < d(w), so u was
 *   settled earlier and has already relaxed the tie u–w;
 * - a settled vertex is never relaxed again (a tie found later would change a
 *   σ that has already been propagated): the heap checks a flag; with buckets
 *   it follows from the arithmetic (d(w) < alt − Δ for any settled w);
 * - a strictly shorter path (beyond the tolerance) resets σ and the
 *   predecessor list; a tied one adds σ and a predecessor; d(w) keeps the
 *   first of the tied values.
 *
 * Queue: when the ratio R = max weight / min weight is at most
 * BUCKET_MAX_RATIO (partnership scales: 1–5, 1–10, counts), a bucket queue
 * (Dinitz 1978; Dial 1969) replaces the heap. Buckets have width
 * Δ = (1/max weight)/2, half the shortest tie, so no actor can be a
 * predecessor of another in the same bucket: each bucket is settled in any
 * order with final σ, in O(1) per queue operation, over a ring of about
 * 2R + 2 buckets. The half-width margin keeps this true under the 1e-9
 * tolerance while path lengths stay below 5e8 times the shortest tie, which
 * (n − 1)·R ≤ 1e8 guarantees (checked). Otherwise a lazy binary heap (typed
 * arrays, ≤ 2m + 1 entries) is used. Both give the same values up to float
 * rounding.
 *
 * Edge cases: empty network → empty array; isolates → 0; disconnected →
 * pairs in different components have no path and add nothing; an unweighted
 * network (all weights 1) gives the hop-count betweenness. Weights must be
 * positive and finite (the model guarantees it; checked, InternalError).
 *
 * Performance: CSR typed arrays; predecessors are stored in a CSR-shaped
 * buffer (the predecessors of w are a subset of its neighbours, so they fit
 * in w's own row); σ is Float64; only touched vertices are reset. (Pulling σ
 * and δ from tied neighbours instead of storing predecessors was tried and is
 * 40% slower: the extra test on every settled neighbour costs more than the
 * stores.) `weightedFrom` runs one source with a multiplicity; the pass of
 * computePaths (runBlock in paths-pass.ts) calls it after the hop-count
 * search from the same source, with the same blocks, degree-1 folding and
 * threads. `computeWeightedBetweenness` is
 * the standalone exact entry point (folding degree-1 actors the same way);
 * `accumulateWeightedSources` the plain kernel over a range of sources.
 */

import type { Network } from '../model/network.js';
import { InternalError } from '../errors.js';
import { SOURCE_BLOCK, betweennessScale, pendantAnchor, type Csr, type WeightedCsr, type WeightedQueue } from './paths-core.js';

export type { WeightedCsr, WeightedQueue } from './paths-core.js';

/** Relative tolerance under which two path lengths are equal. */
export const LENGTH_TOLERANCE = 1e-9;
const UP = 1 + LENGTH_TOLERANCE;
const DOWN = 1 - LENGTH_TOLERANCE;

/** Largest max/min weight ratio for which the bucket queue is chosen. */
export const BUCKET_MAX_RATIO = 256;
/** Bound on (n − 1) · ratio under which buckets are exact (see header). */
const BUCKET_MAX_SPAN = 1e8;

/** Scratch space of one searching thread. Between sources: dist all +∞, buckets empty, everything else 0. */
export interface WeightedWorkspace {
  readonly queue: WeightedQueue;
  /** 1/weight per half-edge, aligned with net.targets. */
  readonly lengths: Float64Array;
  readonly dist: Float64Array;
  readonly sigma: Float64Array;
  readonly delta: Float64Array;
  readonly settled: Uint8Array;
  /** Settled vertices in settling order (the stack of the backward pass). */
  readonly order: Int32Array;
  /**
   * The predecessors of w are preds[predStart[w] .. predEnd[w]) (predEnd set
   * when w gets its distance). predStart is the CSR's own offsets for an
   * undirected network (the predecessors of w are among its neighbours);
   * for a directed one it is the in-arc offsets (they are among its in-neighbours).
   */
  readonly predStart: Int32Array;
  readonly preds: Int32Array;
  readonly predEnd: Int32Array;
  /** Bucket queue: 1/Δ, ring size − 1 (a power of two minus one), list heads, entry pool. */
  readonly inverseWidth: number;
  readonly bucketMask: number;
  readonly bucketHead: Int32Array;
  readonly entryVertex: Int32Array;
  readonly entryNext: Int32Array;
  /** Heap: keys and vertices. */
  readonly heapKey: Float64Array;
  readonly heapVertex: Int32Array;
}

interface WeightRange {
  readonly min: number;
  readonly max: number;
}

function weightRange(net: Pick<Network, 'weights'>): WeightRange {
  const { weights } = net;
  let min = Infinity;
  let max = 0;
  for (let p = 0; p < weights.length; p++) {
    const w = weights[p]!;
    if (!(w > 0) || !Number.isFinite(w)) {
      throw new InternalError(`weighted betweenness: tie weight ${w} is not a positive finite number`);
    }
    if (w < min) min = w;
    if (w > max) max = w;
  }
  return { min, max };
}

function bucketsAreExact(n: number, range: WeightRange): boolean {
  return (n - 1) * (range.max / range.min) <= BUCKET_MAX_SPAN;
}

/** True when every tie has the same weight: weighted shortest paths are then the hop-count ones. */
export function hasUniformWeights(net: Pick<Network, 'weights'>): boolean {
  const { weights } = net;
  for (let p = 1; p < weights.length; p++) if (weights[p] !== weights[0]) return false;
  return true;
}

/** The queue `computeWeightedBetweenness` uses for this network. */
export function chooseQueue(net: Pick<Network, 'n' | 'weights'>): WeightedQueue {
  if (net.weights.length === 0) return 'heap';
  const range = weightRange(net);
  return range.max / range.min <= BUCKET_MAX_RATIO && bucketsAreExact(net.n, range) ? 'buckets' : 'heap';
}

/**
 * `predStart`: where each actor's predecessors go in the preds buffer (see
 * WeightedWorkspace); the in-arc offsets for a directed CSR.
 */
export function createWeightedWorkspace(
  net: WeightedCsr,
  queue: WeightedQueue = chooseQueue(net),
  predStart: Int32Array = net.offsets,
): WeightedWorkspace {
  const { n, weights } = net;
  const half = weights.length;
  const range = weightRange(net);
  const lengths = new Float64Array(half);
  for (let p = 0; p < half; p++) lengths[p] = 1 / weights[p]!;

  let inverseWidth = 0;
  let ring = 0;
  if (queue === 'buckets' && half > 0) {
    if (!bucketsAreExact(n, range)) {
      throw new InternalError(`weighted betweenness: bucket queue is not exact for ${n} actors and weight ratio ${range.max / range.min}`);
    }
    const width = 1 / range.max / 2;
    inverseWidth = 1 / width;
    const needed = Math.ceil((1 / range.min) * inverseWidth) + 2;
    ring = 1;
    while (ring < needed) ring *= 2;
  }
  const useBuckets = queue === 'buckets';
  const poolSize = half + 1;
  return {
    queue,
    lengths,
    dist: new Float64Array(n).fill(Infinity),
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    settled: new Uint8Array(n),
    order: new Int32Array(n),
    predStart,
    preds: new Int32Array(half),
    predEnd: new Int32Array(n),
    inverseWidth,
    bucketMask: ring - 1,
    bucketHead: new Int32Array(useBuckets ? Math.max(ring, 1) : 0).fill(-1),
    entryVertex: new Int32Array(useBuckets ? poolSize : 0),
    entryNext: new Int32Array(useBuckets ? poolSize : 0),
    heapKey: new Float64Array(useBuckets ? 0 : poolSize),
    heapVertex: new Int32Array(useBuckets ? 0 : poolSize),
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
 * Dijkstra from s with a bucket queue; fills order/sigma/preds; returns the number settled.
 * The relaxation below repeats forwardHeap's on purpose: this is the innermost loop of the
 * analysis, and a shared callback or queue interface there costs more than the copy.
 */
function forwardBuckets(net: Csr, s: number, work: WeightedWorkspace): number {
  const { offsets, targets } = net;
  const { lengths, dist, sigma, settled, order, predStart, preds, predEnd, inverseWidth, bucketMask, bucketHead, entryVertex, entryNext } = work;
  dist[s] = 0;
  sigma[s] = 1;
  entryVertex[0] = s;
  entryNext[0] = -1;
  bucketHead[0] = 0;
  let entries = 1;
  let live = 1;
  let current = 0; // absolute index of the bucket being settled
  let count = 0;
  while (live > 0) {
    const slot = current & bucketMask;
    let e = bucketHead[slot]!;
    if (e < 0) {
      current++;
      continue;
    }
    bucketHead[slot] = -1;
    while (e >= 0) {
      const v = entryVertex[e]!;
      e = entryNext[e]!;
      live--;
      if (settled[v] === 1) continue; // stale: v was moved to an earlier bucket and settled there
      settled[v] = 1;
      order[count++] = v;
      const dv = dist[v]!;
      const sv = sigma[v]!;
      const end = offsets[v + 1]!;
      for (let p = offsets[v]!; p < end; p++) {
        // No settled check needed: a settled w has d(w) < d(v) + Δ ≤ alt − Δ, far beyond the tolerance.
        const w = targets[p]!;
        const alt = dv + lengths[p]!;
        const dw = dist[w]!;
        if (alt > dw * UP) continue;
        if (alt < dw * DOWN) {
          dist[w] = alt;
          sigma[w] = sv;
          const first = predStart[w]!;
          preds[first] = v;
          predEnd[w] = first + 1;
          const k = (alt * inverseWidth) | 0;
          if (k <= current || k - current > bucketMask) {
            throw new InternalError(`weighted betweenness: bucket ${k} out of the ring at ${current}`);
          }
          const target = k & bucketMask;
          entryVertex[entries] = w;
          entryNext[entries] = bucketHead[target]!;
          bucketHead[target] = entries++;
          live++;
        } else {
          sigma[w]! += sv;
          preds[predEnd[w]!++] = v;
        }
      }
    }
    current++;
  }
  return count;
}

/** Dijkstra from s with a lazy binary heap; fills order/sigma/preds; returns the number settled. */
function forwardHeap(net: Csr, s: number, work: WeightedWorkspace): number {
  const { offsets, targets } = net;
  const { lengths, dist, sigma, settled, order, predStart, preds, predEnd, heapKey, heapVertex } = work;
  dist[s] = 0;
  sigma[s] = 1;
  let size = heapPush(heapKey, heapVertex, 0, 0, s);
  let count = 0;
  while (size > 0) {
    const v = heapVertex[0]!;
    size = heapPop(heapKey, heapVertex, size);
    if (settled[v] === 1) continue; // stale: v was reached again by a shorter path
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
      if (alt > dw * UP) continue;
      if (alt < dw * DOWN) {
        dist[w] = alt;
        sigma[w] = sv;
        const first = predStart[w]!;
        preds[first] = v;
        predEnd[w] = first + 1;
        size = heapPush(heapKey, heapVertex, size, alt, w);
      } else {
        sigma[w]! += sv;
        preds[predEnd[w]!++] = v;
      }
    }
  }
  return count;
}

/** Brandes' backward pass in reverse settling order: δ_s(v) += σ_sv/σ_sw · (1 + δ_s(w)). */
function backward(work: WeightedWorkspace, count: number, dependency: Float64Array, mult: number, square: Float64Array | null): void {
  const { sigma, delta, order, predStart, preds, predEnd } = work;
  for (let i = count - 1; i > 0; i--) {
    const w = order[i]!;
    const dw = delta[w]!;
    const coeff = (1 + dw) / sigma[w]!;
    const stop = predEnd[w]!;
    for (let k = predStart[w]!; k < stop; k++) {
      const v = preds[k]!;
      delta[v]! += sigma[v]! * coeff;
    }
    dependency[w]! += mult * dw;
    if (square !== null) square[w]! += mult * dw * dw;
  }
}

/** Every vertex given a distance was queued, hence settled: reset exactly those. */
function resetWeighted(work: WeightedWorkspace, count: number): void {
  const { dist, sigma, delta, settled, order } = work;
  for (let i = 0; i < count; i++) {
    const v = order[i]!;
    dist[v] = Infinity;
    sigma[v] = 0;
    delta[v] = 0;
    settled[v] = 0;
  }
}

/**
 * One Dijkstra from s, then Brandes' backward pass adding `mult` · δ_s(v) to
 * `dependency[v]` (and `mult` · δ_s(v)² to `square[v]` when given, for the
 * variance of a sampled estimate). Returns the number of actors reached (s
 * included). Leaves the workspace clean.
 */
export function weightedFrom(
  net: Csr,
  s: number,
  work: WeightedWorkspace,
  dependency: Float64Array,
  mult: number,
  square: Float64Array | null,
): number {
  const count = work.queue === 'buckets' ? forwardBuckets(net, s, work) : forwardHeap(net, s, work);
  backward(work, count, dependency, mult, square);
  resetWeighted(work, count);
  return count;
}

/**
 * One Dijkstra per source s in [from, to): adds δ_s(v) to `dependency[v]`
 * (ordered sources, not normalised), in source order.
 */
export function accumulateWeightedSources(
  net: WeightedCsr,
  from: number,
  to: number,
  dependency: Float64Array,
  work: WeightedWorkspace = createWeightedWorkspace(net),
): void {
  for (let s = from; s < to; s++) weightedFrom(net, s, work, dependency, 1, null);
}

/**
 * Exact weighted betweenness on its own (computePaths computes it together
 * with the hop-count family; this entry point is for callers that want only
 * this metric). Sources of degree 1 are folded into their neighbour as in
 * paths-pass.ts (δ_v = δ_u, plus r − 2 at u).
 */
export function computeWeightedBetweenness(net: Network, queue: WeightedQueue = chooseQueue(net)): Float64Array {
  const n = net.n;
  const work = createWeightedWorkspace(net, queue);
  const block = new Float64Array(n);
  const betweenness = new Float64Array(n);
  const { offsets, targets } = net;
  for (let from = 0; from < n; from += SOURCE_BLOCK) {
    const to = Math.min(n, from + SOURCE_BLOCK);
    block.fill(0);
    for (let s = from; s < to; s++) {
      if (pendantAnchor(net, s) >= 0) continue; // folded into its neighbour
      let pendants = 0;
      for (let p = offsets[s]!; p < offsets[s + 1]!; p++) if (pendantAnchor(net, targets[p]!) === s) pendants++;
      const reached = weightedFrom(net, s, work, block, 1 + pendants, null);
      if (pendants > 0) block[s]! += pendants * (reached - 2);
    }
    for (let v = 0; v < n; v++) betweenness[v]! += block[v]!;
  }
  const scale = betweennessScale(n);
  for (let v = 0; v < n; v++) betweenness[v]! *= scale;
  return betweenness;
}
