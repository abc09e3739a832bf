/**
 * what-if-leaves (info; domain 6: relationships are the capacity to act).
 * For the articulation points that cut off the most actors
 * (`whatIf.maxCutPoints`) and the top brokers by betweenness
 * (`whatIf.maxBrokers`, among those with at least `brokerFactor` × the mean
 * betweenness: brokers that stand out, not the first ids of a network where
 * everyone is alike): how many actors would lose their connection to the
 * largest group if the actor left (structure.ts cutOff), how many ties would
 * go, and which group pairs would lose their only ties (every tie between
 * them touches the actor). Most actors cut off first, then betweenness.
 */

import type { FindingOf, Rule } from '../types.js';
import { countByGroup, groupsOf, rolesEvidence, sectorLinksLost, sortedIds } from '../helpers.js';

export const whatIfLeaves: Rule<'what-if-leaves'> = {
  id: 'what-if-leaves',
  run(ctx) {
    const { network: net, degree, betweenness } = ctx;
    const t = ctx.thresholds.whatIf;
    const s = ctx.structure();
    if (s.root === -1) return [];
    const all = Array.from({ length: net.n }, (_, i) => i);
    const cut = all.filter((i) => s.cutOff[i]! > 0).sort((a, b) => s.cutOff[b]! - s.cutOff[a]! || a - b).slice(0, t.maxCutPoints);
    const mean = all.reduce((sum, i) => sum + betweenness[i]!, 0) / Math.max(1, net.n);
    const brokers = all
      .filter((i) => betweenness[i]! > 0 && betweenness[i]! >= t.brokerFactor * mean - 1e-15 && betweenness[i]! > mean)
      .sort((a, b) => betweenness[b]! - betweenness[a]! || a - b)
      .slice(0, t.maxBrokers);
    const chosen = [...new Set([...cut, ...brokers])].sort(
      (a, b) => s.cutOff[b]! - s.cutOff[a]! || betweenness[b]! - betweenness[a]! || a - b,
    );

    return chosen.map((v): FindingOf<'what-if-leaves'> => {
      const members = s.cutOffMembers(v, Number.POSITIVE_INFINITY);
      const lost = sectorLinksLost(ctx, v);
      const { parts, largest } = s.partsWithout(v);
      return {
        rule: 'what-if-leaves',
        severity: 'info',
        actors: sortedIds(ctx, [v, ...members]),
        groups: groupsOf(ctx, [v, ...members]),
        evidence: {
          metric: 'cutOff',
          value: s.cutOff[v]!,
          comparison: 'actors that lose their connection to the largest group if this actor leaves',
          largestGroup: s.size0,
          shareOfLargestGroup: s.cutOff[v]! / s.size0,
          byGroup: countByGroup(ctx, members),
          partsWithout: parts,
          largestPartWithout: largest,
          tiesLost: degree[v]!,
          betweenness: betweenness[v]!,
          sectorLinksLost: lost,
          roles: rolesEvidence(ctx, v),
        },
        params: {
          actor: ctx.id(v),
          count: s.cutOff[v]!,
          parts,
          largestPart: largest,
          cutOff: sortedIds(ctx, members),
          ties: degree[v]!,
          betweenness: betweenness[v]!,
          sectorLinksLost: lost,
        },
      };
    });
  },
};
