/**
 * The recommendation engine: the registry of rules (one per file in
 * rules/), run over one shared RuleContext, ordered deterministically and
 * rendered into the report's `recommendations` in the chosen language.
 *
 * Order: severity (critical, warning, info), then rule id (code units), then
 * the rule's own ranking (each rule returns its findings most important
 * first, ties broken by id — e.g. the single broker cutting off the most
 * actors first). The rule's ranking replaces "first actor" as the last key
 * because it keeps the most important finding of a kind on top; it is as
 * deterministic, since every rule breaks its ties by index (= id order).
 *
 * Bounds: at most `maxFindingsPerRule` findings per rule; the rest become
 * one summary recommendation of that rule (its severity the highest among
 * them, its actors their union, capped), so the output stays bounded on very
 * large networks while the counts stay exact.
 *
 * Pure and synchronous. A --facilitator id that is not an actor is a
 * UsageError (exit 2).
 */

import type { Analysis, Dataset, Recommendation, Severity } from '../types.js';
import { SEVERITIES } from '../types.js';
import type { Lang } from '../options.js';
import { buildNetwork, type Network } from '../model/network.js';
import { InternalError, UsageError } from '../errors.js';
import { compareCodeUnits } from '../util/sort.js';
import { createRuleFormat, ruleCatalogue, type RuleCatalogue, type RuleFormat } from '../i18n/rules.js';
import { combine } from './combine.js';
import { createContext, type RuleContext } from './context.js';
import { THRESHOLDS, type Thresholds } from './thresholds.js';
import type { Finding, FindingOf, Json, Rule, RuleId } from './types.js';
import { communityCrossesSectors } from './rules/community-crosses-sectors.js';
import { communityIsolated } from './rules/community-isolated.js';
import { detachedGroups } from './rules/detached-groups.js';
import { dominantHub } from './rules/dominant-hub.js';
import { facilitatorDependence } from './rules/facilitator-dependence.js';
import { fragileTie } from './rules/fragile-tie.js';
import { introductions } from './rules/introductions.js';
import { isolatedActors } from './rules/isolated-actors.js';
import { lowResponseRate } from './rules/low-response-rate.js';
import { namedNotNaming } from './rules/named-not-naming.js';
import { unconfirmedTies } from './rules/unconfirmed-ties.js';
import { missingSectorLink } from './rules/missing-sector-link.js';
import { potentialBrokers } from './rules/potential-brokers.js';
import { sectorSilo } from './rules/sector-silo.js';
import { singleBroker } from './rules/single-broker.js';
import { vulnerableCitizensPeripheral } from './rules/vulnerable-citizens-peripheral.js';
import { whatIfLeaves } from './rules/what-if-leaves.js';

/** Every rule, by id. */
export const RULES: { readonly [R in RuleId]: Rule<R> } = Object.freeze({
  'community-crosses-sectors': communityCrossesSectors,
  'community-isolated': communityIsolated,
  'detached-groups': detachedGroups,
  'dominant-hub': dominantHub,
  'facilitator-dependence': facilitatorDependence,
  'fragile-tie': fragileTie,
  introductions,
  'isolated-actors': isolatedActors,
  'low-response-rate': lowResponseRate,
  'missing-sector-link': missingSectorLink,
  'named-not-naming': namedNotNaming,
  'potential-brokers': potentialBrokers,
  'sector-silo': sectorSilo,
  'single-broker': singleBroker,
  'unconfirmed-ties': unconfirmedTies,
  'vulnerable-citizens-peripheral': vulnerableCitizensPeripheral,
  'what-if-leaves': whatIfLeaves,
});

export interface RecommendInput {
  readonly dataset: Dataset;
  readonly analysis: Analysis;
  /** The Network of `dataset`, when the caller already built it. */
  readonly network?: Network;
  readonly lang: Lang;
  /** --facilitator: an actor id (trimmed and NFC-normalised like the input ids), or null. */
  readonly facilitator?: string | null;
  readonly thresholds?: Thresholds;
}

/** One entry of the ordered output: a rule's finding (with those folded into it), or the summary of what the per-rule cap left out. */
export type Ranked =
  | {
      readonly kind: 'finding';
      readonly rank: number;
      readonly finding: Finding;
      /** Findings with the same cause, folded into this one (combine.ts). */
      readonly folded: readonly Finding[];
      /** The highest severity of the finding and those folded into it. */
      readonly severity: Severity;
    }
  | {
      readonly kind: 'omitted';
      readonly rank: number;
      readonly rule: RuleId;
      readonly severity: Severity;
      readonly count: number;
      readonly shown: number;
      readonly actors: readonly string[];
      readonly groups: readonly string[];
    };

export function recommend(input: RecommendInput): Recommendation[] {
  const network = input.network ?? buildNetwork(input.dataset);
  const facilitator = resolveFacilitator(input.dataset, input.facilitator ?? null);
  const ctx = createContext({
    dataset: input.dataset,
    network,
    analysis: input.analysis,
    thresholds: input.thresholds ?? THRESHOLDS,
    facilitator,
  });
  const catalogue = ruleCatalogue(input.lang);
  const labels = new Map(input.dataset.actors.map((a) => [a.id, a.label] as const));
  const format = createRuleFormat(catalogue, (id) => labels.get(id) ?? null, ctx.groupKind);
  return runRules(ctx).map((entry) => toRecommendation(entry, catalogue, format, ctx.thresholds.maxActorsPerFinding));
}

