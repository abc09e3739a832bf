/**
 * The copy of a directed CSR that computeDirectedPaths searches: its actors
 * renumbered in breadth-first order over the arcs read both ways, for memory
 * locality, as paths-relabel.ts does for undirected networks (the plan is
 * renumbered with its relabelPlan, the pass mapped back with its mapBack).
 */

import { buildDirectedCsr, type DirectedCsr } from '../model/arcs.js';

export interface DirectedRelabelled {
  readonly arcs: DirectedCsr;
  readonly componentOf: Int32Array;
  /** Old index → new index. */
  readonly newOf: Int32Array;
}

/**
 * Renumbers the actors in breadth-first order along out- and in-arcs, each
 * weak component from its actor with the most arcs (smallest index on ties),
 * components in the order those starts come by arcs. Deterministic. About 10%
 * faster directed betweenness at 10,000 actors; only the order of float sums
 * changes, never the values beyond rounding.
 */
export function relabelDirected(arcs: DirectedCsr, componentOf: Int32Array): DirectedRelabelled {
  const { n, m, outOffsets, outTargets, outWeights, inOffsets, inTargets } = arcs;
  const degree = (v: number): number => outOffsets[v + 1]! - outOffsets[v]! + inOffsets[v + 1]! - inOffsets[v]!;
  const starts = Array.from({ length: n }, (_, i) => i).sort((a, b) => degree(b) - degree(a) || a - b);
  const newOf = new Int32Array(n).fill(-1);
  const oldOf = new Int32Array(n);
  let next = 0;
  const visit = (w: number): void => {
    if (newOf[w]! < 0) {
      newOf[w] = next;
      oldOf[next++] = w;
    }
  };
  for (const s of starts) {
    if (newOf[s]! >= 0) continue;
    let head = next;
    visit(s);
    while (head < next) {
      const v = oldOf[head++]!;
      for (let p = outOffsets[v]!; p < outOffsets[v + 1]!; p++) visit(outTargets[p]!);
      for (let p = inOffsets[v]!; p < inOffsets[v + 1]!; p++) visit(inTargets[p]!);
    }
  }
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const weight = new Float64Array(m);
  for (let v = 0, a = 0; v < n; v++) {
    for (let p = outOffsets[v]!; p < outOffsets[v + 1]!; p++, a++) {
      source[a] = newOf[v]!;
      target[a] = newOf[outTargets[p]!]!;
      weight[a] = outWeights[p]!;
    }
  }
  const newComponentOf = new Int32Array(n);
  for (let v = 0; v < n; v++) newComponentOf[newOf[v]!] = componentOf[v]!;
  return { arcs: buildDirectedCsr(n, source, target, weight), componentOf: newComponentOf, newOf };
}
