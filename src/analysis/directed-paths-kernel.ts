/**
 * The directed pass kernel: per planned source, a hop-count search along the
 * out-arcs counting shortest directed paths, Brandes' backward pass, and for
 * weighted plans the Dijkstra of weighted-betweenness.ts on the out-arcs
 * (length 1/weight), summed into the block's BlockSums. It slots into the
 * worker pool (paths-worker-pool.ts) as DIRECTED_PASS, exactly as
 * paths-pass.ts does for undirected networks; directed-paths.ts plans and
 * reads the pass.
 *
 * The graph (PassGraph): `offsets/targets/weights` are the out-arcs of a
 * DirectedCsr, `reverse` its in-arcs. The BFS is level-synchronous and
 * direction-optimising as in paths-bfs.ts, with the two directions told
 * apart: a top-down step scans the out-arcs of the frontier, a bottom-up
 * step the in-arcs of the not yet reached members of the source's weakly
 * connected component (a superset of what it can reach), whichever is fewer;
 * the backward pass pulls over the out-arcs of a level or pushes over the
 * in-arcs of the next, whichever is fewer. The choices depend only on the
 * graph and the source, so results are deterministic.
 *
 * Folding (exact components): an actor v with one out-arc v→u, where u does
 * not have exactly one out-arc itself, reaches everything through u: a
 * shortest u→t path never passes v (it would return to u), so
 * d(v, t) = 1 + d(u, t) (or 1/w_vu + d(u, t)) and the shortest v→t paths are
 * v→u followed by the shortest u→t paths, for every t ≠ v. Hence for
 * x ∉ {u, v}, δ_v(x) = δ_u(x) − σ_ux σ_xv / σ_uv (the pair u→v, which v's own
 * search does not have; 0 when x is not on a shortest u→v path), δ_v(v) = 0
 * and δ_v(u) = r_u − 1 − [u reaches v] (r_u = actors u reaches, u included).
 * Brandes is linear in the weights of the targets, so u's one backward pass
 * gives the sum over u and the p_u actors folded into it with the target
 * weight 1 + p_u for every actor but the folded ones, which weigh p_u (when
 * no folded actor is reachable from u this is u's dependencies times
 * 1 + p_u); u gets Σ_v (r_u − 1 − [u reaches v]) more, and v's hop-count
 * search is never run. u has not one out-arc, so it is never folded, and v is
 * never a folding target.
 * The weighted pass (Dijkstra) folds only the actors with no in-arc
 * (weightedAnchor: then u never reaches v, δ_v = δ_u on x ∉ {u, v}); the other
 * folded actors' Dijkstra runs with their target's, in the same block, so
 * the sources and blocks of a plan, and hence the hop-count sums bit for bit,
 * do not depend on whether weighted betweenness is asked for.
 */

import { InternalError } from '../errors.js';
import {
  checkComponents,
  SOURCE_BLOCK,
  type BlockSums,
  type Csr,
  type PassGraph,
  type PassKernel,
  type PassPlan,
  type PathAccumulator,
  type WeightedQueue,
} from './paths-core.js';
import { createWeightedWorkspace, weightedFrom, type WeightedWorkspace } from './weighted-betweenness.js';

/**
 * The actor v is folded into: its only out-neighbour u, when v has exactly
 * one out-arc and u has not exactly one; else −1 (v is searched). `reverse`
 * is the in-arc CSR (unused; the signature is the planner's).
 */
export function sourceAnchor(out: Csr, _reverse: Csr, v: number): number {
  const p = out.offsets[v]!;
  if (out.offsets[v + 1]! - p !== 1) return -1;
  const u = out.targets[p]!;
  return out.offsets[u + 1]! - out.offsets[u]! === 1 ? -1 : u;
}

/** sourceAnchor for the weighted pass: only actors with no in-arc are folded there. */
export function weightedAnchor(out: Csr, reverse: Csr, v: number): number {
  return reverse.offsets[v + 1]! === reverse.offsets[v]! ? sourceAnchor(out, reverse, v) : -1;
}

