/**
 * Articulation points (cut vertices) and bridges (cut edges) in one
 * depth-first pass with Tarjan's lowlink (Hopcroft & Tarjan 1973, "Efficient
 * algorithms for graph manipulation"; Tarjan 1974 for bridges), O(n + m).
 *
 * The DFS is lowlink.ts (iterative, the tree tie skipped by its tie index;
 * shared with the recommendations' structure.ts), one search per component;
 * the two rules below are then read off its arrays.
 *
 * - i is an articulation point when removing it increases the number of
 *   components: a DFS root with ≥ 2 tree children, or a non-root with a child
 *   c such that low[c] ≥ disc[i].
 * - tie (u, v) with v a tree child of u is a bridge when low[v] > disc[u].
 * Isolates, the empty network, one actor: no articulation points, no bridges.
 * Two actors with one tie: that tie is a bridge, neither actor is a cut point.
 * Bridges are [u, v] with u < v by code units, sorted lexicographically
 * (index order is code-unit order, so this is a numeric sort of index pairs).
 *
 * computeCutOff: how many actors each articulation point cuts off
 * (docs/metrics.md `cutOff`), the count the recommendations' structure.ts
 * uses for the largest group. In each component of three or more actors the
 * centre r is the actor with the highest closeness (smallest index on ties).
 * One DFS from r: for v ≠ r, cutOff[v] = Σ sub[c] over the tree children c of
 * v with low[c] ≥ disc[v] (the actors whose every path to r passes v); for
 * v = r, the children's subtrees are the parts left without r, the largest is
 * kept and cutOff[r] = Σ sub[c] − max sub[c] (0 with one child). 0 for every
 * actor that is not an articulation point. O(n + m).
 */

import type { Network } from '../model/network.js';
import { createLowlinkState, searchLowlink } from './lowlink.js';

export type CutPointsResult = {
  /** 1 when the actor is an articulation point. */
  readonly articulation: Uint8Array;
  readonly bridges: [string, string][];
};

export function computeCutPoints(net: Network): CutPointsResult {
  const { n, tieSource, tieTarget, ids } = net;
  const articulation = new Uint8Array(n);
  const state = createLowlinkState(n);
  const { disc, low, parent, parentTie, order } = state;
  const bridgeTies: number[] = [];

  for (let root = 0; root < n; root++) {
    if (disc[root] !== 0) continue;
    const first = state.time;
    searchLowlink(net, root, state);
    let rootChildren = 0;
    for (let k = first + 1; k < state.time; k++) {
      const c = order[k]!;
      const p = parent[c]!;
      if (low[c]! > disc[p]!) bridgeTies.push(parentTie[c]!);
      if (p === root) rootChildren++;
      else if (low[c]! >= disc[p]!) articulation[p] = 1;
    }
    if (rootChildren >= 2) articulation[root] = 1;
  }

  bridgeTies.sort((a, b) => tieSource[a]! - tieSource[b]! || tieTarget[a]! - tieTarget[b]!);
  const bridges = bridgeTies.map((e): [string, string] => [ids[tieSource[e]!]!, ids[tieTarget[e]!]!]);
  return { articulation, bridges };
}

export function computeCutOff(net: Network, componentOf: Int32Array, closeness: Float64Array): Int32Array {
  const { n } = net;
  const cutOff = new Int32Array(n);
  // The centre of each component: highest closeness, smallest index on ties.
  const centre = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const c = componentOf[i]!;
    const best = centre.get(c);
    if (best === undefined || closeness[i]! > closeness[best]!) centre.set(c, i);
  }
  const state = createLowlinkState(n);
  const { disc, low, parent, sub, order } = state;
  for (const root of [...centre.values()].sort((a, b) => a - b)) {
    const first = state.time;
    searchLowlink(net, root, state);
    let total = 0;
    let largest = 0;
    for (let k = first + 1; k < state.time; k++) {
      const c = order[k]!;
      const p = parent[c]!;
      if (p === root) {
        total += sub[c]!;
        if (sub[c]! > largest) largest = sub[c]!;
      } else if (low[c]! >= disc[p]!) cutOff[p]! += sub[c]!;
    }
    cutOff[root] = total - largest;
  }
  return cutOff;
}
