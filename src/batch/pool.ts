/**
 * A small worker_threads pool for `tuff batch`: `threads` workers
 * (dist/batch/worker.js), each given the next network as soon as it is free.
 *
 * - A worker that dies (uncaught error, out of memory under `maxMemoryMb`,
 *   non-zero exit) marks the network it was running `crashed` and is replaced
 *   while networks remain; the others carry on.
 * - When `signal` aborts (Ctrl-C), nothing new is started and every worker is
 *   terminated; the networks without an outcome are left out of the result
 *   (the caller marks them missing). Outcomes that arrived are kept.
 * Outcomes are keyed by job id, so scheduling never changes what is returned.
 */

import { Worker } from 'node:worker_threads';
import type { BatchOutcome } from './plan.js';
import type { WorkerJob, WorkerReply } from './worker.js';

export interface PoolOptions {
  readonly threads: number;
  /** Heap limit per worker (V8 old generation), MiB; undefined = Node's default. */
  readonly maxMemoryMb?: number | undefined;
  readonly signal?: AbortSignal | undefined;
  readonly onOutcome?: ((id: number, outcome: BatchOutcome) => void) | undefined;
  /** The worker script; defaults to worker.js beside this module (in dist/). */
  readonly workerUrl?: URL | undefined;
}

export function defaultWorkerUrl(): URL {
  return new URL('./worker.js', import.meta.url);
}

export function runPool(jobs: readonly WorkerJob[], options: PoolOptions): Promise<Map<number, BatchOutcome>> {
  const outcomes = new Map<number, BatchOutcome>();
  const url = options.workerUrl ?? defaultWorkerUrl();
  const { signal } = options;
  return new Promise((resolve) => {
    const workers = new Set<Worker>();
    let next = 0;
    let stopping = false;

    const finish = (): void => {
      if (stopping) return;
      stopping = true;
      signal?.removeEventListener('abort', finish);
      void Promise.all([...workers].map((w) => w.terminate())).then(() => resolve(outcomes));
    };
    const record = (id: number, outcome: BatchOutcome): void => {
      if (stopping || outcomes.has(id)) return;
      outcomes.set(id, outcome);
      options.onOutcome?.(id, outcome);
      if (outcomes.size === jobs.length) finish();
    };

    const start = (): void => {
      const worker = new Worker(url, {
        ...(options.maxMemoryMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb } }),
      });
      workers.add(worker);
      let current: number | null = null;
      let dead = false;
      const dispatch = (): void => {
        if (stopping) return;
        const job = jobs[next];
        if (job === undefined) {
          current = null;
          workers.delete(worker);
          void worker.terminate();
          return;
        }
        next++;
        current = job.id;
        worker.postMessage(job);
      };
      const die = (reason: string): void => {
        if (dead) return;
        dead = true;
        workers.delete(worker);
        if (stopping) return;
        const lost = current;
        current = null;
        if (next < jobs.length) start();
        if (lost !== null) record(lost, { status: 'crashed', error: reason });
      };
      worker.on('message', (reply: WorkerReply) => {
        current = null;
        record(reply.id, reply.outcome);
        dispatch();
      });
      worker.on('error', (error: Error) => {
        const code = (error as NodeJS.ErrnoException).code;
        die(code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'the worker ran out of memory (raise --max-memory)' : `the worker stopped: ${error.message}`);
      });
      worker.on('exit', (code) => die(`the worker exited with code ${code}`));
      dispatch();
    };

    if (jobs.length === 0 || signal?.aborted === true) {
      resolve(outcomes);
      return;
    }
    signal?.addEventListener('abort', finish, { once: true });
    const count = Math.max(1, Math.min(options.threads, jobs.length));
    for (let i = 0; i < count; i++) start();
  });
}
