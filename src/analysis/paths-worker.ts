/**
 * Worker thread of the path family (started by paths-worker-pool.ts, runs as
 * dist/analysis/paths-worker.js): rebuilds the CSR (and the reverse CSR of a
 * directed pass), the plan and the output views on the shared buffers it is
 * given, then claims and computes blocks of sources with the kernel it is
 * named until none is left. Any error is sent back through the port and
 * flagged in the shared control words, so the waiting thread can raise it.
 */

import { workerData } from 'node:worker_threads';
import { type PassGraph, type PassPlan, type PathAccumulator } from './paths-core.js';
import { CONSUMED, ERROR, slotSums, workerLoop, type PathWorkerData } from './paths-worker-pool.js';
import { PASS_KERNELS } from './paths-kernels.js';

function run(data: PathWorkerData): void {
  const { n } = data;
  const offsets = new Int32Array(data.offsets, 0, n + 1);
  const half = offsets[n]!;
  const reverse = data.reverseOffsets === null || data.reverseTargets === null ? null : {
    n,
    offsets: new Int32Array(data.reverseOffsets, 0, n + 1),
    targets: new Int32Array(data.reverseTargets, 0, half),
  };
  const net: PassGraph = {
    n,
    offsets,
    targets: new Int32Array(data.targets, 0, half),
    weights: new Float64Array(data.weights, 0, data.weighted ? half : 0),
    reverse,
  };
  const componentOf = new Int32Array(data.componentOf, 0, n);
  const { sourceCount, components } = data;
  const plan: PassPlan = {
    sources: new Int32Array(data.sources, 0, sourceCount),
    counts: new Float64Array(data.counts, 0, sourceCount),
    sampledComponent: new Uint8Array(data.sampledComponent, 0, components),
    weighted: data.weighted,
    sampling: data.sampling,
  };
  const acc: PathAccumulator = {
    distanceSum: new Float64Array(data.distanceSum, 0, n),
    reached: new Int32Array(data.reached, 0, n),
    inverseDistanceSum: new Float64Array(data.inverseDistanceSum, 0, n),
    eccentricity: new Int32Array(data.eccentricity, 0, n),
  };
  const slots = data.slots.map((buffer) => slotSums(buffer, n, data.weighted, data.sampling));
  const kernel = PASS_KERNELS[data.kernel];
  const work = kernel.createWorkspace(net, componentOf, plan, data.queue);
  workerLoop(kernel, net, plan, acc, work, slots, new Int32Array(data.control), new Int32Array(data.state));
}

const data = workerData as PathWorkerData;
try {
  run(data);
} catch (error) {
  data.port.postMessage(error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error));
  const control = new Int32Array(data.control);
  Atomics.store(control, ERROR, 1);
  Atomics.notify(control, CONSUMED);
  const state = new Int32Array(data.state);
  for (let b = 0; b < state.length; b++) Atomics.notify(state, b);
} finally {
  data.port.close();
}
