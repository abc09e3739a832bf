/**
 * recommend/brokerage: Gould–Fernandez roles by counting, checked against
 * pairs enumerated by hand.
 *
 * v (group G) has neighbours a (G), e (G), b (X), c (X), d (Y); b–c is tied.
 * Open pairs of v: a–e coordinator; b–c is closed (an itinerant pair, but
 * not brokered); a–b a–c a–d e–b e–c e–d gatekeeper/representative (6);
 * b–d c–d liaison (2).
 */
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../helpers/shared.js';
import { buildNetwork } from '../../src/model/network.js';
import { computeBrokerage, mainRole, rolesOf } from '../../src/recommend/brokerage.js';

const actors = [
  { id: 'v', sector: 'G' },
  { id: 'a', sector: 'G' },
  { id: 'e', sector: 'G' },
  { id: 'b', sector: 'X' },
  { id: 'c', sector: 'X' },
  { id: 'd', sector: 'Y' },
  { id: 'f', sector: 'X' },
];

describe('computeBrokerage', () => {
  it('counts open two-paths by the groups of their ends', () => {
    const net = buildNetwork(makeDataset([['v', 'a'], ['v', 'e'], ['v', 'b'], ['v', 'c'], ['v', 'd'], ['b', 'c']], { actors, groupBy: 'sector' }));
    const r = computeBrokerage(net);
    const v = rolesOf(r, net.indexOf.get('v')!);
    expect(v).toEqual({ coordinator: 1, gatekeeper: 6, representative: 6, itinerant: 0, liaison: 2 });
    expect(mainRole(v)).toBe('gatekeeper');
    expect(r.groupsReached[net.indexOf.get('v')!]).toBe(3);
    // b: neighbours v (G) and c (X), tied to each other: nothing to broker.
    expect(rolesOf(r, net.indexOf.get('b')!)).toEqual({ coordinator: 0, gatekeeper: 0, representative: 0, itinerant: 0, liaison: 0 });
  });
  it('counts an itinerant pair: two ends in one other group', () => {
    // f (X) brokers between v (G) and a (G), which are tied — and e (G), which is not tied to a.
    const net = buildNetwork(makeDataset([['f', 'a'], ['f', 'e'], ['f', 'v'], ['v', 'a']], { actors, groupBy: 'sector' }));
    const f = rolesOf(computeBrokerage(net), net.indexOf.get('f')!);
    expect(f).toEqual({ coordinator: 0, gatekeeper: 0, representative: 0, itinerant: 2, liaison: 0 });
    expect(mainRole(f)).toBe('itinerant');
  });
  it('gives no roles without a group column', () => {
    const net = buildNetwork(makeDataset([['v', 'a'], ['v', 'b']]));
    const r = computeBrokerage(net);
    expect(rolesOf(r, net.indexOf.get('v')!)).toEqual({ coordinator: 0, gatekeeper: 0, representative: 0, itinerant: 0, liaison: 0 });
    expect(mainRole(rolesOf(r, 0))).toBeNull();
  });
});
