/**
 * The map layout: deterministic, every part (detached groups, isolates) kept
 * inside its own box below the largest part instead of drifting away, no two
 * circles overlapping, labels that overlap neither each other nor other
 * circles.
 */
import { describe, expect, it } from 'vitest';
import { iterationsFor, labelWidth, layoutNetwork, placeLabels, zoomLabels, type LayoutInput } from '../../src/report/layout.js';
import { createRng } from '../../src/util/random.js';

/** A random connected core of `core` actors plus detached pairs, a triangle and isolates. */
function network(core: number, seed: number): LayoutInput {
  const rng = createRng(seed);
  const ties: [number, number, number][] = [];
  for (let i = 1; i < core; i++) ties.push([Math.floor(rng() * i), i, 1 + Math.floor(rng() * 5)]);
  for (let k = 0; k < core; k++) {
    const u = Math.floor(rng() * core);
    const v = Math.floor(rng() * core);
    if (u !== v && !ties.some(([a, b]) => (a === u && b === v) || (a === v && b === u))) ties.push([Math.min(u, v), Math.max(u, v), 1]);
  }
  let n = core;
  const components: number[][] = [Array.from({ length: core }, (_, i) => i)];
  const triangle = [n, n + 1, n + 2];
  ties.push([n, n + 1, 1], [n + 1, n + 2, 1], [n, n + 2, 1]);
  components.push(triangle);
  n += 3;
  for (let p = 0; p < 2; p++) {
    ties.push([n, n + 1, 2]);
    components.push([n, n + 1]);
    n += 2;
  }
  for (let k = 0; k < 5; k++) components.push([n++]);
  const radius = new Float64Array(n).map((_, i) => 5.5 + ((i * 7) % 15));
  return { n, ties, components, radius, seed: 1 };
}

describe('layoutNetwork', () => {
  const input = network(60, 3);
  const layout = layoutNetwork(input);

  it('is deterministic: same input, same coordinates', () => {
    const again = layoutNetwork(input);
    expect(Array.from(again.x)).toEqual(Array.from(layout.x));
    expect(Array.from(again.y)).toEqual(Array.from(layout.y));
    expect(again.parts).toEqual(layout.parts);
  });

  it('gives every actor finite coordinates inside its part, and the parts do not overlap', () => {
    input.components.forEach((members, c) => {
      const box = layout.parts[c]!;
      for (const i of members) {
        const r = input.radius[i]!;
        expect(Number.isFinite(layout.x[i]!) && Number.isFinite(layout.y[i]!)).toBe(true);
        expect(layout.x[i]! - r).toBeGreaterThanOrEqual(box.x - 1e-9);
        expect(layout.x[i]! + r).toBeLessThanOrEqual(box.x + box.width + 1e-9);
        expect(layout.y[i]! - r).toBeGreaterThanOrEqual(box.y - 1e-9);
        expect(layout.y[i]! + r).toBeLessThanOrEqual(box.y + box.height + 1e-9);
      }
    });
    const boxes = layout.parts;
    for (let a = 0; a < boxes.length; a++) {
      for (let b = a + 1; b < boxes.length; b++) {
        const p = boxes[a]!;
        const q = boxes[b]!;
        const apart = p.x + p.width <= q.x || q.x + q.width <= p.x || p.y + p.height <= q.y || q.y + q.height <= p.y;
        expect(apart, `parts ${a} and ${b}`).toBe(true);
      }
    }
  });

  it('puts the largest part alone in the first row and the detached parts and isolates below it', () => {
    const [first, ...rest] = layout.parts;
    for (const p of rest) expect(p.y).toBeGreaterThanOrEqual(first!.y + first!.height);
    // The whole map stays compact: the rows below are no wider than 1.25 × the widest part (or 480 px).
    const widest = Math.max(480, 1.25 * Math.max(...layout.parts.map((p) => p.width)));
    for (const p of rest) expect(p.x + p.width).toBeLessThanOrEqual(widest + 1e-9);
  });

  it('leaves no two circles overlapping', () => {
    for (let i = 0; i < input.n; i++) {
      for (let j = i + 1; j < input.n; j++) {
        const d = Math.hypot(layout.x[i]! - layout.x[j]!, layout.y[i]! - layout.y[j]!);
        expect(d, `${i}–${j}`).toBeGreaterThanOrEqual(input.radius[i]! + input.radius[j]! - 1e-6);
      }
    }
  });

  it('lays out an empty network and a single isolate', () => {
    const empty = layoutNetwork({ n: 0, ties: [], components: [], radius: new Float64Array(0), seed: 1 });
    expect(empty.parts).toEqual([]);
    const one = layoutNetwork({ n: 1, ties: [], components: [[0]], radius: new Float64Array([5]), seed: 1 });
    expect(one.parts).toHaveLength(1);
    expect(Number.isFinite(one.x[0]!)).toBe(true);
  });
});

