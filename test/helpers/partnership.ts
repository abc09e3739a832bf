/**
 * Partnership-like networks of any size for tests, from the benchmark's
 * deterministic generator (bench/generate.mjs): clustered, heavy-tailed
 * degrees, degree-1 actors, isolates and small detached groups, weights 1–5
 * in halves, sectors as groups.
 */
import type { Dataset } from '../../src/types.js';
// @ts-expect-error -- plain JavaScript module without type declarations
import { generatePartnership } from '../../bench/generate.mjs';

interface Generated {
  readonly ids: readonly string[];
  readonly sector: readonly string[];
  readonly ties: readonly (readonly [number, number, number])[];
}

export function partnershipDataset(n: number, seed = 1): Dataset {
  const net = (generatePartnership as (n: number, seed: number) => Generated)(n, seed);
  return {
    actors: net.ids.map((id, i) => ({ id, label: null, sector: net.sector[i]!, attributes: {} })),
    ties: net.ties.map(([u, v, w]) => ({ source: net.ids[u]!, target: net.ids[v]!, weight: w })),
    weighted: true,
    groupBy: 'sector',
  };
}
