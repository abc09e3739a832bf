/**
 * model/arcs: the directed CSR in both directions (rows ascending, weights
 * aligned, every arc once per direction) and its refusals.
 */
import { describe, expect, it } from 'vitest';
import { buildDirectedCsr, type DirectedCsr } from '../../src/model/arcs.js';

function build(n: number, arcs: readonly (readonly [number, number, number])[]): DirectedCsr {
  return buildDirectedCsr(
    n,
    Int32Array.from(arcs, (a) => a[0]),
    Int32Array.from(arcs, (a) => a[1]),
    Float64Array.from(arcs, (a) => a[2]),
  );
}

function rows(offsets: Int32Array, targets: Int32Array, weights: Float64Array): [number, number][][] {
  const out: [number, number][][] = [];
  for (let i = 0; i + 1 < offsets.length; i++) {
    const row: [number, number][] = [];
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++) row.push([targets[p]!, weights[p]!]);
    out.push(row);
  }
  return out;
}

describe('buildDirectedCsr', () => {
  it('puts each arc once in its source’s out-row and once in its target’s in-row, rows ascending', () => {
    // Given out of order on purpose; 0→2 and 2→0 are two arcs, not a repeat.
    const g = build(4, [
      [2, 0, 5],
      [0, 3, 1],
      [0, 2, 2],
      [3, 2, 4],
      [1, 2, 3],
      [0, 1, 7],
    ]);
    expect(g.n).toBe(4);
    expect(g.m).toBe(6);
    expect(rows(g.outOffsets, g.outTargets, g.outWeights)).toEqual([
      [[1, 7], [2, 2], [3, 1]],
      [[2, 3]],
      [[0, 5]],
      [[2, 4]],
    ]);
    expect(rows(g.inOffsets, g.inTargets, g.inWeights)).toEqual([
      [[2, 5]],
      [[0, 7]],
      [[0, 2], [1, 3], [3, 4]],
      [[0, 1]],
    ]);
  });

  it('keeps actors without arcs as empty rows, and builds an empty network', () => {
    const g = build(3, [[2, 0, 1]]);
    expect(Array.from(g.outOffsets)).toEqual([0, 0, 0, 1]);
    expect(Array.from(g.inOffsets)).toEqual([0, 1, 1, 1]);
    const empty = build(0, []);
    expect([empty.n, empty.m, Array.from(empty.outOffsets), Array.from(empty.inOffsets)]).toEqual([0, 0, [0], [0]]);
  });

  it('sorts long rows too (beyond any insertion-sort cut-off)', () => {
    const n = 200;
    const arcs: [number, number, number][] = [];
    for (let v = n - 1; v >= 1; v--) arcs.push([0, v, v], [v, 0, -v]);
    const g = build(n, arcs);
    const out0 = Array.from(g.outTargets.subarray(g.outOffsets[0]!, g.outOffsets[1]!));
    const in0 = Array.from(g.inTargets.subarray(g.inOffsets[0]!, g.inOffsets[1]!));
    const ascending = Array.from({ length: n - 1 }, (_, k) => k + 1);
    expect(out0).toEqual(ascending);
    expect(in0).toEqual(ascending);
    expect(Array.from(g.outWeights.subarray(0, n - 1))).toEqual(ascending);
    expect(Array.from(g.inWeights.subarray(0, n - 1))).toEqual(ascending.map((v) => -v));
  });

  it('throws on a self-loop, as model/network.ts does', () => {
    expect(() => build(3, [[0, 1, 1], [2, 2, 1]])).toThrow(/self-loop on actor index 2/);
  });

  it('throws on a repeated arc, but not on the reverse arc', () => {
    expect(() => build(3, [[0, 1, 1], [1, 0, 1]])).not.toThrow();
    expect(() => build(3, [[0, 1, 1], [2, 1, 1], [0, 1, 2]])).toThrow(/repeated arc 0→1/);
  });

  it('throws on an index outside the actors and on arrays of different lengths', () => {
    expect(() => build(2, [[0, 2, 1]])).toThrow(/outside 0\.\.1/);
    expect(() => build(2, [[-1, 0, 1]])).toThrow(/outside/);
    expect(() => buildDirectedCsr(2, Int32Array.of(0), Int32Array.of(1), new Float64Array(0))).toThrow(/differ in length/);
  });
});
