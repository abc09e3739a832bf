/**
 * Directed degree family, read off the two CSR directions in O(n + m):
 *
 * - inDegree_i = |{j : j→i}| (how many name i), outDegree_i = |{j : i→j}|
 *   (how many i names); networkx `G.in_degree()` / `G.out_degree()`.
 * - inStrength_i = Σ_{j→i} w_ji, outStrength_i = Σ_{i→j} w_ij;
 *   `G.in_degree(weight="weight")` / `G.out_degree(weight="weight")`.
 */

import type { DirectedCsr } from '../model/arcs.js';

export interface DirectedDegreeResult {
  readonly inDegree: Int32Array;
  readonly outDegree: Int32Array;
  readonly inStrength: Float64Array;
  readonly outStrength: Float64Array;
}

export function computeDirectedDegree(d: DirectedCsr): DirectedDegreeResult {
  const { n, inOffsets, outOffsets, inWeights, outWeights } = d;
  const inDegree = new Int32Array(n);
  const outDegree = new Int32Array(n);
  const inStrength = new Float64Array(n);
  const outStrength = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    inDegree[i] = inOffsets[i + 1]! - inOffsets[i]!;
    outDegree[i] = outOffsets[i + 1]! - outOffsets[i]!;
    let s = 0;
    for (let p = inOffsets[i]!; p < inOffsets[i + 1]!; p++) s += inWeights[p]!;
    inStrength[i] = s;
    s = 0;
    for (let p = outOffsets[i]!; p < outOffsets[i + 1]!; p++) s += outWeights[p]!;
    outStrength[i] = s;
  }
  return { inDegree, outDegree, inStrength, outStrength };
}
