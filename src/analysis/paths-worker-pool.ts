/**
 * Runs a pass of the path family (one search per planned source, in blocks
 * of SOURCE_BLOCK sources, by a PassKernel: paths-pass.ts for undirected
 * networks, directed-paths-kernel.ts for directed ones) on several threads,
 * synchronously, so that analysis stays a plain function call. The pool
 * knows no kernel itself: the caller passes one, and a worker thread is told
 * its name and takes it from paths-kernels.ts.
 *
 * - The CSR, the plan and the per-source outputs live in SharedArrayBuffers;
 *   worker threads (paths-worker.ts, loaded from the built dist/) and the
 *   calling thread claim blocks from a shared counter (Atomics) and compute
 *   each into one of a ring of `slots` buffers.
 * - The calling thread folds the block sums into the totals strictly in block
 *   order (block b only after b − 1), so the totals are the same sum in the
 *   same order whatever the number of threads, and the output is
 *   byte-identical for any --threads. Per-source outputs go to each source's
 *   own index, written by whichever thread ran it.
 * - The calling thread waits with Atomics.wait (allowed on Node's main
 *   thread), computing blocks itself whenever a slot is free, so a worker that
 *   never starts only costs speed. A worker error is passed back through a
 *   MessagePort (read with receiveMessageOnPort) and raised as an
 *   InternalError. A worker that dies without throwing (out of memory) cannot
 *   be seen from a thread blocked in Atomics.wait (its 'exit' event needs the
 *   event loop), so every thread counts each finished source in a shared
 *   word, and the calling thread raises an InternalError when it has waited
 *   STALL_SECONDS for a block while no source finished anywhere. One search
 *   takes milliseconds to about a second on the largest networks tuff
 *   samples, so two minutes without any is a dead thread, not a slow one.
 *
 * The worker script: `paths-worker.js` next to this module in dist/. When
 * this module runs from the TypeScript sources (vitest), the worker is taken
 * from ../../dist/analysis/, so tests need a build first (`npm test` builds).
 */

import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { InternalError } from '../errors.js';
import {
  blockCount,
  clearBlockSums,
  createBlockSums,
  createPathAccumulator,
  foldInto,
  type BlockSums,
  type KernelName,
  type PassGraph,
  type PassKernel,
  type PassPlan,
  type PassResult,
  type PathAccumulator,
  type WeightedQueue,
} from './paths-core.js';

export type { PassResult } from './paths-core.js';

/** Seconds without any source finished (while waiting for a claimed block) before giving up. */
export const STALL_SECONDS = 120;

/** Control words in the shared Int32Array. */
const NEXT = 0; // next block to claim
export const CONSUMED = 1; // blocks folded by the calling thread
export const ERROR = 2; // 1 when a thread failed
const PROGRESS = 3; // sources finished (any thread): the heartbeat
const CONTROL_WORDS = 4;

/** Block states. */
const DONE = 2;

/** Everything a worker needs, as shared buffers and plain numbers (structured-clonable). */
export interface PathWorkerData {
  readonly kernel: KernelName;
  readonly n: number;
  readonly queue: WeightedQueue;
  readonly offsets: SharedArrayBuffer;
  readonly targets: SharedArrayBuffer;
  readonly weights: SharedArrayBuffer;
  /** The reverse CSR of a directed pass (null: undirected). */
  readonly reverseOffsets: SharedArrayBuffer | null;
  readonly reverseTargets: SharedArrayBuffer | null;
  readonly componentOf: SharedArrayBuffer;
  readonly sources: SharedArrayBuffer;
  readonly counts: SharedArrayBuffer;
  readonly sourceCount: number;
  readonly sampledComponent: SharedArrayBuffer;
  readonly components: number;
  readonly weighted: boolean;
  readonly sampling: boolean;
  readonly distanceSum: SharedArrayBuffer;
  readonly reached: SharedArrayBuffer;
  readonly inverseDistanceSum: SharedArrayBuffer;
  readonly eccentricity: SharedArrayBuffer;
  /** One buffer per slot: the six BlockSums arrays back to back. */
  readonly slots: readonly SharedArrayBuffer[];
  readonly control: SharedArrayBuffer;
  readonly state: SharedArrayBuffer;
  readonly port: MessagePort;
}

/** The worker script next to this module (dist/), or in dist/ when running from src/ (tests). */
export function defaultPathWorkerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('../../dist/analysis/paths-worker.js', here) : new URL('./paths-worker.js', here);
}