/** Scratch space of one thread. Between sources: dist all −1, sigma and pushed all 0. */
export interface DirectedHopWorkspace {
  readonly dist: Int32Array;
  readonly sigma: Float64Array;
  /**
   * (1 + δ_s(v)) / σ_sv during the backward pass, and 0 except on the level
   * below the one being summed (so a pull adds the coefficients of all out-
   * neighbours without reading their levels); all 0 between sources.
   */
  readonly coeff: Float64Array;
  /** σ of the level a bottom-up step expands, 0 elsewhere (the same trick for in-neighbours); all 0 between steps. */
  readonly front: Float64Array;
  readonly pushed: Float64Array;
  /** Reached actors in BFS order; level d is order[levelStart[d] .. levelStart[d+1]). */
  readonly order: Int32Array;
  readonly levelStart: Int32Array;
  /** Σ out-degree and Σ in-degree over level d. */
  readonly levelOut: Float64Array;
  readonly levelIn: Float64Array;
  readonly rest: Int32Array;
  readonly componentOf: Int32Array;
  readonly componentStart: Int32Array;
  readonly componentMembers: Int32Array;
  /** Σ in-degree over (weak) component c: the in-arcs a bottom-up step could scan. */
  readonly componentIn: Float64Array;
  /** 1 for the actors folded into the current source (target weight one less); else 0. */
  readonly foldedMark: Uint8Array;
  /**
   * The core: the strongly connected component of the actor with the most arcs
   * (coreOf[v] = 1). Every core actor reaches exactly the same actors, the
   * `coreReach` list (ascending), whose in-degrees sum to `coreReachIn`: a
   * core source's bottom-up steps scan only those, not the whole weak component.
   */
  readonly coreOf: Uint8Array;
  readonly coreReach: Int32Array;
  readonly coreReachIn: number;
}

export interface DirectedPassWorkspace {
  readonly hop: DirectedHopWorkspace;
  readonly weighted: WeightedWorkspace | null;
}

function reverseOf(net: PassGraph): Csr {
  const reverse = net.reverse ?? null;
  if (reverse === null || reverse.n !== net.n || reverse.targets.length !== net.targets.length) {
    throw new InternalError('directed paths: the pass needs the in-arcs of its out-arcs (reverse CSR)');
  }
  return reverse;
}

/** `componentOf`: weakly connected components (checked against the arcs). */
export function createDirectedHopWorkspace(net: Csr, reverse: Csr, componentOf: Int32Array): DirectedHopWorkspace {
  const n = net.n;
  const count = checkComponents(net, componentOf);
  const componentStart = new Int32Array(count + 1);
  const componentIn = new Float64Array(count);
  for (let i = 0; i < n; i++) {
    const c = componentOf[i]!;
    componentStart[c + 1]! += 1;
    componentIn[c]! += reverse.offsets[i + 1]! - reverse.offsets[i]!;
  }
  for (let c = 0; c < count; c++) componentStart[c + 1]! += componentStart[c]!;
  const cursor = componentStart.slice(0, count);
  const componentMembers = new Int32Array(n);
  for (let i = 0; i < n; i++) componentMembers[cursor[componentOf[i]!]!++] = i;
  const core = coreReach(net, reverse);
  return {
    dist: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    coeff: new Float64Array(n),
    front: new Float64Array(n),
    pushed: new Float64Array(n),
    order: new Int32Array(n),
    levelStart: new Int32Array(n + 2),
    levelOut: new Float64Array(n + 1),
    levelIn: new Float64Array(n + 1),
    rest: new Int32Array(n),
    componentOf,
    componentStart,
    componentMembers,
    componentIn,
    foldedMark: new Uint8Array(n),
    ...core,
  };
}

