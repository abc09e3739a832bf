/**
 * Static, deterministic positions for the HTML network map (pure; computed
 * once at render time so the HTML carries fixed coordinates).
 *
 * 1. Each connected component is laid out on its own, so detached groups and
 *    isolates cannot drift off: a component of three or more actors by
 *    ForceAtlas2 (Jacomy et al. 2014, graphology-layout-forceatlas2, with its
 *    `inferSettings`: strong gravity, scaling 10) from seeded uniform initial
 *    positions (util/random.ts) for a fixed number of iterations that falls
 *    with size (`iterationsFor`), ties pulling by √weight (edge weight
 *    influence 0.5, so strong ties do not collapse), Barnes–Hut above 300
 *    actors; a pair side by side; an isolate alone. (LinLog mode was tried:
 *    with strong gravity it packs everything into a disc and hides bridges.)
 * 2. Each component is scaled so its median tie is `TIE_LENGTH` px long, then
 *    overlapping circles are pushed apart (a few deterministic passes over a
 *    uniform grid), so no actor hides another.
 * 3. Components are packed in rows: the largest alone in the first row, the
 *    others (largest first, so isolates come last) in rows below it, left to
 *    right, wrapping at 1.25 × the width of the widest part. `parts` gives each
 *    component's box so the map can outline what is not connected.
 *
 * Labels are placed afterwards by `placeLabels`: greedy in priority order,
 * trying eight positions around each circle — right, left, below, above, then
 * the four diagonals (upper right, lower right, upper left, lower left) —
 * and skipping a label that would overlap a placed label or any circle (the
 * most important actors take the free position over the fewest circles
 * instead). Widths are estimated per character class (`labelWidth`; no font
 * metrics at render time), generously.
 *
 * Same input, same seed → same numbers: graphology's ForceAtlas2 is
 * sequential and its Barnes–Hut tree is built deterministically, and nothing
 * here reads the clock or Math.random. Coordinates are rounded to 0.1 px by
 * the renderer.
 */

import { UndirectedGraph } from 'graphology';
import forceAtlas2Namespace from 'graphology-layout-forceatlas2';
import { createRng } from '../util/random.js';

/**
 * The CommonJS module.exports is the layout function; TypeScript under
 * NodeNext types the default import as the namespace (graphology-notes.md).
 */
const forceAtlas2 = forceAtlas2Namespace as unknown as typeof forceAtlas2Namespace.default;

export interface LayoutInput {
  /** Number of actors; actor i is the i-th in id order. */
  readonly n: number;
  /** Ties as index pairs with their weight. */
  readonly ties: readonly (readonly [number, number, number])[];
  /** Components as lists of actor indexes, largest first (the report's order). */
  readonly components: readonly (readonly number[])[];
  /** Circle radius of each actor, px. */
  readonly radius: Float64Array;
  /**
   * Estimated width of each actor's label, px (0: none). The boxes of the
   * parts other than the largest make room for their labels on the right,
   * where `placeLabels` tries first, so a label does not cross its box.
   */
  readonly labelWidth?: Float64Array;
  readonly seed: number;
}

