/**
 * Two waves of the same partnership → what changed (pure). Each side is the
 * Dataset (for the tie list) and the Report built from it, so everything is
 * compared as `tuff analyse` measured it. Actors are matched by id: compare
 * anonymised waves only when they were anonymised with the same key.
 *
 * Definitions (documented in docs/api.md and the README):
 * - actors joined / left: ids only in the after / before wave.
 * - ties gained / lost: undirected pairs {u, v} only in after / before;
 *   `reweighted`: pairs in both whose weight changed. Jaccard similarity of
 *   the tie sets |B ∩ A| / |B ∪ A| (pairs, weights ignored); null when both
 *   waves have no ties.
 * - Changes are after − before (null if either side is null).
 * - E-I per group: every group value found in either wave (code-unit order),
 *   with its actor count and E-I index in each; the network's E-I likewise.
 * - Broker: an actor that is a cut point (articulation point: its departure
 *   splits the network), or whose betweenness is positive and among the top
 *   `brokerTopShare` (10 %, at least one actor) of its wave — at or above the
 *   k-th largest value, k = max(1, ⌈0.1·n⌉), so equal values are all in or all
 *   out. `became`: brokers after who were not before (newcomers included);
 *   `stopped`: brokers before who are not after (leavers included).
 * - Vulnerable citizens: actors whose `vulnerable` attribute (or `sårbar`)
 *   says yes (ja / yes / true / 1 / x / sårbar / vulnerable; util/vulnerable.ts,
 *   the recommendations' reading) in either wave. For
 *   those in both: whether they are in the largest component (component 0),
 *   closeness (Wasserman–Faust, as in the report) and degree in each wave.
 *   Verdict: only a change that matters gives one, checked in this order
 *   (the first that applies decides; `reason` in JSON says which):
 *   1. joined the largest component → `closer`; left it → `further`;
 *   2. gained ties (degree rose) → `closer`; lost ties → `further`;
 *   3. closeness changed by at least `closenessThreshold` (0.02) → `closer`
 *      or `further`;
 *   else `same` ("about the same"). 0.02 is about 10 % of the closeness of an
 *   actor on the edge of a partnership (0.2 ≈ five steps on average to the
 *   others) and ≈ 0.4 steps of average distance there; smaller moves come from
 *   ties elsewhere or from the wave's size (closeness is normalised by n − 1,
 *   so newcomers alone move it), not from the actor's own position.
 * - Directed answers (`directed`, only when a wave is directed: `--directed`,
 *   meta.json `"directed": true`, an asymmetric matrix): the named ties
 *   (arcs), network reciprocity (nx.reciprocity: mutual arcs / all arcs), the
 *   dyad census (mutual / asymmetric / null pairs) and the response rate of
 *   each wave, as its report has them (null for a wave that is not directed,
 *   or without respondent information); `becameMutual` / `noLongerMutual`:
 *   pairs {u, v} named both ways in the after wave and not in the before one /
 *   the reverse (pairs with a newcomer or a leaver too; empty unless both
 *   waves are directed).
 * Lists of ids and pairs are in code-unit order.
 */

import type { Dataset, InputDescription, Report } from '../types.js';
import { inputDescription } from '../report/input-shape.js';
import { compareCodeUnits } from '../util/sort.js';
import { isVulnerable } from '../util/vulnerable.js';
import { VERSION } from '../version.js';

export const COMPARE_DEFAULTS = Object.freeze({
  /** Share of actors (by betweenness rank) counted as brokers besides the cut points. */
  brokerTopShare: 0.1,
  /** Values within this are equal (betweenness ties among brokers). */
  epsilon: 1e-9,
  /** Smallest closeness change that, with no change in ties or largest component, is a verdict. */
  closenessThreshold: 0.02,
});

export interface CompareOptions {
  readonly brokerTopShare?: number;
  readonly epsilon?: number;
  readonly closenessThreshold?: number;
}

