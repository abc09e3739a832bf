/**
 * Triangle listing shared by clustering.ts and structural-holes.ts (an
 * internal kernel, not a metric family).
 *
 * The "forward"/compact-forward scheme (Chiba & Nishizeki 1985; Latapy 2008,
 * "Main-memory triangle computations for very large (sparse (power-law))
 * graphs"): orient every tie from the endpoint of lower (degree, index) to
 * the higher one, so every out-degree is ≤ √(2m); for each actor u, mark its
 * out-neighbours, then for each out-neighbour v scan v's out-neighbours w
 * for marks. Every triangle is found exactly once, in O(m·√m) time and O(n + m)
 * extra memory, with no per-node objects and no recursion.
 */

import type { Network } from '../model/network.js';

/**
 * Called once per triangle {a, b, c} with the tie indices (into
 * net.tieSource/tieTarget/tieWeight) of its three sides.
 */
export type TriangleVisitor = (a: number, b: number, c: number, tieAB: number, tieAC: number, tieBC: number) => void;

export function forEachTriangle(net: Network, visit: TriangleVisitor): void {
  const { n, m, offsets, targets, edgeOf } = net;
  if (m < 3) return;
  // Out-adjacency of the orientation, as CSR.
  const outOffsets = new Int32Array(n + 1);
  const outTargets = new Int32Array(m);
  const outTie = new Int32Array(m);
  let q = 0;
  for (let u = 0; u < n; u++) {
    outOffsets[u] = q;
    const from = offsets[u]!;
    const to = offsets[u + 1]!;
    const ku = to - from;
    for (let p = from; p < to; p++) {
      const v = targets[p]!;
      const kv = offsets[v + 1]! - offsets[v]!;
      if (ku < kv || (ku === kv && u < v)) {
        outTargets[q] = v;
        outTie[q] = edgeOf[p]!;
        q++;
      }
    }
  }
  outOffsets[n] = q;

  const markOwner = new Int32Array(n).fill(-1);
  const markTie = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    const from = outOffsets[u]!;
    const to = outOffsets[u + 1]!;
    if (to - from < 2) continue;
    for (let r = from; r < to; r++) {
      const w = outTargets[r]!;
      markOwner[w] = u;
      markTie[w] = outTie[r]!;
    }
    for (let r = from; r < to; r++) {
      const v = outTargets[r]!;
      const tieUV = outTie[r]!;
      const end = outOffsets[v + 1]!;
      for (let s = outOffsets[v]!; s < end; s++) {
        const w = outTargets[s]!;
        if (markOwner[w] === u) visit(u, v, w, tieUV, markTie[w]!, outTie[s]!);
      }
    }
  }
}