export interface PartBox {
  readonly component: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Layout {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly parts: readonly PartBox[];
  /** Bounding box of all circles and part boxes. */
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** Components larger than this use the Barnes–Hut approximation of repulsion (O(n log n) per iteration). */
const BARNES_HUT_FROM = 300;

/** Median tie length of a laid-out component, px. */
export const TIE_LENGTH = 78;
/** Free space between two circles after overlap removal, px. */
const CIRCLE_GAP = 7;
/** Pair visits allowed to overlap removal per component. */
const SEPARATION_BUDGET = 20_000_000;
/** Padding inside a part's box, and between boxes, px. */
const PART_PADDING = 22;
const PART_GAP = 26;
/** Rows of detached parts wrap at this many times the widest part, and not below MIN_ROW_WIDTH px. */
const ROW_STRETCH = 1.25;
const MIN_ROW_WIDTH = 480;

/** ForceAtlas2 iterations for a component of `size` actors: 800 for small ones, falling as 1/√size, at least 60. */
export function iterationsFor(size: number): number {
  return Math.max(60, Math.min(800, Math.round(6000 / Math.sqrt(Math.max(1, size)))));
}

export function layoutNetwork(input: LayoutInput): Layout {
  const { n, radius } = input;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const rng = createRng(input.seed);
  const componentOf = new Int32Array(n).fill(-1);
  input.components.forEach((members, c) => {
    for (const i of members) componentOf[i] = c;
  });
  const tiesOf: (readonly [number, number, number])[][] = input.components.map(() => []);
  for (const tie of input.ties) {
    const c = componentOf[tie[0]]!;
    if (c >= 0) tiesOf[c]!.push(tie);
  }

  // 1–2: each component around the origin, in px.
  const boxes = input.components.map((members, c) => {
    placeComponent(members, tiesOf[c]!, x, y, radius, rng);
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const i of members) {
      const r = radius[i]!;
      const label = c > 0 && input.labelWidth !== undefined ? input.labelWidth[i]! : 0;
      minX = Math.min(minX, x[i]! - r);
      minY = Math.min(minY, y[i]! - r);
      maxX = Math.max(maxX, x[i]! + r + (label > 0 ? LABEL_OFFSET + label : 0));
      maxY = Math.max(maxY, y[i]! + r);
    }
    if (members.length === 0) minX = minY = maxX = maxY = 0;
    return {
      minX: minX - PART_PADDING,
      minY: minY - PART_PADDING,
      width: maxX - minX + 2 * PART_PADDING,
      height: maxY - minY + 2 * PART_PADDING,
    };
  });

  // 3: rows.
  const parts: PartBox[] = [];
  const rowWidth = Math.max(MIN_ROW_WIDTH, ROW_STRETCH * Math.max(0, ...boxes.map((b) => b.width)));
  let cursorX = 0;
  let cursorY = 0;
  let rowHeight = 0;
  boxes.forEach((box, c) => {
    const newRow = c === 1 || (c > 1 && cursorX > 0 && cursorX + box.width > rowWidth);
    if (newRow) {
      cursorY += rowHeight + PART_GAP;
      cursorX = 0;
      rowHeight = 0;
    }
    const dx = cursorX - box.minX;
    const dy = cursorY - box.minY;
    for (const i of input.components[c]!) {
      x[i] = x[i]! + dx;
      y[i] = y[i]! + dy;
    }
    parts.push({ component: c, x: cursorX, y: cursorY, width: box.width, height: box.height });
    cursorX += box.width + PART_GAP;
    rowHeight = Math.max(rowHeight, box.height);
  });
  // The first row (the largest part) is centred over the rows below it.
  const first = parts[0];
  if (first !== undefined && parts.length > 1) {
    const below = Math.max(...parts.slice(1).map((p) => p.x + p.width));
    const shift = Math.max(0, (below - first.width) / 2);
    if (shift > 0) {
      for (const i of input.components[0]!) x[i] = x[i]! + shift;
      parts[0] = { ...first, x: first.x + shift };
    }
  }

  let minX = 0;
  let minY = 0;
  let maxX = 0;
  let maxY = 0;
  for (const p of parts) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x + p.width);
    maxY = Math.max(maxY, p.y + p.height);
  }
  return { x, y, parts, minX, minY, maxX, maxY };
}

function placeComponent(
  members: readonly number[],
  ties: readonly (readonly [number, number, number])[],
  x: Float64Array,
  y: Float64Array,
  radius: Float64Array,
  rng: () => number,
): void {
  if (members.length === 1) {
    x[members[0]!] = 0;
    y[members[0]!] = 0;
    return;
  }
  if (members.length === 2) {
    const [a, b] = members as [number, number];
    const d = radius[a]! + radius[b]! + TIE_LENGTH * 0.6;
    x[a] = -d / 2;
    y[a] = 0;
    x[b] = d / 2;
    y[b] = 0;
    return;
  }
  const graph = new UndirectedGraph();
  const spread = Math.sqrt(members.length) * 10;
  for (const i of members) {
    graph.addNode(String(i), { x: (rng() * 2 - 1) * spread, y: (rng() * 2 - 1) * spread });
  }
  for (const [u, v, w] of ties) graph.addEdge(String(u), String(v), { weight: w });
  const positions = forceAtlas2(graph, {
    iterations: iterationsFor(members.length),
    getEdgeWeight: 'weight',
    settings: {
      ...forceAtlas2.inferSettings(members.length),
      edgeWeightInfluence: 0.5,
      barnesHutOptimize: members.length > BARNES_HUT_FROM,
    },
  });
  for (const i of members) {
    const p = positions[String(i)]!;
    x[i] = p.x;
    y[i] = p.y;
  }

  // Scale: the median tie becomes TIE_LENGTH px.
  const lengths = ties.map(([u, v]) => Math.hypot(x[u]! - x[v]!, y[u]! - y[v]!)).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 1;
  const scale = median > 1e-9 ? TIE_LENGTH / median : 1;
  let cx = 0;
  let cy = 0;
  for (const i of members) {
    cx += x[i]!;
    cy += y[i]!;
  }
  cx /= members.length;
  cy /= members.length;
  for (const i of members) {
    x[i] = (x[i]! - cx) * scale;
    y[i] = (y[i]! - cy) * scale;
  }
  separate(members, x, y, radius);
}

