/**
 * One cause, one item (issue 15: "P08 alone links the residents" came back
 * as a single-broker item, eight vulnerable-citizen warnings, a fragile tie,
 * a hub, a what-if and two introductions). After the rules have run, findings
 * that share one cause are folded into the finding that states the cause (the
 * *lead*); the lead's item names everyone concerned, says the other aspects in
 * a sentence each, and keeps every folded finding's evidence (the JSON key
 * `merged`). An actor is then never listed at two severities for one fact.
 *
 * Cause keys, checked in this order for each finding:
 * - broker X (a single-broker finding for X is the lead):
 *     vulnerable-citizens-peripheral whose gate (the actor it reaches the
 *     centre only through, nearest the centre) is X; fragile-tie whose end on
 *     the centre's side is X (the side hanging on a bridge at X reaches the
 *     centre only through X, so it is part of X's cut-off group);
 *     what-if-leaves for X; dominant-hub for X; facilitator-dependence when
 *     X is the facilitator; introductions going around X.
 * - inside broker X's group (the single-broker finding with the fewest
 *   actors cut off whose group holds them is the lead): a fragile-tie whose
 *   hanging side, or a what-if-leaves whose actor, is in the group: a
 *   dependence nested in the group is part of its story. A single-broker
 *   finding is never folded into another (two brokers are two facts).
 * - a group cut off (detached-groups is the lead): the vulnerable-citizens
 *   finding of a member.
 * - an actor outside the largest group (vulnerable-citizens-peripheral with
 *   `outside` is the lead): isolated-actors for the same actor.
 * - a vulnerable actor behind a gate that holds only it (the vulnerable
 *   finding is the lead): the fragile-tie between it and its gate.
 * - a vulnerable actor on the edge: introductions bringing it closer go to
 *   the item that tells of it (its own, or the one it is folded into).
 * - two groups never tied (missing-sector-link is the lead): introductions
 *   that would be the first tie between them.
 * - a hub X without a single-broker finding (dominant-hub is the lead):
 *   what-if-leaves for X.
 * A lead is never folded itself, so one pass gives the groups. The item's
 * severity is the highest of the group; its order is the lead's. Linear in
 * the findings, plus the cut-off lists of the single-broker findings that
 * carry them (the first maxFindingsPerRule).
 */

import { SEVERITIES, type Severity } from '../types.js';
import type { Finding, FindingOf } from './types.js';

export interface Combined {
  readonly lead: Finding;
  /** Findings folded into the lead, in their output order. */
  readonly folded: readonly Finding[];
  /** The highest severity of lead and folded. */
  readonly severity: Severity;
}

/** Fold findings that share a cause into their lead; `ordered` is the output order, the result keeps it for the leads. */
export function combine(ordered: readonly Finding[]): Combined[] {
  const broker = new Map<string, FindingOf<'single-broker'>>();
  const hub = new Map<string, FindingOf<'dominant-hub'>>();
  const vulnerable = new Map<string, FindingOf<'vulnerable-citizens-peripheral'>>();
  const detachedOf = new Map<string, FindingOf<'detached-groups'>>();
  const missing = new Map<string, FindingOf<'missing-sector-link'>>();
  const brokers: FindingOf<'single-broker'>[] = [];
  for (const f of ordered) {
    if (f.rule === 'single-broker') {
      brokers.push(f);
      if (!broker.has(f.params.broker)) broker.set(f.params.broker, f);
    } else if (f.rule === 'dominant-hub' && !hub.has(f.params.actor)) hub.set(f.params.actor, f);
    else if (f.rule === 'vulnerable-citizens-peripheral') vulnerable.set(f.params.actor, f);
    else if (f.rule === 'detached-groups') {
      for (const id of f.params.members) if (!detachedOf.has(id)) detachedOf.set(id, f);
    } else if (f.rule === 'missing-sector-link') missing.set(pairKey(f.params.groupA, f.params.groupB), f);
  }
  // The innermost single-broker group holding each actor: larger groups first, smaller ones overwrite.
  const innermost = new Map<string, FindingOf<'single-broker'>>();
  for (const b of [...brokers].sort((x, y) => y.params.count - x.params.count)) for (const id of b.params.cutOff) innermost.set(id, b);

  const vulnerableHost = (v: FindingOf<'vulnerable-citizens-peripheral'>): Finding => {
    const p = v.params;
    if (p.gate !== null && broker.has(p.gate)) return broker.get(p.gate)!;
    if (p.outside) return detachedOf.get(p.actor) ?? v;
    return v;
  };

  const hostOf = (f: Finding): Finding | null => {
    switch (f.rule) {
      case 'vulnerable-citizens-peripheral': {
        const host = vulnerableHost(f);
        return host === f ? null : host;
      }
      case 'isolated-actors': {
        const v = vulnerable.get(f.params.actor);
        return v !== undefined && v.params.outside ? v : null;
      }
      case 'fragile-tie': {
        const b = broker.get(f.params.near) ?? innermost.get(f.params.far);
        if (b !== undefined) return b;
        const v = f.params.count === 1 ? vulnerable.get(f.params.far) : undefined;
        return v !== undefined && v.params.gate === f.params.near ? v : null;
      }
      case 'what-if-leaves':
        return broker.get(f.params.actor) ?? (f.params.count > 0 ? innermost.get(f.params.actor) : undefined) ?? hub.get(f.params.actor) ?? null;
      case 'dominant-hub':
      case 'facilitator-dependence':
        return broker.get(f.params.actor) ?? null;
      case 'introductions': {
        const p = f.params;
        if (p.around !== null && broker.has(p.around)) return broker.get(p.around)!;
        const v = p.vulnerable === null ? undefined : vulnerable.get(p.vulnerable);
        if (v !== undefined) return vulnerableHost(v);
        if (p.reasons.includes('new-sector-link') && p.groupA !== null && p.groupB !== null) return missing.get(pairKey(p.groupA, p.groupB)) ?? null;
        return null;
      }
      default:
        return null;
    }
  };

  const folded = new Map<Finding, Finding[]>();
  const leads: Finding[] = [];
  for (const f of ordered) {
    const host = hostOf(f);
    if (host === null) {
      leads.push(f);
      continue;
    }
    const list = folded.get(host);
    if (list === undefined) folded.set(host, [f]);
    else list.push(f);
  }
  return leads.map((lead) => {
    const more = folded.get(lead) ?? [];
    const rank = Math.min(SEVERITIES.indexOf(lead.severity), ...more.map((f) => SEVERITIES.indexOf(f.severity)));
    return { lead, folded: more, severity: SEVERITIES[rank]! };
  });
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
