/**
 * Communities by Louvain modularity maximisation (Blondel, Guillaume, Lambiotte
 * & Lefebvre 2008, "Fast unfolding of communities in large networks"), run by
 * graphology-communities-louvain through analysis/graphology.ts, weighted by
 * tie weight, resolution 1.
 *
 * Louvain is a randomised heuristic, so it is run `runs` times with the seeded
 * generator of util/random.ts, seeds seed, seed + 1, …, seed + runs − 1, and
 * the partition with the highest modularity is kept (equal modularity: the
 * lowest seed). The modularity reported is recomputed here on the CSR for the
 * partition actually returned (computeModularity), not taken from the library:
 *
 *   Q = 1/(2W) Σ_ij [w_ij − s_i s_j/(2W)] δ(c_i, c_j)
 *     = Σ_c [ W_c/W − (S_c/(2W))² ],
 *
 * W = Σ of all tie weights, W_c = Σ of the tie weights inside c, S_c = Σ of
 * the strengths in c (Newman & Girvan 2004; Newman 2006). This is
 * `nx.community.modularity(G, communities, weight="weight")`.
 *
 * Contract (fixtures/oracles/README.md, `louvain`): Q ≥ bestModularity − 0.02
 * and ≤ optimalModularity + 1e-9 on the shared datasets.
 *
 * Options, measured on 420 single runs (seeds 0..419) per dataset, and on every
 * window of 20 consecutive seeds:
 * - `fastLocalMoves: false` (full sweeps). Both settings meet the contract in
 *   every window, but full sweeps reach the exact optimum far more often:
 *   florentine in 391 of 401 windows (fast moves: 0), sondervang in 11 (0),
 *   karate in all (all). On large networks full sweeps are 1.5–3× slower.
 * - Default seed 1 (an arbitrary fixed constant, as the CLI's --seed default):
 *   seeds 1..20 give karate 0.444904 and florentine 0.39875 (both the exact
 *   optimum) and sondervang 0.497720 (networkx's best of 20: 0.497887,
 *   optimum 0.498078).
 * - Runs and scale: graphology needs ~4 s just to build a 100,000-actor /
 *   500,000-tie graph and 2–8 s per run (2-core machine), so 20 runs would take
 *   minutes. `defaultCommunityRuns` caps the default by a tie budget (20 runs
 *   up to 50,000 ties, 2 at 500,000); the modularity of single runs on such
 *   networks differs by ~0.003, so few runs lose little. A `runs` passed by the
 *   caller is always used as is.
 *
 * Numbering: communities by size descending, then by smallest member id (=
 * smallest index). Decisions on edge cases:
 * - isolates are communities of their own (Louvain never moves them; enforced
 *   here anyway) and count in `count`;
 * - no ties: Louvain is not run; every actor is its own community and the
 *   modularity is null (Q is 0/0: W = 0); n = 0 likewise, with count 0;
 * - `seed` in the result is the caller's first seed, so `seed` + `runs`
 *   reproduce the result.
 */

import type { Communities } from '../types.js';
import type { Network } from '../model/network.js';
import { InternalError } from '../errors.js';
import { createRng } from '../util/random.js';
import { graphKey, louvainDetailed, toGraphology } from './graphology.js';

export const COMMUNITIES_DEFAULTS = Object.freeze({ seed: 1, runs: 20 });

export interface CommunitiesOptions {
  /** Seed of the first run; run r uses seed + r. An integer. */
  readonly seed: number;
  /** Number of Louvain runs, an integer ≥ 1. */
  readonly runs: number;
}

export interface CommunitiesResult {
  /** Community number of each actor index (0 = largest community). */
  readonly communityOf: Int32Array;
  readonly communities: Communities;
}

/** Full sweeps instead of graphology's queue of nodes to revisit; see the header. */
const FAST_LOCAL_MOVES = false;

/** Tie budget of the size-dependent default number of runs (see the header). */
export const RUNS_BUDGET = 1_000_000;

/**
 * The default number of runs for a network of m ties: 20 up to 50,000 ties,
 * then ⌊1,000,000 / m⌋ (10 at 100,000 ties, 2 at 500,000), at least 1. For
 * callers that let the size decide; runs passed explicitly are used as is.
 */
