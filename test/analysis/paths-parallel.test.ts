/**
 * paths-worker-pool.ts: the path family on worker threads gives the same
 * bits as on one thread, for any thread count, exact and sampled. The worker
 * script is the built dist/analysis/paths-worker.js (defaultPathWorkerUrl
 * maps src/ to dist/), so these tests need `npm run build` first — `npm test`
 * builds before running vitest.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { computeComponents } from '../../src/analysis/components.js';
import { computePaths, PARALLEL_MIN_WORK, type PathsResult } from '../../src/analysis/paths.js';
import { planSources } from '../../src/analysis/paths-sampling.js';
import { exactWork } from '../../src/analysis/paths-core.js';
import { UNDIRECTED_PASS } from '../../src/analysis/paths-pass.js';
import { defaultPathWorkerUrl, runPass, runPassInProcess } from '../../src/analysis/paths-worker-pool.js';
import { InternalError } from '../../src/errors.js';
import { buildNetwork } from '../../src/model/network.js';
import { partnershipDataset } from '../helpers/partnership.js';

const net = buildNetwork(partnershipDataset(2500, 3));
const componentOf = computeComponents(net).componentOf;

function bytes(a: Float64Array | null): Buffer {
  if (a === null) return Buffer.alloc(0);
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

function expectIdentical(a: PathsResult, b: PathsResult): void {
  expect(bytes(b.betweenness).equals(bytes(a.betweenness))).toBe(true);
  expect(bytes(b.weightedBetweenness).equals(bytes(a.weightedBetweenness))).toBe(true);
  expect(bytes(b.closeness).equals(bytes(a.closeness))).toBe(true);
  expect(bytes(b.harmonic).equals(bytes(a.harmonic))).toBe(true);
  expect(b.diameterOfLargestComponent).toBe(a.diameterOfLargestComponent);
  expect(Object.is(b.averageShortestPathLargestComponent, a.averageShortestPathLargestComponent)).toBe(true);
  expect(b.method).toEqual(a.method);
  expect(b.estimates).toEqual(a.estimates);
}

describe('computePaths on worker threads', () => {
  it('the test network is large enough for threads to be used', () => {
    expect(exactWork(net, componentOf)).toBeGreaterThan(PARALLEL_MIN_WORK);
  });

  it('the worker script resolves to the built dist/ file', () => {
    expect(defaultPathWorkerUrl().pathname.endsWith('/dist/analysis/paths-worker.js')).toBe(true);
  });

  it('exact: 1, 2 and 3 threads give bit-identical results', () => {
    const one = computePaths(net, componentOf, { weighted: true, threads: 1, exact: true });
    expect(one.method.exact).toBe(true);
    expectIdentical(one, computePaths(net, componentOf, { weighted: true, threads: 2, exact: true }));
    expectIdentical(one, computePaths(net, componentOf, { weighted: true, threads: 3, exact: true }));
  });

  it('sampled: 1 and 2 threads give bit-identical estimates and bounds', () => {
    // exactWorkLimit 0: kept as an estimate, as on a network too large for the exact pass.
    const sampled = { weighted: true, samples: 600, seed: 7, exactWorkLimit: 0 };
    const one = computePaths(net, componentOf, { ...sampled, threads: 1 });
    expect(one.method.exact).toBe(false);
    expectIdentical(one, computePaths(net, componentOf, { ...sampled, threads: 2 }));
  });
});

describe('runPass', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tuff-pool-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const { plan } = planSources(net, componentOf, true, { exact: true, samples: undefined, seed: 1 });

  it('equals the in-process pass when the worker script cannot start (the calling thread does every block)', () => {
    const missing = pathToFileURL(path.join(dir, 'no-such-worker.js'));
    const pooled = runPass(UNDIRECTED_PASS, net, componentOf, plan, 'buckets', 2, missing);
    const alone = runPassInProcess(UNDIRECTED_PASS, net, componentOf, plan, 'buckets');
    expect(bytes(pooled.sums.dependency).equals(bytes(alone.sums.dependency))).toBe(true);
    expect(bytes(pooled.sums.weighted).equals(bytes(alone.sums.weighted))).toBe(true);
    expect([...pooled.acc.reached]).toEqual([...alone.acc.reached]);
  });

  it('raises an InternalError with the message of a worker that fails on a block', () => {
    // A worker that claims the first free block, reports an error and flags it, as paths-worker.ts does on a throw.
    const failing = path.join(dir, 'failing-worker.mjs');
    writeFileSync(failing, [
      "import { workerData } from 'node:worker_threads';",
      'const control = new Int32Array(workerData.control);',
      'Atomics.add(control, 0, 1);',
      "workerData.port.postMessage('boom in block');",
      'Atomics.store(control, 2, 1);',
      'Atomics.notify(control, 1);',
      'const state = new Int32Array(workerData.state);',
      'for (let b = 0; b < state.length; b++) Atomics.notify(state, b);',
    ].join('\n'));
    expect(() => runPass(UNDIRECTED_PASS, net, componentOf, plan, 'buckets', 2, pathToFileURL(failing))).toThrow(InternalError);
    expect(() => runPass(UNDIRECTED_PASS, net, componentOf, plan, 'buckets', 2, pathToFileURL(failing))).toThrow(/boom in block/);
  });

  it('a worker that keeps finishing sources is not declared stalled, however long its block takes', () => {
    // Claims a block and beats the heartbeat (sources finished) every 250 ms for 3.5 s, longer than the
    // 2 s stall limit given here, then reports its own error: that error, not a stall, must come back.
    const beating = path.join(dir, 'beating-worker.mjs');
    writeFileSync(beating, [
      "import { workerData } from 'node:worker_threads';",
      'const control = new Int32Array(workerData.control);',
      'Atomics.add(control, 0, 1);',
      'const pause = new Int32Array(new SharedArrayBuffer(4));',
      'for (const until = Date.now() + 3500; Date.now() < until; ) {',
      '  Atomics.add(control, 3, 1);',
      '  Atomics.wait(pause, 0, 0, 250);',
      '}',
      "workerData.port.postMessage('done beating');",
      'Atomics.store(control, 2, 1);',
      'Atomics.notify(control, 1);',
      'const state = new Int32Array(workerData.state);',
      'for (let b = 0; b < state.length; b++) Atomics.notify(state, b);',
    ].join('\n'));
    expect(() => runPass(UNDIRECTED_PASS, net, componentOf, plan, 'buckets', 2, pathToFileURL(beating), 2)).toThrow(/done beating/);
  });

  it('raises an InternalError when a worker dies holding a block without saying so (as out of memory does)', () => {
    // Claims the first free block and ends its thread: no message, no error flag, the block never done.
    const dying = path.join(dir, 'dying-worker.mjs');
    writeFileSync(dying, [
      "import { workerData } from 'node:worker_threads';",
      'Atomics.add(new Int32Array(workerData.control), 0, 1);',
      'process.exit(1);',
    ].join('\n'));
    // A stall limit of 2 s instead of STALL_SECONDS: the calling thread computes every other block it can, then waits.
    expect(() => runPass(UNDIRECTED_PASS, net, componentOf, plan, 'buckets', 2, pathToFileURL(dying), 2))
      .toThrow(/no source finished for 2 s while waiting for block [0-9]+: a worker thread stopped/);
  });
});