/**
 * The core of `createDirectedHopWorkspace`: h = the actor with the most arcs
 * (in + out, smallest index on ties); F = the actors h reaches, B = those
 * reaching h; the strongly connected component of h is F ∩ B, and each of its
 * actors reaches exactly F. Two searches, O(n + m).
 */
function coreReach(net: Csr, reverse: Csr): { coreOf: Uint8Array; coreReach: Int32Array; coreReachIn: number } {
  const n = net.n;
  const coreOf = new Uint8Array(n);
  if (n === 0) return { coreOf, coreReach: new Int32Array(0), coreReachIn: 0 };
  let h = 0;
  let most = -1;
  for (let v = 0; v < n; v++) {
    const arcs = net.offsets[v + 1]! - net.offsets[v]! + reverse.offsets[v + 1]! - reverse.offsets[v]!;
    if (arcs > most) {
      most = arcs;
      h = v;
    }
  }
  const forward = reached(net, h);
  const backward = reached(reverse, h);
  const members: number[] = [];
  let coreReachIn = 0;
  for (let v = 0; v < n; v++) {
    if (forward[v] === 0) continue;
    members.push(v);
    coreReachIn += reverse.offsets[v + 1]! - reverse.offsets[v]!;
    if (backward[v] === 1) coreOf[v] = 1;
  }
  return { coreOf, coreReach: Int32Array.from(members), coreReachIn };
}

/** 1 for every actor reachable from s along the rows of `csr` (s included). */
function reached(csr: Csr, s: number): Uint8Array {
  const seen = new Uint8Array(csr.n);
  const queue = new Int32Array(csr.n);
  let tail = 0;
  queue[tail++] = s;
  seen[s] = 1;
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    for (let p = csr.offsets[v]!; p < csr.offsets[v + 1]!; p++) {
      const w = csr.targets[p]!;
      if (seen[w] === 0) {
        seen[w] = 1;
        queue[tail++] = w;
      }
    }
  }
  return seen;
}

/** Forward phase from s along the out-arcs; returns the depth (the last non-empty level). */
function searchOut(net: Csr, reverse: Csr, s: number, work: DirectedHopWorkspace): number {
  const { offsets, targets } = net;
  const inOffsets = reverse.offsets;
  const inTargets = reverse.targets;
  const { dist, sigma, order, levelStart, levelOut, levelIn, rest, componentOf, componentStart, componentMembers, componentIn } = work;
  const component = componentOf[s]!;
  // Who a bottom-up step may find: a core source reaches exactly the core's reach; any other source
  // at most its weak component, less the actors nobody names (no in-arc: never reached).
  const inCore = work.coreOf[s] === 1;
  const componentArcs = inCore ? work.coreReachIn : componentIn[component]!;
  dist[s] = 0;
  sigma[s] = 1;
  order[0] = s;
  let tail = 1;
  levelStart[0] = 0;
  levelStart[1] = 1;
  levelOut[0] = offsets[s + 1]! - offsets[s]!;
  levelIn[0] = inOffsets[s + 1]! - inOffsets[s]!;
  let reachedIn = levelIn[0]!;
  let restLength = -1;
  let depth = 0;
  for (;;) {
    const lo = levelStart[depth]!;
    const hi = levelStart[depth + 1]!;
    const next = depth + 1;
    let newOut = 0;
    let newIn = 0;
    if (componentArcs - reachedIn < levelOut[depth]!) {
      // Bottom-up: every unreached actor of the component sums σ over its in-neighbours in this level.
      if (restLength < 0) {
        restLength = 0;
        const members = inCore ? work.coreReach : componentMembers;
        const end = inCore ? members.length : componentStart[component + 1]!;
        for (let i = inCore ? 0 : componentStart[component]!; i < end; i++) {
          const v = members[i]!;
          if (dist[v]! < 0 && inOffsets[v + 1]! > inOffsets[v]!) rest[restLength++] = v;
        }
      }
      const front = work.front;
      for (let i = lo; i < hi; i++) front[order[i]!] = sigma[order[i]!]!;
      let kept = 0;
      for (let i = 0; i < restLength; i++) {
        const w = rest[i]!;
        if (dist[w]! >= 0) continue;
        const end = inOffsets[w + 1]!;
        let paths = 0;
        for (let p = inOffsets[w]!; p < end; p++) paths += front[inTargets[p]!]!;
        if (paths > 0) {
          dist[w] = next;
          sigma[w] = paths;
          order[tail++] = w;
          newOut += offsets[w + 1]! - offsets[w]!;
          newIn += end - inOffsets[w]!;
        } else {
          rest[kept++] = w;
        }
      }
      restLength = kept;
      for (let i = lo; i < hi; i++) front[order[i]!] = 0;
    } else {
      // Top-down: scan the out-arcs of this level.
      for (let i = lo; i < hi; i++) {
        const v = order[i]!;
        const sv = sigma[v]!;
        const end = offsets[v + 1]!;
        for (let p = offsets[v]!; p < end; p++) {
          const w = targets[p]!;
          const dw = dist[w]!;
          if (dw < 0) {
            dist[w] = next;
            sigma[w] = sv;
            order[tail++] = w;
            newOut += offsets[w + 1]! - offsets[w]!;
            newIn += inOffsets[w + 1]! - inOffsets[w]!;
          } else if (dw === next) {
            sigma[w]! += sv;
          }
        }
      }
    }
    levelStart[next + 1] = tail;
    levelOut[next] = newOut;
    levelIn[next] = newIn;
    reachedIn += newIn;
    if (tail === hi) return depth;
    depth = next;
  }
}

