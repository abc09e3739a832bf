/**
 * sector-silo (warning; domain 2: bridging across sectors, not only bonding
 * inside them). A group whose ties mostly stay inside: its E-I index
 * (Krackhardt & Stern 1988; the report's `groups.<g>.eiIndex`) is at most
 * `sectorSilo.maxEi` AND at least `margin` below the E-I it would have if its
 * ties went to random grouped actors, 1 − 2·(n_g − 1)/(N − 1) (N = grouped
 * actors), so a group that simply holds most of the actors is not blamed
 * for its size. Needs two or more groups, `minActors` members and `minTies`
 * ties. Names the members carrying most of the group's ties to other groups
 * (at most three): the bridges to build on. Most inward first.
 */

import type { FindingOf, Rule } from '../types.js';
import { sortedIds } from '../helpers.js';

export const sectorSilo: Rule<'sector-silo'> = {
  id: 'sector-silo',
  run(ctx) {
    const { network: net, analysis } = ctx;
    const t = ctx.thresholds.sectorSilo;
    const G = ctx.groupCount;
    if (G < 2) return [];
    let grouped = 0;
    for (let i = 0; i < net.n; i++) if (net.group[i]! >= 0) grouped++;

    // Ties to other groups per actor (for the group's bridge actors).
    const external = new Int32Array(net.n);
    for (let e = 0; e < net.m; e++) {
      const a = net.tieSource[e]!;
      const b = net.tieTarget[e]!;
      const ga = net.group[a]!;
      const gb = net.group[b]!;
      if (ga >= 0 && gb >= 0 && ga !== gb) {
        external[a]! += 1;
        external[b]! += 1;
      }
    }

    const found: { g: number; ei: number; expected: number }[] = [];
    for (let g = 0; g < G; g++) {
      const stats = analysis.groups[net.groupNames[g]!];
      if (stats === undefined || stats.eiIndex === null) continue;
      if (stats.actors < t.minActors || stats.internalTies + stats.externalTies < t.minTies) continue;
      const expected = grouped > 1 ? 1 - (2 * (stats.actors - 1)) / (grouped - 1) : 0;
      if (stats.eiIndex <= t.maxEi + 1e-12 && stats.eiIndex <= expected - t.margin) {
        found.push({ g, ei: stats.eiIndex, expected });
      }
    }
    found.sort((a, b) => a.ei - b.ei || a.g - b.g);

    return found.map(({ g, ei, expected }): FindingOf<'sector-silo'> => {
      const name = net.groupNames[g]!;
      const stats = analysis.groups[name]!;
      const members: number[] = [];
      for (let i = 0; i < net.n; i++) if (net.group[i] === g && external[i]! > 0) members.push(i);
      members.sort((a, b) => external[b]! - external[a]! || a - b);
      const bridges = members.slice(0, 3);
      return {
        rule: 'sector-silo',
        severity: 'warning',
        actors: sortedIds(ctx, bridges),
        groups: [name],
        evidence: {
          metric: 'eiIndex',
          value: ei,
          threshold: t.maxEi,
          comparison: 'value ≤ threshold and value ≤ expected − margin',
          expected,
          margin: t.margin,
          actors: stats.actors,
          internalTies: stats.internalTies,
          externalTies: stats.externalTies,
          networkEi: analysis.eiIndex,
          bridgeActors: bridges.map((i) => ({ actor: ctx.id(i), externalTies: external[i]! })),
        },
        params: {
          group: name,
          internal: stats.internalTies,
          external: stats.externalTies,
          ei,
          expected,
          bridgeActors: bridges.map(ctx.id),
        },
      };
    });
  },
};
