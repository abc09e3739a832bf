/**
 * unconfirmed-ties (info; directed answers; domain 3: the backbone builds
 * relationships and a shared picture of the partnership). A tie one
 * respondent reports and the other respondent does not: the two see their
 * relationship differently. Not an error in the data but a topic for the next
 * network meeting. Ties to non-respondents are left out (they could not
 * confirm; low-response-rate covers them). One finding for all of them: the
 * strongest three as examples, the actors with most such ties, the count.
 */

import type { FindingOf, Rule } from '../types.js';
import { compareCodeUnits } from '../../util/sort.js';

export const unconfirmedTies: Rule<'unconfirmed-ties'> = {
  id: 'unconfirmed-ties',
  run(ctx) {
    const data = ctx.dataset.directed;
    const directed = ctx.analysis.directed;
    if (data === undefined || directed === undefined) return [];
    const answered = (id: string): boolean => directed.actors[id]?.respondent !== false;
    const keys = new Set(data.arcs.map((a) => `${a.source}\u0000${a.target}`));
    let total = 0;
    const open: { source: string; target: string; weight: number }[] = [];
    for (const arc of data.arcs) {
      if (!answered(arc.source) || !answered(arc.target)) continue;
      total++;
      if (!keys.has(`${arc.target}\u0000${arc.source}`)) open.push(arc);
    }
    if (open.length === 0 || open.length < ctx.thresholds.unconfirmedTies.minShare * total) return [];
    open.sort((a, b) => b.weight - a.weight || compareCodeUnits(a.source, b.source) || compareCodeUnits(a.target, b.target));
    const perActor = new Map<string, number>();
    for (const a of open) {
      perActor.set(a.source, (perActor.get(a.source) ?? 0) + 1);
      perActor.set(a.target, (perActor.get(a.target) ?? 0) + 1);
    }
    const most = [...perActor.entries()].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0])).slice(0, 3).map(([id]) => id);
    const cap = ctx.thresholds.maxActorsPerFinding;
    const actors = [...perActor.keys()].sort(compareCodeUnits).slice(0, cap);
    const groups = new Set<string>();
    for (const id of perActor.keys()) {
      const g = ctx.network.group[ctx.network.indexOf.get(id)!]!;
      if (g >= 0) groups.add(ctx.network.groupNames[g]!);
    }
    const finding: FindingOf<'unconfirmed-ties'> = {
      rule: 'unconfirmed-ties',
      severity: 'info',
      actors,
      groups: [...groups].sort(compareCodeUnits),
      evidence: {
        metric: 'unconfirmedShare',
        value: open.length / total,
        threshold: ctx.thresholds.unconfirmedTies.minShare,
        comparison: 'value ≥ threshold (ties between respondents reported by one side only)',
        unconfirmed: open.length,
        tiesBetweenRespondents: total,
        reciprocityAmongRespondents: directed.responses?.reciprocityAmongRespondents ?? directed.summary.reciprocity,
        ties: open.slice(0, cap).map((a) => ({ reports: a.source, named: a.target, weight: a.weight })),
      },
      params: {
        count: open.length,
        total,
        examples: open.slice(0, 3).map((a) => [a.source, a.target] as const),
        most,
      },
    };
    return [finding];
  },
};
