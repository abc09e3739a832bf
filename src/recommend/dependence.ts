/**
 * Dependence on the facilitator f (--facilitator): the share of cross-group
 * shortest paths that pass through f.
 *
 * Definition: over ordered pairs (s, t) in f's component with s, t ≠ f and
 * group(s) ≠ group(t) (both grouped; without a group column, all pairs), the
 * mean of σ_st(f)/σ_st — the fraction of s–t shortest paths through f, as in
 * betweenness (Freeman 1977; Brandes 2001) but averaged over cross-group
 * pairs only. With one search from f, σ_st(f) = σ_sf·σ_ft when
 * d(s,f) + d(f,t) = d(s,t), else 0, so each source s needs one BFS (d, σ)
 * and no backward pass. `allThrough` is the share of those pairs for which
 * EVERY shortest path runs through f.
 *
 * Cost: one BFS per source, O(n + m) each. Exact when f's component has at
 * most `exactLimit` actors; above that, `samples` sources evenly spaced over
 * the eligible sources (by index) estimate the mean (each source's targets
 * are all counted, so the estimate is a mean over whole rows of the pair
 * matrix). An isolated facilitator has share 0.
 */

import type { Network } from '../model/network.js';

export interface DependenceResult {
  readonly share: number;
  readonly allThrough: number;
  /** Ordered pairs counted. */
  readonly pairs: number;
  readonly exact: boolean;
  readonly sources: number;
  readonly crossGroup: boolean;
}

export function computeDependence(
  net: Network,
  f: number,
  componentOf: Int32Array,
  options: { readonly exactLimit: number; readonly samples: number },
): DependenceResult {
  const { n, offsets, targets, group } = net;
  const crossGroup = net.groupNames.length >= 2;
  const comp = componentOf[f]!;
  const eligible: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i === f || componentOf[i] !== comp) continue;
    if (crossGroup && group[i]! < 0) continue;
    eligible.push(i);
  }
  const componentSize = eligible.length + 1;
  const exact = componentSize <= options.exactLimit;
  let sources = eligible;
  if (!exact) {
    const k = Math.min(options.samples, eligible.length);
    sources = Array.from({ length: k }, (_, j) => eligible[Math.floor((j * eligible.length) / k)]!);
  }

  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const queue = new Int32Array(n);
  const bfs = (s: number, d: Int32Array, sg: Float64Array): number => {
    let head = 0;
    let tail = 0;
    d[s] = 0;
    sg[s] = 1;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      const dv = d[v]!;
      const end = offsets[v + 1]!;
      for (let p = offsets[v]!; p < end; p++) {
        const w = targets[p]!;
        if (d[w] === -1) {
          d[w] = dv + 1;
          queue[tail++] = w;
        }
        if (d[w] === dv + 1) sg[w]! += sg[v]!;
      }
    }
    return tail;
  };

  const distF = new Int32Array(n).fill(-1);
  const sigmaF = new Float64Array(n);
  bfs(f, distF, sigmaF);

  let sum = 0;
  let all = 0;
  let pairs = 0;
  for (const s of sources) {
    const reached = bfs(s, dist, sigma);
    const dsf = dist[f]!;
    const ssf = sigma[f]!;
    const gs = group[s]!;
    for (let k = 0; k < reached; k++) {
      const t = queue[k]!;
      if (t === s || t === f) continue;
      if (crossGroup && (group[t]! < 0 || group[t] === gs)) continue;
      pairs++;
      if (dsf + distF[t]! === dist[t]) {
        const frac = (ssf * sigmaF[t]!) / sigma[t]!;
        sum += frac;
        if (frac >= 1 - 1e-12) all++;
      }
    }
    for (let k = 0; k < reached; k++) {
      const t = queue[k]!;
      dist[t] = -1;
      sigma[t] = 0;
    }
  }
  return {
    share: pairs === 0 ? 0 : sum / pairs,
    allThrough: pairs === 0 ? 0 : all / pairs,
    pairs,
    exact,
    sources: sources.length,
    crossGroup,
  };
}