export function defaultCommunityRuns(m: number): number {
  if (m === 0) return COMMUNITIES_DEFAULTS.runs;
  return Math.max(1, Math.min(COMMUNITIES_DEFAULTS.runs, Math.floor(RUNS_BUDGET / m)));
}

export function computeCommunities(net: Network, options: CommunitiesOptions): CommunitiesResult {
  const { seed, runs } = options;
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`computeCommunities: runs must be an integer ≥ 1, got ${runs}`);
  if (!Number.isInteger(seed)) throw new RangeError(`computeCommunities: seed must be an integer, got ${seed}`);

  if (net.m === 0) {
    const communityOf = new Int32Array(net.n);
    for (let i = 0; i < net.n; i++) communityOf[i] = i;
    return { communityOf, communities: describe(net, communityOf, null, seed, runs) };
  }

  const graph = toGraphology(net);
  let best: { communityOf: Int32Array; modularity: number } | null = null;
  for (let r = 0; r < runs; r++) {
    const run = louvainDetailed(graph, { rng: createRng(seed + r), resolution: 1, fastLocalMoves: FAST_LOCAL_MOVES });
    const raw = new Int32Array(net.n);
    for (let i = 0; i < net.n; i++) {
      const label = run.communities[graphKey(net.ids[i]!)];
      if (label === undefined) throw new InternalError(`louvain returned no community for actor ${net.ids[i]}`);
      // An isolate gets a label of its own (beyond Louvain's 0..count−1).
      raw[i] = net.offsets[i + 1] === net.offsets[i] ? run.count + i : label;
    }
    const communityOf = numberBySize(raw);
    const modularity = computeModularity(net, communityOf)!;
    if (best === null || modularity > best.modularity) best = { communityOf, modularity };
  }
  return { communityOf: best!.communityOf, communities: describe(net, best!.communityOf, best!.modularity, seed, runs) };
}

/**
 * Modularity of a partition (labels per actor index, any non-negative
 * integers), weighted, resolution 1; null when the network has no ties.
 */
export function computeModularity(net: Network, communityOf: Int32Array): number | null {
  const { n, m, tieSource, tieTarget, tieWeight, offsets, weights } = net;
  if (m === 0) return null;
  let labels = 0;
  for (let i = 0; i < n; i++) labels = Math.max(labels, communityOf[i]! + 1);
  const inside = new Float64Array(labels);
  const total = new Float64Array(labels);
  let w = 0;
  for (let e = 0; e < m; e++) {
    w += tieWeight[e]!;
    const c = communityOf[tieSource[e]!]!;
    if (c === communityOf[tieTarget[e]!]) inside[c]! += tieWeight[e]!;
  }
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++) s += weights[p]!;
    total[communityOf[i]!]! += s;
  }
  let q = 0;
  for (let c = 0; c < labels; c++) q += inside[c]! / w - (total[c]! / (2 * w)) ** 2;
  return q;
}

/** The name test/analysis/oracle.test.ts imports; same function. */
export const modularity = computeModularity;

/** Relabel to 0..k−1 by community size descending, then smallest member index. */
function numberBySize(raw: Int32Array): Int32Array {
  const n = raw.length;
  const size = new Map<number, number>();
  const first = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const c = raw[i]!;
    size.set(c, (size.get(c) ?? 0) + 1);
    if (!first.has(c)) first.set(c, i);
  }
  const order = [...size.keys()].sort((a, b) => size.get(b)! - size.get(a)! || first.get(a)! - first.get(b)!);
  const rank = new Map(order.map((c, k) => [c, k] as const));
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = rank.get(raw[i]!)!;
  return out;
}

function describe(net: Network, communityOf: Int32Array, modularity: number | null, seed: number, runs: number): Communities {
  const partition: Record<string, number> = Object.create(null) as Record<string, number>; // ids/names as keys: no prototype, so `__proto__`, `constructor` … are ordinary keys
  let count = 0;
  for (let i = 0; i < net.n; i++) {
    partition[net.ids[i]!] = communityOf[i]!;
    count = Math.max(count, communityOf[i]! + 1);
  }
  return { algorithm: 'louvain', seed, runs, modularity, count, partition };
}
