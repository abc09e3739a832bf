/**
 * Structural holes (Burt 1992, "Structural Holes"): constraint (weighted) and
 * effective size (unweighted), near-linear.
 *
 * - constraint c_i = Σ_{j∈N(i)} (p_ij + Σ_{q∈N(i), q≠j} p_iq p_qj)², with
 *   p_ij = w_ij / Σ_{k∈N(i)} w_ik (= 1/k_i when unweighted). This equals
 *   networkx `constraint(G, weight="weight")` on undirected graphs: its mutual
 *   weight w_ij + w_ji = 2w_ij cancels in the normalisation.
 * - effective size (Borgatti 1997, "Structural holes: unpacking Burt's
 *   redundancy measures"): k_i − 2t_i/k_i, t_i = ties among i's neighbours,
 *   unweighted (networkx `effective_size(G)`).
 * - Isolates: both null (undefined: no contacts). Every other actor has
 *   strength > 0 because weights are positive. A pendant has constraint 1 and
 *   effective size 1.
 *
 * The indirect term Σ_q p_iq p_qj is non-zero only when i, q, j form a
 * triangle, so it is accumulated per directed tie from one triangle listing
 * (./triangles.ts, O(m·√m)) instead of nested neighbour lookups: slot 2e holds
 * tieSource[e]→tieTarget[e], slot 2e+1 the reverse. The final sum is O(n + m).
 */

import type { Network } from '../model/network.js';
import { computeDegree } from './degree.js';
import { forEachTriangle } from './triangles.js';

export type StructuralHolesResult = {
  readonly constraint: (number | null)[];
  readonly effectiveSize: (number | null)[];
};

/**
 * `strength` is s_i of the degree family (computeAnalysis() passes the one it already
 * has, so the rows are not summed twice).
 */
export function computeStructuralHoles(net: Network, strength: Float64Array = computeDegree(net).strength): StructuralHolesResult {
  const { n, m, offsets, weights, edgeOf, tieSource, tieWeight } = net;

  const indirect = new Float64Array(2 * m);
  const triangles = new Float64Array(n);
  forEachTriangle(net, (a, b, c, eab, eac, ebc) => {
    triangles[a]! += 1;
    triangles[b]! += 1;
    triangles[c]! += 1;
    const sa = strength[a]!;
    const sb = strength[b]!;
    const sc = strength[c]!;
    const wab = tieWeight[eab]!;
    const wac = tieWeight[eac]!;
    const wbc = tieWeight[ebc]!;
    // i→j gains p_iq·p_qj through the third corner q.
    indirect[slot(tieSource, eab, a)]! += (wac / sa) * (wbc / sc); // a→b via c
    indirect[slot(tieSource, eab, b)]! += (wbc / sb) * (wac / sc); // b→a via c
    indirect[slot(tieSource, eac, a)]! += (wab / sa) * (wbc / sb); // a→c via b
    indirect[slot(tieSource, eac, c)]! += (wbc / sc) * (wab / sb); // c→a via b
    indirect[slot(tieSource, ebc, b)]! += (wab / sb) * (wac / sa); // b→c via a
    indirect[slot(tieSource, ebc, c)]! += (wac / sc) * (wab / sa); // c→b via a
  });

  const constraint: (number | null)[] = new Array<number | null>(n);
  const effectiveSize: (number | null)[] = new Array<number | null>(n);
  for (let i = 0; i < n; i++) {
    const from = offsets[i]!;
    const to = offsets[i + 1]!;
    const k = to - from;
    if (k === 0) {
      constraint[i] = null;
      effectiveSize[i] = null;
      continue;
    }
    const s = strength[i]!;
    let c = 0;
    for (let p = from; p < to; p++) {
      const e = edgeOf[p]!;
      const direct = weights[p]! / s;
      const x = direct + indirect[slot(tieSource, e, i)]!;
      c += x * x;
    }
    constraint[i] = c;
    effectiveSize[i] = k - (2 * triangles[i]!) / k;
  }
  return { constraint, effectiveSize };
}

/** Index into the per-directed-tie array of the direction leaving `from` along tie e. */
function slot(tieSource: Int32Array, e: number, from: number): number {
  return tieSource[e] === from ? 2 * e : 2 * e + 1;
}
