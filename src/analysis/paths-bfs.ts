/**
 * The hop-count kernel: one breadth-first search from a source counting
 * shortest paths (σ), then Brandes' backward pass adding the source's
 * dependencies δ_s (Brandes 2001, "A faster algorithm for betweenness
 * centrality", J. Math. Sociol. 25(2)), and the per-source distance figures
 * read off its level sizes. Undirected CSR (each tie in both rows).
 *
 * Performance: CSR typed arrays only; σ is Float64 (a Uint32 count wraps on
 * lattice-like graphs); scratch arrays are reset only where a search touched
 * them. The BFS is level-synchronous and direction-optimising (Beamer, Asanović
 * & Patterson 2012, "Direction-optimizing breadth-first search", adapted to
 * path counting): each level is expanded either top-down (scan the edges of
 * the frontier) or bottom-up (scan the edges of the component's not yet
 * reached actors, summing σ over neighbours in the frontier), whichever scans
 * fewer half-edges. Brandes' backward pass likewise either pulls from the
 * next level (δ_w = σ_w · Σ_{successors u} (1 + δ_u)/σ_u) or pushes from it,
 * whichever scans fewer half-edges. On a random 10k/50k network this visits
 * about 43% of the half-edges of the plain algorithm. The choices depend only
 * on the graph and the source, so results are deterministic.
 */

import { checkComponents, type Csr } from './paths-core.js';

/**
 * Scratch space of one searching thread, plus the component lists the
 * bottom-up steps scan. Invariants between sources: `dist` all −1, `sigma`
 * and `pushed` all 0.
 */
export interface PathWorkspace {
  readonly dist: Int32Array;
  readonly sigma: Float64Array;
  /** (1 + δ_s(v)) / σ_sv, written before it is read; never needs a reset. */
  readonly coeff: Float64Array;
  /** Push-mode sums of coeff over successors; zeroed again as they are consumed. */
  readonly pushed: Float64Array;
  /** Reached actors in BFS order, level after level; read backwards in the backward pass. */
  readonly order: Int32Array;
  /** Level d is order[levelStart[d] .. levelStart[d+1]). */
  readonly levelStart: Int32Array;
  /** Σ degree over level d. */
  readonly levelDegree: Float64Array;
  /** Not yet reached members of the source's component (bottom-up steps). */
  readonly rest: Int32Array;
  readonly componentOf: Int32Array;
  /** Members of component c are componentMembers[componentStart[c] .. componentStart[c+1]), ascending. */
  readonly componentStart: Int32Array;
  readonly componentMembers: Int32Array;
  /** Σ degree over component c. */
  readonly componentDegree: Float64Array;
}

/**
 * `componentOf` labels each actor with its component (any numbering below n);
 * it is checked against the ties (checkComponents), since the bottom-up steps rely on it.
 */
export function createPathWorkspace(net: Csr & { readonly ids?: readonly string[] }, componentOf: Int32Array): PathWorkspace {
  const { n, offsets } = net;
  const count = checkComponents(net, componentOf);
  const componentStart = new Int32Array(count + 1);
  const componentDegree = new Float64Array(count);
  for (let i = 0; i < n; i++) {
    const c = componentOf[i]!;
    componentStart[c + 1]! += 1;
    componentDegree[c]! += offsets[i + 1]! - offsets[i]!;
  }
  for (let c = 0; c < count; c++) componentStart[c + 1]! += componentStart[c]!;
  const cursor = componentStart.slice(0, count);
  const componentMembers = new Int32Array(n);
  for (let i = 0; i < n; i++) componentMembers[cursor[componentOf[i]!]!++] = i;

  return {
    dist: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    coeff: new Float64Array(n),
    pushed: new Float64Array(n),
    order: new Int32Array(n),
    levelStart: new Int32Array(n + 2),
    levelDegree: new Float64Array(n + 1),
    rest: new Int32Array(n),
    componentOf,
    componentStart,
    componentMembers,
    componentDegree,
  };
}

/**
 * Forward phase from s: level-synchronous, direction-optimising BFS counting
 * shortest paths into dist/sigma/order/levelStart/levelDegree. Returns the
 * depth (the last non-empty level); level d is order[levelStart[d] .. levelStart[d+1]).
 */
