/**
 * A batch worker thread: receives one network at a time from the pool
 * (pool.ts), runs exactly what `tuff analyse --out FILE` runs (commands/analyse.ts, so a
 * batch report is byte-identical to the one `analyse` writes), and answers
 * with the figures for the summary. Unusable input is `failed` with the
 * one-line `FILE:LINE: …` message; any other error is a bug, `crashed`.
 * Errors never escape: the thread stays up for the next network.
 *
 * This file runs as the built dist/batch/worker.js (the pool finds it next to
 * itself through import.meta.url).
 */

import { parentPort } from 'node:worker_threads';
import { InternalError, isTuffError } from '../errors.js';
import type { AnalyseCommandOptions } from '../options.js';
import { runAnalyse } from '../commands/analyse.js';
import { noColour } from '../util/colour.js';
import { metricsOf, type BatchOutcome } from './plan.js';

export interface WorkerJob {
  readonly id: number;
  /** Options of `tuff analyse` for this network; `out` is its report file. */
  readonly options: AnalyseCommandOptions;
}

export interface WorkerReply {
  readonly id: number;
  readonly outcome: BatchOutcome;
}

const plain = noColour();

export function runJob(job: WorkerJob): WorkerReply {
  try {
    const result = runAnalyse(job.options, plain);
    return { id: job.id, outcome: { status: 'ok', metrics: metricsOf(result.report) } };
  } catch (error) {
    if (isTuffError(error) && !(error instanceof InternalError)) {
      return { id: job.id, outcome: { status: 'failed', error: oneLine(error.messageIn(job.options.lang)) } };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { id: job.id, outcome: { status: 'crashed', error: `internal error: ${oneLine(message)} (a bug in tuff: please report it)` } };
  }
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').trim();
}

parentPort?.on('message', (job: WorkerJob) => {
  parentPort?.postMessage(runJob(job));
});
