/**
 * Introductions: pairs of actors worth introducing to each other (triadic
 * closure). A candidate pair (u, w) is in the largest group, not tied, in
 * different groups (without a group column: different Louvain communities),
 * and shares at least one contact. Its strength is Adamic–Adar,
 * Σ_{z shared} 1/ln k_z (Adamic & Adar 2003, "Friends and neighbors on the
 * Web"; Liben-Nowell & Kleinberg 2007 for link prediction): a shared contact
 * with few ties says more than a hub everybody knows.
 *
 * Reasons that make a pair worth more than its shared contacts:
 *   new-sector-link    the two groups have no tie at all today
 *   second-route       a shared contact z is a single broker and u, w are on
 *                      different sides of it: the new tie is a second route
 *                      around z (structure.ts pieces, relative to the centre)
 *   vulnerable-closer  u or w is a vulnerable actor on the edge (context.peripheral)
 *   across-clusters    different Louvain communities (counted only when groups exist)
 * A single broker (cutOff ≥ singleBroker.minGroup) is never an end of a
 * pair, and vulnerable-closer needs a partner outside the part behind the
 * actor's gate: advice must not add to the dependence it warns about.
 * Ranking: number of reasons other than across-clusters desc (those change
 * the structure), Adamic–Adar desc, all reasons desc, shared contacts desc,
 * then ids. The list is varied: each actor in at most `maxPerActor` pairs and
 * each theme (one never-tied group pair, one single broker to go around, one
 * vulnerable actor) in at most `maxPerTheme`. The best pair per never-tied group pair is kept apart for
 * missing-sector-link.
 *
 * Work is bounded (networks up to 100,000 actors): pairs come only from
 * 2-hop neighbourhoods; shared contacts with more than `maxMiddleDegree` ties
 * are skipped; sources are searched focus first (vulnerable actors on the
 * edge, then actors that reach the centre only through one actor, then the
 * rest, each by index) until `budget` neighbour visits are spent. Each source
 * u adds the pairs (u, w) with w not yet searched, so every pair is scored
 * once, from its first-searched end, with its full Adamic–Adar. The pool of
 * candidates is kept to `pool` by periodic sort-and-cut.
 */

import type { RuleContext } from './context.js';
import type { IntroductionReason } from './types.js';

export interface IntroductionCandidate {
  readonly a: number;
  readonly b: number;
  readonly adamicAdar: number;
  readonly common: number;
  readonly reasons: readonly IntroductionReason[];
  /** The single broker the tie would go around (second-route), else −1. */
  readonly around: number;
  /** The vulnerable actor brought closer, else −1. */
  readonly vulnerable: number;
}

export interface IntroductionsResult {
  /** Ranked, at most `max`, each actor in at most `maxPerActor` pairs. */
  readonly pairs: readonly IntroductionCandidate[];
  /** Best pair for each never-tied group pair, key = min(ga,gb) * G + max(ga,gb). */
  readonly bestForMissing: ReadonlyMap<number, IntroductionCandidate>;
  /** Whether every source was searched (false: the budget ran out). */
  readonly complete: boolean;
  readonly visits: number;
}

/** Reasons that change the structure (across-clusters only breaks ties: most cross-group pairs have it). */
function weight(c: IntroductionCandidate): number {
  return c.reasons.filter((r) => r !== 'across-clusters').length;
}

/**
 * The theme of a pair: its main reason and what it is about. At most
 * `maxPerTheme` pairs per theme are suggested, so one single broker or one
 * missing link does not fill the whole list.
 */
function theme(c: IntroductionCandidate, groupOf: (i: number) => number): string | null {
  if (c.reasons.includes('new-sector-link')) {
    const [x, y] = [groupOf(c.a), groupOf(c.b)].sort((p, q) => p - q);
    return `link:${x}:${y}`;
  }
  if (c.reasons.includes('second-route')) return `around:${c.around}`;
  if (c.reasons.includes('vulnerable-closer')) return `closer:${c.vulnerable}`;
  return null;
}

export function rankIntroductions(x: IntroductionCandidate, y: IntroductionCandidate): number {
  return (
    weight(y) - weight(x) ||
    y.adamicAdar - x.adamicAdar ||
    y.reasons.length - x.reasons.length ||
    y.common - x.common ||
    Math.min(x.a, x.b) - Math.min(y.a, y.b) ||
    Math.max(x.a, x.b) - Math.max(y.a, y.b)
  );
}

