/**
 * The analysis pipeline, pure: a ReadResult → the Report `tuff analyse`
 * prints (analyse → recommend → build). Shared by every command that builds
 * a report (analyse, batch through it, compare) and by the library API, so
 * all of them give the same report. Reading the files (io/) and rendering
 * (report/) are the callers' steps; nothing here touches the file system or
 * process.
 */

import { localiseWarning } from './i18n/warnings.js';
import path from 'node:path';
import type { Lang } from './options.js';
import type { ReadResult, Report } from './types.js';
import { analyseNetwork, withDirected } from './analysis/index.js';
import { withTieTypes } from './analysis/tie-types.js';
import { buildNetwork } from './model/network.js';
import { buildReport } from './report/build.js';
import { noteWarnings } from './report/notes.js';
import { recommend, resolveFacilitator } from './recommend/index.js';

/** What decides the content of a report (not how it is shown). */
export interface ReportOptions {
  readonly seed?: number | undefined;
  /** undefined: the size-based default. */
  readonly runs?: number | undefined;
  /** Language of the recommendation messages. */
  readonly lang: Lang;
  /** The backbone actor's id (--facilitator), or undefined. */
  readonly facilitator?: string | undefined;
  /** Threads for the shortest-path metrics (default 1); never changes the report. */
  readonly threads?: number | undefined;
  /** Exact path metrics at any size / the source budget when sampling (analysis/paths-sampling.ts). */
  readonly exact?: boolean | undefined;
  readonly samples?: number | undefined;
}

/**
 * ReadResult → the Report `tuff analyse` prints: analyse → recommend →
 * build. Pure (no I/O).
 */
export function buildAnalysisReport(read: ReadResult, options: ReportOptions): Report {
  const facilitator = resolveFacilitator(read.dataset, options.facilitator); // before the long part: a typo is exit 2 at once
  // One CSR network for the metrics and the rules (building it sorts every row: not worth doing twice).
  const network = buildNetwork(read.dataset);
  const analysisOptions = {
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.runs === undefined ? {} : { runs: options.runs }),
    ...(options.threads === undefined ? {} : { threads: options.threads }),
    ...(options.exact === undefined ? {} : { exact: options.exact }),
    ...(options.samples === undefined ? {} : { samples: options.samples }),
  };
  const analysis = withTieTypes(withDirected(analyseNetwork(network, analysisOptions), network, read.dataset, analysisOptions), read.dataset);
  const recommendations = recommend({ dataset: read.dataset, network, analysis, lang: options.lang, facilitator });
  // The readers' warnings in the report's language (JSON dataQuality, the text report's count).
  const warnings = [...read.warnings.map((w) => localiseWarning(w, options.lang)), ...noteWarnings(analysis.estimates ?? [], read.input.ties, options.lang)];
  return buildReport({ ...read, warnings, analysis, recommendations });
}

/**
 * The name shown in the report title: the folder name, or the file name
 * without .csv/.xlsx. String work only (a relative input such as `.` is
 * named after the folder it resolves to).
 */
export function networkName(input: string): string {
  const base = path.basename(path.resolve(input));
  return base.replace(/\.(csv|tsv|txt|xlsx)$/i, '');
}
