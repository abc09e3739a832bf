/**
 * The pass kernels by name, for a worker thread (paths-worker.ts), which is
 * told the name of the kernel its pass runs. A new kernel is added here and
 * to KernelName (paths-core.ts).
 */

import type { KernelName, PassKernel } from './paths-core.js';
import { UNDIRECTED_PASS } from './paths-pass.js';
import { DIRECTED_PASS } from './directed-paths-kernel.js';

export const PASS_KERNELS: Readonly<Record<KernelName, PassKernel<unknown>>> = Object.freeze({
  undirected: UNDIRECTED_PASS as PassKernel<unknown>,
  directed: DIRECTED_PASS as PassKernel<unknown>,
});