export function searchFrom(net: Csr, s: number, work: PathWorkspace): number {
  const { offsets, targets } = net;
  const { dist, sigma, order, levelStart, levelDegree, rest, componentOf, componentStart, componentMembers, componentDegree } = work;
  const component = componentOf[s]!;
  const componentEdges = componentDegree[component]!;
  const sourceDegree = offsets[s + 1]! - offsets[s]!;
  dist[s] = 0;
  sigma[s] = 1;
  order[0] = s;
  let tail = 1;
  levelStart[0] = 0;
  levelStart[1] = 1;
  levelDegree[0] = sourceDegree;
  let reachedEdges = sourceDegree;
  let restLength = -1; // `rest` not built yet for this source
  let depth = 0; // the level being expanded
  for (;;) {
    const lo = levelStart[depth]!;
    const hi = levelStart[depth + 1]!;
    const next = depth + 1;
    let newEdges = 0;
    if (componentEdges - reachedEdges < levelDegree[depth]!) {
      // Bottom-up: every unreached actor of the component sums σ over its neighbours in this level.
      if (restLength < 0) {
        restLength = 0;
        const end = componentStart[component + 1]!;
        for (let i = componentStart[component]!; i < end; i++) {
          const v = componentMembers[i]!;
          if (dist[v]! < 0) rest[restLength++] = v;
        }
      }
      let kept = 0;
      for (let i = 0; i < restLength; i++) {
        const w = rest[i]!;
        if (dist[w]! >= 0) continue; // reached by an earlier top-down level
        const end = offsets[w + 1]!;
        let paths = 0;
        for (let p = offsets[w]!; p < end; p++) {
          const u = targets[p]!;
          if (dist[u] === depth) paths += sigma[u]!;
        }
        if (paths > 0) {
          dist[w] = next;
          sigma[w] = paths;
          order[tail++] = w;
          newEdges += end - offsets[w]!;
        } else {
          rest[kept++] = w;
        }
      }
      restLength = kept;
    } else {
      // Top-down: scan the edges of this level.
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
            newEdges += offsets[w + 1]! - offsets[w]!;
          } else if (dw === next) {
            sigma[w]! += sv;
          }
        }
      }
    }
    levelStart[next + 1] = tail;
    levelDegree[next] = newEdges;
    reachedEdges += newEdges;
    if (tail === hi) return depth;
    depth = next;
  }
}

/**
 * Backward phase (Brandes), level by level from the farthest, after
 * `searchFrom` returned `depth`: adds mult · δ_s(w) to dependency[w] (and
 * mult · δ_s(w)² to square[w] when given). coeff[w] = (1 + δ_s(w))/σ_sw.
 */
export function backwardFrom(net: Csr, work: PathWorkspace, depth: number, dependency: Float64Array, mult: number, square: Float64Array | null): void {
  const { offsets, targets } = net;
  const { dist, sigma, coeff, pushed, order, levelStart, levelDegree } = work;
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
    if (levelDegree[next]! < levelDegree[level]!) {
      // Push: each actor of the next level hands its coeff to its predecessors.
      const nextEnd = levelStart[next + 1]!;
      for (let i = hi; i < nextEnd; i++) {
        const u = order[i]!;
        const cu = coeff[u]!;
        const end = offsets[u + 1]!;
        for (let p = offsets[u]!; p < end; p++) {
          const v = targets[p]!;
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
      // Pull: each actor of this level sums the coeff of its successors.
      for (let i = lo; i < hi; i++) {
        const w = order[i]!;
        const end = offsets[w + 1]!;
        let pull = 0;
        for (let p = offsets[w]!; p < end; p++) {
          const u = targets[p]!;
          if (dist[u] === next) pull += coeff[u]!;
        }
        const sw = sigma[w]!;
        const delta = sw * pull;
        dependency[w]! += mult * delta;
        if (square !== null) square[w]! += mult * delta * delta;
        coeff[w] = (1 + delta) / sw;
      }
    }
  }
}

/** Restore the workspace invariants after a search that reached `tail` actors. */
export function resetSearch(work: PathWorkspace, tail: number): void {
  const { dist, sigma, order } = work;
  for (let i = 0; i < tail; i++) {
    const v = order[i]!;
    dist[v] = -1;
    sigma[v] = 0;
  }
}

/** Per-source distance figures of the last search, from its level sizes. */
export interface LevelFigures {
  /** Σ d(s, t) over reachable t. */
  readonly sumDistance: number;
  /** Σ 1/d(s, t) over reachable t ≠ s. */
  readonly sumInverse: number;
  /** Σ 1/(d(s, t) + 1) over reachable t, s included: the harmonic sum of a degree-1 neighbour of s, plus 1/2. */
  readonly sumShifted: number;
}

export function levelFigures(work: PathWorkspace, depth: number): LevelFigures {
  const { levelStart } = work;
  let sumDistance = 0;
  let sumInverse = 0;
  let sumShifted = 1;
  for (let d = 1; d <= depth; d++) {
    const found = levelStart[d + 1]! - levelStart[d]!;
    sumDistance += found * d;
    sumInverse += found / d;
    sumShifted += found / (d + 1);
  }
  return { sumDistance, sumInverse, sumShifted };
}
