/**
 * The per-actor columns every file export writes (CSV, GEXF, GraphML, the
 * HTML table): the metrics of `ReportActor` in report order with a fixed type
 * each, so a column has the same type in every file tuff writes (a metric that
 * happens to be whole numbers in one network is still `double`), plus the
 * actor attribute columns. (Who is vulnerable: util/vulnerable.ts.)
 *
 * Attribute columns are the union of the actors' attribute names, in the
 * order first met walking the actors in id order (= the actors file's column
 * order). An attribute whose name would clash with a fixed column (`id`,
 * `label`, `sector` or a metric name) is written as `attribute.<name>`.
 */

import type { ActorMetrics, DirectedActorMetrics, Report, ReportActor } from '../types.js';
import { compareCodeUnits } from '../util/sort.js';

export type MetricKind = 'integer' | 'double' | 'boolean';

export interface MetricColumn {
  readonly key: keyof ActorMetrics | keyof DirectedActorMetrics;
  readonly kind: MetricKind;
}

/** Every metric of ReportActor, in the JSON report's key order. */
export const METRIC_COLUMNS: readonly MetricColumn[] = Object.freeze([
  { key: 'degree', kind: 'integer' },
  { key: 'strength', kind: 'double' },
  { key: 'betweenness', kind: 'double' },
  { key: 'weightedBetweenness', kind: 'double' },
  { key: 'closeness', kind: 'double' },
  { key: 'harmonic', kind: 'double' },
  { key: 'eigenvector', kind: 'double' },
  { key: 'pagerank', kind: 'double' },
  { key: 'constraint', kind: 'double' },
  { key: 'effectiveSize', kind: 'double' },
  { key: 'clustering', kind: 'double' },
  { key: 'articulationPoint', kind: 'boolean' },
  { key: 'component', kind: 'integer' },
  { key: 'eiIndex', kind: 'double' },
  { key: 'participation', kind: 'double' },
  { key: 'community', kind: 'integer' },
] as const);

/** The directed metrics (directed answers only), in the JSON report's key order after `community`. */
export const DIRECTED_METRIC_COLUMNS: readonly MetricColumn[] = Object.freeze([
  { key: 'inDegree', kind: 'integer' },
  { key: 'outDegree', kind: 'integer' },
  { key: 'inStrength', kind: 'double' },
  { key: 'outStrength', kind: 'double' },
  { key: 'reciprocity', kind: 'double' },
  { key: 'respondent', kind: 'boolean' },
  { key: 'directedPagerank', kind: 'double' },
  { key: 'directedBetweenness', kind: 'double' },
] as const);

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
