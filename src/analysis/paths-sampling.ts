/**
 * Which sources the path family searches from, and what the estimates made
 * on large networks guarantee. Pure; randomness only from the seeded
 * generator of util/random.ts.
 *
 * When exact, every actor is a source (degree-1 actors folded into their
 * neighbour, see runBlock in paths-pass.ts). That costs one search per actor, about
 * n · 2m steps in all (about 6.6 ns each on two cores, weighted networks
 * included), which fits in seconds at 10,000 actors / 50,000 ties but not in
 * a minute at 100,000 / 500,000. So:
 *
 * - Sampling applies when the exact work Σ_c |c| · 2m_c (over components c)
 *   exceeds EXACT_WORK_LIMIT = 10¹⁰ — about a minute on two cores, about
 *   31,000 actors at 5 ties per actor — unless `exact` is set; `samples`
 *   given explicitly asks for sampling at any size. Only components larger
 *   than the budget K are sampled; smaller ones stay exact. The limit is
 *   high on purpose: researchers compare exact values with other tools, and
 *   a minute is a fair price for them.
 * - Sources are drawn uniformly with replacement inside each sampled
 *   component c, K_c = max(2, round(K · |c| / Σ|sampled|)) draws, seeded by
 *   `seed` (Brandes & Pich 2007, "Centrality estimation in large networks",
 *   uniform random pivots). One hop-count search (and one Dijkstra, weighted
 *   networks) per distinct drawn source feeds every estimate below.
 * - Betweenness (both kinds): Σ_s δ_s(v) is estimated by (|c|/K_c) Σ_i δ_{s_i}(v),
 *   unbiased. Guarantee: X_i = δ_{s_i}(v)/(|c| − 2) ∈ [0, 1] are independent,
 *   so by the empirical Bernstein bound (Maurer & Pontil 2009, Thm 4, both
 *   sides, union over the N_s actors of sampled components), with probability
 *   ≥ 1 − δ every actor's estimate is within
 *     ε_v = f_c · (√(2 V_v L / K_c) + 7 L / (3 (K_c − 1))),  L = ln(4 N_s / δ),
 *   of the exact normalised value, V_v the sample variance of X and
 *   f_c = |c|(|c| − 2)/((n − 1)(n − 2)). The reported ε is max_v ε_v, δ = 0.1.
 * - The top 20 (certifyTop): the highest betweenness values are what readers
 *   look at, so the per-actor intervals [b̂_v − ε_v, b̂_v + ε_v] are checked
 *   for separating the 20 highest estimates from the rest. If they do, then
 *   on the same event (probability ≥ 1 − δ) the top 20 by estimate is the
 *   exact top 20, and the note says so. If not, the overlapping ranks are
 *   named (betweenness-top-uncertain), and on a network whose exact work is
 *   within the limit (sampled only because `samples` was given) the exact
 *   pass is run instead (sampling-replaced-by-exact): neighbouring ranks of
 *   real networks are often within 0.1% of each other, which no sample short
 *   of nearly every source can order, and exact values are affordable there.
 * - Closeness, harmonic centrality (Eppstein & Wang 2004, "Fast approximation
 *   of centrality"): an actor's mean distance to the rest of its component is
 *   estimated by its mean distance to the drawn sources (other than itself);
 *   Hoeffding and the union bound give, with probability ≥ 1 − δ, every mean
 *   distance within η = (D − 1)·√(L' / (2 K_c)) and every mean inverse distance
 *   within (1 − 1/D)·√(L' / (2 K_c)), L' = ln(4 N_s / δ), D the component's
 *   diameter (an upper bound for components other than 0). Drawn sources
 *   have their exact values. The mean distance of component 0 is the mean
 *   over draws of a source's exact mean distance: within (D − 1)·√(ln(2/δ)/(2 K_0)).
 * - The diameter of component 0 stays exact: iFUB (Crescenzi, Grossi, Habib,
 *   Lanzi & Marino 2013, "On computing the diameter of real-world undirected
 *   graphs") from a 4-sweep start, which needs few searches on real networks;
 *   after IFUB_MAX_SEARCHES it stops and reports its lower bound as an
 *   estimate (with the upper bound) instead of running on (paths-diameter.ts).
 */