export interface CompareSide {
  readonly dataset: Dataset;
  readonly report: Report;
  /** Shown in titles: folder or file name. */
  readonly name: string;
}

export interface Change {
  readonly before: number | null;
  readonly after: number | null;
  readonly change: number | null;
}

/** An actor named in a list, with its label (from the wave it is in; the later one when in both). */
export interface ActorRef {
  readonly id: string;
  readonly label: string | null;
}

export interface BrokerState {
  readonly articulationPoint: boolean;
  readonly betweenness: number;
  /** Among the top betweenness share of the wave. */
  readonly topBetweenness: boolean;
}

export interface BrokerChange {
  readonly id: string;
  readonly label: string | null;
  /** null when the actor is not in that wave. */
  readonly before: BrokerState | null;
  readonly after: BrokerState | null;
}

export type VulnerableVerdict = 'closer' | 'further' | 'same';
/** Which change decided the verdict (see header). */
export type VulnerableReason =
  | 'joined-largest-component' | 'left-largest-component'
  | 'gained-ties' | 'lost-ties'
  | 'closeness-rose' | 'closeness-fell'
  | 'no-change-that-matters';

export interface VulnerableChange {
  readonly id: string;
  readonly label: string | null;
  readonly inLargestComponent: { readonly before: boolean; readonly after: boolean };
  readonly closeness: Change;
  readonly degree: Change;
  readonly verdict: VulnerableVerdict;
  readonly reason: VulnerableReason;
}

/** Who names whom, before and after (see header); present only when a wave is directed answers. */
export interface DirectedComparison {
  /** Which waves are directed answers. */
  readonly before: boolean;
  readonly after: boolean;
  readonly arcs: Change;
  readonly reciprocity: Change;
  readonly dyads: { readonly mutual: Change; readonly asymmetric: Change; readonly null: Change };
  readonly responseRate: Change;
  readonly becameMutual: readonly (readonly [string, string])[];
  readonly noLongerMutual: readonly (readonly [string, string])[];
}

export interface Comparison {
  readonly schemaVersion: 1;
  readonly kind: 'comparison';
  readonly tool: { readonly name: 'tuff'; readonly version: string };
  /** Each wave: its name, ties file, group column, and which shape it was read from (report/input-shape.ts). */
  readonly before: { readonly name: string; readonly ties: string; readonly groupBy: string | null; readonly input: InputDescription };
  readonly after: { readonly name: string; readonly ties: string; readonly groupBy: string | null; readonly input: InputDescription };
  readonly actors: {
    readonly before: number;
    readonly after: number;
    readonly stayed: number;
    readonly joined: readonly ActorRef[];
    readonly left: readonly ActorRef[];
  };
  readonly ties: {
    readonly before: number;
    readonly after: number;
    readonly kept: number;
    readonly gained: readonly (readonly [string, string])[];
    readonly lost: readonly (readonly [string, string])[];
    readonly reweighted: readonly { readonly source: string; readonly target: string; readonly before: number; readonly after: number }[];
    readonly jaccard: number | null;
  };
  readonly summary: {
    readonly density: Change;
    readonly components: Change;
    readonly isolates: Change;
    readonly degreeCentralization: Change;
    readonly transitivity: Change;
    readonly modularity: Change;
  };
  readonly eiIndex: Change;
  readonly groups: Readonly<Record<string, { readonly actors: Change; readonly eiIndex: Change }>>;
  readonly brokers: {
    readonly topShare: number;
    readonly before: readonly string[];
    readonly after: readonly string[];
    readonly became: readonly BrokerChange[];
    readonly stopped: readonly BrokerChange[];
  };
  readonly vulnerable: {
    /** Smallest closeness change that is a verdict on its own. */
    readonly closenessThreshold: number;
    readonly closer: number;
    readonly further: number;
    readonly same: number;
    /** Vulnerable actors only in the after / before wave. */
    readonly joined: readonly ActorRef[];
    readonly left: readonly ActorRef[];
    readonly actors: readonly VulnerableChange[];
  };
  /** Only when a wave is directed answers (see header). */
  readonly directed?: DirectedComparison;
}

