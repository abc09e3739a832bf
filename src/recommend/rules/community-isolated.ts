/**
 * community-isolated (info; domain 5 and 6: no group left on its own, and
 * relationships as the capacity to act). Louvain finds the informal clusters
 * the formal sectors do not show; a cluster inside the largest component
 * with almost no ties out of it is a circle the rest of the partnership
 * hardly reaches. A community qualifies (thresholds.communityIsolated) with
 * `minActors` or more members, fewer than half of the largest component, a
 * share of its tie ends leading out, external / (2·internal + external), of
 * at most `maxExternalShare` and, when there are `minCompared` or more such
 * communities, at most `relative` × their median share (so a network made of
 * loose clusters is not blamed everywhere), and ties out through two or more members (through one member
 * only, that member is a cut point and single-broker names it). Names the
 * members carrying the ties out (at most three): the doors to the cluster.
 * Most inward first.
 */

import type { FindingOf, Rule } from '../types.js';
import { sortedIds } from '../helpers.js';

export const communityIsolated: Rule<'community-isolated'> = {
  id: 'community-isolated',
  run(ctx) {
    const { network: net, community, componentOf } = ctx;
    const t = ctx.thresholds.communityIsolated;
    const clusters = ctx.clusters();
    const communities = clusters.length;
    let largest = 0;
    for (let i = 0; i < net.n; i++) if (componentOf[i] === 0) largest++;
    const size = (c: number): number => clusters[c]!.length;
    const internal = new Int32Array(communities);
    const external = new Int32Array(communities);
    const out = new Int32Array(net.n); // ties of each actor leaving its community
    for (let e = 0; e < net.m; e++) {
      const a = net.tieSource[e]!;
      const b = net.tieTarget[e]!;
      const ca = community[a]!;
      const cb = community[b]!;
      if (ca === cb) internal[ca]! += 1;
      else {
        external[ca]! += 1;
        external[cb]! += 1;
        out[a]! += 1;
        out[b]! += 1;
      }
    }

    const candidates: number[] = [];
    for (let c = 0; c < communities; c++) {
      // A community lies within one component: its first member says which.
      if (componentOf[clusters[c]![0]!] === 0 && size(c) >= t.minActors && 2 * size(c) < largest) candidates.push(c);
    }
    const share = (c: number): number => external[c]! / (2 * internal[c]! + external[c]!);
    const shares = candidates.map(share).sort((a, b) => a - b);
    if (shares.length === 0) return [];
    // The relative clause needs clusters to compare with: with one or two candidates their median is
    // (half) the candidate itself, and a core with one closed club beside it would never be named.
    const mid = shares.length >> 1;
    const median = shares.length % 2 === 1 ? shares[mid]! : (shares[mid - 1]! + shares[mid]!) / 2;
    const relative = shares.length >= t.minCompared;
    const limit = relative ? Math.min(t.maxExternalShare, t.relative * median) : t.maxExternalShare;

    const found: { c: number; connectors: number[] }[] = [];
    for (const c of candidates) {
      if (share(c) > limit + 1e-12) continue;
      const connectors = clusters[c]!.filter((i) => out[i]! > 0);
      if (connectors.length < 2) continue;
      connectors.sort((a, b) => out[b]! - out[a]! || a - b);
      found.push({ c, connectors });
    }
    found.sort((a, b) => share(a.c) - share(b.c) || a.c - b.c);

    return found.map(({ c, connectors }): FindingOf<'community-isolated'> => {
      const members = clusters[c]!;
      const doors = connectors.slice(0, 3);
      return {
        rule: 'community-isolated',
        severity: 'info',
        actors: sortedIds(ctx, members),
        groups: [],
        evidence: {
          metric: 'externalShare',
          value: share(c),
          threshold: limit,
          comparison: relative
            ? 'value ≤ threshold = min(maxExternalShare, relative × median share of the candidate communities)'
            : 'value ≤ threshold = maxExternalShare (fewer than minCompared candidate communities)',
          medianShare: relative ? median : null,
          community: c,
          size: size(c),
          internalTies: internal[c]!,
          externalTies: external[c]!,
          connectors: connectors.map((i) => ({ actor: ctx.id(i), externalTies: out[i]! })),
        },
        params: {
          community: c,
          size: size(c),
          internal: internal[c]!,
          external: external[c]!,
          connectors: doors.map(ctx.id),
          connectorCount: connectors.length,
        },
      };
    });
  },
};