import type { EstimateNote } from '../types.js';
import { createRng } from '../util/random.js';
import { componentSizes, pendantAnchor, workOf, type Csr, type PassPlan } from './paths-core.js';
import type { DiameterResult } from './paths-diameter.js';

/** Work (Σ_c |c| · 2m_c) above which sources are sampled unless `exact`. */
export const EXACT_WORK_LIMIT = 1e10;
/** Default source budget K when sampling. */
export const DEFAULT_SAMPLES = 1024;
/** Failure probability of the stated bounds. */
export const SAMPLING_DELTA = 0.1;

export interface SamplingOptions {
  /** Exact whatever the size. */
  readonly exact: boolean;
  /** Source budget; given = sample whenever a component is larger than it. */
  readonly samples: number | undefined;
  readonly seed: number;
  /** Exact work above which sources are sampled without `samples` (default EXACT_WORK_LIMIT; tests lower it). */
  readonly exactWorkLimit?: number;
}

/** A sampled component: K_c draws among its `size` actors. */
export interface Stratum {
  readonly component: number;
  readonly size: number;
  readonly draws: number;
}

export interface SourcePlan {
  readonly plan: PassPlan;
  /** Σ_c |c| · (row entries of c): the work of the exact pass (exactWork in paths-core.ts), computed once here. */
  readonly exactWork: number;
  /** Sampled components; empty when everything is exact. */
  readonly strata: readonly Stratum[];
  /** The budget K that was applied (null when exact). */
  readonly budget: number | null;
}

/**
 * Sources for this network and these options (see the header for the rule).
 * `anchorOf(v)` is the actor v is folded into (never searched: its figures
 * are derived from its anchor's search), or −1; by default pendantAnchor, the
 * undirected rule; the directed pass passes its own.
 */
export function planSources(
  net: Csr,
  componentOf: Int32Array,
  weighted: boolean,
  options: SamplingOptions,
  anchorOf: (v: number) => number = (v) => pendantAnchor(net, v),
): SourcePlan {
  const sizes = componentSizes(net, componentOf);
  const work = workOf(sizes);
  let budget: number | null = null;
  if (!options.exact) {
    if (options.samples !== undefined) budget = options.samples;
    else if (work > (options.exactWorkLimit ?? EXACT_WORK_LIMIT)) budget = DEFAULT_SAMPLES;
  }
  const sampledComponent = new Uint8Array(sizes.count);
  let sampledActors = 0;
  if (budget !== null) {
    for (let c = 0; c < sizes.count; c++) {
      if (sizes.size[c]! > budget) {
        sampledComponent[c] = 1;
        sampledActors += sizes.size[c]!;
      }
    }
  }
  if (sampledActors === 0) budget = null;

  // Draws per sampled component, in component order, members in index order.
  const drawn = new Float64Array(net.n);
  const strata: Stratum[] = [];
  if (budget !== null) {
    const members: number[][] = Array.from({ length: sizes.count }, () => []);
    for (let i = 0; i < net.n; i++) if (sampledComponent[componentOf[i]!] === 1) members[componentOf[i]!]!.push(i);
    const rand = createRng(samplingSeed(options.seed));
    for (let c = 0; c < sizes.count; c++) {
      if (sampledComponent[c] !== 1) continue;
      const list = members[c]!;
      const draws = Math.max(2, Math.round((budget * list.length) / sampledActors));
      for (let k = 0; k < draws; k++) drawn[list[Math.floor(rand() * list.length)]!]! += 1;
      strata.push({ component: c, size: list.length, draws });
    }
  }

  const sources: number[] = [];
  const counts: number[] = [];
  for (let s = 0; s < net.n; s++) {
    if (sampledComponent[componentOf[s]!] === 1) {
      if (drawn[s]! > 0) {
        sources.push(s);
        counts.push(drawn[s]!);
      }
    } else if (anchorOf(s) < 0) {
      sources.push(s);
      counts.push(1);
    }
  }
  return {
    exactWork: work,
    plan: {
      sources: Int32Array.from(sources),
      counts: Float64Array.from(counts),
      sampledComponent,
      weighted,
      sampling: strata.length > 0,
    },
    strata,
    budget,
  };
}

