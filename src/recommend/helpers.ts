/**
 * Small pure helpers the rules share: index lists → sorted, capped id lists;
 * the groups of a set of actors; the sector links an actor alone carries;
 * brokerage roles as JSON evidence.
 */

import type { RuleContext } from './context.js';
import type { Json, SmallGroup } from './types.js';
import { rolesOf } from './brokerage.js';

/** Ids of the given actor indices, sorted by code units (= index order), at most `cap`. */
export function sortedIds(ctx: RuleContext, indices: Iterable<number>, cap = ctx.thresholds.maxActorsPerFinding): string[] {
  return [...new Set(indices)].sort((a, b) => a - b).slice(0, cap).map(ctx.id);
}

/** The distinct group values of the given actors, sorted by code units. */
export function groupsOf(ctx: RuleContext, indices: Iterable<number>): string[] {
  const seen = new Set<number>();
  for (const i of indices) {
    const g = ctx.network.group[i]!;
    if (g >= 0) seen.add(g);
  }
  return [...seen].sort((a, b) => a - b).map((g) => ctx.network.groupNames[g]!);
}

/** Actors per group value (keys in code-unit order; ungrouped actors left out). */
export function countByGroup(ctx: RuleContext, indices: Iterable<number>): Record<string, number> {
  const counts = new Map<number, number>();
  for (const i of indices) {
    const g = ctx.network.group[i]!;
    if (g >= 0) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  const out: Record<string, number> = Object.create(null) as Record<string, number>; // ids/names as keys: no prototype, so `__proto__`, `constructor` … are ordinary keys
  for (const g of [...counts.keys()].sort((a, b) => a - b)) out[ctx.network.groupNames[g]!] = counts.get(g)!;
  return out;
}

/**
 * Group pairs whose every tie touches actor v: they would have no tie left
 * if v left. Only pairs involving v's own group can qualify. Sorted.
 */
export function sectorLinksLost(ctx: RuleContext, v: number): [string, string][] {
  const { network: net } = ctx;
  const gv = net.group[v]!;
  if (gv < 0 || ctx.groupCount < 2) return [];
  const mine = new Map<number, number>();
  for (let p = net.offsets[v]!; p < net.offsets[v + 1]!; p++) {
    const g = net.group[net.targets[p]!]!;
    if (g >= 0 && g !== gv) mine.set(g, (mine.get(g) ?? 0) + 1);
  }
  const lost: [string, string][] = [];
  for (const [g, count] of mine) {
    if (count === ctx.tiesBetween(gv, g)) {
      const [a, b] = gv < g ? [gv, g] : [g, gv];
      lost.push([net.groupNames[a]!, net.groupNames[b]!]);
    }
  }
  return lost.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
}

/** Brokerage roles of actor i as evidence, or null without groups. */
export function rolesEvidence(ctx: RuleContext, i: number): Json {
  if (ctx.groupCount < 2 || ctx.network.group[i]! < 0) return null;
  const r = rolesOf(ctx.brokerage(), i);
  return { coordinator: r.coordinator, gatekeeper: r.gatekeeper, representative: r.representative, itinerant: r.itinerant, liaison: r.liaison };
}

/** The group value of actor i, or null. */
export function groupOf(ctx: RuleContext, i: number): string | null {
  const g = ctx.network.group[i]!;
  return g >= 0 ? ctx.network.groupNames[g]! : null;
}

/** Neighbours of v, ascending index. */
export function neighbours(ctx: RuleContext, v: number): number[] {
  const { offsets, targets } = ctx.network;
  return Array.from(targets.subarray(offsets[v]!, offsets[v + 1]!));
}

/** The small groups among `groups` (in their order), for a note on findings that compare groups. */
export function smallGroups(ctx: RuleContext, groups: readonly (string | null)[]): SmallGroup[] {
  const out: SmallGroup[] = [];
  for (const group of groups) {
    if (group === null) continue;
    const actors = ctx.analysis.groups[group]?.actors ?? 0;
    if (actors <= ctx.thresholds.smallGroup.maxActors) out.push({ group, actors });
  }
  return out;
}

/** SmallGroup[] as evidence. */
export function smallGroupsEvidence(small: readonly SmallGroup[]): Json {
  return small.map((s) => ({ group: s.group, actors: s.actors }));
}
