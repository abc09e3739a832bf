/**
 * The copy of an undirected CSR that computePaths searches: its actors
 * renumbered in breadth-first order for memory locality, the plan renumbered
 * alike, and the pass's per-actor arrays mapped back to the network's
 * numbering.
 */

import type { PassPlan, PassResult, WeightedCsr } from './paths-core.js';

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
export function relabelPlan(plan: PassPlan, newOf: Int32Array): PassPlan {
  const order = Array.from(plan.sources, (s, k) => [newOf[s]!, plan.counts[k]!] as const).sort((a, b) => a[0] - b[0]);
  return {
    ...plan,
    sources: Int32Array.from(order, ([s]) => s),
    counts: Float64Array.from(order, ([, c]) => c),
  };
}

/** Per-actor arrays of a pass on the renumbered copy, back in the network's numbering. */
export function mapBack(pass: PassResult, newOf: Int32Array): PassResult {
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
      distanceSum: back(acc.distanceSum),
      reached: back(acc.reached),
      inverseDistanceSum: back(acc.inverseDistanceSum),
      eccentricity: back(acc.eccentricity),
    },
  };
}