/**
 * Run every rule on a context, fold findings with one cause into one item
 * (combine.ts), order the items and cap them per rule (exported for tests).
 */
export function runRules(ctx: RuleContext): Ranked[] {
  const cap = ctx.thresholds.maxFindingsPerRule;
  const all: { finding: Finding; rank: number }[] = [];
  for (const id of Object.keys(RULES) as RuleId[]) {
    const found = (RULES[id] as Rule).run(ctx) as readonly Finding[];
    found.forEach((finding, rank) => all.push({ finding, rank }));
  }
  const byOutput = (
    a: { severity: Severity; rule: RuleId; rank: number },
    b: { severity: Severity; rule: RuleId; rank: number },
  ): number => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || compareCodeUnits(a.rule, b.rule) || a.rank - b.rank;
  const key = (e: { finding: Finding; rank: number }) => ({ severity: e.finding.severity, rule: e.finding.rule, rank: e.rank });
  all.sort((a, b) => byOutput(key(a), key(b)));
  const rankOf = new Map(all.map((e) => [e.finding, e.rank] as const));
  const items = combine(all.map((e) => e.finding)).map((c) => ({ ...c, rank: rankOf.get(c.lead)! }));
  items.sort((a, b) => byOutput({ severity: a.severity, rule: a.lead.rule, rank: a.rank }, { severity: b.severity, rule: b.lead.rule, rank: b.rank }));

  const out: Ranked[] = [];
  const kept = new Map<RuleId, number>();
  const rest = new Map<RuleId, (typeof items)[number][]>();
  for (const item of items) {
    const rule = item.lead.rule;
    const n = kept.get(rule) ?? 0;
    if (n < cap) {
      for (const f of [item.lead, ...item.folded]) checkFinite(f.evidence, `${f.rule} evidence`);
      out.push({ kind: 'finding', rank: item.rank, finding: item.lead, folded: item.folded, severity: item.severity });
      kept.set(rule, n + 1);
    } else {
      const list = rest.get(rule);
      if (list === undefined) rest.set(rule, [item]);
      else list.push(item);
    }
  }
  for (const [rule, list] of rest) {
    const findingsLeft = list.flatMap((c) => [c.lead, ...c.folded]);
    const severity = SEVERITIES.find((s) => list.some((c) => c.severity === s)) ?? 'info';
    const actors = [...new Set(findingsLeft.flatMap((f) => f.actors))].sort(compareCodeUnits).slice(0, ctx.thresholds.maxActorsPerFinding);
    const groups = [...new Set(findingsLeft.flatMap((f) => f.groups))].sort(compareCodeUnits);
    out.push({ kind: 'omitted', rank: cap, rule, severity, count: list.length, shown: cap, actors, groups });
  }
  const severityOf = (r: Ranked): Severity => r.severity;
  const ruleOf = (r: Ranked): RuleId => (r.kind === 'finding' ? r.finding.rule : r.rule);
  return out.sort(
    (a, b) =>
      SEVERITIES.indexOf(severityOf(a)) - SEVERITIES.indexOf(severityOf(b)) ||
      compareCodeUnits(ruleOf(a), ruleOf(b)) ||
      a.rank - b.rank,
  );
}

/** The findings alone, in output order, each item's lead followed by the findings folded into it (for tests and library users). */
export function findings(ctx: RuleContext): Finding[] {
  return runRules(ctx).flatMap((r) => (r.kind === 'finding' ? [r.finding, ...r.folded] : []));
}

function toRecommendation(entry: Ranked, catalogue: RuleCatalogue, format: RuleFormat, maxActors: number): Recommendation {
  if (entry.kind === 'omitted') {
    return {
      rule: entry.rule,
      severity: entry.severity,
      actors: entry.actors,
      groups: entry.groups,
      evidence: { metric: 'omittedFindings', value: entry.count, threshold: entry.shown, comparison: 'findings beyond the per-rule cap' },
      message: catalogue.omitted(catalogue.titles(format.kind)[entry.rule], entry.count, entry.shown),
    };
  }
  const f = entry.finding;
  const message = renderMessage(f, catalogue, format);
  if (entry.folded.length === 0) {
    return { rule: f.rule, severity: entry.severity, actors: f.actors, groups: f.groups, evidence: f.evidence, message };
  }
  const all = [f, ...entry.folded];
  const more = mergedSentences(f, entry.folded, catalogue, format);
  return {
    rule: f.rule,
    severity: entry.severity,
    // Everyone the fact concerns; an introduction's partners are suggestions, kept in its `merged` entry.
    actors: [...new Set(all.flatMap((x) => (x.rule === 'introductions' ? [] : x.actors)))].sort(compareCodeUnits).slice(0, maxActors),
    groups: [...new Set(all.flatMap((x) => x.groups))].sort(compareCodeUnits),
    evidence: f.evidence,
    message: more.length === 0 ? message : `${message} ${more.join(' ')}`,
    merged: entry.folded.map((x) => ({ rule: x.rule, severity: x.severity, actors: x.actors, groups: x.groups, evidence: x.evidence })),
  };
}

