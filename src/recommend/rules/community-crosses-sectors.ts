/**
 * community-crosses-sectors (info; domain 2: results come from combining
 * resources across sectors). A Louvain community whose members come from
 * several groups and whose ties mostly join different groups is bridging
 * social capital at work: good practice the backbone can learn from and
 * build on. A community qualifies (thresholds.communityCrossesSectors) with
 * `minActors` or more members, grouped members from `minGroups` or more
 * groups, none holding more than `maxGroupShare` of them, and at least
 * `minCrossShare` of its internal ties (both ends grouped) joining different
 * groups. Needs `minGroups` to `maxGroups` groups in the network (more: the
 * column is not a sector, as for missing-sector-link). Names the members with
 * the most such ties (at most three); at most `maxFindings` communities,
 * most cross-group ties first.
 */

import type { FindingOf, Rule } from '../types.js';
import { sortedIds } from '../helpers.js';
import { compareCodeUnits } from '../../util/sort.js';

export const communityCrossesSectors: Rule<'community-crosses-sectors'> = {
  id: 'community-crosses-sectors',
  run(ctx) {
    const { network: net, community } = ctx;
    const t = ctx.thresholds.communityCrossesSectors;
    const G = ctx.groupCount;
    if (G < t.minGroups || G > t.maxGroups) return [];
    const clusters = ctx.clusters();
    const communities = clusters.length;
    const size = (c: number): number => clusters[c]!.length;
    // Members per group, for communities large enough only (sparse: a dense communities × groups table
    // would be O(n²) memory when the group column has nearly one value per actor).
    const perGroup = new Map<number, Map<number, number>>();
    for (let c = 0; c < communities; c++) {
      if (size(c) < t.minActors) continue;
      const counts = new Map<number, number>();
      for (const i of clusters[c]!) {
        const g = net.group[i]!;
        if (g >= 0) counts.set(g, (counts.get(g) ?? 0) + 1);
      }
      perGroup.set(c, counts);
    }
    const grouped = new Int32Array(communities); // internal ties with both ends grouped
    const cross = new Int32Array(communities);
    const crossOf = new Int32Array(net.n); // an actor's internal ties to other groups
    for (let e = 0; e < net.m; e++) {
      const a = net.tieSource[e]!;
      const b = net.tieTarget[e]!;
      const c = community[a]!;
      const ga = net.group[a]!;
      const gb = net.group[b]!;
      if (c !== community[b] || ga < 0 || gb < 0) continue;
      grouped[c]! += 1;
      if (ga !== gb) {
        cross[c]! += 1;
        crossOf[a]! += 1;
        crossOf[b]! += 1;
      }
    }

    const found: number[] = [];
    for (let c = 0; c < communities; c++) {
      if (size(c) < t.minActors || grouped[c] === 0) continue;
      const counts = perGroup.get(c)!;
      let members = 0;
      let most = 0;
      for (const k of counts.values()) {
        members += k;
        most = Math.max(most, k);
      }
      if (counts.size < t.minGroups || most > t.maxGroupShare * members + 1e-12) continue;
      if (cross[c]! < t.minCrossShare * grouped[c]! - 1e-12) continue;
      found.push(c);
    }
    found.sort((a, b) => cross[b]! - cross[a]! || a - b);

    return found.slice(0, t.maxFindings).map((c): FindingOf<'community-crosses-sectors'> => {
      const members = clusters[c]!;
      const leading = members.filter((i) => crossOf[i]! > 0).sort((a, b) => crossOf[b]! - crossOf[a]! || a - b).slice(0, 3);
      const groups = [...perGroup.get(c)!].map(([g, k]) => ({ group: net.groupNames[g]!, actors: k }));
      groups.sort((a, b) => b.actors - a.actors || compareCodeUnits(a.group, b.group));
      return {
        rule: 'community-crosses-sectors',
        severity: 'info',
        actors: sortedIds(ctx, members),
        groups: groups.map((g) => g.group).sort(compareCodeUnits),
        evidence: {
          metric: 'crossGroupShare',
          value: cross[c]! / grouped[c]!,
          threshold: t.minCrossShare,
          comparison: 'value ≥ threshold',
          community: c,
          size: size(c),
          groups: groups.map((g) => ({ group: g.group, actors: g.actors })),
          crossGroupTies: cross[c]!,
          internalTies: grouped[c]!,
          leadingMembers: leading.map((i) => ({ actor: ctx.id(i), crossGroupTies: crossOf[i]! })),
        },
        params: {
          community: c,
          size: size(c),
          groups,
          cross: cross[c]!,
          internal: grouped[c]!,
          members: leading.map(ctx.id),
        },
      };
    });
  },
};
