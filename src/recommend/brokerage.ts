/**
 * Brokerage roles by group (Gould & Fernandez 1989, "Structures of
 * mediation: a formal approach to brokerage in transaction networks",
 * Sociological Methodology 19). Actor v brokers an *open* two-path a–v–c (a
 * and c are not tied to each other); the role follows from the groups of a,
 * v and c:
 *   coordinator     a, v, c all in the same group
 *   itinerant       a and c in one group, v in another (also "consultant")
 *   representative  a in v's group, c in another (v carries its group's ties out)
 *   gatekeeper      a in another group, c in v's group (v lets others in)
 *   liaison         a, v, c in three different groups
 * Gould & Fernandez define these on directed ties. tuff's ties are undirected,
 * so an open pair with exactly one end in v's group is both a representative
 * and a gatekeeper pair (read in its two directions): the two counts are equal
 * here, and "gatekeeper/representative" is one role in the messages.
 *
 * Counting without enumerating neighbour pairs (hubs would cost k²): per actor,
 * count its neighbours per group (k_s), which gives ALL neighbour pairs by
 * category in O(k) — C(k_own, 2); Σ_{s≠own} C(k_s, 2); k_own·k_other;
 * (k_other² − Σ_{s≠own} k_s²)/2 — then subtract the CLOSED pairs, found once
 * each by the triangle listing shared with clustering (O(m·√m)): in triangle
 * {a, b, c} the pair opposite each corner is closed for that corner.
 * Actors without a group value take no role and neighbours without one are
 * not counted; with no group column every count is 0.
 */

import type { Network } from '../model/network.js';
import { forEachTriangle } from '../analysis/triangles.js';
import type { BrokerageRole, BrokerageRoles } from './types.js';

export interface BrokerageResult {
  readonly coordinator: Float64Array;
  readonly itinerant: Float64Array;
  /** Equal to `gatekeeper` on undirected ties (see header). */
  readonly representative: Float64Array;
  readonly gatekeeper: Float64Array;
  readonly liaison: Float64Array;
  /** Distinct groups among each actor's neighbours (the actor's own group counts when a neighbour is in it). */
  readonly groupsReached: Int32Array;
}

export const ROLE_ORDER: readonly BrokerageRole[] = Object.freeze([
  'liaison',
  'gatekeeper',
  'representative',
  'itinerant',
  'coordinator',
]);

export function computeBrokerage(net: Network): BrokerageResult {
  const { n, offsets, targets, group, groupNames } = net;
  const coordinator = new Float64Array(n);
  const itinerant = new Float64Array(n);
  const boundary = new Float64Array(n);
  const liaison = new Float64Array(n);
  const groupsReached = new Int32Array(n);
  const G = groupNames.length;
  if (G === 0) {
    return { coordinator, itinerant, representative: boundary, gatekeeper: boundary, liaison, groupsReached };
  }

  const count = new Int32Array(G);
  const touched = new Int32Array(G);
  for (let v = 0; v < n; v++) {
    const gv = group[v]!;
    let nTouched = 0;
    const end = offsets[v + 1]!;
    for (let p = offsets[v]!; p < end; p++) {
      const g = group[targets[p]!]!;
      if (g < 0) continue;
      if (count[g] === 0) touched[nTouched++] = g;
      count[g]! += 1;
    }
    groupsReached[v] = nTouched;
    if (gv >= 0) {
      const own = count[gv]!;
      let other = 0;
      let sameOtherPairs = 0;
      let sumSq = 0;
      for (let t = 0; t < nTouched; t++) {
        const g = touched[t]!;
        if (g === gv) continue;
        const k = count[g]!;
        other += k;
        sameOtherPairs += (k * (k - 1)) / 2;
        sumSq += k * k;
      }
      coordinator[v] = own > 1 ? (own * (own - 1)) / 2 : 0; // never −0
      itinerant[v] = sameOtherPairs;
      boundary[v] = own * other;
      liaison[v] = (other * other - sumSq) / 2;
    }
    for (let t = 0; t < nTouched; t++) count[touched[t]!] = 0;
  }

  const close = (v: number, a: number, c: number): void => {
    const gv = group[v]!;
    const ga = group[a]!;
    const gc = group[c]!;
    if (gv < 0 || ga < 0 || gc < 0) return;
    if (ga === gv && gc === gv) coordinator[v]! -= 1;
    else if (ga === gc) itinerant[v]! -= 1;
    else if (ga === gv || gc === gv) boundary[v]! -= 1;
    else liaison[v]! -= 1;
  };
  forEachTriangle(net, (a, b, c) => {
    close(a, b, c);
    close(b, a, c);
    close(c, a, b);
  });

  return { coordinator, itinerant, representative: boundary, gatekeeper: boundary, liaison, groupsReached };
}

export function rolesOf(result: BrokerageResult, i: number): BrokerageRoles {
  return {
    coordinator: result.coordinator[i]!,
    gatekeeper: result.gatekeeper[i]!,
    representative: result.representative[i]!,
    itinerant: result.itinerant[i]!,
    liaison: result.liaison[i]!,
  };
}

/** The role with the most open pairs (ties: the order of ROLE_ORDER, cross-group roles first), or null. */
export function mainRole(roles: BrokerageRoles): BrokerageRole | null {
  let best: BrokerageRole | null = null;
  for (const role of ROLE_ORDER) {
    if (roles[role] > 0 && (best === null || roles[role] > roles[best])) best = role;
  }
  return best;
}