export function change(before: number | null | undefined, after: number | null | undefined): Change {
  const b = before ?? null;
  const a = after ?? null;
  return { before: b, after: a, change: a === null || b === null ? null : a - b };
}

export function compareNetworks(before: CompareSide, after: CompareSide, options: CompareOptions = {}): Comparison {
  const share = options.brokerTopShare ?? COMPARE_DEFAULTS.brokerTopShare;
  const eps = options.epsilon ?? COMPARE_DEFAULTS.epsilon;
  const rb = before.report;
  const ra = after.report;

  const idsBefore = new Set(before.dataset.actors.map((a) => a.id));
  const idsAfter = new Set(after.dataset.actors.map((a) => a.id));
  const joined = [...idsAfter].filter((id) => !idsBefore.has(id)).sort(compareCodeUnits);
  const left = [...idsBefore].filter((id) => !idsAfter.has(id)).sort(compareCodeUnits);
  const ref = (id: string): ActorRef => ({ id, label: labelOf(id, ra, rb) });

  const ties = compareTies(before.dataset, after.dataset);

  const groupNames = [...new Set([...Object.keys(rb.groups), ...Object.keys(ra.groups)])].sort(compareCodeUnits);
  const groups = Object.fromEntries(
    groupNames.map((g) => {
      const gb = Object.hasOwn(rb.groups, g) ? rb.groups[g] : undefined;
      const ga = Object.hasOwn(ra.groups, g) ? ra.groups[g] : undefined;
      return [g, { actors: change(gb?.actors ?? 0, ga?.actors ?? 0), eiIndex: change(gb?.eiIndex, ga?.eiIndex) }];
    }),
  );

  const brokersBefore = brokerStates(rb, share, eps);
  const brokersAfter = brokerStates(ra, share, eps);
  const isBroker = (s: BrokerState | undefined): boolean => s !== undefined && (s.articulationPoint || s.topBetweenness);
  const listBrokers = (states: ReadonlyMap<string, BrokerState>): string[] =>
    [...states.entries()].filter(([, s]) => isBroker(s)).map(([id]) => id).sort(compareCodeUnits);
  const bBefore = listBrokers(brokersBefore);
  const bAfter = listBrokers(brokersAfter);
  const brokerChange = (id: string): BrokerChange => ({
    id,
    label: labelOf(id, ra, rb),
    before: brokersBefore.get(id) ?? null,
    after: brokersAfter.get(id) ?? null,
  });

  const vulnerable = compareVulnerable(before, after, options.closenessThreshold ?? COMPARE_DEFAULTS.closenessThreshold);

  return {
    schemaVersion: 1,
    kind: 'comparison',
    tool: { name: 'tuff', version: VERSION },
    before: { name: before.name, ties: rb.input.ties, groupBy: rb.input.groupBy, input: inputDescription(rb) },
    after: { name: after.name, ties: ra.input.ties, groupBy: ra.input.groupBy, input: inputDescription(ra) },
    actors: { before: idsBefore.size, after: idsAfter.size, stayed: idsAfter.size - joined.length, joined: joined.map(ref), left: left.map(ref) },
    ties,
    summary: {
      density: change(rb.summary.density, ra.summary.density),
      components: change(rb.summary.components, ra.summary.components),
      isolates: change(rb.summary.isolates, ra.summary.isolates),
      degreeCentralization: change(rb.summary.degreeCentralization, ra.summary.degreeCentralization),
      transitivity: change(rb.summary.transitivity, ra.summary.transitivity),
      modularity: change(rb.communities.modularity, ra.communities.modularity),
    },
    eiIndex: change(rb.eiIndex, ra.eiIndex),
    groups,
    brokers: {
      topShare: share,
      before: bBefore,
      after: bAfter,
      became: bAfter.filter((id) => !isBroker(brokersBefore.get(id))).map(brokerChange),
      stopped: bBefore.filter((id) => !isBroker(brokersAfter.get(id))).map(brokerChange),
    },
    vulnerable,
    ...(before.dataset.directed === undefined && after.dataset.directed === undefined ? {} : { directed: compareDirected(before, after) }),
  };
}

