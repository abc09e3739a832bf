/**
 * Group mixing by the groupBy attribute (net.group / net.groupNames):
 * Krackhardt–Stern E-I index per actor, per group and for the network
 * (Krackhardt & Stern 1988, "Informal networks and organizational crises"),
 * and Guimerà–Amaral participation (Guimerà & Amaral 2005, "Functional
 * cartography of complex metabolic networks"). O(n + m + number of groups).
 *
 * Ties are COUNTED (weights ignored). A tie is internal when both ends have
 * the same group value, external when both have a value and the values differ.
 * - actor E-I = (E_i − I_i)/(E_i + I_i) over the actor's ties.
 * - participation P_i = 1 − Σ_s (k_is/k_i)², k_is = ties of i to actors in
 *   group s (own group included), k_i = Σ_s k_is.
 * - groups[g] = {actors with value g, internal ties, ties with exactly one end
 *   in g (the other end in another group), E-I of those; null with no ties}.
 * - eiIndex = (E − I)/(E + I) over all ties; groupTies = {internal: I, external: E}.
 *
 * Edge cases (decided here):
 * - No groupBy (groupNames empty, which also covers a groupBy column that is
 *   empty for everyone): groups {}, eiIndex null, actorEi and participation
 *   all null, groupTies {0, 0}.
 * - An actor without a group value (group −1) belongs to no group. Every tie
 *   with such an end is neither internal nor external: it is left out of
 *   every count above, including k_i and k_is of its other end (so k_i is
 *   the number of ties to grouped actors, and P_i stays in [0, 1 − 1/#groups]).
 *   The ungrouped actor's own E-I and participation are null.
 * - null for an actor with no counted tie: isolates, and actors whose
 *   neighbours are all ungrouped. Network eiIndex is null when no tie is
 *   counted (e.g. no ties at all).
 * `groups` keys are inserted in code-unit order (groupNames is sorted); note
 * that JavaScript objects list integer-like keys ("2", "10") first in numeric
 * order whatever the insertion order, so renderers should sort keys themselves.
 */

import type { GroupStats } from '../types.js';
import type { Network } from '../model/network.js';

export type GroupsResult = {
  readonly actorEi: (number | null)[];
  readonly participation: (number | null)[];
  readonly groups: Record<string, GroupStats>;
  readonly eiIndex: number | null;
  readonly groupTies: { internal: number; external: number };
};

export function computeGroups(net: Network): GroupsResult {
  const { n, m, offsets, targets, group, groupNames, tieSource, tieTarget } = net;
  const actorEi: (number | null)[] = new Array<number | null>(n).fill(null);
  const participation: (number | null)[] = new Array<number | null>(n).fill(null);
  const numGroups = groupNames.length;
  if (numGroups === 0) {
    return { actorEi, participation, groups: {}, eiIndex: null, groupTies: { internal: 0, external: 0 } };
  }

  const members = new Int32Array(numGroups);
  for (let i = 0; i < n; i++) {
    const g = group[i]!;
    if (g >= 0) members[g]! += 1;
  }

  const internalOf = new Int32Array(numGroups);
  const externalOf = new Int32Array(numGroups);
  let internal = 0;
  let external = 0;
  for (let e = 0; e < m; e++) {
    const gu = group[tieSource[e]!]!;
    const gv = group[tieTarget[e]!]!;
    if (gu < 0 || gv < 0) continue;
    if (gu === gv) {
      internal++;
      internalOf[gu]! += 1;
    } else {
      external++;
      externalOf[gu]! += 1;
      externalOf[gv]! += 1;
    }
  }

  // Per actor: counts per neighbouring group in a scratch array, reset via the touched list.
  const count = new Int32Array(numGroups);
  const touched = new Int32Array(numGroups);
  for (let i = 0; i < n; i++) {
    const gi = group[i]!;
    if (gi < 0) continue;
    let same = 0;
    let k = 0;
    let nTouched = 0;
    const end = offsets[i + 1]!;
    for (let p = offsets[i]!; p < end; p++) {
      const g = group[targets[p]!]!;
      if (g < 0) continue;
      k++;
      if (g === gi) same++;
      if (count[g] === 0) touched[nTouched++] = g;
      count[g]! += 1;
    }
    if (k === 0) continue;
    actorEi[i] = (k - same - same) / k;
    let sumSq = 0;
    for (let t = 0; t < nTouched; t++) {
      const g = touched[t]!;
      const share = count[g]! / k;
      sumSq += share * share;
      count[g] = 0;
    }
    participation[i] = 1 - sumSq;
  }

  const groups: Record<string, GroupStats> = Object.create(null) as Record<string, GroupStats>; // ids/names as keys: no prototype, so `__proto__`, `constructor` … are ordinary keys
  for (let g = 0; g < numGroups; g++) {
    const I = internalOf[g]!;
    const E = externalOf[g]!;
    groups[groupNames[g]!] = {
      actors: members[g]!,
      internalTies: I,
      externalTies: E,
      eiIndex: I + E === 0 ? null : (E - I) / (E + I),
    };
  }
  const eiIndex = internal + external === 0 ? null : (external - internal) / (external + internal);
  return { actorEi, participation, groups, eiIndex, groupTies: { internal, external } };
}
