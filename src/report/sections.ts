/**
 * What the text, Markdown and HTML reports say, chosen once so the three
 * cannot drift apart; each renderer only lays it out (padding and colour,
 * GitHub tables, HTML) and escapes it. Pure.
 *
 * - `summaryFacts`: the network in figures, label and rounded value in the
 *   language, in a fixed order; the network's E-I only when there are groups.
 * - `topBrokers`: the actors with ties, by betweenness (descending, then id),
 *   and `BROKER_METRICS`, the figures their table shows for each.
 * - `clusterList`: the informal clusters of two or more actors, by community
 *   number, each with its members by betweenness (descending, then id).
 * - `groupMix`: "civil 3, public 2" — the group values among some actors, most
 *   frequent first, then by value; empty without a group column.
 */

import type { Messages } from '../i18n/messages.js';
import type { Lang } from '../options.js';
import { ANALYSIS_NOTE_CODES, type ActorMetrics, type Report } from '../types.js';
import { groupValueOf } from '../util/group.js';
import { byValueDescThenId, compareCodeUnits } from '../util/sort.js';
import { actorIds } from './columns.js';
import { clip, formatPercent, numberFormatter } from './format.js';
import { describeInput } from './input-shape.js';

export interface SummaryFactsOptions {
  /** Include the actor and tie counts (the HTML shows them on cards instead). */
  readonly counts: boolean;
  /** How the network's E-I value and its reading are joined, e.g. `0,25 (mostly bridging)`. */
  readonly ei: (value: string, meaning: string) => string;
}

/** [label, value] pairs of the network in figures (see header). */
export function summaryFacts(report: Report, t: Messages, lang: Lang, options: SummaryFactsOptions): [string, string][] {
  const s = report.summary;
  const num = numberFormatter(lang, t.notDefined);
  const facts: [string, string][] = options.counts
    ? [
        [t.actors, String(s.actors)],
        [t.ties, String(s.ties)],
      ]
    : [];
  facts.push(
    [t.density, formatPercent(s.density, 1, lang)],
    [t.components, String(s.components)],
    [t.isolates, String(s.isolates)],
    [t.degreeCentralization, num(s.degreeCentralization, 2)],
    [t.transitivity, num(s.transitivity, 2)],
    [t.averageClustering, num(s.averageClustering, 2)],
    [t.diameter, String(s.diameterOfLargestComponent)],
    [t.averagePath, num(s.averageShortestPathLargestComponent, 2)],
  );
  if (report.input.groupBy !== null) {
    facts.push([t.networkEi, report.eiIndex === null ? t.notDefined : options.ei(num(report.eiIndex, 2), t.eiMeaning(report.eiIndex))]);
  }
  return facts;
}

/** The numeric figures of the brokers' table of the text and Markdown reports, between the sector and the cut-point columns (headings and decimals: columns.ts). */
export const BROKER_METRICS = ['degree', 'betweenness', 'constraint', 'effectiveSize'] as const satisfies readonly (keyof ActorMetrics)[];

/** The top `top` actors with at least one tie, by betweenness (descending, then id). */
export function topBrokers(report: Report, top: number): string[] {
  return byBetweenness(report, actorIds(report))
    .filter((id) => report.actors[id]!.degree > 0)
    .slice(0, top);
}

/** Ids by betweenness, descending, then by id (code units). */
export function byBetweenness(report: Report, ids: readonly string[]): string[] {
  return byValueDescThenId(ids, (id) => report.actors[id]!.betweenness, (id) => id);
}

export interface Cluster {
  /** The community number (communities.partition). */
  readonly index: number;
  /** Members by betweenness, descending, then id. */
  readonly members: readonly string[];
}

/** The communities of two or more actors, by number. */
export function clusterList(report: Report): Cluster[] {
  const members = new Map<number, string[]>();
  for (const id of actorIds(report)) {
    const k = report.communities.partition[id];
    if (k === undefined) continue;
    const list = members.get(k) ?? [];
    list.push(id);
    members.set(k, list);
  }
  return [...members.entries()]
    .filter(([, list]) => list.length > 1)
    .sort((a, b) => a[0] - b[0])
    .map(([index, list]) => ({ index, members: byBetweenness(report, list) }));
}

/** The group values among `ids` with their counts, most frequent first, then by value; '' without groups. */
export function groupMix(report: Report, ids: readonly string[]): string {
  if (report.input.groupBy === null) return '';
  const counts = new Map<string, number>();
  for (const id of ids) {
    const g = groupValueOf(report.actors[id]!, report.input.groupBy);
    if (g !== null) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]))
    .map(([g, k]) => `${g} ${k}`)
    .join(', ');
}

/**
 * The group column as the user wrote it in their file (`sektor`, not the canonical `sector`), for the report's
 * opening lines; the canonical name when there is no actors file header (one-file networks, the library).
 */
export function groupColumnAsWritten(report: Report): string | null {
  const groupBy = report.input.groupBy;
  if (groupBy === null) return null;
  return report.input.columns[`actors.${groupBy}`] ?? groupBy;
}

/** The rows of the kinds-of-tie table: kind, analysed, ties, density, internal, external, the groups joined. */
export function tieTypeRows(report: Report, t: Messages, lang: Lang): string[][] {
  return (report.tieTypes?.types ?? []).map((k) => [
    k.type,
    k.analysed ? t.yes : t.doc.no,
    String(k.ties),
    numberFormatter(lang, t.notDefined)(k.density, 3),
    String(k.internalTies),
    String(k.externalTies),
    k.groupPairs.slice(0, 4).map((p) => `${p.groups[0] === p.groups[1] ? p.groups[0] : `${p.groups[0]}–${p.groups[1]}`} ${p.ties}`).join(', ') +
      (k.groupPairs.length > 4 ? ', …' : ''),
  ]);
}

