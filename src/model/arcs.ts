/**
 * Directed arcs → CSR in both directions, the adjacency every directed metric
 * kernel reads. Built once, immutable, no per-node objects; the directed
 * counterpart of model/network.ts.
 *
 * - Actor i is the same index as `Network.ids[i]` (code-unit order), so every
 *   tie-break "by smallest id" is "by smallest index".
 * - The out-neighbours of u are `outTargets[outOffsets[u] .. outOffsets[u+1])`,
 *   ascending, with the arc weight u→v at the same position in `outWeights`.
 * - The in-neighbours of v (the sources of arcs into v) are
 *   `inTargets[inOffsets[v] .. inOffsets[v+1])`, ascending, with the weight of
 *   the arc u→v at the same position in `inWeights`.
 * - Every arc appears exactly once in each direction. Self-loops and repeated
 *   arcs (the same u→v twice) are refused with an Error: the reader resolves
 *   them (and reports them) before the model is built, so one reaching here is
 *   a bug, not bad input. u→v and v→u are two different arcs, both allowed.
 */

export interface DirectedCsr {
  readonly n: number;
  /** Number of arcs. */
  readonly m: number;
  readonly outOffsets: Int32Array;
  readonly outTargets: Int32Array;
  readonly outWeights: Float64Array;
  readonly inOffsets: Int32Array;
  readonly inTargets: Int32Array;
  readonly inWeights: Float64Array;
}

/**
 * Arc a runs `arcSource[a] → arcTarget[a]` with weight `arcWeight[a]`, over
 * actor indices 0..n-1. The input arrays are read, not kept. O(n + m).
 */
export function buildDirectedCsr(n: number, arcSource: Int32Array, arcTarget: Int32Array, arcWeight: Float64Array): DirectedCsr {
  if (!Number.isInteger(n) || n < 0) throw new Error(`actor count ${n} is not a non-negative integer`);
  const m = arcSource.length;
  if (arcTarget.length !== m || arcWeight.length !== m) {
    throw new Error(`arc arrays differ in length: ${m} sources, ${arcTarget.length} targets, ${arcWeight.length} weights`);
  }
  const outDegree = new Int32Array(n);
  const inDegree = new Int32Array(n);
  for (let a = 0; a < m; a++) {
    const u = arcSource[a]!;
    const v = arcTarget[a]!;
    if (u < 0 || u >= n || v < 0 || v >= n) throw new Error(`arc ${a} (${u}→${v}) names an actor index outside 0..${n - 1}`);
    if (u === v) throw new Error(`self-loop on actor index ${u} (arc ${a}) reached the directed network`);
    outDegree[u]! += 1;
    inDegree[v]! += 1;
  }
  const outOffsets = prefixSums(outDegree);
  const inOffsets = prefixSums(inDegree);

  // Two stable bucket passes sort both directions without a comparison sort:
  // arcs in source order → in-rows (each row then ascending by source);
  // in-rows scanned by target → out-rows (each row then ascending by target).
  const bySource = new Int32Array(m);
  const sourceCursor = outOffsets.slice(0, n);
  for (let a = 0; a < m; a++) bySource[sourceCursor[arcSource[a]!]!++] = a;

  const inTargets = new Int32Array(m);
  const inWeights = new Float64Array(m);
  const inCursor = inOffsets.slice(0, n);
  for (let k = 0; k < m; k++) {
    const a = bySource[k]!;
    const p = inCursor[arcTarget[a]!]!++;
    inTargets[p] = arcSource[a]!;
    inWeights[p] = arcWeight[a]!;
  }

  const outTargets = new Int32Array(m);
  const outWeights = new Float64Array(m);
  const outCursor = outOffsets.slice(0, n);
  for (let v = 0; v < n; v++) {
    for (let p = inOffsets[v]!; p < inOffsets[v + 1]!; p++) {
      const u = inTargets[p]!;
      if (p > inOffsets[v]! && inTargets[p - 1] === u) {
        throw new Error(`repeated arc ${u}→${v} reached the directed network`);
      }
      const q = outCursor[u]!++;
      outTargets[q] = v;
      outWeights[q] = inWeights[p]!;
    }
  }

  return { n, m, outOffsets, outTargets, outWeights, inOffsets, inTargets, inWeights };
}

function prefixSums(degree: Int32Array): Int32Array {
  const offsets = new Int32Array(degree.length + 1);
  for (let i = 0; i < degree.length; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  return offsets;
}
