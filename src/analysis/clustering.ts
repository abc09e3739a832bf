/**
 * Clustering family (unweighted): triangles per actor, local clustering,
 * transitivity and average clustering, from one triangle listing
 * (./triangles.ts, O(m·√m)).
 *
 * - triangles T_i: triangles through i (= ties among i's neighbours).
 * - local C_i = 2T_i / (k_i(k_i−1)) (Watts & Strogatz 1998); 0 when k_i < 2,
 *   so isolates and pendants count as 0 (networkx `clustering`).
 * - transitivity = 3·triangles / connected triples = Σ_i T_i / Σ_i k_i(k_i−1)/2
 *   (Wasserman & Faust 1994; Newman 2003); 0 when there is no triple.
 * - average = Σ_i C_i / n over ALL n actors, isolates included
 *   (networkx `average_clustering`); 0 for the empty network.
 * Weights are ignored.
 */

import type { Network } from '../model/network.js';
import { forEachTriangle } from './triangles.js';

export type ClusteringResult = {
  readonly local: Float64Array;
  readonly triangles: Float64Array;
  readonly transitivity: number;
  readonly average: number;
};

export function computeClustering(net: Network): ClusteringResult {
  const { n, offsets } = net;
  const triangles = new Float64Array(n);
  forEachTriangle(net, (a, b, c) => {
    triangles[a]! += 1;
    triangles[b]! += 1;
    triangles[c]! += 1;
  });

  const local = new Float64Array(n);
  let closed = 0; // Σ T_i = 3 × number of triangles
  let triples = 0; // Σ k_i(k_i−1)/2
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const k = offsets[i + 1]! - offsets[i]!;
    if (k < 2) continue;
    const pairs = (k * (k - 1)) / 2;
    const t = triangles[i]!;
    const c = t / pairs;
    local[i] = c;
    closed += t;
    triples += pairs;
    sum += c;
  }
  const transitivity = triples === 0 ? 0 : closed / triples;
  const average = n === 0 ? 0 : sum / n;
  return { local, triangles, transitivity, average };
}
