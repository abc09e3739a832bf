/**
 * `tuff compare <before> <after>`: two waves of the same partnership → what
 * changed. Orchestration only (never touches process): read both (io) →
 * the report `tuff analyse` would build for each (pipeline.ts) → compare (pure,
 * compare/compare.ts) → render (pure) → optional atomic write.
 *
 * Both waves are analysed with the same options (group column, duplicates
 * policy, Louvain seed and runs), so a difference is a difference in the
 * data, not in the settings.
 */

import { UsageError } from '../errors.js';
import type { DuplicatePolicy, Lang, NonRespondentRule, Projection, Symmetrise } from '../options.js';
import type { DataWarning } from '../types.js';
import type { ChalkInstance } from '../util/colour.js';
import { buildAnalysisReport, networkName, type ReportOptions } from '../pipeline.js';
import { readNetwork, type WeightMeans } from '../io/read-network.js';
import { writeOutput } from '../io/write-output.js';
import { compareNetworks, type Comparison } from '../compare/compare.js';
import { COMPARE_FORMATS, renderComparison, type CompareFormat } from '../compare/render.js';

export interface CompareCommandOptions {
  readonly before: string;
  readonly after: string;
  readonly groupBy: string | undefined;
  readonly duplicates: DuplicatePolicy;
  readonly format: CompareFormat;
  readonly lang: Lang;
  readonly out: string | undefined;
  readonly seed: number;
  readonly runs: number | undefined;
  /** Threads for the path metrics of each wave (never changes the result). */
  readonly threads: number;
  /** Exact path metrics whatever the size. */
  readonly exact: boolean;
  /** Directed answers in both waves (--directed; undefined: each wave's meta.json). */
  readonly directed?: boolean | undefined;
  readonly symmetrise?: Symmetrise | undefined;
  readonly nonRespondents?: NonRespondentRule | undefined;
  /** How both waves are read: the weight column and how it reads (as `tuff analyse`). */
  readonly weight?: string | undefined;
  readonly weightMeans?: WeightMeans | undefined;
  readonly tieTypes?: readonly string[] | undefined;
  readonly matrix?: boolean | undefined;
  readonly sheet?: string | undefined;
  readonly actorsSheet?: string | undefined;
  /** Both waves are attendance lists (--two-mode), projected alike (--projection). */
  readonly twoMode?: boolean | undefined;
  readonly projection?: Projection | undefined;
}

export interface CompareRunResult {
  readonly comparison: Comparison;
  /** The rendered comparison, or '' when --out wrote it. */
  readonly stdout: string;
  /** Data warnings of each wave. */
  readonly warnings: readonly DataWarning[];
}

export function parseCompareFormat(value: string | undefined): CompareFormat {
  if (value === undefined) return 'text';
  if ((COMPARE_FORMATS as readonly string[]).includes(value)) return value as CompareFormat;
  throw new UsageError({ code: 'option-one-of', params: { option: '--format', allowed: COMPARE_FORMATS, value } });
}

/** What each wave is analysed with: the options of `tuff analyse` that compare shares. */
export function compareReportOptions(options: CompareCommandOptions): ReportOptions {
  return { seed: options.seed, runs: options.runs, lang: options.lang, threads: options.threads, exact: options.exact };
}

export function runCompare(options: CompareCommandOptions, chalk: ChalkInstance): CompareRunResult {
  const read = (input: string) => readNetwork(input, {
    groupBy: options.groupBy, duplicates: options.duplicates,
    directed: options.directed, symmetrise: options.symmetrise, nonRespondents: options.nonRespondents,
    weight: options.weight, weightMeans: options.weightMeans, tieTypes: options.tieTypes, matrix: options.matrix, sheet: options.sheet, actorsSheet: options.actorsSheet,
    twoMode: options.twoMode, projection: options.projection,
  });
  const before = read(options.before);
  const after = read(options.after);
  const reportOptions = compareReportOptions(options);
  const comparison = compareNetworks(
    { dataset: before.dataset, report: buildAnalysisReport(before, reportOptions), name: networkName(options.before) },
    { dataset: after.dataset, report: buildAnalysisReport(after, reportOptions), name: networkName(options.after) },
  );
  const rendered = renderComparison(comparison, options.format, { lang: options.lang, chalk });
  const warnings = [...before.warnings, ...after.warnings];
  if (options.out !== undefined) {
    writeOutput(options.out, rendered);
    return { comparison, stdout: '', warnings };
  }
  return { comparison, stdout: rendered, warnings };
}