function shared<T extends Int32Array | Float64Array | Uint8Array>(source: T): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer(Math.max(source.byteLength, 8));
  new Uint8Array(buffer).set(new Uint8Array(source.buffer, source.byteOffset, source.byteLength));
  return buffer;
}

/** The BlockSums views of one slot buffer (layout: dependency, weighted, squares, distance sums). */
export function slotSums(buffer: SharedArrayBuffer, n: number, weighted: boolean, sampling: boolean): BlockSums {
  const lengths = [n, weighted ? n : 0, sampling ? n : 0, sampling && weighted ? n : 0, sampling ? n : 0, sampling ? n : 0];
  const views: Float64Array[] = [];
  let offset = 0;
  for (const length of lengths) {
    views.push(new Float64Array(buffer, offset, length));
    offset += length * 8;
  }
  const [dependency, weightedSums, dependencySquare, weightedSquare, distanceTo, inverseTo] = views as [
    Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array,
  ];
  return { dependency, weighted: weightedSums, dependencySquare, weightedSquare, distanceTo, inverseTo };
}

function slotBytes(n: number, weighted: boolean, sampling: boolean): number {
  return 8 * n * (1 + (weighted ? 1 : 0) + (sampling ? 3 : 0) + (sampling && weighted ? 1 : 0));
}

/** The pass on the calling thread only. */
export function runPassInProcess<W>(kernel: PassKernel<W>, net: PassGraph, componentOf: Int32Array, plan: PassPlan, queue: WeightedQueue): PassResult {
  const n = net.n;
  const work = kernel.createWorkspace(net, componentOf, plan, queue);
  const acc = createPathAccumulator(n);
  const total = createBlockSums(plan, n);
  const block = createBlockSums(plan, n);
  const blocks = blockCount(plan);
  for (let b = 0; b < blocks; b++) {
    clearBlockSums(block);
    kernel.runBlock(net, plan, b, block, acc, work);
    foldInto(total, block);
  }
  return { sums: total, acc };
}

/**
 * The claim-and-compute loop a worker runs: take the next block, wait until
 * its slot is free (block b uses slot b mod S, free once block b − S is
 * folded), compute it, mark it done. Returns when no block is left or a
 * thread failed.
 */
export function workerLoop<W>(
  kernel: PassKernel<W>,
  net: PassGraph,
  plan: PassPlan,
  acc: PathAccumulator,
  work: W,
  slots: readonly BlockSums[],
  control: Int32Array,
  state: Int32Array,
): void {
  const blocks = state.length;
  const ring = slots.length;
  for (;;) {
    if (Atomics.load(control, ERROR) !== 0) return;
    const b = Atomics.add(control, NEXT, 1);
    if (b >= blocks) return;
    for (;;) {
      const consumed = Atomics.load(control, CONSUMED);
      if (consumed > b - ring) break;
      if (Atomics.load(control, ERROR) !== 0) return;
      Atomics.wait(control, CONSUMED, consumed, 1000);
    }
    const sums = slots[b % ring]!;
    clearBlockSums(sums);
    kernel.runBlock(net, plan, b, sums, acc, work, () => Atomics.add(control, PROGRESS, 1));
    Atomics.store(state, b, DONE);
    Atomics.notify(state, b);
  }
}

/**
 * The pass on `threads` threads (the calling thread and threads − 1 workers);
 * the same result as runPassInProcess, bit for bit.
 */
