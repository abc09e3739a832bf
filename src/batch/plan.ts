/**
 * The pure half of `tuff batch`: which output file each network gets, the
 * summary row of a network, and the summary files (CSV and JSON) with the
 * exit code they imply. No I/O, no clock: the same inputs give byte-identical
 * summaries whatever order the workers finished in.
 *
 * Output names: the network's name (folder name, or file name without
 * .csv/.tsv/.txt) made safe as one file name — letters, digits, `.`, `_` and
 * `-` kept; every other run of characters, and every run of two or more `.`
 * or `_`, becomes `_`; no leading `.`, `_` or `-`, no trailing `.` or `_`; at
 * most MAX_STEM characters; Windows device names (CON, NUL, COM1, …) prefixed
 * with `_` — so no name can reach outside --out. Networks are ordered by name,
 * then by input path (code units); in that order the first keeps its stem and
 * a later one whose stem is taken (compared case-insensitively, as on macOS
 * and Windows file systems; `summary` is reserved for the summary files) gets
 * `-2`, `-3`, … — the same names whatever order the inputs were given in.
 */

import { EXIT } from '../errors.js';
import { SEVERITIES, type InputShape, type Report, type Severity } from '../types.js';
import { compareCodeUnits } from '../util/sort.js';
import { PLAIN_CSV, renderCsv, type CsvDialect, type CsvValue } from '../util/csv-write.js';
import { VERSION } from '../version.js';
import type { Lang } from '../options.js';
import { csvHeaders } from '../i18n/csv-headers.js';

export const MAX_STEM = 100;

/** Stems the summary files use; a network never gets them. */
const RESERVED_STEMS = ['summary'];

const WINDOWS_DEVICES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** A network's name as one safe file name stem (see header). */
export function sanitiseStem(name: string): string {
  let stem = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/[._]{2,}/g, '_')
    .replace(/^[._-]+/, '')
    .replace(/[._]+$/, '');
  if ([...stem].length > MAX_STEM) stem = [...stem].slice(0, MAX_STEM).join('').replace(/[._]+$/, '');
  if (stem === '') stem = 'network';
  if (WINDOWS_DEVICES.test(stem.split('.')[0] ?? '')) stem = `_${stem}`;
  return stem;
}

export interface PlannedNetwork {
  /** Display name (folder or file name without extension). */
  readonly name: string;
  /** The input path as given (or as the glob expanded it). */
  readonly path: string;
  /** File name of its report inside --out. */
  readonly report: string;
}

/** Order the networks by name then path, and give each a unique report file name with `extension`. */
export function planOutputs(inputs: readonly { readonly name: string; readonly path: string }[], extension: string): PlannedNetwork[] {
  const sorted = [...inputs].sort((a, b) => compareCodeUnits(a.name, b.name) || compareCodeUnits(a.path, b.path));
  const taken = new Set(RESERVED_STEMS);
  return sorted.map(({ name, path }) => {
    const base = sanitiseStem(name);
    let stem = base;
    for (let k = 2; taken.has(stem.toLowerCase()); k++) stem = `${base}-${k}`;
    taken.add(stem.toLowerCase());
    return { name, path, report: `${stem}.${extension}` };
  });
}

/**
 * Threads for each network's path metrics: networks get the threads first
 * (one each, in the pool); with fewer networks than threads, each network
 * gets an equal share of the rest. The report is the same for any number.
 */
export function threadsPerNetwork(threads: number, networks: number): number {
  return Math.max(1, Math.floor(threads / Math.max(1, Math.min(threads, networks))));
}

/** File extension of a report format (json → json, text → txt, markdown → md, …). */
export function extensionOf(format: string): string {
  const known: Readonly<Record<string, string>> = { text: 'txt', markdown: 'md', json: 'json', html: 'html', csv: 'csv' };
  const cleaned = format.replace(/[^a-z0-9]/gi, '');
  return known[format] ?? (cleaned === '' ? 'out' : cleaned);
}

