/**
 * potential-brokers (info; domain 3: the backbone activates and connects).
 * Actors with many non-redundant contacts spread over several groups who are
 * not yet central: candidates for a facilitation or bridge-building role.
 * Conditions (thresholds.ts potentialBrokers): at least `minDegree` ties; an
 * effective size (Burt 1992, the report's `effectiveSize`) at or above the
 * `effectiveSizeQuantile` (nearest rank) of actors with ties and above their
 * median (so that in a network where everyone is alike nobody is picked by
 * id); ties into at
 * least min(`minGroupsReached`, number of groups) groups when groups exist;
 * not in the top max(`centralMin`, ⌈`centralShare`·n⌉) by betweenness (the
 * ranking of the broker tables: actors with ties, betweenness descending, then
 * id; the text states the rank, never a vague "not among the most central"); not an
 * articulation point (single-broker already names those). The evidence
 * carries the Gould–Fernandez brokerage roles (brokerage.ts). At most `max`,
 * highest effective size first.
 */

import type { FindingOf, Rule } from '../types.js';
import { groupOf, rolesEvidence } from '../helpers.js';
import { mainRole, rolesOf } from '../brokerage.js';
import { byValueDescThenId } from '../../util/sort.js';

export const potentialBrokers: Rule<'potential-brokers'> = {
  id: 'potential-brokers',
  run(ctx) {
    const { network: net, degree, betweenness, effectiveSize, analysis } = ctx;
    const t = ctx.thresholds.potentialBrokers;
    const sizes: number[] = [];
    for (let i = 0; i < net.n; i++) if (degree[i]! > 0 && !Number.isNaN(effectiveSize[i]!)) sizes.push(effectiveSize[i]!);
    if (sizes.length === 0) return [];
    sizes.sort((a, b) => a - b);
    const quantile = sizes[Math.max(0, Math.ceil(t.effectiveSizeQuantile * sizes.length) - 1)]!;
    const median = sizes[Math.max(0, Math.ceil(0.5 * sizes.length) - 1)]!;

    // The ranking the report's broker tables show (sections.ts topBrokers):
    // actors with ties, betweenness descending, then id by code units, so the
    // rank the text states is the row the facilitator finds in the table.
    const withTies = Array.from({ length: net.n }, (_, i) => i).filter((i) => degree[i]! > 0);
    const byBetweenness = byValueDescThenId(withTies, (i) => betweenness[i]!, (i) => ctx.id(i));
    const rank = new Int32Array(net.n).fill(net.n);
    byBetweenness.forEach((i, r) => {
      rank[i] = r;
    });
    const central = Math.max(t.centralMin, Math.ceil(t.centralShare * net.n));
    const minGroups = ctx.groupCount >= 2 ? Math.min(t.minGroupsReached, ctx.groupCount) : 0;
    const brokerage = ctx.groupCount >= 2 ? ctx.brokerage() : null;

    const candidates: number[] = [];
    for (let i = 0; i < net.n; i++) {
      if (degree[i]! < t.minDegree || Number.isNaN(effectiveSize[i]!)) continue;
      if (effectiveSize[i]! < quantile - 1e-12 || effectiveSize[i]! <= median + 1e-12) continue;
      if (rank[i]! < central) continue;
      if (analysis.actors[ctx.id(i)]!.articulationPoint) continue;
      if (brokerage !== null && brokerage.groupsReached[i]! < minGroups) continue;
      candidates.push(i);
    }
    const participation = (i: number): number => analysis.actors[ctx.id(i)]!.participation ?? 0;
    candidates.sort((a, b) => effectiveSize[b]! - effectiveSize[a]! || participation(b) - participation(a) || a - b);

    return candidates.slice(0, t.max).map((i): FindingOf<'potential-brokers'> => {
      const group = groupOf(ctx, i);
      return {
        rule: 'potential-brokers',
        severity: 'info',
        actors: [ctx.id(i)],
        groups: group === null ? [] : [group],
        evidence: {
          metric: 'effectiveSize',
          value: effectiveSize[i]!,
          threshold: quantile,
          comparison: `value ≥ threshold (the ${t.effectiveSizeQuantile} quantile) and > median; betweenness rank > centralRanks`,
          median,
          degree: degree[i]!,
          groupsReached: brokerage === null ? null : brokerage.groupsReached[i]!,
          participation: analysis.actors[ctx.id(i)]!.participation,
          betweenness: betweenness[i]!,
          betweennessRank: rank[i]! + 1,
          centralRanks: central,
          roles: rolesEvidence(ctx, i),
        },
        params: {
          actor: ctx.id(i),
          degree: degree[i]!,
          effectiveSize: effectiveSize[i]!,
          groupsReached: brokerage === null ? 0 : brokerage.groupsReached[i]!,
          role: brokerage === null ? null : mainRole(rolesOf(brokerage, i)),
          betweennessRank: rank[i]! + 1,
          ranked: byBetweenness.length,
          centralRanks: central,
        },
      };
    });
  },
};
