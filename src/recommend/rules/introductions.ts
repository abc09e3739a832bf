/**
 * introductions (info; domain 3: "who to introduce to whom"). The ranked
 * pairs of ../introductions.ts: actors in different groups, not tied, who
 * share contacts, preferring pairs that link two groups never tied, give a
 * group a second route around its single broker, bring a vulnerable actor on
 * the edge closer, or join two informal clusters; then by Adamic–Adar. The
 * shared contacts named are the ones with the fewest ties (the most telling).
 */

import type { FindingOf, Rule } from '../types.js';
import { groupOf, groupsOf, smallGroups, smallGroupsEvidence } from '../helpers.js';
import { sharedContacts } from '../introductions.js';

export const introductions: Rule<'introductions'> = {
  id: 'introductions',
  run(ctx) {
    const result = ctx.introductions();
    const { degree } = ctx;
    return result.pairs.map((c): FindingOf<'introductions'> => {
      const shared = sharedContacts(ctx, c.a, c.b);
      const named = [...shared].sort((x, y) => degree[x]! - degree[y]! || x - y).slice(0, 3).sort((x, y) => x - y);
      // With fewer than two groups the pair is across Louvain communities, not groups.
      const ga = ctx.groupCount >= 2 ? groupOf(ctx, c.a) : null;
      const gb = ctx.groupCount >= 2 ? groupOf(ctx, c.b) : null;
      const groups = groupsOf(ctx, [c.a, c.b]);
      const small = c.reasons.includes('new-sector-link') ? smallGroups(ctx, [ga, gb]) : [];
      return {
        rule: 'introductions',
        severity: 'info',
        actors: [ctx.id(c.a), ctx.id(c.b)],
        groups,
        evidence: {
          metric: 'adamicAdar',
          value: c.adamicAdar,
          comparison: 'ranked by number of reasons, then Adamic–Adar',
          sharedContacts: c.common,
          reasons: [...c.reasons],
          around: c.around === -1 ? null : ctx.id(c.around),
          vulnerable: c.vulnerable === -1 ? null : ctx.id(c.vulnerable),
          searchComplete: result.complete,
          smallGroups: smallGroupsEvidence(small),
        },
        params: {
          a: ctx.id(c.a),
          b: ctx.id(c.b),
          groupA: ga,
          groupB: gb,
          common: named.map(ctx.id),
          commonCount: c.common,
          reasons: c.reasons,
          around: c.around === -1 ? null : ctx.id(c.around),
          vulnerable: c.vulnerable === -1 ? null : ctx.id(c.vulnerable),
          smallGroups: small,
        },
      };
    });
  },
};