/**
 * How a network ended: `ok` (report written), `failed` (unusable input, as
 * `tuff analyse` would exit 2), `crashed` (a bug in tuff or the worker died,
 * e.g. out of memory; exit 3), `missing` (not finished: interrupted).
 */
export type BatchStatus = 'ok' | 'failed' | 'crashed' | 'missing';

/** The figures of one report that go into the summary. */
export interface BatchMetrics {
  readonly actors: number;
  readonly ties: number;
  readonly density: number;
  readonly components: number;
  readonly isolates: number;
  readonly eiIndex: number | null;
  readonly modularity: number | null;
  readonly degreeCentralization: number | null;
  readonly recommendations: { readonly critical: number; readonly warning: number; readonly info: number };
  readonly dataWarnings: number;
  /** The input's delimiter: summary.csv is written for Danish Excel when every network's input used `;`. */
  readonly delimiter: string;
  /** Which shape was read (report `input.shape`, an edge list when it does not say), the file format, and whether the answers were directed. */
  readonly shape: InputShape;
  readonly format: 'csv' | 'xlsx';
  readonly directed: boolean;
}

export function metricsOf(report: Report): BatchMetrics {
  const count = (severity: Severity): number => report.recommendations.filter((r) => r.severity === severity).length;
  return {
    actors: report.summary.actors,
    ties: report.summary.ties,
    density: report.summary.density,
    components: report.summary.components,
    isolates: report.summary.isolates,
    eiIndex: report.eiIndex,
    modularity: report.communities.modularity,
    degreeCentralization: report.summary.degreeCentralization,
    recommendations: { critical: count('critical'), warning: count('warning'), info: count('info') },
    dataWarnings: report.dataQuality.warnings.length,
    delimiter: report.input.delimiter,
    shape: report.input.shape ?? 'edge-list',
    format: report.input.format ?? 'csv',
    directed: report.input.directed === true,
  };
}

/** What a worker reports back for one network. */
export type BatchOutcome =
  | { readonly status: 'ok'; readonly metrics: BatchMetrics }
  | { readonly status: 'failed' | 'crashed' | 'missing'; readonly error: string };

/** One row of summary.csv / summary.json; the key order is the column order. */
export interface BatchRow {
  readonly name: string;
  readonly path: string;
  readonly status: BatchStatus;
  readonly error: string | null;
  /** Report file inside --out; null unless status is ok. */
  readonly report: string | null;
  readonly actors: number | null;
  readonly ties: number | null;
  readonly density: number | null;
  readonly components: number | null;
  readonly isolates: number | null;
  readonly eiIndex: number | null;
  readonly modularity: number | null;
  readonly degreeCentralization: number | null;
  readonly critical: number | null;
  readonly warning: number | null;
  readonly info: number | null;
  readonly dataWarnings: number | null;
  /** A recommendation at or above --fail-on was found (false without --fail-on). */
  readonly failOn: boolean;
  /** The input's shape (`edge-list`, `matrix`, …), file format (`csv`, `xlsx`) and directedness; null unless status is ok. */
  readonly shape: InputShape | null;
  readonly format: 'csv' | 'xlsx' | null;
  readonly directed: boolean | null;
}

export const SUMMARY_COLUMNS = [
  'name', 'path', 'status', 'error', 'report', 'actors', 'ties', 'density', 'components', 'isolates', 'eiIndex',
  'modularity', 'degreeCentralization', 'critical', 'warning', 'info', 'dataWarnings', 'failOn', 'shape', 'format', 'directed',
] as const satisfies readonly (keyof BatchRow)[];
export type SummaryColumn = (typeof SUMMARY_COLUMNS)[number];

/** Whether counts of recommendations trip --fail-on (a severity at or above it). */
export function tripsGate(counts: BatchMetrics['recommendations'], failOn: Severity | undefined): boolean {
  if (failOn === undefined) return false;
  const limit = SEVERITIES.indexOf(failOn);
  return SEVERITIES.some((s, i) => i <= limit && counts[s] > 0);
}