/** Backward phase (Brandes) after searchOut returned `depth`: adds mult · δ_s(w) to dependency[w] (and its square). */
function backwardOut(
  net: Csr,
  reverse: Csr,
  work: DirectedHopWorkspace,
  depth: number,
  dependency: Float64Array,
  mult: number,
  square: Float64Array | null,
): void {
  const { offsets, targets } = net;
  const inOffsets = reverse.offsets;
  const inTargets = reverse.targets;
  const { dist, sigma, coeff, pushed, order, levelStart, levelOut, levelIn } = work;
  if (depth > 0) {
    const tail = levelStart[depth + 1]!;
    for (let i = levelStart[depth]!; i < tail; i++) {
      const w = order[i]!;
      coeff[w] = 1 / sigma[w]!;
    }
  }
  for (let level = depth - 1; level >= 1; level--) {
    const lo = levelStart[level]!;
    const hi = levelStart[level + 1]!;
    const next = level + 1;
    clearLevel(work, level + 2, depth);
    if (levelIn[next]! < levelOut[level]!) {
      // Push: each actor of the next level hands its coeff to its in-neighbours one level up.
      const nextEnd = levelStart[next + 1]!;
      for (let i = hi; i < nextEnd; i++) {
        const u = order[i]!;
        const cu = coeff[u]!;
        const end = inOffsets[u + 1]!;
        for (let p = inOffsets[u]!; p < end; p++) {
          const v = inTargets[p]!;
          if (dist[v] === level) pushed[v]! += cu;
        }
      }
      for (let i = lo; i < hi; i++) {
        const w = order[i]!;
        const sw = sigma[w]!;
        const delta = sw * pushed[w]!;
        pushed[w] = 0;
        dependency[w]! += mult * delta;
        if (square !== null) square[w]! += mult * delta * delta;
        coeff[w] = (1 + delta) / sw;
      }
    } else {
      // Pull: each actor of this level sums the coeff of its out-neighbours one level down.
      for (let i = lo; i < hi; i++) {
        const w = order[i]!;
        const end = offsets[w + 1]!;
        let pull = 0;
        for (let p = offsets[w]!; p < end; p++) pull += coeff[targets[p]!]!;
        const sw = sigma[w]!;
        const delta = sw * pull;
        dependency[w]! += mult * delta;
        if (square !== null) square[w]! += mult * delta * delta;
        pushed[w] = (1 + delta) / sw; // held back: an arc inside the level must not see it yet
      }
      for (let i = lo; i < hi; i++) {
        const w = order[i]!;
        coeff[w] = pushed[w]!;
        pushed[w] = 0;
      }
    }
  }
  clearLevel(work, 1, depth);
  clearLevel(work, 2, depth);
}

