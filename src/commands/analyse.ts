/**
 * `tuff analyse <input>`: one network → its report. Orchestration only
 * (never touches process): read (io) → the pure pipeline (pipeline.ts:
 * analyse → recommend → build the report) → render (report/, pure) → write
 * (io, only with --out). Returns what the CLI prints. `tuff batch` runs
 * exactly this for each network (batch/worker.ts).
 */

import type { AnalyseCommandOptions } from '../options.js';
import type { DataWarning, Report } from '../types.js';
import { readNetwork } from '../io/read-network.js';
import { writeOutput } from '../io/write-output.js';
import { buildAnalysisReport, networkName } from '../pipeline.js';
import { renderFormat } from '../report/index.js';
import type { ChalkInstance } from '../util/colour.js';

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
    twoMode: options.twoMode,
    projection: options.projection,
  });
  const report = buildAnalysisReport(read, options);
  const rendered = renderFormat(options.format, { report, dataset: read.dataset }, {
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