/**
 * The sentences that say the folded findings inside the lead's item, in a
 * fixed order (vulnerable actors, fragile ties, hub, what-if, introductions),
 * without repeating the lead's fact: a vulnerable actor behind its only gate,
 * a what-if whose cut-off group is the lead's, or an introduction the lead
 * already suggests are said once.
 */
function mergedSentences(lead: Finding, folded: readonly Finding[], catalogue: RuleCatalogue, f: RuleFormat): string[] {
  const t = catalogue.merged;
  const out: string[] = [];
  const of = <R extends RuleId>(rule: R): FindingOf<R>[] => folded.filter((x) => x.rule === rule) as unknown as FindingOf<R>[];
  const pair = (x: FindingOf<'introductions'>): readonly [string, string] => [x.params.a, x.params.b];
  const samePair = (x: FindingOf<'introductions'>, a: string, b: string): boolean =>
    (x.params.a === a && x.params.b === b) || (x.params.a === b && x.params.b === a);
  const intros = of('introductions');
  const closer = (rest: readonly FindingOf<'introductions'>[]): void => {
    const byActor = new Map<string, string[]>();
    for (const x of rest) {
      const v = x.params.vulnerable;
      if (v === null) continue;
      const partner = x.params.a === v ? x.params.b : x.params.a;
      const list = byActor.get(v);
      if (list === undefined) byActor.set(v, [partner]);
      else list.push(partner);
    }
    for (const [v, list] of byActor) out.push(t.closer(list, v, f));
  };

  if (lead.rule === 'single-broker' || lead.rule === 'detached-groups') {
    const vulnerable = of('vulnerable-citizens-peripheral').map((x) => x.params.actor).sort(compareCodeUnits);
    const size = lead.rule === 'single-broker' ? lead.params.count : lead.params.size;
    if (vulnerable.length > 0) out.push(t.vulnerable(vulnerable, size, f));
  }
  if (lead.rule === 'single-broker') {
    const b = lead.params.broker;
    for (const x of of('fragile-tie')) out.push(t.fragileTie(x.params, f));
    for (const x of of('dominant-hub')) out.push(t.hub(x.params, f));
    for (const x of of('facilitator-dependence')) out.push(t.facilitator(x.params, f));
    for (const x of of('what-if-leaves')) out.push(x.params.actor === b ? t.whatIf(x.params, f) : renderMessage(x, catalogue, f));
    const s = lead.params.suggestion;
    const around = intros.filter((x) => x.params.around === b);
    const others = around.filter((x) => s === null || !samePair(x, s[0], s[1])).map(pair);
    if (others.length > 0) out.push(t.around(others, b, s !== null, f));
    closer(intros.filter((x) => x.params.around !== b));
  }
  if (lead.rule === 'vulnerable-citizens-peripheral') {
    for (const x of of('isolated-actors')) out.push(t.firstContact(x.params, f));
    // A fragile tie to its only gate is already said by the lead ("only through …").
    closer(intros);
  }
  if (lead.rule === 'missing-sector-link') {
    const s = lead.params.suggestion;
    const others = intros.filter((x) => s === null || !samePair(x, s.a, s.b)).map(pair);
    if (others.length > 0) out.push(t.across(others, f));
  }
  if (lead.rule === 'dominant-hub') {
    for (const x of of('what-if-leaves')) out.push(renderMessage(x, catalogue, f));
  }
  return out;
}

/** The sentence of one finding in the catalogue's language. */
export function renderMessage(finding: Finding, catalogue: RuleCatalogue, format: RuleFormat): string {
  return render(finding, catalogue, format);
}

function render<R extends RuleId>(finding: FindingOf<R>, catalogue: RuleCatalogue, format: RuleFormat): string {
  const message: (params: FindingOf<R>['params'], f: RuleFormat) => string = catalogue.messages[finding.rule];
  return message(finding.params, format);
}

/**
 * The facilitator's index check: ids are trimmed and NFC-normalised like the
 * reader's. An unknown id is a usage error; when a label matches, the message
 * names the id to use.
 */
export function resolveFacilitator(dataset: Dataset, raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const id = raw.trim().normalize('NFC');
  if (id === '') throw new UsageError({ code: 'facilitator-empty', params: {} });
  if (dataset.actors.some((a) => a.id === id)) return id;
  const byLabel = dataset.actors.find((a) => a.label !== null && a.label.trim().normalize('NFC') === id);
  throw new UsageError({
    code: 'facilitator-unknown',
    params: { id, byLabel: byLabel === undefined ? null : { id: byLabel.id, label: byLabel.label ?? '' } },
  });
}

function checkFinite(value: Json, where: string): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InternalError(`${where}: a number is ${value}`);
  } else if (Array.isArray(value)) {
    for (const v of value as readonly Json[]) checkFinite(v, where);
  } else if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) checkFinite(v as Json, where);
  }
}
