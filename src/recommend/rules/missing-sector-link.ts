/**
 * missing-sector-link (warning; domain 2 and 5). Two groups with no tie
 * between them at all, from the group × group tie matrix. Only with 2 to
 * `missingLink.maxGroups` groups (beyond that the column is not a sector),
 * and only between groups with members in the largest group (a group of
 * isolates or a detached group is named by isolated-actors or
 * detached-groups, not once more per other group). Suggests the best introduction across the
 * gap (introductions.ts: shared contacts, Adamic–Adar), when one exists.
 * Largest gaps (actorsA × actorsB) first.
 */

import type { FindingOf, Rule } from '../types.js';
import { sharedContacts } from '../introductions.js';
import { smallGroups, smallGroupsEvidence } from '../helpers.js';

export const missingSectorLink: Rule<'missing-sector-link'> = {
  id: 'missing-sector-link',
  run(ctx) {
    const { network: net, analysis } = ctx;
    const G = ctx.groupCount;
    if (G < 2 || G > ctx.thresholds.missingLink.maxGroups) return [];
    const pairs: [number, number][] = [];
    for (let a = 0; a < G; a++) {
      for (let b = a + 1; b < G; b++) {
        if (ctx.groupInLargest(a) && ctx.groupInLargest(b) && ctx.tiesBetween(a, b) === 0) pairs.push([a, b]);
      }
    }
    if (pairs.length === 0) return [];
    const size = (g: number): number => analysis.groups[net.groupNames[g]!]?.actors ?? 0;
    pairs.sort((x, y) => size(y[0]) * size(y[1]) - size(x[0]) * size(x[1]) || x[0] - y[0] || x[1] - y[1]);
    const best = ctx.introductions().bestForMissing;

    return pairs.map(([a, b]): FindingOf<'missing-sector-link'> => {
      const candidate = best.get(a * G + b);
      let suggestion: { a: string; b: string; common: number } | null = null;
      let evidenceSuggestion = null;
      if (candidate !== undefined) {
        // Orient the pair as (member of A, member of B).
        const [x, y] = net.group[candidate.a] === a ? [candidate.a, candidate.b] : [candidate.b, candidate.a];
        const common = sharedContacts(ctx, x, y).length;
        suggestion = { a: ctx.id(x), b: ctx.id(y), common };
        evidenceSuggestion = { actors: [ctx.id(x), ctx.id(y)], sharedContacts: common, adamicAdar: candidate.adamicAdar };
      }
      const groupA = net.groupNames[a]!;
      const groupB = net.groupNames[b]!;
      const small = smallGroups(ctx, [groupA, groupB]);
      return {
        rule: 'missing-sector-link',
        severity: 'warning',
        actors: suggestion === null ? [] : [suggestion.a, suggestion.b].sort((p, q) => (p < q ? -1 : p > q ? 1 : 0)),
        groups: [groupA, groupB],
        evidence: {
          metric: 'tiesBetweenGroups',
          value: 0,
          threshold: 1,
          comparison: 'value < threshold',
          actorsA: size(a),
          actorsB: size(b),
          suggestion: evidenceSuggestion,
          smallGroups: smallGroupsEvidence(small),
        },
        params: { groupA, groupB, actorsA: size(a), actorsB: size(b), suggestion, smallGroups: small },
      };
    });
  },
};
