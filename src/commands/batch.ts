/**
 * `tuff batch <inputs…> --out DIR`: many networks → one report each plus
 * summary.csv and summary.json. Orchestration only (never touches process):
 *
 *   check --out (before any work) → expand the inputs → plan unique report
 *   names → analyse in parallel (pool.ts, one `tuff analyse` per network in a
 *   worker thread) → summary rows in plan order → summaries written atomically.
 *
 * Every report and both summaries go through io/write-output.ts (temporary
 * file, then rename), so a report file is either complete or absent. An
 * interrupted run (signal) still writes the summaries, marking what did not
 * finish as `missing`; temporary files of cut-off reports are removed.
 */

import path from 'node:path';
import { UsageError } from '../errors.js';
import type { DataWarning } from '../types.js';
import { resolveOptions, type AnalyseCommandOptions, type ExcelDialect, type RawAnalyseOptions } from '../options.js';
import { networkName } from '../pipeline.js';
import { expandBatchInputs, prepareOutDir, removeTemporaryFiles } from '../io/batch-files.js';
import { writeOutput } from '../io/write-output.js';
import { csvDialect } from '../report/csv.js';
import { PLAIN_CSV, type CsvDialect } from '../util/csv-write.js';
import { runPool } from '../batch/pool.js';
import type { WorkerJob } from '../batch/worker.js';
import {
  batchExitCode,
  buildRow,
  buildSummary,
  extensionOf,
  planOutputs,
  renderSummaryCsv,
  renderSummaryJson,
  threadsPerNetwork,
  type BatchOutcome,
  type BatchSummary,
  type PlannedNetwork,
} from '../batch/plan.js';

export interface BatchCommandOptions {
  readonly inputs: readonly string[];
  readonly out: string;
  /** Worker threads (at least 1). */
  readonly threads: number;
  /** Heap limit per worker in MiB, or undefined. */
  readonly maxMemoryMb: number | undefined;
  /** The options of `tuff analyse` every network runs with (input and out are set per network). */
  readonly analyse: AnalyseCommandOptions;
  /** The folder relative inputs and patterns are resolved against. */
  readonly cwd: string;
}

/** Flags as the CLI hands them over: strings, never auto-cast. */
export interface RawBatchOptions {
  readonly inputs: readonly string[];
  readonly out: string | undefined;
  readonly threads: string | undefined;
  readonly maxMemory: string | undefined;
  /** The `analyse` flags shared by every network (input, out, color, actors, facilitator are per run and ignored). */
  readonly analyse: Omit<RawAnalyseOptions, 'input' | 'out' | 'color'>;
}

/** Reports are JSON unless --format says otherwise (scripts read batch output). */
export const BATCH_DEFAULT_FORMAT = 'json';

/**
 * Flags → BatchCommandOptions. `availableThreads` (os.availableParallelism())
 * is the default of --threads; `cwd` resolves relative inputs.
 */
export function resolveBatchOptions(
  raw: RawBatchOptions,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  availableThreads: number,
): BatchCommandOptions {
  if (raw.out === undefined || raw.out.trim() === '') throw new UsageError({ code: 'out-required', params: { command: 'batch' } });
  const analyse = resolveOptions(
    { ...raw.analyse, format: raw.analyse.format ?? BATCH_DEFAULT_FORMAT, input: '', out: undefined, color: false },
    env,
  );
  return {
    inputs: raw.inputs,
    out: raw.out,
    threads: wholeNumber('--threads', raw.threads, 1, 1024) ?? Math.max(1, availableThreads),
    maxMemoryMb: wholeNumber('--max-memory', raw.maxMemory, 16, 1_048_576),
    analyse,
    cwd,
  };
}

function wholeNumber(flag: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\s*\d+\s*$/.test(value) ? Number(value.trim()) : NaN;
  if (!(n >= min && n <= max)) throw new UsageError({ code: 'option-whole-number', params: { option: flag, min, max, value } });
  return n;
}