export function buildRow(network: PlannedNetwork, outcome: BatchOutcome, failOn: Severity | undefined): BatchRow {
  if (outcome.status !== 'ok') {
    return {
      name: network.name, path: network.path, status: outcome.status, error: outcome.error, report: null,
      actors: null, ties: null, density: null, components: null, isolates: null, eiIndex: null, modularity: null,
      degreeCentralization: null, critical: null, warning: null, info: null, dataWarnings: null, failOn: false,
      shape: null, format: null, directed: null,
    };
  }
  const m = outcome.metrics;
  return {
    name: network.name,
    path: network.path,
    status: 'ok',
    error: null,
    report: network.report,
    actors: m.actors,
    ties: m.ties,
    density: m.density,
    components: m.components,
    isolates: m.isolates,
    eiIndex: m.eiIndex,
    modularity: m.modularity,
    degreeCentralization: m.degreeCentralization,
    critical: m.recommendations.critical,
    warning: m.recommendations.warning,
    info: m.recommendations.info,
    dataWarnings: m.dataWarnings,
    failOn: tripsGate(m.recommendations, failOn),
    shape: m.shape,
    format: m.format,
    directed: m.directed,
  };
}

export interface BatchSummary {
  readonly schemaVersion: 1;
  readonly tool: { readonly name: 'tuff'; readonly version: string };
  readonly format: string;
  readonly failOn: Severity | null;
  /** false when some network is missing (interrupted). */
  readonly complete: boolean;
  readonly counts: { readonly networks: number; readonly ok: number; readonly failed: number; readonly crashed: number; readonly missing: number; readonly failOn: number };
  readonly networks: readonly BatchRow[];
}

/** Rows in plan order (name, then path), whatever order they finished in. */
export function buildSummary(rows: readonly BatchRow[], format: string, failOn: Severity | undefined): BatchSummary {
  const sorted = [...rows].sort((a, b) => compareCodeUnits(a.name, b.name) || compareCodeUnits(a.path, b.path));
  const by = (status: BatchStatus): number => sorted.filter((r) => r.status === status).length;
  return {
    schemaVersion: 1,
    tool: { name: 'tuff', version: VERSION },
    format,
    failOn: failOn ?? null,
    complete: by('missing') === 0,
    counts: {
      networks: sorted.length,
      ok: by('ok'),
      failed: by('failed'),
      crashed: by('crashed'),
      missing: by('missing'),
      failOn: sorted.filter((r) => r.failOn).length,
    },
    networks: sorted,
  };
}

export function renderSummaryJson(summary: BatchSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

/**
 * summary.csv: plain CSV for scripts, or in an Excel dialect (`--excel`, or Danish when the inputs were `;`-separated);
 * the header row in `lang` (i18n/csv-headers.ts: the JSON names in English), the columns and values the same.
 */
export function renderSummaryCsv(summary: BatchSummary, dialect: CsvDialect = PLAIN_CSV, lang: Lang = 'en'): string {
  const rows = summary.networks.map((row) => SUMMARY_COLUMNS.map((c): CsvValue => row[c]));
  const words = csvHeaders(lang).summary;
  return renderCsv(SUMMARY_COLUMNS.map((c) => words[c]), rows, dialect);
}

/**
 * The exit code of a batch: 130 when interrupted, else 3 if a network
 * crashed (a bug), else 2 if one failed, else 1 if --fail-on tripped for one,
 * else 0.
 */
export function batchExitCode(summary: BatchSummary): number {
  if (summary.counts.missing > 0) return EXIT_INTERRUPTED;
  if (summary.counts.crashed > 0) return EXIT.INTERNAL;
  if (summary.counts.failed > 0) return EXIT.INPUT;
  if (summary.counts.failOn > 0) return EXIT.GATE;
  return EXIT.OK;
}

/** The shell's convention for a run stopped by Ctrl-C (128 + SIGINT). */
export const EXIT_INTERRUPTED = 130;