describe('iterationsFor', () => {
  it('falls with size from 800 to at least 60', () => {
    expect(iterationsFor(3)).toBe(800);
    expect(iterationsFor(100)).toBe(600);
    expect(iterationsFor(10_000)).toBe(60);
    expect(iterationsFor(1_000_000)).toBe(60);
  });
});

describe('placeLabels', () => {
  it('labels the first `mustPlace` actors even when every position touches another circle', () => {
    // A crowded ring: actor 0 in the middle, touching neighbours all around.
    const n = 13;
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    const radius = new Float64Array(n).fill(10);
    for (let k = 1; k < n; k++) {
      x[k] = 21 * Math.cos((2 * Math.PI * k) / (n - 1));
      y[k] = 21 * Math.sin((2 * Math.PI * k) / (n - 1));
    }
    const candidates = [{ actor: 0, text: 'Centre' }];
    expect(placeLabels(candidates, x, y, radius, 10)).toEqual([]);
    const forced = placeLabels(candidates, x, y, radius, 10, 1);
    expect(forced.map((l) => l.actor)).toEqual([0]);
  });

  it('places labels that overlap neither each other nor any other circle, in priority order', () => {
    const input = network(40, 5);
    const layout = layoutNetwork(input);
    const candidates = Array.from({ length: input.n }, (_, i) => ({ actor: i, text: `Actor number ${i}` }));
    const labels = placeLabels(candidates, layout.x, layout.y, input.radius, 25);
    expect(labels.length).toBeGreaterThan(10);
    expect(labels.length).toBeLessThanOrEqual(25);
    const order = labels.map((l) => l.actor);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (let a = 0; a < labels.length; a++) {
      const p = labels[a]!.box;
      expect(p.x1 - p.x0).toBeCloseTo(labelWidth(labels[a]!.text), 9);
      for (let b = a + 1; b < labels.length; b++) {
        const q = labels[b]!.box;
        expect(p.x1 <= q.x0 || q.x1 <= p.x0 || p.y1 <= q.y0 || q.y1 <= p.y0, `labels ${a} and ${b}`).toBe(true);
      }
      for (let i = 0; i < input.n; i++) {
        if (i === labels[a]!.actor) continue;
        const r = input.radius[i]!;
        const x = layout.x[i]!;
        const y = layout.y[i]!;
        expect(p.x1 <= x - r || x + r <= p.x0 || p.y1 <= y - r || y + r <= p.y0, `label ${a} over circle ${i}`).toBe(true);
      }
    }
  });
});

describe('zoomLabels (the labels the HTML map shows once zoomed in)', () => {
  // Positions 0–7: right, left, below, above, upper right, lower right, upper left, lower left (layout.ts header).
  const ANCHORS = ['start', 'end', 'middle', 'middle', 'start', 'start', 'end', 'end'];

  it('gives every candidate a label, in order, at the first position that covers no other circle', () => {
    // Actor 0 with a neighbour touching its right: not to the right (position 0), to the left (position 1).
    // Actor 2 alone: position 0.
    const x = new Float64Array([0, 30, 500]);
    const y = new Float64Array([0, 0, 0]);
    const radius = new Float64Array([10, 10, 10]);
    const labels = zoomLabels([{ actor: 2, text: 'Alone' }, { actor: 0, text: 'Crowded' }], x, y, radius);
    expect(labels.map((l) => [l.actor, l.position, l.anchor])).toEqual([[2, 0, 'start'], [0, 1, 'end']]);
    expect(labels[1]!.x).toBe(-14); // 4 px left of the circle's edge
    expect(labels[1]!.width).toBe(labelWidth('Crowded'));
    expect(labels[1]!.box.x1).toBe(-14);
  });

  it('falls back to the first position when every position covers a circle, and overlapping labels are allowed', () => {
    const n = 13;
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    const radius = new Float64Array(n).fill(10);
    for (let k = 1; k < n; k++) {
      x[k] = 21 * Math.cos((2 * Math.PI * k) / (n - 1));
      y[k] = 21 * Math.sin((2 * Math.PI * k) / (n - 1));
    }
    const labels = zoomLabels([{ actor: 0, text: 'Centre' }, { actor: 0, text: 'Centre again' }], x, y, radius);
    expect(labels.map((l) => l.position)).toEqual([0, 0]);
  });

  it('uses the geometry placeLabels uses: the same position gives the same point, anchor and box', () => {
    const input = network(40, 5);
    const layout = layoutNetwork(input);
    const candidates = Array.from({ length: input.n }, (_, i) => ({ actor: i, text: `Actor number ${i}` }));
    const placed = placeLabels(candidates, layout.x, layout.y, input.radius, 25);
    const zoomed = zoomLabels(candidates, layout.x, layout.y, input.radius);
    expect(zoomed).toHaveLength(input.n);
    for (const p of placed) {
      expect(p.anchor).toBe(ANCHORS[p.position]);
      const z = zoomed[p.actor]!;
      // A placed label covers no circle, so its position is free for zoomLabels too; zoomLabels takes the first free one.
      expect(z.position).toBeLessThanOrEqual(p.position);
      if (z.position === p.position) expect(z).toEqual(p);
    }
  });
});
