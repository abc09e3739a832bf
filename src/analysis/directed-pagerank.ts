/**
 * Directed PageRank (Brin & Page 1998) on the arcs of the answers, as
 * networkx defines it on a DiGraph (`nx.pagerank(G, alpha=0.85,
 * weight="weight")`):
 *
 *   x_j = (1 − α)/n + α Σ_{i→j} x_i · w_ij / s_i + α · D/n,   α = 0.85,
 *
 * with s_i = Σ_{i→k} w_ik the out-strength and D = Σ_{i : s_i = 0} x_i the mass
 * of the dangling actors (no outgoing arc: actors who named no one, e.g.
 * non-respondents), spread uniformly over all n actors. Σ x = 1. Being named
 * by actors who are themselves named raises an actor's score; naming others
 * does not. Weighted as the undirected PageRank (analysis/pagerank.ts): the
 * walk follows an arc in proportion to its weight.
 *
 * Solved by the same Jacobi sweeps and stopping rule as the undirected one
 * (L1 change ≤ 1e-13, error ≤ α/(1 − α) · change), gathering each actor's
 * inflow over its in-row.
 */

import type { DirectedCsr } from '../model/arcs.js';
import { PAGERANK_DEFAULTS, transitionWeights } from './pagerank.js';

const MAX_SWEEPS = 10_000;

export function computeDirectedPagerank(d: DirectedCsr): Float64Array {
  const { n, outOffsets, outWeights, inOffsets, inTargets, inWeights } = d;
  const alpha = PAGERANK_DEFAULTS.alpha;
  if (n === 0) return new Float64Array(0);
  const strength = new Float64Array(n);
  const invStrength = new Float64Array(n);
  const danglingList: number[] = [];
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let p = outOffsets[i]!; p < outOffsets[i + 1]!; p++) s += outWeights[p]!;
    strength[i] = s;
    if (s > 0) invStrength[i] = 1 / s;
    else danglingList.push(i);
  }
  const dangling = Int32Array.from(danglingList);
  const flow = transitionWeights(inWeights, inTargets, strength, invStrength);
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  const teleport = (1 - alpha) / n;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let danglingMass = 0;
    for (let k = 0; k < dangling.length; k++) danglingMass += x[dangling[k]!]!;
    for (let i = 0; i < n; i++) share[i] = x[i]! * invStrength[i]!;
    const base = teleport + (alpha * danglingMass) / n;
    let change = 0;
    for (let j = 0; j < n; j++) {
      let inflow = 0;
      for (let p = inOffsets[j]!; p < inOffsets[j + 1]!; p++) inflow += flow[p]! * share[inTargets[p]!]!;
      const value = base + alpha * inflow;
      change += Math.abs(value - x[j]!);
      next[j] = value;
    }
    [x, next] = [next, x];
    if (change <= PAGERANK_DEFAULTS.tolerance) break;
  }
  return x;
}