/**
 * Push overlapping circles apart: in each pass every pair closer than
 * r_i + r_j + CIRCLE_GAP moves apart along the line between them, each by
 * half the overlap; passes stop when nothing moved, after 40 passes, or after
 * `SEPARATION_BUDGET` pair visits in all (a hairball of thousands of actors
 * gets a few passes, not minutes). Pairs are found through a grid of cells as
 * wide as the largest such distance, visited in index order (deterministic).
 */
function separate(members: readonly number[], x: Float64Array, y: Float64Array, radius: Float64Array): void {
  let maxR = 0;
  for (const i of members) maxR = Math.max(maxR, radius[i]!);
  const cell = 2 * maxR + CIRCLE_GAP;
  const sorted = [...members].sort((a, b) => a - b);
  let visits = 0;
  for (let pass = 0; pass < 40 && visits < SEPARATION_BUDGET; pass++) {
    const grid = new Map<number, number[]>();
    for (const i of sorted) {
      const key = cellKey(Math.floor(x[i]! / cell), Math.floor(y[i]! / cell));
      const list = grid.get(key);
      if (list === undefined) grid.set(key, [i]);
      else list.push(i);
    }
    let moved = false;
    for (const i of sorted) {
      const gx = Math.floor(x[i]! / cell);
      const gy = Math.floor(y[i]! / cell);
      for (let ox = -1; ox <= 1; ox++) {
        for (let oy = -1; oy <= 1; oy++) {
          const list = grid.get(cellKey(gx + ox, gy + oy));
          if (list === undefined) continue;
          visits += list.length;
          for (const j of list) {
            if (j <= i) continue;
            const want = radius[i]! + radius[j]! + CIRCLE_GAP;
            let dx = x[j]! - x[i]!;
            let dy = y[j]! - y[i]!;
            let d = Math.hypot(dx, dy);
            if (d >= want) continue;
            if (d < 1e-6) {
              // Coincident: separate along a direction fixed by the pair.
              const angle = ((i * 7919 + j * 104729) % 360) * (Math.PI / 180);
              dx = Math.cos(angle);
              dy = Math.sin(angle);
              d = 1;
            }
            const push = (want - d) / 2 / d;
            x[i] = x[i]! - dx * push;
            y[i] = y[i]! - dy * push;
            x[j] = x[j]! + dx * push;
            y[j] = y[j]! + dy * push;
            moved = true;
          }
        }
      }
    }
    if (!moved) break;
  }
}

/** One number per grid cell (cells within ±2^20 of the origin; maps are far smaller). */
function cellKey(gx: number, gy: number): number {
  return (gx + 1048576) * 2097152 + (gy + 1048576);
}

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export interface LabelCandidate {
  readonly actor: number;
  readonly text: string;
}

export interface PlacedLabel {
  readonly actor: number;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /**
   * Which of the eight positions around the circle (`labelOptions`), so the
   * page script can put the label at the same place for another label size.
   */
  readonly position: number;
  /** Estimated width at the map's label size (`labelWidth`). */
  readonly width: number;
  /** Bounding box, for the map's extent. */
  readonly box: Box;
}

interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const LABEL_HEIGHT = 14;
/** Gap between a circle and its label, px. */
const LABEL_OFFSET = 4;

/** Side of the grid cells of `placeLabels`, px. */
const LABEL_CELL = 64;

/** Calls `visit` with the key of every grid cell that `box` touches. */
function forCells(box: Box, visit: (key: number) => void): void {
  const gx1 = Math.floor(box.x1 / LABEL_CELL);
  const gy1 = Math.floor(box.y1 / LABEL_CELL);
  for (let gx = Math.floor(box.x0 / LABEL_CELL); gx <= gx1; gx++) {
    for (let gy = Math.floor(box.y0 / LABEL_CELL); gy <= gy1; gy++) visit(cellKey(gx, gy));
  }
}

/**
 * Estimated width of a label at the map's label size, px: per character, an
 * upper bound of its class in DejaVu Sans Bold 11.5 px (measured in Chromium),
 * the widest of the usual fallback fonts, so labels placed apart stay apart
 * whatever font the reader's machine picks.
 */
