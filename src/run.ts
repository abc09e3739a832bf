/**
 * Orchestration of `tuff analyse`: read (io) → analyse (pure) → recommend
 * (pure) → build the report → render (pure) → write (io, only with --out).
 * Returns what the CLI prints; never touches process.
 */

import path from 'node:path';
import type { AnalyseCommandOptions, Lang } from './options.js';
import type { DataWarning, ReadResult, Report } from './types.js';
import { readNetwork } from './io/read-network.js';
import { writeOutput } from './io/write-output.js';
import { analyseNetwork, withDirected } from './analysis/index.js';
import { withTieTypes } from './analysis/tie-types.js';
import { buildNetwork } from './model/network.js';
import { buildReport } from './report/build.js';
import { noteWarnings } from './report/notes.js';
import { recommend, resolveFacilitator } from './recommend/index.js';
import { renderReport } from './report/index.js';
import type { ChalkInstance } from './util/colour.js';

export interface AnalyseRunResult {
  readonly report: Report;
  /** What goes to stdout: the rendered report, or nothing when --out wrote it. */
  readonly stdout: string;
  readonly warnings: readonly DataWarning[];
}

export function runAnalyse(options: AnalyseCommandOptions, chalk: ChalkInstance): AnalyseRunResult {
  const read = readNetwork(options.input, {
    actors: options.actors,
    groupBy: options.groupBy,
    duplicates: options.duplicates,
    directed: options.directed,
    symmetrise: options.symmetrise,
    nonRespondents: options.nonRespondents,
    weight: options.weight,
    weightMeans: options.weightMeans,
    tieTypes: options.tieTypes,
    matrix: options.matrix,
    sheet: options.sheet,
    actorsSheet: options.actorsSheet,
  });
  const report = buildAnalysisReport(read, options);
  const rendered = renderReport(options.format, { report, dataset: read.dataset }, {
    chalk,
    lang: options.lang,
    top: options.top,
    name: networkName(options.input),
    excel: options.excel,
  });
  // The report's warnings: the input's, plus any estimate made on a large network.
  const warnings = report.dataQuality.warnings;
  if (options.out !== undefined) {
    writeOutput(options.out, rendered);
    return { report, stdout: '', warnings };
  }
  return { report, stdout: rendered, warnings };
}

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
 * build. Pure (no I/O); shared by analyse, batch (through runAnalyse),
 * compare and the library API, so all of them give the same report.
 */
export function buildAnalysisReport(read: ReadResult, options: ReportOptions): Report {
  const facilitator = resolveFacilitator(read.dataset, options.facilitator); // before the long part: a typo is exit 2 at once
  // One CSR network for the metrics and the rules (building it sorts every row: not worth doing twice).
  const network = buildNetwork(read.dataset);
  const analyseOptions = {
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.runs === undefined ? {} : { runs: options.runs }),
    ...(options.threads === undefined ? {} : { threads: options.threads }),
    ...(options.exact === undefined ? {} : { exact: options.exact }),
    ...(options.samples === undefined ? {} : { samples: options.samples }),
  };
  const analysis = withTieTypes(withDirected(analyseNetwork(network, analyseOptions), network, read.dataset, analyseOptions), read.dataset);
  const recommendations = recommend({ dataset: read.dataset, network, analysis, lang: options.lang, facilitator });
  const warnings = [...read.warnings, ...noteWarnings(analysis.estimates ?? [], read.input.ties, options.lang)];
  return buildReport({ ...read, warnings, analysis, recommendations });
}

/** The name shown in the report title: the folder name, or the file name without .csv. */
export function networkName(input: string): string {
  const base = path.basename(path.resolve(input));
  return base.replace(/\.(csv|tsv|txt|xlsx)$/i, '');
}
