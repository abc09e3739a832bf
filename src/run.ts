/**
 * Orchestration of `tuff analyse`: read (io) → analyse (pure) → recommend
 * (pure) → build the report → render (pure) → write (io, only with --out).
 * Returns what the CLI prints; never touches process.
 */

import type { ChalkInstance } from 'chalk';
import path from 'node:path';
import type { AnalyseCommandOptions } from './options.js';
import type { DataWarning, Report } from './types.js';
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
  const facilitator = resolveFacilitator(read.dataset, options.facilitator); // before the long part: a typo is exit 2 at once
  const analysis = analyse(read.dataset, options.runs === undefined ? { seed: options.seed } : { seed: options.seed, runs: options.runs });
  const recommendations = recommend({ dataset: read.dataset, analysis, lang: options.lang, facilitator });
  const report = buildReport({ ...read, analysis, recommendations });
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

/** The name shown in the report title: the folder name, or the file name without .csv. */
export function networkName(input: string): string {
  const base = path.basename(path.resolve(input));
  return base.replace(/\.(csv|tsv|txt)$/i, '');
}