/** One of the two sections of an attendance list's report (text, Markdown, HTML lay it out alike). */
export interface TwoModeSection {
  /** The HTML anchor. */
  readonly id: 'activities-together' | 'sharing-nothing';
  readonly heading: string;
  /** What the section shows, or, when it has no lines, why not. */
  readonly intro: string;
  readonly lines: readonly string[];
}

/**
 * An attendance list's sections (report key `twoMode`): the activities that bring groups together (the heading says
 * sectors when the groups are the sector column) with their groups, and the actors who share no activity with anyone;
 * [] for any other shape. Activity names are clipped to 60 characters; `name` shows an actor.
 */
export function twoModeSections(report: Report, t: Messages, name: (id: string) => string): TwoModeSection[] {
  const found = report.twoMode;
  if (found === undefined) return [];
  const column = groupColumnAsWritten(report);
  const together = found.bringTogether.map((a) => t.activityGroups(clip(a.activity, 60), a.participants, a.groups));
  const alone = found.sharingNothing.map((a) => t.sharesNothing(name(a.actor), a.activities));
  return [
    {
      id: 'activities-together',
      heading: t.sectionBringTogether(report.input.groupBy === 'sector'),
      intro: column === null ? t.bringTogetherNoGroups : together.length === 0 ? t.noBringTogether : t.bringTogetherIntro(column),
      lines: together,
    },
    { id: 'sharing-nothing', heading: t.sectionSharingNothing, intro: alone.length === 0 ? t.everyoneShares : t.sharingNothingIntro, lines: alone },
  ];
}

/** What the reader made of the input: which shape was read (always; input-shape.ts), then weights read as distances and the directed answers in figures. */
export function inputShapeLines(report: Report, t: Messages): string[] {
  const lines: string[] = [describeInput(report, t)];
  if (report.input.weightMeans === 'distance') lines.push(t.weightDistanceLine(report.input.columns['weight'] ?? 'weight'));
  if (report.input.directed === true && report.summary.arcs !== undefined) {
    lines.push(t.directedLine(report.summary.arcs));
    const r = report.responses;
    if (r !== undefined) lines.push(t.responseLine(r.respondents, report.summary.actors, r.responseRate, r.tiesKnownFromOneSide));
  }
  return lines;
}

/** The directed answers in figures ([label, value]); empty for undirected data. */
export function directedFacts(report: Report, t: Messages, lang: Lang): [string, string][] {
  const s = report.summary;
  if (report.input.directed !== true || s.arcs === undefined || s.dyadCensus === undefined) return [];
  const num = numberFormatter(lang, t.notDefined);
  const facts: [string, string][] = [
    [t.arcs, String(s.arcs)],
    [t.reciprocity, num(s.reciprocity, 2)],
    [t.dyads, t.dyadsValue(s.dyadCensus.mutual, s.dyadCensus.asymmetric, s.dyadCensus.null)],
  ];
  const r = report.responses;
  if (r !== undefined) {
    facts.push([t.responseRate, formatPercent(r.responseRate, 0, lang)], [t.reciprocityAmongRespondents, num(r.reciprocityAmongRespondents, 2)]);
  }
  return facts;
}

/** The `top` actors most named by others (in-degree, then in-strength, descending, then id). */
export function mostNamed(report: Report, top: number): string[] {
  return byValueDescThenId(actorIds(report), (id) => (report.actors[id]!.inDegree ?? 0) * 1e9 + (report.actors[id]!.inStrength ?? 0), (id) => id)
    .filter((id) => (report.actors[id]!.inDegree ?? 0) > 0)
    .slice(0, top);
}

/** The sentence saying how many recommendations rest on non-respondents, or null. */
export function restsOnNonRespondentsLine(report: Report, t: Messages): string | null {
  const found = report.responses?.findingsOnNonRespondents ?? [];
  if (found.length === 0) return null;
  const actors = new Set(found.flatMap((f) => f.actors));
  return t.restsOnNonRespondents(found.length, actors.size);
}

/**
 * What every report format says about how values were computed: that the
 * path metrics are estimates (large networks), whether the estimates can
 * tell who the 20 actors with the highest betweenness are, and that the
 * eigenvector did not converge. Empty when there is nothing to say.
 */
export function estimateLines(report: Report, t: Messages): string[] {
  const codes = new Set(report.dataQuality.warnings.map((w) => w.code));
  const lines: string[] = [];
  if (codes.has('betweenness-estimated') || codes.has('directed-betweenness-estimated')) lines.push(t.estimatesLine);
  if (codes.has('betweenness-top-uncertain')) lines.push(t.topUncertainLine);
  if (codes.has('eigenvector-not-converged')) lines.push(t.eigenvectorLine);
  return lines;
}

/**
 * Warnings about the input files. Notes of the analysis itself
 * (ANALYSIS_NOTE_CODES: estimates, a sample replaced by exact values, an
 * eigenvector that did not converge) are not problems of the data: the
 * reports speak of them through estimateLines.
 */
export function inputWarningCount(report: Report): number {
  const notes: ReadonlySet<string> = new Set(ANALYSIS_NOTE_CODES);
  return report.dataQuality.warnings.filter((w) => !notes.has(w.code)).length;
}

/** The cut points, most actors cut off first (ActorMetrics.cutOff), then id: the order of every report's list. */
export function cutPointsByCutOff(report: Report): string[] {
  const cut = Object.keys(report.actors).filter((id) => report.actors[id]!.articulationPoint);
  return byValueDescThenId(cut, (id) => report.actors[id]!.cutOff, (id) => id);
}
