/**
 * DirectedData + the Network of the same dataset → DirectedNetwork: the
 * directed CSR (model/arcs.ts) over the Network's actor indices, and who
 * answered. Built once, immutable.
 *
 * - Actor i is `net.ids[i]`, the same index in both structures.
 * - `respondent[i]` is 1 when i answered, 0 when it did not; every actor is a
 *   respondent when nothing says who answered (`knownRespondents` false).
 */

import type { DirectedData } from '../types.js';
import { buildDirectedCsr, type DirectedCsr } from './arcs.js';
import type { Network } from './network.js';

export interface DirectedNetwork extends DirectedCsr {
  readonly respondent: Uint8Array;
  /** Whether a respondent column or --non-respondents said who answered. */
  readonly knownRespondents: boolean;
}

export function buildDirectedNetwork(net: Network, directed: DirectedData): DirectedNetwork {
  const m = directed.arcs.length;
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const weight = new Float64Array(m);
  directed.arcs.forEach((arc, a) => {
    const u = net.indexOf.get(arc.source);
    const v = net.indexOf.get(arc.target);
    if (u === undefined || v === undefined) throw new Error(`arc ${arc.source}→${arc.target} names an actor that is not in the dataset`);
    source[a] = u;
    target[a] = v;
    weight[a] = arc.weight;
  });
  const respondent = new Uint8Array(net.n).fill(1);
  for (const id of directed.respondents?.nonRespondents ?? []) {
    const i = net.indexOf.get(id);
    if (i === undefined) throw new Error(`non-respondent ${id} is not in the dataset`);
    respondent[i] = 0;
  }
  return { ...buildDirectedCsr(net.n, source, target, weight), respondent, knownRespondents: directed.respondents != null };
}
