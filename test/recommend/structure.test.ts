/**
 * recommend/structure: the DFS from the centre. Hand-derived on an 8-actor
 * graph: a c-side (c1 c2 c3 c4, hanging on c2) and a d-side (d1 d2 + leaf)
 * joined at b, the centre:
 *
 *   c4 — c1 — c2 — b — d1
 *    \   |   /     \  |
 *      c3          d2 — leaf      (c1–c3, c2–c3, c3–c4, b–d2, d1–d2)
 *
 * With b as the centre: removing b leaves the c-side (4, kept) and the
 * d-side (3, cut off); c2 cuts off c1 c3 c4; d2 cuts off leaf. Bridges:
 * b–c2 and d2–leaf.
 */
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../helpers/shared.js';
import { buildNetwork } from '../../src/model/network.js';
import { computeStructure } from '../../src/recommend/structure.js';

const dataset = makeDataset([
  ['c1', 'c2'], ['c2', 'c3'], ['c1', 'c3'], ['c1', 'c4'], ['c3', 'c4'], ['c2', 'b'],
  ['b', 'd1'], ['b', 'd2'], ['d1', 'd2'], ['d2', 'leaf'],
]);
const net = buildNetwork(dataset);
const ix = (id: string): number => net.indexOf.get(id)!;
const ids = (list: readonly number[]): string[] => list.map((i) => net.ids[i]!);
const closeness = new Float64Array(net.n).fill(0.1);
closeness[ix('b')] = 0.9;
const s = computeStructure(net, new Int32Array(net.n), closeness);

describe('computeStructure', () => {
  it('roots the search at the actor with the highest closeness', () => {
    expect(s.root).toBe(ix('b'));
    expect(s.size0).toBe(8);
  });
  it('counts the actors that reach the centre only through each actor', () => {
    const cut = Object.fromEntries(net.ids.map((id, i) => [id, s.cutOff[i]]));
    expect(cut).toEqual({ b: 3, c1: 0, c2: 3, c3: 0, c4: 0, d1: 0, d2: 1, leaf: 0 });
    expect(ids(s.cutOffMembers(ix('b'), 100))).toEqual(['d1', 'd2', 'leaf']);
    expect(ids(s.cutOffMembers(ix('c2'), 100))).toEqual(['c1', 'c3', 'c4']);
    expect(ids(s.cutOffMembers(ix('c2'), 2))).toEqual(['c1', 'c3']);
  });
  it('gives the parts each actor would leave behind', () => {
    expect(s.partsWithout(ix('b'))).toEqual({ parts: 2, largest: 4 });
    expect(s.partsWithout(ix('c2'))).toEqual({ parts: 2, largest: 4 });
    expect(s.partsWithout(ix('c1'))).toEqual({ parts: 1, largest: 7 });
  });
  it('finds the outermost and innermost gate of every actor', () => {
    const outer = Object.fromEntries(net.ids.map((id, i) => [id, s.gateOuter[i] === -1 ? null : net.ids[s.gateOuter[i]!]]));
    const inner = Object.fromEntries(net.ids.map((id, i) => [id, s.gateInner[i] === -1 ? null : net.ids[s.gateInner[i]!]]));
    expect(outer).toEqual({ b: null, c1: 'c2', c2: null, c3: 'c2', c4: 'c2', d1: 'b', d2: 'b', leaf: 'b' });
    expect(inner).toEqual({ b: null, c1: 'c2', c2: null, c3: 'c2', c4: 'c2', d1: 'b', d2: 'b', leaf: 'd2' });
  });
  it('answers dependsOn and pieceOf', () => {
    expect(s.dependsOn(ix('leaf'), ix('d2'))).toBe(true);
    expect(s.dependsOn(ix('leaf'), ix('d1'))).toBe(false);
    expect(s.dependsOn(ix('c4'), ix('c2'))).toBe(true);
    expect(s.dependsOn(ix('c1'), ix('b'))).toBe(false);
    expect(s.dependsOn(ix('d2'), ix('b'))).toBe(true);
    expect(s.pieceOf(ix('c3'), ix('c2'))).toBe(s.pieceOf(ix('c4'), ix('c2')));
    expect(s.pieceOf(ix('b'), ix('c2'))).toBe(-1);
  });
  it('lists the bridges by the size of their far side', () => {
    expect(s.bridgeChildren.map((c) => [net.ids[s.parent[c]!], net.ids[c]])).toEqual([
      ['b', 'c2'],
      ['d2', 'leaf'],
    ]);
    expect(ids(s.subtreeMembers(ix('c2'), 10))).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(ids(s.outsideSubtree(ix('c2'), 10))).toEqual(['b', 'd1', 'd2', 'leaf']);
  });
  it('handles the empty network, one actor and a network without ties', () => {
    for (const d of [makeDataset([]), makeDataset([], { actors: ['x'] }), makeDataset([], { actors: ['x', 'y'] })]) {
      const n = buildNetwork(d);
      const empty = computeStructure(n, new Int32Array(n.n).map((_, i) => i), new Float64Array(n.n));
      expect(empty.root).toBe(-1);
      expect(empty.bridgeChildren).toEqual([]);
      expect(Array.from(empty.cutOff).every((c) => c === 0)).toBe(true);
    }
  });
  it('walks a 200,000-actor path without overflowing the stack', () => {
    const n = 200_000;
    const name = (i: number): string => `p${String(i).padStart(6, '0')}`;
    const path = makeDataset(Array.from({ length: n - 1 }, (_, i) => [name(i), name(i + 1)] as const));
    const pn = buildNetwork(path);
    const c = new Float64Array(n);
    c[n >> 1] = 1;
    const ps = computeStructure(pn, new Int32Array(n), c);
    expect(ps.cutOff[(n >> 1) - 1]).toBe((n >> 1) - 1);
    expect(ps.bridgeChildren.length).toBe(n - 1);
  });
});
