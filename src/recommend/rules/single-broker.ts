/**
 * single-broker (critical or warning; domain 6: single points of failure).
 * An articulation point v of the largest group that alone connects at least
 * `singleBroker.minGroup` actors to the centre of the partnership
 * (structure.ts: the actors whose every path to the centre passes v). Says
 * exactly which actors would be cut off and how many, whether the whole
 * group hangs on one tie, and a second tie to build: the cut-off neighbour
 * of v with the most ties and a neighbour of v on the centre's side
 * (preferring another group, then the most ties) — they already share v as
 * a contact. Critical when the group is at least `criticalShare` of the
 * largest group. When what stays is smaller than what is cut off (the broker
 * is the centre itself, as a hub in a star), the message says the
 * partnership falls apart and into how many parts. Largest groups first.
 */

import type { FindingOf, Rule } from '../types.js';
import { countByGroup, groupsOf, neighbours, rolesEvidence, sortedIds } from '../helpers.js';

export const singleBroker: Rule<'single-broker'> = {
  id: 'single-broker',
  run(ctx) {
    const { network: net, degree } = ctx;
    const t = ctx.thresholds.singleBroker;
    const s = ctx.structure();
    if (s.root === -1) return [];
    const brokers: number[] = [];
    for (let v = 0; v < net.n; v++) if (s.cutOff[v]! >= t.minGroup) brokers.push(v);
    brokers.sort((a, b) => s.cutOff[b]! - s.cutOff[a]! || a - b);
    const criticalAt = Math.max(t.minGroup, Math.ceil(t.criticalShare * s.size0));

    return brokers.map((v, rank): FindingOf<'single-broker'> => {
      const count = s.cutOff[v]!;
      const detailed = rank < ctx.thresholds.maxFindingsPerRule;
      const members = detailed ? s.cutOffMembers(v, Number.POSITIVE_INFINITY) : [];
      const inside: number[] = [];
      const outside: number[] = [];
      for (const x of neighbours(ctx, v)) (s.dependsOn(x, v) ? inside : outside).push(x);
      const viaTie = inside.length === 1 ? ctx.id(inside[0]!) : null;
      let suggestion: readonly [string, string] | null = null;
      if (detailed && inside.length > 0 && outside.length > 0) {
        const a = inside.reduce((best, x) => (degree[x]! > degree[best]! ? x : best));
        const ga = net.group[a]!;
        const score = (x: number): number => (ga >= 0 && net.group[x]! >= 0 && net.group[x] !== ga ? 1 : 0);
        const b = outside.reduce((best, x) =>
          score(x) > score(best) || (score(x) === score(best) && degree[x]! > degree[best]!) ? x : best,
        );
        suggestion = [ctx.id(a), ctx.id(b)];
      }
      const cutOffIds = sortedIds(ctx, members);
      const { parts, largest } = s.partsWithout(v);
      return {
        rule: 'single-broker',
        severity: count >= criticalAt ? 'critical' : 'warning',
        actors: sortedIds(ctx, [v, ...members]),
        groups: groupsOf(ctx, [v, ...members]),
        evidence: {
          metric: 'cutOff',
          value: count,
          threshold: t.minGroup,
          comparison: 'actors that reach the centre only through this actor; critical at criticalAt or more',
          criticalAt,
          largestGroup: s.size0,
          shareOfLargestGroup: count / s.size0,
          byGroup: countByGroup(ctx, members),
          tiesIntoGroup: inside.length,
          partsWithout: parts,
          largestPartWithout: largest,
          betweenness: ctx.betweenness[v]!,
          roles: detailed ? rolesEvidence(ctx, v) : null,
          suggestion: suggestion === null ? null : [...suggestion],
        },
        params: { broker: ctx.id(v), cutOff: cutOffIds, count, viaTie, suggestion, parts, largestPart: largest },
      };
    });
  },
};
