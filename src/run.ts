/**
 * Orchestration of `tuff analyse`: read (io) → analyse (pure) → recommend
 * (pure) → build the report → render (pure) → write (io, only with --out).
 * Returns what the CLI prints; never touches process.
 */

import type { ChalkInstance } from 'chalk';
import path from 'node:path';
import type { AnalyseCommandOptions, Lang } from './options.js';
import type { DataWarning, ReadResult, Report } from './types.js';
import { readNetwork } from './io/read-network.js';
import { writeOutput } from './io/write-output.js';
import { analyse } from './analysis/index.js';
import { buildReport } from './report/build.js';
import { recommend, resolveFacilitator } from './recommend/index.js';
import { renderReport } from './report/index.js';

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
  });
  const report = buildAnalysisReport(read, options);
  const rendered = renderReport(options.format, { report, dataset: read.dataset }, {
    chalk,
    lang: options.lang,
    top: options.top,
    name: networkName(options.input),
    excel: options.excel,
  });
  if (options.out !== undefined) {
    writeOutput(options.out, rendered);
    return { report, stdout: '', warnings: read.warnings };
  }
  return { report, stdout: rendered, warnings: read.warnings };
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
}

/**
 * ReadResult → the Report `tuff analyse` prints: analyse → recommend →
 * build. Pure (no I/O); shared by analyse, batch (through runAnalyse),
 * compare and the library API, so all of them give the same report.
 */
export function buildAnalysisReport(read: ReadResult, options: ReportOptions): Report {
  const facilitator = resolveFacilitator(read.dataset, options.facilitator); // before the long part: a typo is exit 2 at once
  const analysis = analyse(read.dataset, {
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.runs === undefined ? {} : { runs: options.runs }),
  });
  const recommendations = recommend({ dataset: read.dataset, analysis, lang: options.lang, facilitator });
  return buildReport({ ...read, analysis, recommendations });
}

/** The name shown in the report title: the folder name, or the file name without .csv. */
export function networkName(input: string): string {
  const base = path.basename(path.resolve(input));
  return base.replace(/\.(csv|tsv|txt)$/i, '');
}
