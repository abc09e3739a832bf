/**
 * vulnerable-citizens-peripheral (critical or warning; domain 4: inclusion of
 * citizens in vulnerable positions needs explicit focus). An actor flagged
 * vulnerable (context.ts: `vulnerable` / `sårbar` = ja, yes, true, 1, sårbar)
 * who is on the edge:
 * - few ties: at most `vulnerable.fewTiesFactor` × the median degree of
 *   actors with ties (at least 1), or
 * - only bonding ties: every tie inside its own group (actor E-I = −1), or
 * - reachable only through one actor: every path to the centre of the
 *   partnership passes one actor (structure.ts gateOuter, the one nearest
 *   the centre, named in the message).
 * Critical when the actor has no connection to the largest group at all
 * (isolated or in a detached group). Without any flagged actor the rule is
 * silent. Most excluded first (outside, then fewest ties).
 */

import type { FindingOf, Rule } from '../types.js';
import { groupOf, neighbours } from '../helpers.js';

export const vulnerableCitizensPeripheral: Rule<'vulnerable-citizens-peripheral'> = {
  id: 'vulnerable-citizens-peripheral',
  run(ctx) {
    if (!ctx.anyVulnerable) return [];
    const { network: net, degree } = ctx;
    const p = ctx.peripheral();
    const s = ctx.structure();
    const list: number[] = [];
    for (let i = 0; i < net.n; i++) if (p.flagged[i] === 1) list.push(i);
    list.sort((a, b) => p.outside[b]! - p.outside[a]! || degree[a]! - degree[b]! || a - b);

    return list.map((i): FindingOf<'vulnerable-citizens-peripheral'> => {
      const outside = p.outside[i] === 1;
      const gate = outside ? -1 : s.gateOuter[i]!;
      const group = groupOf(ctx, i);
      const ei = ctx.eiIndex[i]!;
      const contacts = neighbours(ctx, i).sort((a, b) => degree[b]! - degree[a]! || a - b).slice(0, 3).sort((a, b) => a - b);
      return {
        rule: 'vulnerable-citizens-peripheral',
        severity: outside ? 'critical' : 'warning',
        actors: [ctx.id(i)],
        groups: group === null ? [] : [group],
        evidence: {
          metric: 'degree',
          value: degree[i]!,
          threshold: p.fewTies,
          comparison: 'few ties when value ≤ threshold (half the median degree)',
          medianDegree: p.medianDegree,
          outsideLargestGroup: outside,
          onlyBonding: p.onlyBonding[i] === 1,
          eiIndex: Number.isNaN(ei) ? null : ei,
          onlyThrough: gate === -1 ? null : ctx.id(gate),
          nearestGate: outside || s.gateInner[i] === -1 ? null : ctx.id(s.gateInner[i]!),
        },
        params: {
          actor: ctx.id(i),
          degree: degree[i]!,
          outside,
          few: p.few[i] === 1,
          onlyBonding: p.onlyBonding[i] === 1,
          gate: gate === -1 ? null : ctx.id(gate),
          contacts: contacts.map(ctx.id),
        },
      };
    });
  },
};
