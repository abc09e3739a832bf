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
