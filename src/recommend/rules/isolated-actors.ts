/**
 * isolated-actors (warning; domain 5: everyone affected takes part). An actor
 * with no tie at all: it is on the list of partners but not in the network.
 * One finding per isolate, with the largest-group actor who could give it a
 * first tie (linking.ts: most shared attribute values, then closeness).
 * A network of one actor has nothing to connect to: no finding.
 */

import type { FindingOf, Rule } from '../types.js';

export const isolatedActors: Rule<'isolated-actors'> = {
  id: 'isolated-actors',
  run(ctx) {
    const { network: net, degree } = ctx;
    if (net.n < 2) return [];
    const isolates: number[] = [];
    for (let i = 0; i < net.n; i++) if (degree[i] === 0) isolates.push(i);
    const linker = ctx.linker();
    return isolates.map((i, rank): FindingOf<'isolated-actors'> => {
      // Suggestions only for the findings the report keeps (bounded work).
      const link = rank < ctx.thresholds.maxFindingsPerRule ? linker.suggest([i]) : null;
      const g = net.group[i]!;
      return {
        rule: 'isolated-actors',
        severity: 'warning',
        actors: [ctx.id(i)],
        groups: g >= 0 ? [net.groupNames[g]!] : [],
        evidence: {
          metric: 'degree',
          value: 0,
          comparison: 'no ties',
          isolates: isolates.length,
          shareOfActors: isolates.length / net.n,
          contact: link === null ? null : ctx.id(link.contact),
          sharedAttributes: link === null ? [] : [...link.shared],
        },
        params: { actor: ctx.id(i), contact: link === null ? null : ctx.id(link.contact), shared: link?.shared ?? [] },
      };
    });
  },
};
