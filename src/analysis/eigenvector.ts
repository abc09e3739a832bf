/**
 * Eigenvector centrality (Bonacich 1972, "Factoring and weighting approaches to
 * status scores and clique identification"), as the contract defines it
 * (fixtures/oracles/README.md, `eigenvector`): the principal eigenvector x of
 * the UNWEIGHTED adjacency matrix A of the whole network (Ax = λ_max x), scaled
 * to Euclidean norm 1 and a positive sum, values with |x_i| < 1e-12 written as 0.
 * Equals `nx.eigenvector_centrality_numpy(G, weight=None)` of networkx 2.8
 * (≤ 1e-12 on karate, florentine, sondervang).
 *
 * Method. A is block-diagonal over the connected components, so its spectrum
 * is the union of theirs and the λ_max eigenvector lives on the component(s)
 * owning λ_max; every other actor is exactly 0. Each component c therefore
 * gets its own Perron vector v_c (unit, positive) and eigenvalue λ_c, computed
 * by LOPCG on the component's CSR (see perronVector) from the uniform vector
 * until max_i |Δv_i| ≤ 1e-12.
 * - Per component, the zeros are exact (an iteration on the whole matrix leaves
 *   a component with λ_c close to λ_max at ~1e-11, not 0), and the speed depends
 *   only on each component's own spectral gap.
 * - LOPCG maximises the Rayleigh quotient, so it converges to the largest
 *   eigenvalue, never to the −λ_max partner of a bipartite component (star,
 *   K2,3, paths, trees), which makes a plain power iteration on A oscillate.
 * - Why not power iteration on A + I (the obvious choice): its error shrinks by
 *   (λ_2 + 1)/(λ_max + 1) per sweep, which is 1 − 4e-4 on a sparse random
 *   network of 100,000 actors and 100,000 ties (hubs far apart have nearly
 *   equal local eigenvalues): capped at ~3,300 sweeps it stopped 0.1 away from
 *   scipy's eigsh. LOPCG needs ~450 steps there and agrees with eigsh to 2e-9.
 * - Components are taken largest first and one is skipped (stays 0) when
 *   min(max degree, √(2m_c − n_c + 1)) — upper bounds of λ_c (Gershgorin;
 *   Hong 1988) — is already below the best λ found: isolates, dyads and most
 *   small components are never iterated.
 * Measured (2-core machine, shared): random 100,000 actors / 500,000 ties
 * 0.3 s; Barabási–Albert of the same size (λ_max ≈ 41) 0.5 s; sparse random
 * 100,000 / 100,000 about 3 s.
 *
 * Edge-case decisions:
 * - n = 0: empty array (networkx raises for the null graph).
 * - No ties (n ≥ 1, m = 0): every actor gets 0. A = 0 has every vector as an
 *   eigenvector (λ = 0); networkx's power method would return 1/√n, which
 *   reads as "everyone is equally central" in a network with nothing to be
 *   central in. 0 is the honest value; the norm is then 0, not 1.
 * - Isolates in a network with ties: 0 (λ = 0 < λ_max).
 * - Several components sharing λ_max (equal within a relative 1e-10, e.g. two
 *   separate triangles): the eigenspace is not one-dimensional and networkx's
 *   answer depends on ARPACK's random start vector. Here the result is what
 *   power iteration on the whole matrix from the uniform vector converges to:
 *   the projection of the uniform vector onto that eigenspace, Σ_c (1ᵀv_c) v_c,
 *   renormalised. Deterministic, and symmetric in the tied components.
 * - Non-convergence: only a component with a nearly degenerate λ inside it
 *   (two nearly equal dense clusters joined by a long thin path, gap ~1e-8)
 *   defeats the iteration: float64 cannot tell the two eigenvectors apart.
 *   Products A·v are capped by work (about 1e9 multiply-adds for the network:
 *   at least 1,000, at most 100,000); at the cap the current iterate is used —
 *   a mixture of the nearly tied eigenvectors, as ill-defined as the problem —
 *   with negative entries clipped to 0 (the Perron vector is non-negative).
 *   `computeEigenvectorDetailed` reports `converged: false` so that a caller
 *   can warn.
 */

import type { EstimateNote } from '../types.js';
import type { Network } from '../model/network.js';
import { computeComponents, type ComponentsResult } from './components.js';

export const EIGENVECTOR_DEFAULTS = Object.freeze({
  /** Stop a component when max_i |v_i(k+1) − v_i(k)| ≤ this. */
  tolerance: 1e-12,
  /** Components whose λ_c are within this relative distance share λ_max. */
  tie: 1e-10,
  /** Values below this in absolute value are written as 0 (the contract's rule). */
  zero: 1e-12,
});

