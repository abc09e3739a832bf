/**
 * The per-actor columns, one spec for every renderer: the metrics of
 * `ReportActor` in report order, each with a fixed type, so a column has the
 * same type in every file tuff writes (a metric that happens to be whole
 * numbers in one network is still `double`), and, for the reports for people,
 * its decimals and heading. CSV, GEXF and GraphML write every metric of the
 * spec; the HTML actor table and map panel, and the brokers' tables of text
 * and Markdown, choose some by key and take heading and decimals from here.
 * The spec is typed against ActorMetrics and DirectedActorMetrics, so a new
 * metric does not compile until it has its entry. Plus the actor attribute
 * columns. (Who is vulnerable: util/vulnerable.ts.)
 *
 * Attribute columns are the union of the actors' attribute names, in the
 * order first met walking the actors in id order (= the actors file's column
 * order). An attribute whose name would clash with a fixed column (`id`,
 * `label`, `sector` or a metric name) is written as `attribute.<name>`.
 */

import type { Messages } from '../i18n/messages.js';
import type { ActorMetrics, DirectedActorMetrics, Report, ReportActor } from '../types.js';
import { compareCodeUnits } from '../util/sort.js';
import type { NumberFormatter } from './format.js';

export type MetricKind = 'integer' | 'double' | 'boolean';

/** The kinds a metric of value type V may have: a boolean is 'boolean', a number 'integer' or 'double'. */
type KindOf<V> = [NonNullable<V>] extends [boolean] ? 'boolean' : [NonNullable<V>] extends [number] ? 'integer' | 'double' : never;

/** One metric's column: its file type and how people see it. */
export interface MetricSpec {
  readonly kind: MetricKind;
  /** Decimals in the reports for people (text, Markdown, HTML); 0 for integers and booleans, which are written as they are. */
  readonly digits: number;
  /** Its heading in the reports for people, where they show it. */
  readonly label?: (t: Messages) => string;
}

/** A spec for every key of T (optional keys too), each typed by its value: a metric left out, or of the wrong kind, does not compile. */
type MetricSpecs<T> = { readonly [K in keyof T]-?: MetricSpec & { readonly kind: KindOf<T[K]> } };

/**
 * Every metric of ActorMetrics, in the JSON report's key order (report/build.ts).
 * A new metric in ActorMetrics is a compile error here until it has its spec;
 * from here it reaches CSV, GEXF and GraphML with no other change.
 */
export const ACTOR_METRICS = Object.freeze({
  degree: { kind: 'integer', digits: 0, label: (t) => t.colTies },
  strength: { kind: 'double', digits: 1, label: (t) => t.doc.colStrength },
  betweenness: { kind: 'double', digits: 3, label: (t) => t.colBetweenness },
  weightedBetweenness: { kind: 'double', digits: 3 },
  closeness: { kind: 'double', digits: 3, label: (t) => t.doc.colCloseness },
  harmonic: { kind: 'double', digits: 3 },
  eigenvector: { kind: 'double', digits: 3, label: (t) => t.doc.colEigenvector },
  pagerank: { kind: 'double', digits: 3 },
  constraint: { kind: 'double', digits: 3, label: (t) => t.colConstraint },
  effectiveSize: { kind: 'double', digits: 1, label: (t) => t.colEffectiveSize },
  clustering: { kind: 'double', digits: 2, label: (t) => t.doc.colClustering },
  articulationPoint: { kind: 'boolean', digits: 0, label: (t) => t.colCutPoint },
  cutOff: { kind: 'integer', digits: 0 },
  component: { kind: 'integer', digits: 0 },
  eiIndex: { kind: 'double', digits: 2 },
  participation: { kind: 'double', digits: 2 },
  community: { kind: 'integer', digits: 0, label: (t) => t.doc.colCluster },
} satisfies MetricSpecs<ActorMetrics>);

/** The directed metrics (directed answers only), in the JSON report's key order after `community`. */
export const DIRECTED_ACTOR_METRICS = Object.freeze({
  inDegree: { kind: 'integer', digits: 0, label: (t) => t.colNamedBy },
  outDegree: { kind: 'integer', digits: 0, label: (t) => t.colNames },
  inStrength: { kind: 'double', digits: 1 },
  outStrength: { kind: 'double', digits: 1 },
  reciprocity: { kind: 'double', digits: 2, label: (t) => t.colReciprocity },
  respondent: { kind: 'boolean', digits: 0, label: (t) => t.colAnswered },
  directedPagerank: { kind: 'double', digits: 3 },
  directedBetweenness: { kind: 'double', digits: 3 },
} satisfies MetricSpecs<DirectedActorMetrics>);

