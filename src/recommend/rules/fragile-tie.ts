/**
 * fragile-tie (warning or info; domain 6). A bridge of the largest group: a
 * single tie whose removal splits the group in two. The "hanging" side is the
 * smaller one (on equal sizes, the side away from the centre, structure.ts):
 * the tie is its only connection to the rest. Warning when at least
 * `fragileTie.warnHanging` actors hang on it, information when one actor
 * hangs on its only tie. A bridge whose hanging side is exactly the group a
 * single broker cuts off is left to single-broker (whose message names the
 * one tie), so one weakness is not reported twice. Most actors hanging first.
 */

import type { FindingOf, Rule } from '../types.js';
import { groupsOf, sortedIds } from '../helpers.js';

export const fragileTie: Rule<'fragile-tie'> = {
  id: 'fragile-tie',
  run(ctx) {
    const s = ctx.structure();
    const t = ctx.thresholds;
    if (s.size0 < 3) return []; // a pair tied to each other has no "rest" to hang on
    const hangingSize = (c: number): number => Math.min(s.sub[c]!, s.size0 - s.sub[c]!);
    const bridges = [...s.bridgeChildren].sort((a, b) => hangingSize(b) - hangingSize(a) || a - b);
    const findings: FindingOf<'fragile-tie'>[] = [];
    for (const c of bridges) {
      const p = s.parent[c]!;
      const awayFromCentre = s.sub[c]! <= s.size0 - s.sub[c]!;
      const count = hangingSize(c);
      if (awayFromCentre && count >= t.singleBroker.minGroup && s.cutOff[p] === count && s.separated(c)) continue;
      const [near, far] = awayFromCentre ? [p, c] : [c, p];
      const detailed = findings.length < t.maxFindingsPerRule;
      const hanging = !detailed
        ? [far]
        : awayFromCentre
          ? s.subtreeMembers(c, t.maxActorsPerFinding)
          : s.outsideSubtree(c, t.maxActorsPerFinding);
      const tie = p < c ? [ctx.id(p), ctx.id(c)] : [ctx.id(c), ctx.id(p)];
      findings.push({
        rule: 'fragile-tie',
        severity: count >= t.fragileTie.warnHanging ? 'warning' : 'info',
        actors: sortedIds(ctx, [near, ...hanging]),
        groups: groupsOf(ctx, [near, ...hanging]),
        evidence: {
          metric: 'hangingActors',
          value: count,
          threshold: t.fragileTie.warnHanging,
          comparison: 'actors whose only connection to the rest is this tie; warning at threshold or more',
          tie,
          largestGroup: s.size0,
        },
        params: { near: ctx.id(near), far: ctx.id(far), count, hanging: sortedIds(ctx, hanging) },
      });
    }
    return findings;
  },
};