const WORK_BUDGET = 1e9;
const MIN_MATVECS = 1_000;
const MAX_MATVECS = 100_000;

export interface EigenvectorResult {
  /** Centrality per actor index. */
  readonly values: Float64Array;
  /** λ_max of A (0 without ties). */
  readonly eigenvalue: number;
  /** Most products A·v any one component needed. */
  readonly products: number;
  /** false when a component owning λ_max hit the cap on products (its values are then a mixture). */
  readonly converged: boolean;
}

/** The note for an eigenvector that did not converge (see the header), or null; the report writes its sentence. */
export function eigenvectorNote(result: EigenvectorResult): EstimateNote | null {
  if (result.converged) return null;
  return { code: 'eigenvector-not-converged', figures: { products: result.products, eigenvalue: result.eigenvalue } };
}

/**
 * `components` is the components family's result for `net`; computeAnalysis() passes
 * the one it already has, so the components are not searched twice.
 */
export function computeEigenvector(net: Network, components: ComponentsResult = computeComponents(net)): Float64Array {
  return computeEigenvectorDetailed(net, components).values;
}

export function computeEigenvectorDetailed(net: Network, components: ComponentsResult = computeComponents(net)): EigenvectorResult {
  const { n, m, offsets } = net;
  const x = new Float64Array(n);
  if (n === 0 || m === 0) return { values: x, eigenvalue: 0, products: 0, converged: true };

  // Members of each component, largest component first (counting sort by component index).
  const { componentOf, list } = components;
  const count = list.length;
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) start[componentOf[i]! + 1]! += 1;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const members = new Int32Array(n);
  const cursor = start.slice(0, count);
  for (let i = 0; i < n; i++) members[cursor[componentOf[i]!]!++] = i;

  const maxMatvecs = Math.min(MAX_MATVECS, Math.max(MIN_MATVECS, Math.floor(WORK_BUDGET / (2 * m + n))));
  const localOf = new Int32Array(n);
  // Work vectors, sized for the largest component (component 0, processed first).
  const work = makeWork(start[1]!);
  const lambda = new Float64Array(count).fill(-1); // −1: skipped, the component stays 0
  let best = 0;
  let products = 0;
  const stalled = new Uint8Array(count); // 1: the component hit the cap on products

  for (let c = 0; c < count; c++) {
    const from = start[c]!;
    const to = start[c + 1]!;
    const size = to - from;
    if (size < 2) continue; // an isolate: λ = 0
    let maxDegree = 0;
    let halfEdges = 0;
    for (let k = from; k < to; k++) {
      const i = members[k]!;
      const d = offsets[i + 1]! - offsets[i]!;
      halfEdges += d;
      if (d > maxDegree) maxDegree = d;
    }
    const bound = Math.min(maxDegree, Math.sqrt(halfEdges - size + 1));
    if (bound < best * (1 - EIGENVECTOR_DEFAULTS.tie)) continue;

    const run = perronVector(localAdjacency(net, members, from, to, localOf, halfEdges), work, maxMatvecs);
    // The Perron vector is non-negative: clip rounding (or, without convergence,
    // mixing) below 0 — a projection that cannot move it away from the true one.
    let norm2 = 0;
    for (let a = 0; a < size; a++) norm2 += Math.max(0, work.x[a]!) ** 2;
    const unit = norm2 > 0 ? 1 / Math.sqrt(norm2) : 0;
    for (let k = from; k < to; k++) x[members[k]!] = Math.max(0, work.x[k - from]!) * unit;
    products = Math.max(products, run.matvecs);
    if (!run.converged) stalled[c] = 1;
    lambda[c] = run.lambda;
    if (run.lambda > best) best = run.lambda;
  }

  // Keep the component(s) owning λ_max, weighted by the projection of the uniform vector.
  // Only a kept component that stalled makes the result unconverged: the others are zeroed anyway.
  const floor = best * (1 - EIGENVECTOR_DEFAULTS.tie);
  let norm2 = 0;
  let converged = true;
  for (let c = 0; c < count; c++) {
    const from = start[c]!;
    const to = start[c + 1]!;
    if (lambda[c]! < floor) {
      for (let k = from; k < to; k++) x[members[k]!] = 0;
      continue;
    }
    if (stalled[c] === 1) converged = false;
    let sum = 0;
    for (let k = from; k < to; k++) sum += x[members[k]!]!;
    for (let k = from; k < to; k++) {
      const v = x[members[k]!]! * sum;
      x[members[k]!] = v;
      norm2 += v * v;
    }
  }
  const inv = 1 / Math.sqrt(norm2);
  for (let i = 0; i < n; i++) {
    const v = x[i]! * inv;
    x[i] = Math.abs(v) < EIGENVECTOR_DEFAULTS.zero ? 0 : v;
  }
  return { values: x, eigenvalue: best, products, converged };
}