export interface BatchHooks {
  readonly signal?: AbortSignal | undefined;
  readonly onStart?: ((total: number) => void) | undefined;
  readonly onDone?: ((network: PlannedNetwork, outcome: BatchOutcome, finished: number, total: number) => void) | undefined;
}

export interface BatchRunResult {
  readonly summary: BatchSummary;
  readonly exitCode: number;
  readonly summaryFiles: readonly string[];
  /** The data-looking files of the folders given that are not networks of the batch (batch-file-skipped; for stderr, not in the summaries). */
  readonly warnings: readonly DataWarning[];
}

export const MISSING_MESSAGE = 'not finished: the batch was interrupted before this network was done';

export async function runBatch(options: BatchCommandOptions, hooks: BatchHooks = {}): Promise<BatchRunResult> {
  // The inputs are expanded (a pattern that matches nothing is refused) before --out is created: a refused batch
  // leaves nothing on disk (issue 12).
  const skipped: DataWarning[] = [];
  const inputs = expandBatchInputs(options.inputs, options.cwd, options.out, skipped);
  if (inputs.length === 0) throw new UsageError({ code: 'no-networks', params: {} });
  prepareOutDir(options.out);
  const plan = planOutputs(
    inputs.map((p) => ({ name: batchNetworkName(p), path: p })),
    extensionOf(options.analyse.format),
  );
  const perNetwork = threadsPerNetwork(options.threads, plan.length);
  const jobs: WorkerJob[] = plan.map((network, id) => ({
    id,
    options: { ...options.analyse, threads: perNetwork, input: network.path, out: path.join(options.out, network.report) },
  }));

  hooks.onStart?.(plan.length);
  let finished = 0;
  const outcomes = await runPool(jobs, {
    threads: options.threads,
    maxMemoryMb: options.maxMemoryMb,
    signal: hooks.signal,
    onOutcome: (id, outcome) => {
      finished++;
      const network = plan[id];
      if (network !== undefined) hooks.onDone?.(network, outcome, finished, plan.length);
    },
  });

  const missing: BatchOutcome = { status: 'missing', error: MISSING_MESSAGE };
  const rows = plan.map((network, id) => buildRow(network, outcomes.get(id) ?? missing, options.analyse.failOn));
  removeTemporaryFiles(options.out, plan.filter((_, id) => outcomes.get(id)?.status !== 'ok').map((n) => n.report));

  const summary = buildSummary(rows, options.analyse.format, options.analyse.failOn);
  const json = path.join(options.out, 'summary.json');
  const csv = path.join(options.out, 'summary.csv');
  writeOutput(json, renderSummaryJson(summary));
  writeOutput(csv, renderSummaryCsv(summary, summaryDialect(options.analyse.excel, [...outcomes.values()]), options.analyse.lang));
  return { summary, exitCode: batchExitCode(summary), summaryFiles: [json, csv], warnings: skipped };
}

/**
 * summary.csv's dialect, as `--format csv` chooses it: `--excel`, else Danish Excel's when every network read
 * was `;`-separated (a folder of files saved from Danish Excel), else plain CSV for scripts (as before).
 */
function summaryDialect(excel: ExcelDialect | undefined, outcomes: readonly BatchOutcome[]): CsvDialect {
  if (excel !== undefined) return csvDialect(excel, '');
  const read = outcomes.flatMap((o) => (o.status === 'ok' ? [o.metrics.delimiter] : []));
  return read.length > 0 && read.every((d) => d === ';') ? csvDialect(undefined, ';') : PLAIN_CSV;
}

/** The name of a network in a batch: as `analyse` names it, but a `…/x/ties.csv` file is named after its folder x. */
export function batchNetworkName(input: string): string {
  const base = path.basename(input);
  if (base.toLowerCase() === 'ties.csv') {
    const parent = path.basename(path.dirname(path.resolve(input)));
    if (parent !== '') return parent;
  }
  return networkName(input);
}