export type ActorMetricKey = keyof ActorMetrics | keyof DirectedActorMetrics;

export interface MetricColumn extends MetricSpec {
  readonly key: ActorMetricKey;
}

const SPECS: Readonly<Record<ActorMetricKey, MetricSpec>> = { ...ACTOR_METRICS, ...DIRECTED_ACTOR_METRICS };

function columnsOf(specs: Readonly<Partial<Record<ActorMetricKey, MetricSpec>>>): readonly MetricColumn[] {
  return Object.freeze(Object.entries(specs).map(([key, spec]) => Object.freeze({ key: key as ActorMetricKey, ...spec })));
}

/** Every metric of ReportActor, in the JSON report's key order. */
export const METRIC_COLUMNS: readonly MetricColumn[] = columnsOf(ACTOR_METRICS);

/** The directed metrics (directed answers only), in the JSON report's key order after `community`. */
export const DIRECTED_METRIC_COLUMNS: readonly MetricColumn[] = columnsOf(DIRECTED_ACTOR_METRICS);

/** A metric's spec by its key. */
export function metricSpec(key: ActorMetricKey): MetricSpec {
  return SPECS[key];
}

/**
 * A numeric metric of one actor as people read it: an integer as it is, a
 * double to its spec's decimals (`num`: the renderer's numberFormatter).
 * A boolean metric reads differently in each report ("yes"/"no", a mark),
 * so its renderer words it.
 */
export function metricText(actor: ReportActor, key: ActorMetricKey, num: NumberFormatter): string {
  const value = actor[key];
  if (typeof value === 'boolean') throw new Error(`metric ${key} is a boolean: the renderer words it`);
  const spec = SPECS[key];
  return spec.kind === 'integer' && value !== null && value !== undefined ? String(value) : num(value, spec.digits);
}

/** A metric's heading for people (its spec's label; the key itself for a metric no report for people shows). */
export function metricLabel(key: ActorMetricKey, t: Messages): string {
  return SPECS[key].label?.(t) ?? key;
}

/**
 * The metric columns of this report: METRIC_COLUMNS, plus the directed ones
 * for directed answers (a directed metric no actor has, such as
 * `directedBetweenness` when it was not computed, is left out).
 */
export function metricColumns(report: Report): readonly MetricColumn[] {
  if (report.input.directed !== true) return METRIC_COLUMNS;
  const first = report.actors[actorIds(report)[0] ?? ''];
  return [...METRIC_COLUMNS, ...DIRECTED_METRIC_COLUMNS.filter((c) => first === undefined || first[c.key] !== undefined)];
}

/** The value of a metric column for one actor (null when undefined). */
export function metricValue(actor: ReportActor, column: MetricColumn): number | boolean | null {
  return actor[column.key] ?? null;
}

const FIXED = new Set<string>(['id', 'label', 'sector', ...METRIC_COLUMNS.map((c) => c.key)]);

export interface AttributeColumn {
  /** The attribute's name in `ReportActor.attributes`. */
  readonly name: string;
  /** The column name written to files. */
  readonly field: string;
}

/**
 * The report's actor ids in code-unit order: the row order of every export.
 * (Object key order would put integer-like ids such as "10" first, numerically.)
 */
export function actorIds(report: Report): string[] {
  return Object.keys(report.actors).sort(compareCodeUnits);
}

/** The attribute columns of a report (see header for order and renaming). */
export function attributeColumns(report: Report): AttributeColumn[] {
  const seen = new Set<string>();
  const columns: AttributeColumn[] = [];
  // The directed metric names clash only where they are columns (directed answers): undirected files keep their names.
  const directedKeys = new Set<string>(report.input.directed === true ? DIRECTED_METRIC_COLUMNS.map((c) => c.key) : []);
  for (const id of actorIds(report)) {
    for (const name of Object.keys(report.actors[id]!.attributes)) {
      if (seen.has(name)) continue;
      seen.add(name);
      columns.push({ name, field: FIXED.has(name) || directedKeys.has(name) ? `attribute.${name}` : name });
    }
  }
  return columns;
}

/** The name people read: the label when there is one, else the id. */
export function displayName(id: string, actor: Pick<ReportActor, 'label'> | undefined): string {
  const label = actor?.label;
  return label !== null && label !== undefined && label !== '' ? label : id;
}