/** The sampling stream's seed: derived from --seed, apart from the Louvain runs' seed, seed + 1, …. */
function samplingSeed(seed: number): number {
  return (Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) ^ 0x7f4a7c15) >>> 0;
}

/**
 * Per-actor half-widths ε_v of the betweenness estimate (header):
 * f_c · (√(2 V_v L / K_c) + 7 L / (3 (K_c − 1))) for actors of sampled
 * components, 0 for the others (exact). `sum` and `square` are Σ mult · δ and
 * Σ mult · δ² per actor over the drawn sources.
 */
export function betweennessBounds(
  n: number,
  componentOf: Int32Array,
  strata: readonly Stratum[],
  sum: Float64Array,
  square: Float64Array,
  delta: number = SAMPLING_DELTA,
): Float64Array {
  const byComponent = new Map(strata.map((s) => [s.component, s] as const));
  const covered = strata.reduce((acc, s) => acc + s.size, 0);
  const L = Math.log((4 * covered) / delta);
  const bounds = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const stratum = byComponent.get(componentOf[v]!);
    if (stratum === undefined || stratum.size < 3) continue;
    const K = stratum.draws;
    const range = stratum.size - 2;
    const s1 = sum[v]! / range;
    const s2 = square[v]! / (range * range);
    const variance = Math.max(0, (K * s2 - s1 * s1) / (K * (K - 1)));
    const bound = Math.sqrt((2 * variance * L) / K) + (7 * L) / (3 * (K - 1));
    const f = (stratum.size * (stratum.size - 2)) / ((n - 1) * (n - 2));
    bounds[v] = f * bound;
  }
  return bounds;
}

/** ε of an estimate: the largest per-actor half-width (see betweennessBounds). */
export function largestBound(bounds: Float64Array): number {
  return bounds.reduce((a, b) => Math.max(a, b), 0);
}

/** How many of the highest betweenness values the estimate must single out (the top 20 researchers and the report look at). */
export const CERTIFIED_TOP = 20;

/**
 * Whether the k highest estimates are, with the bounds' probability, the k
 * highest exact values: every actor ranked 1..k (value desc, then index =
 * id order) has a lower bound above the upper bound of every actor ranked
 * below k. Two exact actors (bound 0) never need separating: their order is
 * known. `uncertain` gives the 1-based ranks of the first and last actor
 * whose membership of the top k the bounds leave open.
 */
export interface TopCertificate {
  readonly k: number;
  /** Actors ranked (all of the network). */
  readonly actors: number;
  readonly certified: boolean;
  readonly uncertain: readonly [number, number] | null;
}

export function certifyTop(values: Float64Array, bounds: Float64Array, k: number = CERTIFIED_TOP): TopCertificate {
  const n = values.length;
  const top = Math.min(k, n);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[b]! - values[a]! || a - b);
  // Lowest lower bound in the top (all / estimated only), highest upper bound below it (all / estimated only).
  let lowAll = Infinity;
  let lowEstimated = Infinity;
  for (let r = 0; r < top; r++) {
    const v = order[r]!;
    const lo = values[v]! - bounds[v]!;
    lowAll = Math.min(lowAll, lo);
    if (bounds[v]! > 0) lowEstimated = Math.min(lowEstimated, lo);
  }
  let highAll = -Infinity;
  let highEstimated = -Infinity;
  for (let r = top; r < n; r++) {
    const u = order[r]!;
    const hi = values[u]! + bounds[u]!;
    highAll = Math.max(highAll, hi);
    if (bounds[u]! > 0) highEstimated = Math.max(highEstimated, hi);
  }
  if (lowEstimated > highAll && lowAll > highEstimated) return { k: top, actors: n, certified: true, uncertain: null };
  let first = top;
  for (let r = 0; r < top; r++) {
    const v = order[r]!;
    if (values[v]! - bounds[v]! <= (bounds[v]! > 0 ? highAll : highEstimated)) {
      first = r + 1;
      break;
    }
  }
  let last = top + 1;
  for (let r = n - 1; r >= top; r--) {
    const u = order[r]!;
    if (values[u]! + bounds[u]! >= (bounds[u]! > 0 ? lowAll : lowEstimated)) {
      last = r + 1;
      break;
    }
  }
  return { k: top, actors: n, certified: false, uncertain: [first, last] };
}

