/**
 * Articulation points (cut vertices) and bridges (cut edges) in one
 * depth-first pass with Tarjan's lowlink (Hopcroft & Tarjan 1973, "Efficient
 * algorithms for graph manipulation"; Tarjan 1974 for bridges), O(n + m).
 *
 * The DFS is iterative: an explicit Int32Array stack of actors plus, per actor,
 * the next CSR position to scan, so a path of any length cannot overflow the
 * call stack. The tree edge an actor was reached by is skipped by its tie
 * index (`edgeOf`), not by the parent actor, which is the correct rule for
 * bridges (and would stay correct for parallel ties).
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

export type CutPointsResult = {
  /** 1 when the actor is an articulation point. */
  readonly articulation: Uint8Array;
  readonly bridges: [string, string][];
};

export function computeCutPoints(net: Network): CutPointsResult {
  const { n, offsets, targets, edgeOf, tieSource, tieTarget, ids } = net;
  const articulation = new Uint8Array(n);
  const disc = new Int32Array(n); // 0 = not visited; discovery times start at 1
  const low = new Int32Array(n);
  const next = new Int32Array(n); // next CSR position to scan per actor
  const parentTie = new Int32Array(n);
  const stack = new Int32Array(n);
  const bridgeTies: number[] = [];
  let time = 0;

  for (let root = 0; root < n; root++) {
    if (disc[root] !== 0) continue;
    let top = 0;
    stack[0] = root;
    disc[root] = low[root] = ++time;
    next[root] = offsets[root]!;
    parentTie[root] = -1;
    let rootChildren = 0;

    while (top >= 0) {
      const v = stack[top]!;
      const p = next[v]!;
      if (p < offsets[v + 1]!) {
        next[v] = p + 1;
        const e = edgeOf[p]!;
        if (e === parentTie[v]) continue;
        const w = targets[p]!;
        if (disc[w] === 0) {
          disc[w] = low[w] = ++time;
          next[w] = offsets[w]!;
          parentTie[w] = e;
          stack[++top] = w;
          if (v === root) rootChildren++;
        } else if (disc[w]! < low[v]!) {
          low[v] = disc[w]!;
        }
      } else {
        top--;
        if (top < 0) break;
        const u = stack[top]!;
        if (low[v]! < low[u]!) low[u] = low[v]!;
        if (low[v]! > disc[u]!) bridgeTies.push(parentTie[v]!);
        if (u !== root && low[v]! >= disc[u]!) articulation[u] = 1;
      }
    }
    if (rootChildren >= 2) articulation[root] = 1;
  }

  bridgeTies.sort((a, b) => tieSource[a]! - tieSource[b]! || tieTarget[a]! - tieTarget[b]!);
  const bridges = bridgeTies.map((e): [string, string] => [ids[tieSource[e]!]!, ids[tieTarget[e]!]!]);
  return { articulation, bridges };
}