/** Sets coeff back to 0 on level d (when d ≤ depth). */
function clearLevel(work: DirectedHopWorkspace, d: number, depth: number): void {
  if (d > depth) return;
  const { coeff, order, levelStart } = work;
  const end = levelStart[d + 1]!;
  for (let i = levelStart[d]!; i < end; i++) coeff[order[i]!] = 0;
}

/**
 * backwardOut with target weights (the header's folding): every reached actor
 * weighs `mult`, the marked folded ones `mult − 1`; adds the weighted
 * dependencies Σ_t c_t σ_sw σ_wt / σ_st to dependency[w]. Exact components
 * only (no squares).
 */
function backwardFolded(net: Csr, reverse: Csr, work: DirectedHopWorkspace, depth: number, dependency: Float64Array, mult: number): void {
  const { offsets, targets } = net;
  const inOffsets = reverse.offsets;
  const inTargets = reverse.targets;
  const { dist, sigma, coeff, pushed, order, levelStart, levelOut, levelIn, foldedMark } = work;
  if (depth > 0) {
    const tail = levelStart[depth + 1]!;
    for (let i = levelStart[depth]!; i < tail; i++) {
      const w = order[i]!;
      coeff[w] = (mult - foldedMark[w]!) / sigma[w]!;
    }
  }
  for (let level = depth - 1; level >= 1; level--) {
    const lo = levelStart[level]!;
    const hi = levelStart[level + 1]!;
    const next = level + 1;
    clearLevel(work, level + 2, depth);
    if (levelIn[next]! < levelOut[level]!) {
      const nextEnd = levelStart[next + 1]!;
      for (let i = hi; i < nextEnd; i++) {
        const u = order[i]!;
        const cu = coeff[u]!;
        const end = inOffsets[u + 1]!;
        for (let p = inOffsets[u]!; p < end; p++) {
          const v = inTargets[p]!;
          if (dist[v] === level) pushed[v]! += cu;
        }
      }
      for (let i = lo; i < hi; i++) {
        const w = order[i]!;
        const sw = sigma[w]!;
        const delta = sw * pushed[w]!;
        pushed[w] = 0;
        dependency[w]! += delta;
        coeff[w] = (mult - foldedMark[w]! + delta) / sw;
      }
    } else {
      for (let i = lo; i < hi; i++) {
        const w = order[i]!;
        const end = offsets[w + 1]!;
        let pull = 0;
        for (let p = offsets[w]!; p < end; p++) pull += coeff[targets[p]!]!;
        const sw = sigma[w]!;
        const delta = sw * pull;
        dependency[w]! += delta;
        pushed[w] = (mult - foldedMark[w]! + delta) / sw; // held back: an arc inside the level must not see it yet
      }
      for (let i = lo; i < hi; i++) {
        const w = order[i]!;
        coeff[w] = pushed[w]!;
        pushed[w] = 0;
      }
    }
  }
  clearLevel(work, 1, depth);
  clearLevel(work, 2, depth);
}

function resetOut(work: DirectedHopWorkspace, tail: number): void {
  const { dist, sigma, order } = work;
  for (let i = 0; i < tail; i++) {
    const v = order[i]!;
    dist[v] = -1;
    sigma[v] = 0;
  }
}

export function createDirectedPassWorkspace(net: PassGraph, componentOf: Int32Array, plan: PassPlan, queue: WeightedQueue): DirectedPassWorkspace {
  const reverse = reverseOf(net);
  return {
    hop: createDirectedHopWorkspace(net, reverse, componentOf),
    weighted: plan.weighted ? createWeightedWorkspace(net, queue, reverse.offsets) : null,
  };
}