/** Hoeffding half-width √(ln(c/δ) / (2K)) used by the distance bounds. */
export function hoeffding(draws: number, events: number, delta: number = SAMPLING_DELTA): number {
  return Math.sqrt(Math.log((2 * events) / delta) / (2 * draws));
}

export interface EstimateInput {
  readonly strata: readonly Stratum[];
  /** ε of betweenness and of weighted betweenness (null: unweighted network). */
  readonly epsilon: number;
  readonly weightedEpsilon: number | null;
  /** Diameter (or an upper bound) of each sampled component. */
  readonly diameterOf: ReadonlyMap<number, number>;
  /** How the diameter of component 0 was found. */
  readonly diameter: DiameterResult;
  /** Whether the estimate singles out the highest (hop-count) betweenness values. */
  readonly top: TopCertificate;
}

/**
 * The notes that say what was estimated, from how many sources, within which
 * bounds: codes and figures (types.ts AnalysisNoteFigures); the report writes
 * the sentences (src/i18n/notes-*.ts).
 */
export function estimateNotes(input: EstimateInput, delta: number = SAMPLING_DELTA): EstimateNote[] {
  const { strata } = input;
  const covered = strata.reduce((a, s) => a + s.size, 0);
  const draws = strata.reduce((a, s) => a + s.draws, 0);
  const notes: EstimateNote[] = [{
    code: 'betweenness-estimated',
    figures: {
      sources: draws, actors: covered, components: strata.length, epsilon: input.epsilon, delta,
      certifiedTop: input.top.certified ? input.top.k : null,
    },
  }];
  if (input.top.uncertain !== null) notes.push(topUncertainNote(input.top, delta));
  if (input.weightedEpsilon !== null) {
    notes.push({ code: 'weighted-betweenness-estimated', figures: { sources: draws, epsilon: input.weightedEpsilon, delta } });
  }
  // Per-actor bounds: the widest over the sampled components (fewest draws, largest diameter).
  let hops = 0;
  let inverse = 0;
  for (const s of strata) {
    const d = Math.max(1, input.diameterOf.get(s.component) ?? s.size - 1);
    const h = hoeffding(s.draws, 2 * covered, delta);
    hops = Math.max(hops, (d - 1) * h);
    inverse = Math.max(inverse, (1 - 1 / d) * h);
  }
  const first = strata.find((s) => s.component === 0);
  notes.push({
    code: 'closeness-estimated',
    figures: {
      sources: draws, distanceBound: hops, inverseDistanceBound: inverse,
      meanDistanceBound: first === undefined ? null : (input.diameter.diameter - 1) * hoeffding(first.draws, 1, delta),
      delta,
    },
  });
  if (!input.diameter.exact) {
    notes.push({
      code: 'diameter-estimated',
      figures: { lower: input.diameter.diameter, upper: input.diameter.upper, searches: input.diameter.searches },
    });
  }
  return notes;
}

/** The ranks whose bounds overlap: `uncertain`, or all of them. */
function overlap(top: TopCertificate): { firstUncertain: number; lastUncertain: number; ranked: number } {
  const [first, last] = top.uncertain ?? [1, top.actors];
  return { firstUncertain: first, lastUncertain: last, ranked: top.actors };
}

/** The note for a sample whose bounds leave open which actors have the highest betweenness. */
function topUncertainNote(top: TopCertificate, delta: number): EstimateNote {
  return { code: 'betweenness-top-uncertain', figures: { top: top.k, ...overlap(top), delta } };
}

/**
 * The note for a sample that could not single out the top betweenness values
 * on a network small enough for the exact pass, which was run instead.
 */
export function replacedByExactNote(draws: number, top: TopCertificate): EstimateNote {
  return { code: 'sampling-replaced-by-exact', figures: { sources: draws, top: top.k, ...overlap(top) } };
}