export function runPass<W>(
  kernel: PassKernel<W>,
  net: PassGraph,
  componentOf: Int32Array,
  plan: PassPlan,
  queue: WeightedQueue,
  threads: number,
  workerUrl: URL = defaultPathWorkerUrl(),
  stallSeconds: number = STALL_SECONDS,
): PassResult {
  const n = net.n;
  const blocks = blockCount(plan);
  const workers = Math.min(threads - 1, blocks - 1);
  if (workers < 1) return runPassInProcess(kernel, net, componentOf, plan, queue);

  const ring = 2 * (workers + 1);
  const slotBuffers = Array.from({ length: ring }, () => new SharedArrayBuffer(Math.max(8, slotBytes(n, plan.weighted, plan.sampling))));
  const slots = slotBuffers.map((buffer) => slotSums(buffer, n, plan.weighted, plan.sampling));
  const controlBuffer = new SharedArrayBuffer(CONTROL_WORDS * 4);
  const stateBuffer = new SharedArrayBuffer(Math.max(4, blocks * 4));
  const control = new Int32Array(controlBuffer);
  const state = new Int32Array(stateBuffer);
  const perSource = {
    distanceSum: new SharedArrayBuffer(Math.max(8, n * 8)),
    reached: new SharedArrayBuffer(Math.max(4, n * 4)),
    inverseDistanceSum: new SharedArrayBuffer(Math.max(8, n * 8)),
    eccentricity: new SharedArrayBuffer(Math.max(4, n * 4)),
  };
  const acc: PathAccumulator = {
    distanceSum: new Float64Array(perSource.distanceSum, 0, n),
    reached: new Int32Array(perSource.reached, 0, n),
    inverseDistanceSum: new Float64Array(perSource.inverseDistanceSum, 0, n),
    eccentricity: new Int32Array(perSource.eccentricity, 0, n),
  };
  const reverse = net.reverse ?? null;
  const common = {
    kernel: kernel.name,
    n,
    queue,
    offsets: shared(net.offsets),
    targets: shared(net.targets),
    weights: shared(plan.weighted ? net.weights : new Float64Array(0)),
    reverseOffsets: reverse === null ? null : shared(reverse.offsets),
    reverseTargets: reverse === null ? null : shared(reverse.targets),
    componentOf: shared(componentOf),
    sources: shared(plan.sources),
    counts: shared(plan.counts),
    sourceCount: plan.sources.length,
    sampledComponent: shared(plan.sampledComponent),
    components: plan.sampledComponent.length,
    weighted: plan.weighted,
    sampling: plan.sampling,
    ...perSource,
    slots: slotBuffers,
    control: controlBuffer,
    state: stateBuffer,
  };

  const started: { worker: Worker; port: MessagePort }[] = [];
  const failures: string[] = [];
  try {
    for (let k = 0; k < workers; k++) {
      const channel = new MessageChannel();
      const data: PathWorkerData = { ...common, port: channel.port2 };
      let worker: Worker;
      try {
        worker = new Worker(workerUrl, { workerData: data, transferList: [channel.port2] });
      } catch {
        channel.port1.close();
        break; // fewer threads: slower, same result
      }
      worker.on('error', (error: unknown) => failures.push(error instanceof Error ? error.message : String(error)));
      worker.unref();
      started.push({ worker, port: channel.port1 });
    }

    const work = kernel.createWorkspace(net, componentOf, plan, queue);
    const total = createBlockSums(plan, n);
    const raise = (): never => {
      Atomics.store(control, ERROR, 1);
      Atomics.notify(control, CONSUMED);
      const messages = started.map(({ port }) => receiveMessageOnPort(port)?.message).filter((m) => m !== undefined);
      throw new InternalError(`paths: a worker thread failed: ${String(messages[0] ?? failures[0] ?? 'no message')}`);
    };
    let idle = 0;
    let lastProgress = -1;
    for (let consumed = 0; consumed < blocks; ) {
      if (Atomics.load(control, ERROR) !== 0) raise();
      if (Atomics.load(state, consumed) === DONE) {
        foldInto(total, slots[consumed % ring]!);
        consumed++;
        Atomics.store(control, CONSUMED, consumed);
        Atomics.notify(control, CONSUMED);
        continue;
      }
      const next = Atomics.load(control, NEXT);
      if (next < blocks && next - consumed < ring) {
        if (Atomics.compareExchange(control, NEXT, next, next + 1) !== next) continue;
        const sums = slots[next % ring]!;
        clearBlockSums(sums);
        kernel.runBlock(net, plan, next, sums, acc, work);
        Atomics.store(state, next, DONE);
        continue;
      }
      // Block `consumed` is being computed by a worker: wait for it.
      if (Atomics.wait(state, consumed, 0, 1000) === 'timed-out') {
        const progress = Atomics.load(control, PROGRESS);
        idle = progress === lastProgress ? idle + 1 : 0;
        lastProgress = progress;
        if (idle >= stallSeconds) {
          failures.push(`no source finished for ${stallSeconds} s while waiting for block ${consumed}: a worker thread stopped (out of memory?)`);
          raise();
        }
      }
    }
    return { sums: total, acc };
  } finally {
    for (const { worker, port } of started) {
      port.close();
      void worker.terminate();
    }
  }
}
