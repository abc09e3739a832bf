/**
 * The exact diameter of one component of an undirected network by iFUB
 * (Crescenzi, Grossi, Habib, Lanzi & Marino 2013, "On computing the diameter
 * of real-world undirected graphs") from a 4-sweep start, which needs few
 * breadth-first searches on real networks. computePaths (paths.ts) uses it
 * when the sources are sampled, so the diameter of the largest component
 * stays exact; after IFUB_MAX_SEARCHES it stops and reports its bounds.
 */

import type { Csr } from './paths-core.js';

/** Searches iFUB may spend on the diameter before it reports bounds instead. */
export const IFUB_MAX_SEARCHES = 4096;

export interface DiameterResult {
  readonly diameter: number;
  /** false when the search budget ran out: `diameter` is then a lower bound and `upper` an upper bound. */
  readonly exact: boolean;
  readonly upper: number;
  readonly searches: number;
}

/** Plain BFS scratch for the diameter searches. */
interface BfsWork {
  readonly dist: Int32Array;
  readonly parent: Int32Array;
  readonly queue: Int32Array;
}

/** BFS from s; returns the number reached (queue[0 .. count) in BFS order). Leaves dist set: call clear. */
function bfs(net: Csr, s: number, work: BfsWork): number {
  const { offsets, targets } = net;
  const { dist, parent, queue } = work;
  dist[s] = 0;
  parent[s] = -1;
  queue[0] = s;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    const next = dist[v]! + 1;
    const end = offsets[v + 1]!;
    for (let p = offsets[v]!; p < end; p++) {
      const w = targets[p]!;
      if (dist[w]! < 0) {
        dist[w] = next;
        parent[w] = v;
        queue[tail++] = w;
      }
    }
  }
  return tail;
}

function clear(work: BfsWork, count: number): void {
  for (let i = 0; i < count; i++) work.dist[work.queue[i]!] = -1;
}

/**
 * Exact diameter of the component of `start` by iFUB with a 4-sweep start
 * (Crescenzi et al. 2013), `lowerBound` being an eccentricity already known
 * (e.g. from the sampled searches). Stops after `maxSearches` BFS.
 */
export function componentDiameter(
  net: Csr,
  start: number,
  lowerBound: number,
  maxSearches: number = IFUB_MAX_SEARCHES,
): DiameterResult {
  const n = net.n;
  const work: BfsWork = { dist: new Int32Array(n).fill(-1), parent: new Int32Array(n), queue: new Int32Array(n) };
  let searches = 0;
  let lb = lowerBound;
  const degree = (v: number): number => net.offsets[v + 1]! - net.offsets[v]!;

  // One BFS: returns (farthest actor, eccentricity, middle of the path to the farthest).
  const sweep = (s: number): { far: number; ecc: number; middle: number } => {
    searches++;
    const count = bfs(net, s, work);
    const far = work.queue[count - 1]!;
    const ecc = work.dist[far]!;
    let middle = far;
    for (let k = 0; k < Math.floor(ecc / 2); k++) middle = work.parent[middle]!;
    clear(work, count);
    lb = Math.max(lb, ecc);
    return { far, ecc, middle };
  };

  // 4-sweep from the highest-degree actor of the component.
  const first = bfs(net, start, work);
  let r1 = start;
  for (let i = 0; i < first; i++) {
    const v = work.queue[i]!;
    if (degree(v) > degree(r1) || (degree(v) === degree(r1) && v < r1)) r1 = v;
  }
  clear(work, first);
  const a1 = sweep(r1).far;
  const r2 = sweep(a1).middle;
  const a2 = sweep(r2).far;
  const u = sweep(a2).middle;

  // iFUB from u: fringe levels from the farthest inwards.
  searches++;
  const count = bfs(net, u, work);
  const levelOf = Int32Array.from({ length: count }, (_, i) => work.dist[work.queue[i]!]!);
  const order = work.queue.slice(0, count);
  clear(work, count);
  const eccU = levelOf[count - 1]!;
  lb = Math.max(lb, eccU);
  let ub = 2 * eccU;
  let hi = count;
  for (let i = eccU; ub > lb && i > 0; i--) {
    let lo = hi;
    while (lo > 0 && levelOf[lo - 1] === i) lo--;
    let bi = 0;
    for (let k = lo; k < hi; k++) {
      if (searches >= maxSearches) return { diameter: lb, exact: false, upper: ub, searches };
      bi = Math.max(bi, sweep(order[k]!).ecc);
    }
    if (Math.max(lb, bi) > 2 * (i - 1)) return { diameter: Math.max(lb, bi), exact: true, upper: Math.max(lb, bi), searches };
    lb = Math.max(lb, bi);
    ub = 2 * (i - 1);
    hi = lo;
  }
  return { diameter: lb, exact: true, upper: lb, searches };
}
