/**
 * analysis/lowlink.ts: the lowlink depth-first search shared by cut-points.ts
 * and recommend/structure.ts. Expected arrays are traced by hand: triangle
 * a–b–c with a tail c–d (index order = id order; rows sorted, so from a the
 * search goes a → b → c → d), then an isolate e searched on the same state.
 */
import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../src/model/network.js';
import { createLowlinkState, searchLowlink } from '../../src/analysis/lowlink.js';
import { makeDataset } from '../helpers/shared.js';

describe('searchLowlink', () => {
  const net = buildNetwork(makeDataset([['a', 'b'], ['b', 'c'], ['a', 'c'], ['c', 'd']], { actors: ['e'] }));

  it('fills disc, low, parent, subtree sizes and pre-order for the root\'s component only', () => {
    const state = createLowlinkState(net.n);
    searchLowlink(net, 0, state);
    expect(state.time).toBe(4);
    expect(Array.from(state.disc)).toEqual([1, 2, 3, 4, 0]);
    // c climbs back to a by the non-tree tie c–a; d cannot climb above itself.
    expect(Array.from(state.low)).toEqual([1, 1, 1, 4, 0]);
    expect(Array.from(state.parent)).toEqual([-1, 0, 1, 2, -1]);
    expect(Array.from(state.sub)).toEqual([4, 3, 2, 1, 0]);
    expect(Array.from(state.order.subarray(0, state.time))).toEqual([0, 1, 2, 3]);
    // The tie d was reached by is c–d: a bridge (low[d] > disc[c]).
    const e = state.parentTie[3]!;
    expect([net.ids[net.tieSource[e]!], net.ids[net.tieTarget[e]!]]).toEqual(['c', 'd']);
  });

  it('continues numbering on the same state for the next component', () => {
    const state = createLowlinkState(net.n);
    searchLowlink(net, 0, state);
    searchLowlink(net, 4, state);
    expect(state.time).toBe(5);
    expect(state.disc[4]).toBe(5);
    expect(state.order[4]).toBe(4);
    expect(state.sub[4]).toBe(1);
    expect(state.parent[4]).toBe(-1);
  });

  it('searches a path of 200,000 actors without overflowing the call stack', () => {
    const ties: [string, string][] = [];
    const id = (i: number): string => `v${String(i).padStart(6, '0')}`;
    for (let i = 1; i < 200_000; i++) ties.push([id(i - 1), id(i)]);
    const path = buildNetwork(makeDataset(ties));
    const state = createLowlinkState(path.n);
    searchLowlink(path, 0, state);
    expect(state.time).toBe(200_000);
    expect(state.sub[0]).toBe(200_000);
    expect(state.low[199_999]).toBe(200_000);
  });
});