/**
 * Runs block b of the plan into `sums` (zeroed by the caller); writes
 * `acc.reached` of every searched source. See the header for the folding.
 */
export function runDirectedBlock(
  net: PassGraph,
  plan: PassPlan,
  b: number,
  sums: BlockSums,
  acc: PathAccumulator,
  work: DirectedPassWorkspace,
  onSource?: () => void,
): void {
  const reverse = reverseOf(net);
  const { sources, counts, sampledComponent } = plan;
  const { componentOf } = work.hop;
  const inOffsets = reverse.offsets;
  const inTargets = reverse.targets;
  const end = Math.min(sources.length, (b + 1) * SOURCE_BLOCK);
  const hopSquare = plan.sampling ? sums.dependencySquare : null;
  const weightedSquare = plan.sampling ? sums.weightedSquare : null;
  const { dist, foldedMark } = work.hop;
  for (let i = b * SOURCE_BLOCK; i < end; i++) {
    const s = sources[i]!;
    const sampled = sampledComponent[componentOf[s]!] === 1;
    const count = counts[i]!;
    let folded = 0; // hop-count folds (sourceAnchor)
    let foldedWeighted = 0; // weighted folds (weightedAnchor: no in-arc), a subset
    if (!sampled) {
      for (let p = inOffsets[s]!; p < inOffsets[s + 1]!; p++) {
        const v = inTargets[p]!;
        if (sourceAnchor(net, reverse, v) !== s) continue;
        folded++;
        foldedMark[v] = 1;
        if (inOffsets[v + 1]! === inOffsets[v]!) foldedWeighted++;
      }
    }
    const mult = count + folded;
    const depth = searchOut(net, reverse, s, work.hop);
    const tail = work.hop.levelStart[depth + 1]!;
    acc.reached[s] = tail;
    // Folded actors that s reaches (they have in-arcs) weigh one less as targets.
    let reachedFolded = 0;
    if (folded > foldedWeighted) {
      for (let p = inOffsets[s]!; p < inOffsets[s + 1]!; p++) {
        const v = inTargets[p]!;
        if (foldedMark[v] === 1 && dist[v]! >= 0) reachedFolded++;
      }
    }
    if (reachedFolded > 0) backwardFolded(net, reverse, work.hop, depth, sums.dependency, mult);
    else backwardOut(net, reverse, work.hop, depth, sums.dependency, mult, hopSquare);
    if (folded > 0) sums.dependency[s]! += folded * (tail - 1) - reachedFolded;
    resetOut(work.hop, tail);
    if (work.weighted !== null) {
      const weightedMult = count + foldedWeighted;
      weightedFrom(net, s, work.weighted, sums.weighted, weightedMult, weightedSquare);
      if (foldedWeighted > 0) sums.weighted[s]! += foldedWeighted * (tail - 1);
      // The other folded actors: their own Dijkstra, here so that plan and blocks are those of the hop-count pass.
      if (folded > foldedWeighted) {
        for (let p = inOffsets[s]!; p < inOffsets[s + 1]!; p++) {
          const v = inTargets[p]!;
          if (foldedMark[v] === 1 && inOffsets[v + 1]! > inOffsets[v]!) weightedFrom(net, v, work.weighted, sums.weighted, 1, weightedSquare);
        }
      }
    }
    if (folded > 0) for (let p = inOffsets[s]!; p < inOffsets[s + 1]!; p++) foldedMark[inTargets[p]!] = 0;
    onSource?.();
  }
}

/** The directed pass as the worker pool runs it. */
export const DIRECTED_PASS: PassKernel<DirectedPassWorkspace> = Object.freeze({
  name: 'directed',
  createWorkspace: createDirectedPassWorkspace,
  runBlock: runDirectedBlock,
});
