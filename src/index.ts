/**
 * The library API of tuff: `import { readNetwork, analyse, renderReport } from 'tuff'`.
 * Named exports only; documented in docs/api.md.
 *
 * The pipeline is the CLI's own: `readNetwork` (the only function here that
 * reads files) → `analyse` (pure: metrics, communities, recommendations →
 * the Report that `tuff analyse --format json` prints, key for key) →
 * `renderReport` (pure: text, JSON, Markdown, HTML, CSV, GEXF, GraphML).
 * `compareNetworks` and `anonymiseDataset` are the pure cores of
 * `tuff compare` and `tuff anonymise`. Nothing here touches process, prints,
 * or exits; errors are thrown as TuffError subclasses carrying the CLI's exit
 * code.
 */

import { DEFAULTS, analysisProblems, type ExcelDialect, type Format, type Lang } from './options.js';
import type { Dataset, ReadResult, Report } from './types.js';
import { UsageError } from './errors.js';
import { buildAnalysisReport } from './pipeline.js';
import { renderFormat } from './report/index.js';
import { noColour, type ChalkInstance } from './util/colour.js';

export { VERSION } from './version.js';
export { EXIT, TuffError, UsageError, InputError, InternalError, isTuffError } from './errors.js';
export { FORMATS, LANGS, DUPLICATES, WEIGHT_MEANINGS, PROJECTIONS, type Format, type Lang, type ExcelDialect, type WeightMeans, type Projection } from './options.js';
export { SEVERITIES } from './types.js';
export type {
  Actor,
  ActorMetrics,
  Analysis,
  AnalysisNote,
  AnalysisNoteCode,
  AnalysisNoteFigures,
  BetweennessMethod,
  Communities,
  ComponentInfo,
  DataWarning,
  Dataset,
  Encoding,
  EstimateNote,
  GroupStats,
  InputInfo,
  InputShape,
  InputDescription,
  ReadResult,
  Recommendation,
  Report,
  ReportActor,
  Severity,
  Summary,
  Tie,
  TwoModeData,
} from './types.js';

// Reading (file system).
export { readNetwork, MAX_FILE_BYTES, type ReadOptions, type DuplicatePolicy } from './io/read-network.js';

// The lower-level steps, for callers that build or inspect the pieces themselves.
export { computeAnalysis, type AnalysisOptions as ComputeAnalysisOptions } from './analysis/index.js';
export { buildReport, type BuildReportInput } from './report/build.js';
export { buildAnalysisReport, type ReportOptions } from './pipeline.js';

// Compare and anonymise.
export {
  compareNetworks,
  COMPARE_DEFAULTS,
  type ActorRef,
  type BrokerChange,
  type BrokerState,
  type Change,
  type CompareOptions,
  type CompareSide,
  type Comparison,
  type DirectedComparison,
  type VulnerableChange,
  type VulnerableReason,
  type VulnerableVerdict,
} from './compare/compare.js';
export { renderComparison, COMPARE_FORMATS, type CompareFormat, type CompareRenderOptions } from './compare/render.js';
export {
  anonymiseDataset,
  findSmallGroups,
  ANONYMISE_DEFAULTS,
  type AnonymiseOptions,
  type AnonymiseResult,
  type SmallGroup,
} from './anonymise/anonymise.js';
export { pseudonym, KEY_BYTES } from './anonymise/pseudonym.js';

export interface AnalyseOptions {
  /** Seed of the first Louvain run (default 1, as the CLI). */
  readonly seed?: number;
  /** Louvain runs; default: the CLI's size-based number. */
  readonly runs?: number;
  /** Language of the recommendation messages (default 'en'). */
  readonly lang?: Lang;
  /** Id of the backbone (facilitator) actor, as --facilitator. */
  readonly facilitator?: string;
  /** Exact betweenness, closeness and mean distance however large the network, as --exact (default: sampled above the size limit). */
  readonly exact?: boolean;
  /** Sources sampled for the path metrics, a whole number from 2 to 100,000,000, as --samples (default: 1024 on large networks only). */
  readonly samples?: number;
  /** Worker threads for the path metrics, a whole number from 1 to 1024, as --threads (default 1); never changes the report. */
  readonly threads?: number;
}

/**
 * A read network → the Report `tuff analyse --format json` prints for it
 * (same options, same object). Pure: no I/O.
 */
export function analyse(read: ReadResult, options: AnalyseOptions = {}): Report {
  const { exact, samples, threads, seed, runs } = options;
  // The CLI's limits and messages (options.ts analysisProblems), so a library caller gets the same UsageError and not a RangeError deep inside.
  const problems = analysisProblems({ seed, runs, threads, samples, exact }, (field) => field);
  if (problems.length > 0) throw new UsageError(problems[0]!);
  return buildAnalysisReport(read, {
    seed: seed ?? DEFAULTS.seed,
    runs,
    lang: options.lang ?? 'en',
    facilitator: options.facilitator,
    exact,
    samples,
    threads,
  });
}

export interface RenderReportOptions {
  /** Output format (default 'text'). */
  readonly format?: Format;
  /** Language of text, Markdown and HTML (default 'en'). */
  readonly lang?: Lang;
  /** Rows in top-actor tables (default 10). */
  readonly top?: number;
  /** Name of the network in titles (default 'network'). */
  readonly name?: string;
  /** Colour for text (default: none). */
  readonly chalk?: ChalkInstance;
  /** CSV dialect for Excel ('da' or 'en'); default as the CLI: Danish when the input was `;`-separated. */
  readonly excel?: ExcelDialect;
}

/** A report (and the dataset it was built from: the maps and graph files need the ties) → the text of one format. Pure. */
export function renderReport(input: { readonly report: Report; readonly dataset: Dataset }, options: RenderReportOptions = {}): string {
  return renderFormat(options.format ?? 'text', input, {
    chalk: options.chalk ?? noColour(),
    lang: options.lang ?? 'en',
    top: options.top ?? DEFAULTS.top,
    name: options.name ?? 'network',
    excel: options.excel,
  });
}
