/**
 * named-not-naming (info; directed answers; domain 1, 3). Respondents whom
 * many name but who name few themselves — seen as central partners, or
 * answering briefly — and the reverse: respondents who name many who do not
 * name them — reaching out more than they are reached. Either is a
 * conversation for the backbone (how do you see your place?), not a verdict.
 * Thresholds relative to the network (thresholds.namedNotNaming); one finding
 * per direction naming everyone concerned, most lopsided first.
 */

import type { FindingOf, NamingCounts, Rule } from '../types.js';
import { groupsOf, sortedIds } from '../helpers.js';

export const namedNotNaming: Rule<'named-not-naming'> = {
  id: 'named-not-naming',
  run(ctx) {
    const directed = ctx.analysis.directed;
    if (directed === undefined) return [];
    const net = ctx.network;
    const t = ctx.thresholds.namedNotNaming;
    const inDegree = new Int32Array(net.n);
    const outDegree = new Int32Array(net.n);
    const respondent = new Uint8Array(net.n);
    for (let i = 0; i < net.n; i++) {
      const m = directed.actors[net.ids[i]!]!;
      inDegree[i] = m.inDegree;
      outDegree[i] = m.outDegree;
      respondent[i] = m.respondent === false ? 0 : 1;
    }
    const found: FindingOf<'named-not-naming'>[] = [];
    for (const direction of ['named', 'naming'] as const) {
      const big = direction === 'named' ? inDegree : outDegree;
      const small = direction === 'named' ? outDegree : inDegree;
      const level = Math.max(t.minTies, quantile(big, t.quantile));
      const chosen: number[] = [];
      for (let i = 0; i < net.n; i++) {
        if (respondent[i] === 0) continue;
        if (big[i]! >= level && small[i]! <= t.ratio * big[i]!) chosen.push(i);
      }
      if (chosen.length === 0) continue;
      chosen.sort((a, b) => big[b]! - small[b]! - (big[a]! - small[a]!) || a - b);
      const counts = (i: number): NamingCounts => ({ actor: ctx.id(i), named: inDegree[i]!, names: outDegree[i]! });
      found.push({
        rule: 'named-not-naming',
        severity: 'info',
        actors: sortedIds(ctx, chosen),
        groups: groupsOf(ctx, chosen),
        evidence: {
          metric: direction === 'named' ? 'inDegree' : 'outDegree',
          value: chosen.length,
          threshold: level,
          comparison: `${direction === 'named' ? 'inDegree' : 'outDegree'} ≥ threshold and ${direction === 'named' ? 'outDegree' : 'inDegree'} ≤ ratio × it`,
          ratio: t.ratio,
          actors: chosen.slice(0, ctx.thresholds.maxActorsPerFinding).map((i) => ({ ...counts(i) })),
        },
        params: { direction, actors: chosen.slice(0, t.maxActors).map(counts), count: chosen.length },
      });
    }
    return found;
  },
};

/** The q-quantile of the values (lower of the two middle ranks; nearest rank), 0 for none. */
function quantile(values: Int32Array, q: number): number {
  if (values.length === 0) return 0;
  const sorted = Int32Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))]!;
}
