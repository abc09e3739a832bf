/**
 * low-response-rate (info / warning / critical; directed answers; domain 5:
 * everyone affected takes part). Below thresholds.lowResponse.info of the
 * actors answered: every measure then rests partly on ties only the other
 * side reported. One finding naming every non-respondent, most named first
 * (their missing answers weigh most), to follow up personally.
 */

import type { FindingOf, Rule } from '../types.js';
import { groupsOf, sortedIds } from '../helpers.js';

export const lowResponseRate: Rule<'low-response-rate'> = {
  id: 'low-response-rate',
  run(ctx) {
    const directed = ctx.analysis.directed;
    const responses = directed?.responses;
    const rate = directed?.summary.responseRate;
    if (directed === undefined || responses == null || rate == null) return [];
    const t = ctx.thresholds.lowResponse;
    if (rate >= t.info || responses.nonRespondents.length === 0) return [];
    const net = ctx.network;
    const missing = responses.nonRespondents.map((id) => net.indexOf.get(id)!);
    const named = (i: number): number => directed.actors[net.ids[i]!]!.inDegree;
    const ranked = [...missing].sort((a, b) => named(b) - named(a) || a - b);
    const severity = rate < t.critical ? 'critical' : rate < t.warning ? 'warning' : 'info';
    const finding: FindingOf<'low-response-rate'> = {
      rule: 'low-response-rate',
      severity,
      actors: sortedIds(ctx, missing),
      groups: groupsOf(ctx, missing),
      evidence: {
        metric: 'responseRate',
        value: rate,
        threshold: t.info,
        comparison: 'value < threshold',
        warningBelow: t.warning,
        criticalBelow: t.critical,
        respondents: responses.respondents,
        actors: net.n,
        tiesKnownFromOneSide: responses.tiesKnownFromOneSide,
        nonRespondents: ranked.slice(0, ctx.thresholds.maxActorsPerFinding).map((i) => ({ actor: ctx.id(i), namedBy: named(i) })),
      },
      params: {
        rate,
        respondents: responses.respondents,
        total: net.n,
        followUp: ranked.map(ctx.id),
        count: ranked.length,
        oneSided: responses.tiesKnownFromOneSide,
      },
    };
    return [finding];
  },
};
