/**
 * Degree family: degree k_i, strength s_i, density and Freeman degree
 * centralisation, read straight off the CSR rows in O(n + m).
 *
 * - degree k_i = |N(i)|; strength s_i = Σ_{j∈N(i)} w_ij (= k_i when unweighted).
 * - density = 2m / (n(n−1)) (Wasserman & Faust 1994, §4.2); 0 when n < 2,
 *   where no tie is possible (as graphology and networkx do).
 * - centralization: Freeman's degree centralisation (Freeman 1979, "Centrality
 *   in social networks: conceptual clarification") over all n actors,
 *   Σ_i (k_max − k_i) / ((n−1)(n−2)), the maximum being a star; null when
 *   n < 3, where the denominator is 0. Isolates count with k_i = 0; an edgeless
 *   network with n ≥ 3 has centralisation 0.
 */

import type { Network } from '../model/network.js';

export type DegreeResult = {
  readonly degree: Int32Array;
  readonly strength: Float64Array;
  readonly density: number;
  readonly centralization: number | null;
};

export function computeDegree(net: Network): DegreeResult {
  const { n, m, offsets, weights } = net;
  const degree = new Int32Array(n);
  const strength = new Float64Array(n);
  let kmax = 0;
  for (let i = 0; i < n; i++) {
    const from = offsets[i]!;
    const to = offsets[i + 1]!;
    const k = to - from;
    degree[i] = k;
    if (k > kmax) kmax = k;
    let s = 0;
    for (let p = from; p < to; p++) s += weights[p]!;
    strength[i] = s;
  }
  const density = n < 2 ? 0 : (2 * m) / (n * (n - 1));
  let centralization: number | null = null;
  if (n >= 3) {
    // Σ (kmax − k_i) = n·kmax − 2m, exact in integers.
    centralization = (n * kmax - 2 * m) / ((n - 1) * (n - 2));
  }
  return { degree, strength, density, centralization };
}