export function labelWidth(text: string): number {
  let width = 4;
  for (const c of text) {
    width += NARROW.test(c) ? 4.8 : WIDE.test(c) ? 12.8 : c >= '\u2e80' ? 12 : UPPER.test(c) ? 9.8 : 8.3;
  }
  return width;
}
const NARROW = /[\s iljIJf'|.,:;!/\\()[\]{}-]/;
const WIDE = /[mwMW@%&æÆœŒ…—]/;
const UPPER = /[\p{Lu}0-9#$+<=>^~?]/u;

/**
 * Greedy label placement (see header). Candidates are tried in the given
 * order; at most `limit` labels are placed. The first `mustPlace` candidates
 * (the most important actors) get a label even where every position touches
 * another circle: the free position over the fewest circles, as long as it
 * overlaps no label already placed.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  x: Float64Array,
  y: Float64Array,
  radius: Float64Array,
  limit: number,
  mustPlace = 0,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const coveredBy = circleIndex(x, y, radius);
  for (const [rank, { actor, text }] of candidates.entries()) {
    if (placed.length >= limit) break;
    const cx = x[actor]!;
    const cy = y[actor]!;
    const r = radius[actor]!;
    const w = labelWidth(text);
    const options = labelOptions(cx, cy, r, w);
    let fallback: (typeof options)[number] | null = null;
    let fewest = Infinity;
    let done = false;
    for (const option of options) {
      if (placed.some((p) => overlaps(p.box, option.box))) continue;
      const covered = coveredBy(option.box, actor, rank < mustPlace ? fewest : 1);
      if (covered === 0) {
        placed.push({ actor, text, width: w, ...option });
        done = true;
        break;
      }
      if (covered < fewest) {
        fewest = covered;
        fallback = option;
      }
    }
    if (!done && rank < mustPlace && fallback !== null) placed.push({ actor, text, width: w, ...fallback });
  }
  return placed;
}

/**
 * The eight positions around a circle at (cx, cy) of radius r for a label of
 * width w, in the order tried (see header). The page script (html-assets.ts,
 * `labelAt`) repeats this geometry with every length but r scaled by the
 * label size: keep the two in step.
 */
function labelOptions(cx: number, cy: number, r: number, w: number): (Omit<PlacedLabel, 'actor' | 'text' | 'width'>)[] {
  const h = LABEL_HEIGHT;
  const o = LABEL_OFFSET;
  const d = r * Math.SQRT1_2; // diagonal offset to the circle's edge
  // Baseline sits 4 px below the label's middle (11.5 px font).
  const at = (position: number, x0: number, yMid: number, anchor: PlacedLabel['anchor']) => {
    const left = anchor === 'start' ? x0 : anchor === 'end' ? x0 - w : x0 - w / 2;
    return { position, x: x0, y: yMid + 4, anchor, box: { x0: left, y0: yMid - h / 2, x1: left + w, y1: yMid + h / 2 } };
  };
  return [
    at(0, cx + r + o, cy, 'start'),
    at(1, cx - r - o, cy, 'end'),
    at(2, cx, cy + r + 2 + h / 2, 'middle'),
    at(3, cx, cy - r - 2 - h / 2, 'middle'),
    at(4, cx + d + o, cy - d - h / 2 + 2, 'start'),
    at(5, cx + d + o, cy + d + h / 2 - 2, 'start'),
    at(6, cx - d - o, cy - d - h / 2 + 2, 'end'),
    at(7, cx - d - o, cy + d + h / 2 - 2, 'end'),
  ];
}

/**
 * A function counting the circles other than `actor` whose boxes overlap
 * `box`, up to `stop`: circles by grid cell (each circle in every cell its box
 * touches), so a label is checked against nearby circles only.
 */
function circleIndex(x: Float64Array, y: Float64Array, radius: Float64Array): (box: Box, actor: number, stop: number) => number {
  const circles: Box[] = [];
  const grid = new Map<number, number[]>();
  for (let i = 0; i < x.length; i++) {
    const r = radius[i]!;
    const box = { x0: x[i]! - r, y0: y[i]! - r, x1: x[i]! + r, y1: y[i]! + r };
    circles.push(box);
    forCells(box, (key) => {
      const list = grid.get(key);
      if (list === undefined) grid.set(key, [i]);
      else list.push(i);
    });
  }
  return (box, actor, stop) => {
    const seen = new Set<number>();
    forCells(box, (key) => {
      if (seen.size >= stop) return;
      for (const i of grid.get(key) ?? []) if (i !== actor && !seen.has(i) && overlaps(circles[i]!, box)) seen.add(i);
    });
    return seen.size;
  };
}

/**
 * Labels for zooming in (the page script shows them once they fit, see
 * html-map.ts): one per candidate, at the first of the eight positions that
 * covers no other circle (else the first position), whatever other labels
 * they meet — the page script keeps labels from overlapping at the size they
 * are drawn.
 */
export function zoomLabels(candidates: readonly LabelCandidate[], x: Float64Array, y: Float64Array, radius: Float64Array): PlacedLabel[] {
  const coveredBy = circleIndex(x, y, radius);
  return candidates.map(({ actor, text }) => {
    const w = labelWidth(text);
    const options = labelOptions(x[actor]!, y[actor]!, radius[actor]!, w);
    const option = options.find((o) => coveredBy(o.box, actor, 1) === 0) ?? options[0]!;
    return { actor, text, width: w, ...option };
  });
}
