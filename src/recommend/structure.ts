/**
 * Who depends on whom inside the largest group: one iterative depth-first
 * search of component 0 from its centre, O(n + m), no recursion (Hopcroft &
 * Tarjan 1973 lowlinks with subtree sizes and pre-order positions:
 * src/analysis/lowlink.ts, the search cut-points.ts uses too).
 *
 * The centre r is the actor with the highest closeness in component 0
 * (smallest id on ties): the heart of the partnership. Everything here is
 * stated relative to it:
 * - an actor x "reaches the centre only through v" when every path from x to
 *   r passes v. In the DFS tree from r that is: v is a proper ancestor of x
 *   and the child c of v on the way to x has low[c] ≥ disc[v] (the subtree of
 *   c has no tie that climbs above v). For v = r, which has no "above", the
 *   largest child subtree is kept as the partnership (first child on ties)
 *   and the other child subtrees count as cut off.
 * - cutOff[v]: how many actors reach the centre only through v, i.e. lose
 *   their connection to the largest group if v leaves. > 0 exactly for the
 *   articulation points of component 0.
 * - gateOuter[x] / gateInner[x]: of the actors x reaches the centre only
 *   through, the one closest to the centre / closest to x (−1: none). They
 *   form a chain along the tree path, so one pre-order pass finds both.
 * - bridges: tree ties (p, c) with low[c] > disc[p]; the side away from the
 *   centre is the subtree of c ("hanging" on the tie).
 * Subtrees are contiguous ranges of the pre-order, which gives member lists
 * and "is x in v's cut-off part" (binary search over v's children) cheaply.
 *
 * Edge cases: no actors, or a largest group of one actor: root −1, nothing is
 * cut off, no bridges. Actors outside component 0 have disc 0 and no gates.
 */

import type { Network } from '../model/network.js';
import { createLowlinkState, searchLowlink } from '../analysis/lowlink.js';

export interface Structure {
  /** The centre (index), or −1 when component 0 has fewer than two actors. */
  readonly root: number;
  readonly size0: number;
  /** 1-based pre-order number inside component 0; 0 for actors outside it. */
  readonly disc: Int32Array;
  readonly low: Int32Array;
  /** Size of the DFS subtree (the actor included). */
  readonly sub: Int32Array;
  readonly parent: Int32Array;
  /** order[k] = the actor with disc k + 1. */
  readonly order: Int32Array;
  readonly cutOff: Int32Array;
  readonly gateOuter: Int32Array;
  readonly gateInner: Int32Array;
  /** Children c whose tie to parent[c] is a bridge, most actors hanging first, then by index of c. */
  readonly bridgeChildren: readonly number[];
  /** True when the tree child c (≠ root) is cut off from the centre if parent[c] leaves. */
  readonly separated: (c: number) => boolean;
  /** True when x reaches the centre only through v. */
  readonly dependsOn: (x: number, v: number) => boolean;
  /**
   * Which part x is in when v leaves: the child of v heading the cut-off
   * subtree that holds x, or −1 for the part that keeps the centre.
   */
  readonly pieceOf: (x: number, v: number) => number;
  /** The actors that reach the centre only through v, ascending index (= id order), at most `limit`. */
  readonly cutOffMembers: (v: number, limit: number) => number[];
  /** The subtree of c, ascending index, at most `limit`. */
  readonly subtreeMembers: (c: number, limit: number) => number[];
  /**
   * If v left component 0: how many parts it would fall into and the size of
   * the largest (the part that keeps the centre for v ≠ root: all actors that
   * do not depend on v). For an actor that is not a cut point: 1 part of size0 − 1.
   */
  readonly partsWithout: (v: number) => { readonly parts: number; readonly largest: number };
  /** Component 0 without the subtree of c, ascending index, at most `limit`. */
  readonly outsideSubtree: (c: number, limit: number) => number[];
}

