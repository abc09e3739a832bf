/**
 * The depth-first search with Tarjan's lowlinks (Hopcroft & Tarjan 1973,
 * "Efficient algorithms for graph manipulation"; Tarjan 1974), shared by the
 * articulation points and bridges (cut-points.ts) and by the recommendations'
 * view of the largest group from its centre (recommend/structure.ts), so the
 * subtle part is written once. O(size of the component) per call.
 *
 * Iterative: an explicit Int32Array stack plus, per actor, the next CSR
 * position to scan, so a path of any length cannot overflow the call stack.
 * The tie an actor was reached by is skipped by its tie index (`edgeOf`), not
 * by the parent actor, which is the correct rule for bridges (and would stay
 * correct for parallel ties).
 *
 * Per actor, once its component has been searched: `disc` (1-based discovery
 * time across all searches on the same state; 0 = not reached), `low` (the
 * smallest disc reachable from its subtree by one non-tree tie), `parent` and
 * `parentTie` (−1 for a root or an actor not reached), `sub` (size of its
 * subtree, itself included); `order[k]` is the actor with disc k + 1 (pre-order).
 * Reading them: tree child c of p is cut off from the rest by removing p when
 * low[c] ≥ disc[p]; the tie (p, c) is a bridge when low[c] > disc[p].
 */

import type { Network } from '../model/network.js';

export interface LowlinkState {
  readonly disc: Int32Array;
  readonly low: Int32Array;
  readonly parent: Int32Array;
  readonly parentTie: Int32Array;
  readonly sub: Int32Array;
  readonly order: Int32Array;
  /** Actors reached so far (= the largest disc). */
  time: number;
  /** Scratch: the DFS stack and the next CSR position to scan per actor. */
  readonly stack: Int32Array;
  readonly next: Int32Array;
}

export function createLowlinkState(n: number): LowlinkState {
  return {
    disc: new Int32Array(n),
    low: new Int32Array(n),
    parent: new Int32Array(n).fill(-1),
    parentTie: new Int32Array(n).fill(-1),
    sub: new Int32Array(n),
    order: new Int32Array(n),
    time: 0,
    stack: new Int32Array(n),
    next: new Int32Array(n),
  };
}

/**
 * Search the component of `root` (not reached yet) and fill the state for its
 * actors; they take the pre-order positions state.time … state.time + size − 1.
 */
export function searchLowlink(net: Network, root: number, state: LowlinkState): void {
  const { offsets, targets, edgeOf } = net;
  const { disc, low, parent, parentTie, sub, order, stack, next } = state;
  let time = state.time;
  let top = 0;
  stack[0] = root;
  disc[root] = low[root] = ++time;
  order[time - 1] = root;
  next[root] = offsets[root]!;
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
        order[time - 1] = w;
        next[w] = offsets[w]!;
        parent[w] = v;
        parentTie[w] = e;
        stack[++top] = w;
      } else if (disc[w]! < low[v]!) {
        low[v] = disc[w]!;
      }
    } else {
      sub[v]! += 1;
      top--;
      if (top < 0) break;
      const u = stack[top]!;
      sub[u]! += sub[v]!;
      if (low[v]! < low[u]!) low[u] = low[v]!;
    }
  }
  state.time = time;
}