/** One connected component's adjacency in local indices 0..size−1 (CSR, rows sorted as in the Network). */
interface LocalAdjacency {
  readonly size: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
}

function localAdjacency(
  net: Network, members: Int32Array, from: number, to: number, localOf: Int32Array, halfEdges: number,
): LocalAdjacency {
  const size = to - from;
  for (let a = 0; a < size; a++) localOf[members[from + a]!] = a;
  const offsets = new Int32Array(size + 1);
  const targets = new Int32Array(halfEdges);
  let q = 0;
  for (let a = 0; a < size; a++) {
    const i = members[from + a]!;
    for (let p = net.offsets[i]!; p < net.offsets[i + 1]!; p++) targets[q++] = localOf[net.targets[p]!]!;
    offsets[a + 1] = q;
  }
  return { size, offsets, targets };
}

interface Work {
  readonly x: Float64Array;
  readonly ax: Float64Array;
  readonly r: Float64Array;
  readonly ar: Float64Array;
  readonly p: Float64Array;
  readonly ap: Float64Array;
}

function makeWork(size: number): Work {
  const f = (): Float64Array => new Float64Array(size);
  return { x: f(), ax: f(), r: f(), ar: f(), p: f(), ap: f() };
}

/** out = A_c v. */
function multiply(c: LocalAdjacency, v: Float64Array, out: Float64Array): void {
  const { size, offsets, targets } = c;
  for (let a = 0; a < size; a++) {
    let s = 0;
    for (let q = offsets[a]!; q < offsets[a + 1]!; q++) s += v[targets[q]!]!;
    out[a] = s;
  }
}

/** Re-derive A·x exactly every this many steps (the recurrences drift by rounding). */
const RESYNC = 32;

/**
 * The top eigenpair of A restricted to one component by LOPCG (Knyazev 2001,
 * locally optimal block preconditioned conjugate gradient, block size 1, no
 * preconditioner): each step maximises the Rayleigh quotient over
 * span{x, r, p} — the iterate, its residual A x − θ x and the previous step —
 * which converges like Lanczos (rate set by √gap, not by the gap as in power
 * iteration) at the cost of one product A·v and a few vector updates per step.
 * Starts from the uniform vector; stops when max |Δx| ≤ tolerance. Leaves the
 * unit Perron vector (positive sum) in work.x[0..size).
 */