function compareDirected(before: CompareSide, after: CompareSide): DirectedComparison {
  const sb = before.report.summary;
  const sa = after.report.summary;
  const db = before.dataset.directed !== undefined;
  const da = after.dataset.directed !== undefined;
  const mutualBefore = mutualPairs(before.dataset);
  const mutualAfter = mutualPairs(after.dataset);
  const onlyIn = (xs: ReadonlyMap<string, readonly [string, string]>, ys: ReadonlyMap<string, readonly [string, string]>): (readonly [string, string])[] =>
    db && da ? [...xs].filter(([k]) => !ys.has(k)).map(([, p]) => p).sort((x, y) => compareCodeUnits(x[0], y[0]) || compareCodeUnits(x[1], y[1])) : [];
  return {
    before: db,
    after: da,
    arcs: change(db ? sb.arcs : null, da ? sa.arcs : null),
    reciprocity: change(db ? sb.reciprocity : null, da ? sa.reciprocity : null),
    dyads: {
      mutual: change(sb.dyadCensus?.mutual, sa.dyadCensus?.mutual),
      asymmetric: change(sb.dyadCensus?.asymmetric, sa.dyadCensus?.asymmetric),
      null: change(sb.dyadCensus?.null, sa.dyadCensus?.null),
    },
    responseRate: change(sb.responseRate, sa.responseRate),
    becameMutual: onlyIn(mutualAfter, mutualBefore),
    noLongerMutual: onlyIn(mutualBefore, mutualAfter),
  };
}

/** The pairs named both ways ([u, v], u < v by code units), by pair key; none for undirected data. */
function mutualPairs(dataset: Dataset): Map<string, readonly [string, string]> {
  const arcs = new Set((dataset.directed?.arcs ?? []).map((a) => pairKey(a.source, a.target)));
  const out = new Map<string, readonly [string, string]>();
  for (const a of dataset.directed?.arcs ?? []) {
    if (compareCodeUnits(a.source, a.target) < 0 && arcs.has(pairKey(a.target, a.source))) out.set(pairKey(a.source, a.target), [a.source, a.target]);
  }
  return out;
}

function pairKey(source: string, target: string): string {
  return `${source}\u0000${target}`;
}

function compareTies(before: Dataset, after: Dataset): Comparison['ties'] {
  const wb = new Map(before.ties.map((t) => [pairKey(t.source, t.target), t]));
  const wa = new Map(after.ties.map((t) => [pairKey(t.source, t.target), t]));
  const byPair = (x: readonly [string, string], y: readonly [string, string]): number =>
    compareCodeUnits(x[0], y[0]) || compareCodeUnits(x[1], y[1]);
  const gained = after.ties.filter((t) => !wb.has(pairKey(t.source, t.target))).map((t) => [t.source, t.target] as const).sort(byPair);
  const lost = before.ties.filter((t) => !wa.has(pairKey(t.source, t.target))).map((t) => [t.source, t.target] as const).sort(byPair);
  const reweighted = after.ties
    .flatMap((t) => {
      const old = wb.get(pairKey(t.source, t.target));
      return old !== undefined && old.weight !== t.weight ? [{ source: t.source, target: t.target, before: old.weight, after: t.weight }] : [];
    })
    .sort((x, y) => byPair([x.source, x.target], [y.source, y.target]));
  const kept = after.ties.length - gained.length;
  const union = before.ties.length + gained.length;
  return {
    before: before.ties.length,
    after: after.ties.length,
    kept,
    gained,
    lost,
    reweighted,
    jaccard: union === 0 ? null : kept / union,
  };
}

