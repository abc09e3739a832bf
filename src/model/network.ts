/**
 * Dataset → Network: the compressed sparse row (CSR) adjacency every metric
 * kernel reads. Built once, immutable, no per-node objects.
 *
 * - Actor i is `ids[i]`; ids are in code-unit order, so index order = id order
 *   and every tie-break "by smallest id" is "by smallest index".
 * - The neighbours of i are `targets[offsets[i] .. offsets[i+1])`, ascending,
 *   with the tie weight at the same position in `weights`. Each undirected tie
 *   appears twice (once per end); `edgeOf` gives the tie's index in
 *   `Dataset.ties` for each half-edge, so per-tie results (bridges) map back.
 * - `group[i]` is the index of i's groupBy value in `groupNames` (sorted by
 *   code units), or -1 when the actor has no value or there is no groupBy.
 */

import type { Dataset } from '../types.js';
import { compareCodeUnits } from '../util/sort.js';
import { groupValueOf } from '../util/group.js';

export interface Network {
  readonly n: number;
  readonly m: number;
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  readonly edgeOf: Int32Array;
  /** The tie list as index pairs: tie e joins `tieSource[e] < tieTarget[e]`. */
  readonly tieSource: Int32Array;
  readonly tieTarget: Int32Array;
  readonly tieWeight: Float64Array;
  readonly weighted: boolean;
  readonly group: Int32Array;
  readonly groupNames: readonly string[];
}

export function buildNetwork(dataset: Dataset): Network {
  const actors = [...dataset.actors].sort((a, b) => compareCodeUnits(a.id, b.id));
  const n = actors.length;
  const ids = actors.map((a) => a.id);
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => indexOf.set(id, i));

  const m = dataset.ties.length;
  const tieSource = new Int32Array(m);
  const tieTarget = new Int32Array(m);
  const tieWeight = new Float64Array(m);
  const degree = new Int32Array(n);
  dataset.ties.forEach((tie, e) => {
    let u = indexOf.get(tie.source);
    let v = indexOf.get(tie.target);
    if (u === undefined || v === undefined) {
      throw new Error(`tie ${tie.source}–${tie.target} names an actor that is not in the dataset`);
    }
    if (u === v) throw new Error(`self-loop on ${tie.source} reached the network`);
    if (u > v) [u, v] = [v, u];
    tieSource[e] = u;
    tieTarget[e] = v;
    tieWeight[e] = tie.weight;
    degree[u]! += 1;
    degree[v]! += 1;
  });

  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  // Fill half-edges, then sort each row by neighbour index (determinism, and
  // merge-style set intersections for triangles).
  const cursor = offsets.slice(0, n);
  const targets = new Int32Array(2 * m);
  const weights = new Float64Array(2 * m);
  const edgeOf = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    const u = tieSource[e]!;
    const v = tieTarget[e]!;
    let p = cursor[u]!++;
    targets[p] = v;
    weights[p] = tieWeight[e]!;
    edgeOf[p] = e;
    p = cursor[v]!++;
    targets[p] = u;
    weights[p] = tieWeight[e]!;
    edgeOf[p] = e;
  }
  for (let i = 0; i < n; i++) sortRow(targets, weights, edgeOf, offsets[i]!, offsets[i + 1]!);
  for (let i = 0; i < n; i++) {
    for (let p = offsets[i]! + 1; p < offsets[i + 1]!; p++) {
      if (targets[p] === targets[p - 1]) throw new Error(`duplicate tie ${ids[i]}–${ids[targets[p]!]} reached the network`);
    }
  }

  const values = new Set<string>();
  for (const actor of actors) {
    const value = groupValueOf(actor, dataset.groupBy);
    if (value !== null) values.add(value);
  }
  const groupNames = [...values].sort(compareCodeUnits);
  const groupIndex = new Map(groupNames.map((g, i) => [g, i] as const));
  const group = new Int32Array(n);
  actors.forEach((actor, i) => {
    const value = groupValueOf(actor, dataset.groupBy);
    group[i] = value === null ? -1 : groupIndex.get(value)!;
  });

  return {
    n, m, ids, indexOf, offsets, targets, weights, edgeOf,
    tieSource, tieTarget, tieWeight,
    weighted: dataset.weighted, group, groupNames,
  };
}

/** Insertion sort for short rows, index sort for long ones; keeps the three arrays aligned. */
function sortRow(targets: Int32Array, weights: Float64Array, edgeOf: Int32Array, from: number, to: number): void {
  const len = to - from;
  if (len < 2) return;
  if (len <= 32) {
    for (let i = from + 1; i < to; i++) {
      const t = targets[i]!;
      const w = weights[i]!;
      const e = edgeOf[i]!;
      let j = i - 1;
      while (j >= from && targets[j]! > t) {
        targets[j + 1] = targets[j]!;
        weights[j + 1] = weights[j]!;
        edgeOf[j + 1] = edgeOf[j]!;
        j--;
      }
      targets[j + 1] = t;
      weights[j + 1] = w;
      edgeOf[j + 1] = e;
    }
    return;
  }
  const order = Array.from({ length: len }, (_, k) => from + k).sort((a, b) => targets[a]! - targets[b]!);
  const t = order.map((p) => targets[p]!);
  const w = order.map((p) => weights[p]!);
  const e = order.map((p) => edgeOf[p]!);
  targets.set(t, from);
  weights.set(w, from);
  edgeOf.set(e, from);
}