function perronVector(c: LocalAdjacency, work: Work, maxMatvecs: number): { lambda: number; matvecs: number; converged: boolean } {
  const size = c.size;
  const { x, ax, r, ar, p, ap } = work;
  x.fill(1 / Math.sqrt(size), 0, size);
  multiply(c, x, ax);
  let matvecs = 1;
  let theta = dot(x, ax, size);
  let hasP = false;
  let converged = false;
  const g = new Float64Array(9);

  for (let step = 1; matvecs < maxMatvecs; step++) {
    if (step % RESYNC === 0) {
      multiply(c, x, ax);
      matvecs++;
      theta = dot(x, ax, size);
    }
    // Residual r = A x − θ x, made orthogonal to x (once more, against rounding) and unit.
    let rx = 0;
    for (let a = 0; a < size; a++) {
      const v = ax[a]! - theta * x[a]!;
      r[a] = v;
      rx += v * x[a]!;
    }
    let rr = 0;
    for (let a = 0; a < size; a++) {
      const v = r[a]! - rx * x[a]!;
      r[a] = v;
      rr += v * v;
    }
    if (!(rr > 0)) {
      converged = true; // x is an eigenvector to the last bit
      break;
    }
    const nr = 1 / Math.sqrt(rr);
    for (let a = 0; a < size; a++) r[a]! *= nr;
    multiply(c, r, ar);
    matvecs++;
    // Previous step direction, orthonormalised against x and r (twice), dropped once spent.
    if (hasP) {
      let pp = 0;
      for (let pass = 0; pass < 2; pass++) {
        let px = 0;
        let pr = 0;
        for (let a = 0; a < size; a++) {
          px += p[a]! * x[a]!;
          pr += p[a]! * r[a]!;
        }
        pp = 0;
        for (let a = 0; a < size; a++) {
          const v = p[a]! - px * x[a]! - pr * r[a]!;
          p[a] = v;
          ap[a] = ap[a]! - px * ax[a]! - pr * ar[a]!;
          pp += v * v;
        }
      }
      if (pp > 1e-20) {
        const np = 1 / Math.sqrt(pp);
        for (let a = 0; a < size; a++) {
          p[a]! *= np;
          ap[a]! *= np;
        }
      } else {
        hasP = false;
      }
    }
    // Rayleigh–Ritz on the orthonormal basis [x, r, p] (A symmetric: b_i·A b_j = b_j·A b_i).
    const k = hasP ? 3 : 2;
    let g01 = 0;
    let g11 = 0;
    let g02 = 0;
    let g12 = 0;
    let g22 = 0;
    for (let a = 0; a < size; a++) {
      g01 += x[a]! * ar[a]!;
      g11 += r[a]! * ar[a]!;
    }
    if (hasP) {
      for (let a = 0; a < size; a++) {
        g02 += x[a]! * ap[a]!;
        g12 += r[a]! * ap[a]!;
        g22 += p[a]! * ap[a]!;
      }
    }
    g.set(k === 3 ? [theta, g01, g02, g01, g11, g12, g02, g12, g22] : [theta, g01, g01, g11]);
    const top = topEigenpair(g, k);
    const c0 = top.vector[0]!;
    const c1 = top.vector[1]!;
    const c2 = k === 3 ? top.vector[2]! : 0;
    // New step p = c1 r + c2 p; new x = c0 x + p (and the same for the images).
    let sum = 0;
    let norm2 = 0;
    for (let a = 0; a < size; a++) {
      const pa = c1 * r[a]! + c2 * p[a]!;
      const apa = c1 * ar[a]! + c2 * ap[a]!;
      p[a] = pa;
      ap[a] = apa;
      const v = c0 * x[a]! + pa;
      r[a] = v; // r is free now: it holds the new x, ar its image
      ar[a] = c0 * ax[a]! + apa;
      sum += v;
      norm2 += v * v;
    }
    hasP = true;
    const f = (sum < 0 ? -1 : 1) / Math.sqrt(norm2);
    let change = 0;
    theta = 0;
    for (let a = 0; a < size; a++) {
      const v = r[a]! * f;
      const d = Math.abs(v - x[a]!);
      if (d > change) change = d;
      x[a] = v;
      const av = ar[a]! * f;
      ax[a] = av;
      theta += v * av;
    }
    if (change <= EIGENVECTOR_DEFAULTS.tolerance) {
      converged = true;
      break;
    }
  }
  multiply(c, x, ax);
  const lambda = dot(x, ax, size);
  return { lambda, matvecs, converged };
}

function dot(a: Float64Array, b: Float64Array, size: number): number {
  let s = 0;
  for (let k = 0; k < size; k++) s += a[k]! * b[k]!;
  return s;
}

/**
 * Largest eigenvalue and a unit eigenvector of the symmetric k×k matrix m
 * (row-major; k ≤ 3 here), by cyclic Jacobi rotations.
 */
function topEigenpair(m: Float64Array, k: number): { value: number; vector: Float64Array } {
  const t = m.slice(0, k * k);
  const v = new Float64Array(k * k);
  for (let i = 0; i < k; i++) v[i * k + i] = 1;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    let diag = 0;
    for (let i = 0; i < k; i++) {
      diag += t[i * k + i]! ** 2;
      for (let j = i + 1; j < k; j++) off += t[i * k + j]! ** 2;
    }
    if (off <= 1e-34 * diag || off === 0) break;
    for (let i = 0; i < k; i++) {
      for (let j = i + 1; j < k; j++) {
        const aij = t[i * k + j]!;
        if (aij === 0) continue;
        const theta = (t[j * k + j]! - t[i * k + i]!) / (2 * aij);
        const tan = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const cos = 1 / Math.sqrt(tan * tan + 1);
        const sin = tan * cos;
        for (let q = 0; q < k; q++) {
          const a = t[q * k + i]!;
          const b = t[q * k + j]!;
          t[q * k + i] = cos * a - sin * b;
          t[q * k + j] = sin * a + cos * b;
        }
        for (let q = 0; q < k; q++) {
          const a = t[i * k + q]!;
          const b = t[j * k + q]!;
          t[i * k + q] = cos * a - sin * b;
          t[j * k + q] = sin * a + cos * b;
        }
        for (let q = 0; q < k; q++) {
          const a = v[q * k + i]!;
          const b = v[q * k + j]!;
          v[q * k + i] = cos * a - sin * b;
          v[q * k + j] = sin * a + cos * b;
        }
      }
    }
  }
  let best = 0;
  for (let i = 1; i < k; i++) if (t[i * k + i]! > t[best * k + best]!) best = i;
  const vector = new Float64Array(k);
  for (let q = 0; q < k; q++) vector[q] = v[q * k + best]!;
  return { value: t[best * k + best]!, vector };
}