/** Broker state of every actor of a wave (see header). */
export function brokerStates(report: Report, share: number, eps: number): Map<string, BrokerState> {
  const entries = Object.entries(report.actors);
  const values = entries.map(([, a]) => a.betweenness).sort((x, y) => y - x);
  const k = Math.max(1, Math.ceil(share * entries.length));
  const threshold = values[Math.min(k, values.length) - 1] ?? Infinity;
  const out = new Map<string, BrokerState>();
  for (const [id, a] of entries) {
    out.set(id, {
      articulationPoint: a.articulationPoint,
      betweenness: a.betweenness,
      topBetweenness: a.betweenness > eps && a.betweenness >= threshold - eps,
    });
  }
  return out;
}

/** The verdict on one vulnerable actor present in both waves (see header). */
export function vulnerableVerdict(
  inLargest: { readonly before: boolean; readonly after: boolean },
  degree: { readonly before: number; readonly after: number },
  closeness: { readonly before: number; readonly after: number },
  threshold: number,
): { verdict: VulnerableVerdict; reason: VulnerableReason } {
  if (inLargest.after && !inLargest.before) return { verdict: 'closer', reason: 'joined-largest-component' };
  if (inLargest.before && !inLargest.after) return { verdict: 'further', reason: 'left-largest-component' };
  if (degree.after > degree.before) return { verdict: 'closer', reason: 'gained-ties' };
  if (degree.after < degree.before) return { verdict: 'further', reason: 'lost-ties' };
  const dc = closeness.after - closeness.before;
  // A hair below the threshold still counts, so 0.02 written as a float difference is a verdict.
  if (dc >= threshold - 1e-12) return { verdict: 'closer', reason: 'closeness-rose' };
  if (dc <= -threshold + 1e-12) return { verdict: 'further', reason: 'closeness-fell' };
  return { verdict: 'same', reason: 'no-change-that-matters' };
}

function compareVulnerable(before: CompareSide, after: CompareSide, threshold: number): Comparison['vulnerable'] {
  const ab = new Map(before.dataset.actors.map((a) => [a.id, a]));
  const aa = new Map(after.dataset.actors.map((a) => [a.id, a]));
  const flagged = [...new Set([...ab.keys(), ...aa.keys()])].filter((id) => isVulnerable(ab.get(id)) || isVulnerable(aa.get(id))).sort(compareCodeUnits);
  const joined = flagged.filter((id) => !ab.has(id));
  const left = flagged.filter((id) => !aa.has(id));
  const actors: VulnerableChange[] = [];
  for (const id of flagged) {
    const mb = before.report.actors[id];
    const ma = after.report.actors[id];
    if (mb === undefined || ma === undefined || !ab.has(id) || !aa.has(id)) continue;
    const inBefore = mb.component === 0;
    const inAfter = ma.component === 0;
    const { verdict, reason } = vulnerableVerdict(
      { before: inBefore, after: inAfter },
      { before: mb.degree, after: ma.degree },
      { before: mb.closeness, after: ma.closeness },
      threshold,
    );
    actors.push({
      id,
      label: labelOf(id, after.report, before.report),
      inLargestComponent: { before: inBefore, after: inAfter },
      closeness: change(mb.closeness, ma.closeness),
      degree: change(mb.degree, ma.degree),
      verdict,
      reason,
    });
  }
  const count = (v: VulnerableVerdict): number => actors.filter((a) => a.verdict === v).length;
  const ref = (id: string): ActorRef => ({ id, label: labelOf(id, after.report, before.report) });
  return { closenessThreshold: threshold, closer: count('closer'), further: count('further'), same: count('same'), joined: joined.map(ref), left: left.map(ref), actors };
}

function labelOf(id: string, first: Report, second: Report): string | null {
  const a = Object.hasOwn(first.actors, id) ? first.actors[id] : undefined;
  const b = Object.hasOwn(second.actors, id) ? second.actors[id] : undefined;
  return a?.label ?? b?.label ?? null;
}