export function computeIntroductions(ctx: RuleContext): IntroductionsResult {
  const { network: net, componentOf, degree, community } = ctx;
  const { offsets, targets, group, n } = net;
  const t = ctx.thresholds.introductions;
  const G = ctx.groupCount;
  const byGroup = G >= 2;
  const structure = ctx.structure();
  const peripheral = ctx.peripheral();

  // Source order: focus actors first.
  const sources: number[] = [];
  const rank = (i: number): number => (peripheral.flagged[i] === 1 ? 0 : structure.gateOuter[i]! !== -1 ? 1 : 2);
  for (let i = 0; i < n; i++) if (componentOf[i] === 0 && degree[i]! > 0) sources.push(i);
  sources.sort((x, y) => rank(x) - rank(y) || x - y);

  const acc = new Float64Array(n);
  const common = new Int32Array(n);
  const around = new Int32Array(n).fill(-1);
  const touched = new Int32Array(n);
  const neighbourOf = new Int32Array(n).fill(-1);
  const searched = new Uint8Array(n);
  let pool: IntroductionCandidate[] = [];
  const bestForMissing = new Map<number, IntroductionCandidate>();
  let visits = 0;
  let complete = true;

  const eligible = (u: number, w: number): boolean => {
    if (byGroup) {
      const gu = group[u]!;
      const gw = group[w]!;
      return gu >= 0 && gw >= 0 && gu !== gw;
    }
    return community[u] !== community[w];
  };

  // A single broker (an actor alone holding singleBroker.minGroup or more in)
  // is never one end of an introduction: a new tie to it adds to the very
  // dependence single-broker warns about (issue 15). It can still be the
  // shared contact a second route goes around.
  const minGroup = ctx.thresholds.singleBroker.minGroup;
  const broker = (i: number): boolean => structure.cutOff[i]! >= minGroup;
  // A vulnerable actor is brought closer only by a tie that does not stay
  // behind the gate it reaches the centre through (same piece without it).
  const closerBy = (v: number, w: number): boolean => {
    const g = structure.gateOuter[v]!;
    return g === -1 || w === g || structure.pieceOf(w, g) !== structure.pieceOf(v, g);
  };

  for (const u of sources) {
    if (visits >= t.budget) {
      complete = false;
      break;
    }
    searched[u] = 1;
    if (broker(u)) continue;
    const uEnd = offsets[u + 1]!;
    for (let p = offsets[u]!; p < uEnd; p++) neighbourOf[targets[p]!] = u;
    let nTouched = 0;
    for (let p = offsets[u]!; p < uEnd; p++) {
      const z = targets[p]!;
      const kz = degree[z]!;
      if (kz < 2 || kz > t.maxMiddleDegree) continue;
      const weight = 1 / Math.log(kz);
      const cut = structure.cutOff[z]! > 0;
      const pieceU = cut ? structure.pieceOf(u, z) : -1;
      const zEnd = offsets[z + 1]!;
      visits += kz;
      for (let q = offsets[z]!; q < zEnd; q++) {
        const w = targets[q]!;
        if (w === u || searched[w] === 1 || neighbourOf[w] === u || broker(w)) continue;
        if (!eligible(u, w)) continue;
        if (common[w] === 0) touched[nTouched++] = w;
        acc[w]! += weight;
        common[w]! += 1;
        if (cut && around[w] === -1 && structure.pieceOf(w, z) !== pieceU) around[w] = z;
      }
    }
    for (let k = 0; k < nTouched; k++) {
      const w = touched[k]!;
      const reasons: IntroductionReason[] = [];
      let missingKey = -1;
      if (byGroup) {
        const gu = group[u]!;
        const gw = group[w]!;
        if (ctx.tiesBetween(gu, gw) === 0) {
          reasons.push('new-sector-link');
          missingKey = gu < gw ? gu * G + gw : gw * G + gu;
        }
      }
      if (around[w] !== -1) reasons.push('second-route');
      const vuln =
        peripheral.flagged[u] === 1 && closerBy(u, w) ? u : peripheral.flagged[w] === 1 && closerBy(w, u) ? w : -1;
      if (vuln !== -1) reasons.push('vulnerable-closer');
      if (byGroup && community[u] !== community[w]) reasons.push('across-clusters');
      const candidate: IntroductionCandidate = {
        a: Math.min(u, w),
        b: Math.max(u, w),
        adamicAdar: acc[w]!,
        common: common[w]!,
        reasons,
        around: around[w]!,
        vulnerable: vuln,
      };
      pool.push(candidate);
      if (missingKey !== -1) {
        const best = bestForMissing.get(missingKey);
        if (best === undefined || rankIntroductions(candidate, best) < 0) bestForMissing.set(missingKey, candidate);
      }
      acc[w] = 0;
      common[w] = 0;
      around[w] = -1;
    }
    if (pool.length > 2 * t.pool) pool = pool.sort(rankIntroductions).slice(0, t.pool);
  }

  pool.sort(rankIntroductions);
  const used = new Map<number, number>();
  const themes = new Map<string, number>();
  const pairs: IntroductionCandidate[] = [];
  for (const c of pool) {
    if (pairs.length >= t.max) break;
    if ((used.get(c.a) ?? 0) >= t.maxPerActor || (used.get(c.b) ?? 0) >= t.maxPerActor) continue;
    const key = theme(c, (i) => group[i]!);
    if (key !== null && (themes.get(key) ?? 0) >= t.maxPerTheme) continue;
    pairs.push(c);
    used.set(c.a, (used.get(c.a) ?? 0) + 1);
    used.set(c.b, (used.get(c.b) ?? 0) + 1);
    if (key !== null) themes.set(key, (themes.get(key) ?? 0) + 1);
  }
  return { pairs, bestForMissing, complete, visits };
}

/** Shared contacts of a and b (ascending index), by merging their sorted rows. */
export function sharedContacts(ctx: RuleContext, a: number, b: number): number[] {
  const { offsets, targets } = ctx.network;
  const out: number[] = [];
  let p = offsets[a]!;
  let q = offsets[b]!;
  const pe = offsets[a + 1]!;
  const qe = offsets[b + 1]!;
  while (p < pe && q < qe) {
    const x = targets[p]!;
    const y = targets[q]!;
    if (x === y) {
      out.push(x);
      p++;
      q++;
    } else if (x < y) p++;
    else q++;
  }
  return out;
}
