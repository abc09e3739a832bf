/**
 * detached-groups (critical; domain 5: legitimacy needs every group). Every
 * connected component other than the largest with at least two actors (a
 * lone actor is isolated-actors): a group tied only to itself, so nothing in
 * the partnership reaches it. Named with its members, its best-connected
 * member (most ties inside the group; the natural first contact) and the
 * largest-group actor who could link it (linking.ts). Largest groups first
 * (the component order of the analysis).
 */

import type { FindingOf, Rule } from '../types.js';
import { countByGroup, groupsOf, sortedIds } from '../helpers.js';
import { sharedKeys } from '../linking.js';

export const detachedGroups: Rule<'detached-groups'> = {
  id: 'detached-groups',
  run(ctx) {
    const { network: net, degree } = ctx;
    const components = ctx.analysis.components;
    const size0 = components[0]?.size ?? 0;
    const findings: FindingOf<'detached-groups'>[] = [];
    for (const component of components.slice(1)) {
      if (component.size < 2) continue;
      const members = component.actors.map((id) => net.indexOf.get(id)!);
      const detailed = findings.length < ctx.thresholds.maxFindingsPerRule;
      let entry = members[0]!;
      for (const i of members) if (degree[i]! > degree[entry]!) entry = i;
      const link = detailed ? ctx.linker().suggest(members) : null;
      const ids = sortedIds(ctx, members);
      // "Introduce the entry to the contact, who has the same sector" must be
      // true of the entry (issue 15): the contact was chosen for the group's
      // profile, so only the keys the entry shares are said of the entry.
      const sharedWithEntry = link === null ? [] : sharedKeys(ctx.actors[entry]!, ctx.actors[link.contact]!);
      findings.push({
        rule: 'detached-groups',
        severity: 'critical',
        actors: ids,
        groups: groupsOf(ctx, members),
        evidence: {
          metric: 'componentSize',
          value: component.size,
          comparison: 'not connected to the largest group',
          component: component.index,
          largestGroup: size0,
          shareOfActors: component.size / net.n,
          byGroup: countByGroup(ctx, members),
          entry: ctx.id(entry),
          contact: link === null ? null : ctx.id(link.contact),
          sharedAttributes: link === null ? [] : [...link.shared],
          sharedWithEntry,
        },
        params: {
          members: ids,
          size: component.size,
          entry: ctx.id(entry),
          contact: link === null ? null : ctx.id(link.contact),
          shared: link?.shared ?? [],
          sharedWithEntry,
        },
      });
    }
    return findings;
  },
};
