/**
 * Who in the largest group could link an outside actor or group in
 * (isolated-actors, detached-groups). An outside actor has no path to the
 * largest group, so structure alone cannot say who is "near" it; what the
 * data does say is what it has in common with the partners: its sector and
 * its other attribute values (area, role, …).
 *
 * "Nearest" is defined as: the largest-group actor that shares the most
 * attribute values with the outsiders — for a group, Σ over the candidate's
 * values of the share of members holding that value — then the highest
 * closeness (a well-connected actor can introduce the newcomer onwards),
 * then the smallest id. Compared: `sector` and every attribute except the
 * `vulnerable` flag, values as written. With no shared value at all, the
 * largest-group actor with the highest closeness (the centre) is suggested.
 *
 * Candidates hang on no single broker: an actor who reaches the centre only
 * through another (structure.ts gateOuter) or who is itself the only link of
 * others (cutOff > 0) is not suggested, unless every candidate is one.
 *
 * Bounded work: for each attribute value only the `candidatesPerValue` most
 * central largest-group actors holding it are candidates, so one suggestion
 * costs O(values of the outsiders × candidatesPerValue), whatever the
 * network's size (the index is built once in O(n · attributes · log)).
 */

import type { Actor } from '../types.js';
import type { RuleContext } from './context.js';
import { compareCodeUnits } from '../util/sort.js';

export interface LinkSuggestion {
  /** Index of the suggested actor in the largest group. */
  readonly contact: number;
  /** Attribute keys it shares with the outsiders ('sector' first, then by code units). */
  readonly shared: readonly string[];
}

export interface Linker {
  readonly suggest: (members: readonly number[]) => LinkSuggestion | null;
}

const SEP = '\u0000';

/** The (key, value) items compared for an actor. */
export function itemsOf(actor: Actor): string[] {
  const items: string[] = [];
  if (actor.sector !== null && actor.sector !== '') items.push(`sector${SEP}${actor.sector}`);
  for (const key of Object.keys(actor.attributes).sort(compareCodeUnits)) {
    const k = key.trim().toLowerCase();
    if (k === 'vulnerable' || k === 'sårbar' || k === 'sector') continue;
    const value = actor.attributes[key];
    if (value === undefined || value === '') continue;
    items.push(`${key}${SEP}${value}`);
  }
  return items;
}

/** The attribute keys on which two actors hold the same value, in itemsOf order. */
export function sharedKeys(a: Actor, b: Actor): string[] {
  const of = new Set(itemsOf(a));
  return [...new Set(itemsOf(b).filter((item) => of.has(item)).map((item) => item.slice(0, item.indexOf(SEP))))];
}

export function createLinker(ctx: RuleContext): Linker {
  const { network: net, componentOf, closeness, actors } = ctx;
  const perValue = ctx.thresholds.linking.candidatesPerValue;
  const reachable: number[] = [];
  for (let i = 0; i < net.n; i++) if (componentOf[i] === 0 && ctx.degree[i]! > 0) reachable.push(i);
  // Advice must not add to a single-broker problem (issue 15): a first
  // contact who reaches the centre only through some actor (gateOuter), or
  // who alone holds others in (cutOff), would tie the newcomer to that
  // broker too. Such actors are skipped unless nobody else is left.
  const s = ctx.structure();
  const steady = reachable.filter((i) => s.gateOuter[i]! < 0 && s.cutOff[i]! === 0);
  const inLargest = steady.length > 0 ? steady : reachable;
  const byCentrality = (a: number, b: number): number => closeness[b]! - closeness[a]! || a - b;

  const index = new Map<string, number[]>();
  for (const i of inLargest) {
    for (const item of itemsOf(actors[i]!)) {
      const list = index.get(item);
      if (list === undefined) index.set(item, [i]);
      else list.push(i);
    }
  }
  for (const [item, list] of index) {
    list.sort(byCentrality);
    if (list.length > perValue) index.set(item, list.slice(0, perValue));
  }
  const centre = inLargest.length === 0 ? -1 : [...inLargest].sort(byCentrality)[0]!;

  const suggest = (members: readonly number[]): LinkSuggestion | null => {
    if (centre === -1 || members.length === 0) return null;
    const profile = new Map<string, number>();
    for (const i of members) {
      for (const item of itemsOf(actors[i]!)) profile.set(item, (profile.get(item) ?? 0) + 1);
    }
    const candidates = new Set<number>();
    for (const item of profile.keys()) for (const c of index.get(item) ?? []) candidates.add(c);
    let best = -1;
    let bestScore = 0;
    for (const c of [...candidates].sort((a, b) => a - b)) {
      let score = 0;
      for (const item of itemsOf(actors[c]!)) score += (profile.get(item) ?? 0) / members.length;
      if (score > bestScore + 1e-12 || (Math.abs(score - bestScore) <= 1e-12 && best !== -1 && byCentrality(c, best) < 0)) {
        best = c;
        bestScore = score;
      }
    }
    if (best === -1) return { contact: centre, shared: [] };
    const shared = itemsOf(actors[best]!)
      .filter((item) => profile.has(item))
      .map((item) => item.slice(0, item.indexOf(SEP)));
    return { contact: best, shared: [...new Set(shared)] };
  };
  return { suggest };
}