export function computeStructure(net: Network, componentOf: Int32Array, closeness: Float64Array): Structure {
  const { n } = net;
  const cutOff = new Int32Array(n);
  const gateOuter = new Int32Array(n).fill(-1);
  const gateInner = new Int32Array(n).fill(-1);

  let root = -1;
  let size0 = 0;
  for (let i = 0; i < n; i++) {
    if (componentOf[i] !== 0) continue;
    size0++;
    if (root === -1 || closeness[i]! > closeness[root]!) root = i;
  }
  if (size0 < 2) root = -1;

  // One lowlink search of component 0 from the centre (analysis/lowlink.ts).
  const state = createLowlinkState(n);
  if (root !== -1) searchLowlink(net, root, state);
  const { disc, low, sub, parent } = state;
  const order = state.order.subarray(0, state.time);

  const childOffsets = new Int32Array(n + 1);
  const childList = new Int32Array(Math.max(0, order.length - 1));
  let rootKeep = -1;
  let rootChildren = 0;

  if (root !== -1) {
    // Children lists in pre-order (so their subtrees are consecutive ranges).
    for (let k = 1; k < size0; k++) childOffsets[parent[order[k]!]! + 1]! += 1;
    for (let i = 0; i < n; i++) childOffsets[i + 1]! += childOffsets[i]!;
    const cursor = childOffsets.slice(0, n);
    for (let k = 1; k < size0; k++) {
      const c = order[k]!;
      childList[cursor[parent[c]!]!++] = c;
    }
    rootChildren = childOffsets[root + 1]! - childOffsets[root]!;
    for (let q = childOffsets[root]!; q < childOffsets[root + 1]!; q++) {
      const c = childList[q]!;
      if (rootKeep === -1 || sub[c]! > sub[rootKeep]!) rootKeep = c;
    }
  }

  const separated = (c: number): boolean => {
    const p = parent[c]!;
    if (p === -1) return false;
    if (p === root) return rootChildren >= 2 && c !== rootKeep;
    return low[c]! >= disc[p]!;
  };

  // cutOff, then the gates in pre-order (a parent before its children).
  for (let k = 1; k < order.length; k++) {
    const c = order[k]!;
    if (separated(c)) cutOff[parent[c]!]! += sub[c]!;
  }
  for (let k = 1; k < order.length; k++) {
    const c = order[k]!;
    const p = parent[c]!;
    const sep = separated(c);
    gateOuter[c] = gateOuter[p]! !== -1 ? gateOuter[p]! : sep ? p : -1;
    gateInner[c] = sep ? p : gateInner[p]!;
  }

  const bridgeChildren: number[] = [];
  for (let k = 1; k < order.length; k++) {
    const c = order[k]!;
    if (low[c]! > disc[parent[c]!]!) bridgeChildren.push(c);
  }
  bridgeChildren.sort((a, b) => sub[b]! - sub[a]! || a - b);

  /** The child of v whose subtree holds x (x a proper descendant of v). */
  const childTowards = (v: number, x: number): number => {
    let lo = childOffsets[v]!;
    let hi = childOffsets[v + 1]! - 1;
    const d = disc[x]!;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (disc[childList[mid]!]! <= d) lo = mid;
      else hi = mid - 1;
    }
    return childList[lo]!;
  };

  const pieceOf = (x: number, v: number): number => {
    if (x === v || disc[x] === 0 || disc[v] === 0) return -1;
    if (!(disc[v]! < disc[x]! && disc[x]! < disc[v]! + sub[v]!)) return -1;
    const c = childTowards(v, x);
    return separated(c) ? c : -1;
  };
  const dependsOn = (x: number, v: number): boolean => pieceOf(x, v) !== -1;

  const subtreeMembers = (c: number, limit: number): number[] => {
    const from = disc[c]! - 1;
    const out = Array.from(order.subarray(from, from + sub[c]!));
    out.sort((a, b) => a - b);
    return out.slice(0, limit);
  };

  const partsWithout = (v: number): { parts: number; largest: number } => {
    if (disc[v] === 0) return { parts: 0, largest: 0 };
    let parts = v === root ? 0 : 1;
    let largest = v === root ? 0 : size0 - 1 - cutOff[v]!;
    for (let q = childOffsets[v]!; q < childOffsets[v + 1]!; q++) {
      const c = childList[q]!;
      if (v === root || separated(c)) {
        parts++;
        if (sub[c]! > largest) largest = sub[c]!;
      }
    }
    return { parts, largest };
  };

  const outsideSubtree = (c: number, limit: number): number[] => {
    const from = disc[c]! - 1;
    const out = [...order.subarray(0, from), ...order.subarray(from + sub[c]!)];
    out.sort((a, b) => a - b);
    return out.slice(0, limit);
  };

  const cutOffMembers = (v: number, limit: number): number[] => {
    if (disc[v] === 0) return [];
    const out: number[] = [];
    for (let q = childOffsets[v]!; q < childOffsets[v + 1]!; q++) {
      const c = childList[q]!;
      if (!separated(c)) continue;
      const from = disc[c]! - 1;
      for (let k = from; k < from + sub[c]!; k++) out.push(order[k]!);
    }
    out.sort((a, b) => a - b);
    return out.slice(0, limit);
  };

  return {
    root, size0, disc, low, sub, parent, order, cutOff, gateOuter, gateInner, bridgeChildren,
    separated, dependsOn, pieceOf, cutOffMembers, subtreeMembers, outsideSubtree, partsWithout,
  };
}
