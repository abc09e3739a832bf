/**
 * dominant-hub (warning or info; domain 1: shared decision power, horizontal
 * networks). An actor holding a large share of the network: its tie share
 * (degree / all ties) or its betweenness (the share of shortest paths between
 * other actors through it). Thresholds scale with the network: the tie share
 * must also exceed a multiple of 2/n, the share every actor would have if all
 * had the same number of ties (thresholds.ts). Warning at the strong level,
 * information at the moderate one. At most `maxHubs` actors, strongest first
 * (level, then betweenness, then tie share).
 */

import type { FindingOf, Rule } from '../types.js';
import { groupOf, rolesEvidence } from '../helpers.js';

export const dominantHub: Rule<'dominant-hub'> = {
  id: 'dominant-hub',
  run(ctx) {
    const { network: net, degree, betweenness } = ctx;
    const t = ctx.thresholds.dominantHub;
    if (net.m === 0 || net.n < 3) return [];
    const even = 2 / net.n;
    const warnTie = Math.max(t.warnTieShare, t.warnTieFactor * even);
    const infoTie = Math.max(t.infoTieShare, t.infoTieFactor * even);
    const hubs: { i: number; strong: boolean; share: number }[] = [];
    for (let i = 0; i < net.n; i++) {
      if (degree[i]! < t.minDegree) continue;
      const share = degree[i]! / net.m;
      const b = betweenness[i]!;
      const strong = share >= warnTie || b >= t.warnBetweenness;
      if (strong || share >= infoTie || b >= t.infoBetweenness) hubs.push({ i, strong, share });
    }
    hubs.sort((x, y) => Number(y.strong) - Number(x.strong) || betweenness[y.i]! - betweenness[x.i]! || y.share - x.share || x.i - y.i);

    return hubs.slice(0, t.maxHubs).map(({ i, strong, share }): FindingOf<'dominant-hub'> => {
      const group = groupOf(ctx, i);
      return {
        rule: 'dominant-hub',
        severity: strong ? 'warning' : 'info',
        actors: [ctx.id(i)],
        groups: group === null ? [] : [group],
        evidence: {
          metric: 'tieShare',
          value: share,
          threshold: strong ? warnTie : infoTie,
          comparison: 'tieShare ≥ threshold or betweenness ≥ betweennessThreshold',
          betweenness: betweenness[i]!,
          betweennessThreshold: strong ? t.warnBetweenness : t.infoBetweenness,
          degree: degree[i]!,
          ties: net.m,
          roles: rolesEvidence(ctx, i),
        },
        params: { actor: ctx.id(i), tieShare: share, betweenness: betweenness[i]!, strong },
      };
    });
  },
};
