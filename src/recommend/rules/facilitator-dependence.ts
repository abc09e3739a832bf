/**
 * facilitator-dependence (warning or info; domain 1 and 3: an independent
 * backbone builds relationships between the partners instead of becoming
 * their only route). Only with --facilitator ID. The share of cross-group
 * shortest paths through the facilitator (../dependence.ts), the share of
 * cross-group pairs whose every shortest path runs through it, and what
 * breaks without it: the actors cut off from the largest group
 * (structure.ts) and the group pairs that would lose their only ties.
 * Warning when the share is at least `facilitator.warnShare` or anyone would
 * be cut off; information otherwise (the user asked, so it is always reported).
 */

import type { FindingOf, Rule } from '../types.js';
import { computeDependence } from '../dependence.js';
import { groupsOf, rolesEvidence, sectorLinksLost, sortedIds } from '../helpers.js';

export const facilitatorDependence: Rule<'facilitator-dependence'> = {
  id: 'facilitator-dependence',
  run(ctx) {
    if (ctx.facilitator === null) return [];
    const f = ctx.network.indexOf.get(ctx.facilitator);
    if (f === undefined) return [];
    const t = ctx.thresholds.facilitator;
    const dep = computeDependence(ctx.network, f, ctx.componentOf, t);
    const s = ctx.structure();
    const count = s.cutOff[f]!;
    const members = count > 0 ? s.cutOffMembers(f, Number.POSITIVE_INFINITY) : [];
    const lost = sectorLinksLost(ctx, f);
    const strong = dep.share >= t.warnShare || count > 0;
    const finding: FindingOf<'facilitator-dependence'> = {
      rule: 'facilitator-dependence',
      severity: strong ? 'warning' : 'info',
      actors: sortedIds(ctx, [f, ...members]),
      groups: groupsOf(ctx, [f, ...members]),
      evidence: {
        metric: dep.crossGroup ? 'crossGroupPathShare' : 'pathShare',
        value: dep.share,
        threshold: t.warnShare,
        comparison: 'warning when value ≥ threshold or cutOff > 0',
        allThrough: dep.allThrough,
        pairs: dep.pairs,
        exact: dep.exact,
        sources: dep.sources,
        cutOff: count,
        sectorLinksLost: lost,
        degree: ctx.degree[f]!,
        betweenness: ctx.betweenness[f]!,
        roles: rolesEvidence(ctx, f),
      },
      params: {
        actor: ctx.id(f),
        crossGroup: dep.crossGroup,
        share: dep.share,
        allThrough: dep.allThrough,
        count,
        cutOff: sortedIds(ctx, members),
        sectorLinksLost: lost,
        exact: dep.exact,
        strong,
      },
    };
    return [finding];
  },
};
