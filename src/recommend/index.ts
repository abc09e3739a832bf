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

/** One entry of the ordered output: a rule's finding, or the summary of what the per-rule cap left out. */
export type Ranked =
  | { readonly kind: 'finding'; readonly rank: number; readonly finding: Finding }
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
  return runRules(ctx).map((entry) => toRecommendation(entry, catalogue, format));
}

/** Run every rule on a context and order the results (exported for tests). */
export function runRules(ctx: RuleContext): Ranked[] {
  const cap = ctx.thresholds.maxFindingsPerRule;
  const out: Ranked[] = [];
  for (const id of Object.keys(RULES) as RuleId[]) {
    const findings = (RULES[id] as Rule).run(ctx) as readonly Finding[];
    findings.slice(0, cap).forEach((finding, rank) => {
      checkFinite(finding.evidence, `${id} evidence`);
      out.push({ kind: 'finding', rank, finding });
    });
    if (findings.length > cap) {
      const rest = findings.slice(cap);
      const severity = SEVERITIES.find((s) => rest.some((f) => f.severity === s)) ?? 'info';
      const actors = [...new Set(rest.flatMap((f) => f.actors))].sort(compareCodeUnits).slice(0, ctx.thresholds.maxActorsPerFinding);
      const groups = [...new Set(rest.flatMap((f) => f.groups))].sort(compareCodeUnits);
      out.push({ kind: 'omitted', rank: cap, rule: id, severity, count: rest.length, shown: cap, actors, groups });
    }
  }
  const severityOf = (r: Ranked): Severity => (r.kind === 'finding' ? r.finding.severity : r.severity);
  const ruleOf = (r: Ranked): RuleId => (r.kind === 'finding' ? r.finding.rule : r.rule);
  return out.sort(
    (a, b) =>
      SEVERITIES.indexOf(severityOf(a)) - SEVERITIES.indexOf(severityOf(b)) ||
      compareCodeUnits(ruleOf(a), ruleOf(b)) ||
      a.rank - b.rank,
  );
}

/** The findings alone, in output order (for tests and library users). */
export function findings(ctx: RuleContext): Finding[] {
  return runRules(ctx).flatMap((r) => (r.kind === 'finding' ? [r.finding] : []));
}

function toRecommendation(entry: Ranked, catalogue: RuleCatalogue, format: RuleFormat): Recommendation {
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
  return {
    rule: f.rule,
    severity: f.severity,
    actors: f.actors,
    groups: f.groups,
    evidence: f.evidence,
    message: renderMessage(f, catalogue, format),
  };
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
  if (id === '') throw new UsageError('--facilitator needs an actor id');
  if (dataset.actors.some((a) => a.id === id)) return id;
  const byLabel = dataset.actors.find((a) => a.label !== null && a.label.trim().normalize('NFC') === id);
  const hint = byLabel === undefined ? ' (ids are matched exactly, case-sensitive)' : `; did you mean the id "${byLabel.id}" (label "${byLabel.label}")?`;
  throw new UsageError(`--facilitator: no actor with id "${id}" in the network${hint}`);
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
