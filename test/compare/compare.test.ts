/**
 * compare/compare.ts on fixtures/compare (two waves; the expected values are
 * worked out by hand and checked with networkx 3.6 — see
 * fixtures/compare/README.md) and on small inline graphs; render.ts in both
 * languages.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { brokerStates, change, compareNetworks, vulnerableVerdict, type CompareSide } from '../../src/compare/compare.js';
import { renderComparison } from '../../src/compare/render.js';
import { readNetwork } from '../../src/io/read-network.js';
import { buildAnalysisReport } from '../../src/pipeline.js';
import type { Dataset } from '../../src/types.js';
import { ROOT } from '../helpers/exec.js';
import { makeDataset } from '../helpers/shared.js';

function side(dir: string): CompareSide {
  const read = readNetwork(path.join(ROOT, 'fixtures', 'compare', dir));
  return { dataset: read.dataset, report: buildAnalysisReport(read, { seed: 1, lang: 'en' }), name: dir };
}

function sideOf(dataset: Dataset, name: string): CompareSide {
  const read = {
    dataset,
    input: { ties: `${name}.csv`, actors: null, groupBy: dataset.groupBy, weighted: dataset.weighted, delimiter: ',', encoding: 'utf-8' as const, columns: {} },
    warnings: [],
  };
  return { dataset, report: buildAnalysisReport(read, { seed: 1, lang: 'en' }), name };
}

const c = compareNetworks(side('wave1'), side('wave2'));
const ids = (refs: readonly { id: string }[]) => refs.map((r) => r.id);

describe('compareNetworks on the two fixture waves', () => {
  it('finds who joined and left, with labels', () => {
    expect(c.actors).toMatchObject({ before: 10, after: 10, stayed: 9 });
    expect(c.actors.joined).toEqual([{ id: 'N1', label: 'Frivilligcentret' }]);
    expect(c.actors.left).toEqual([{ id: 'X1', label: 'Hardware store' }]);
  });

  it('finds the ties gained, lost and reweighted, and the Jaccard similarity', () => {
    expect(c.ties.gained).toEqual([['B2', 'K2'], ['B3', 'B4'], ['B3', 'N1'], ['C2', 'N1'], ['K1', 'P1']]);
    expect(c.ties.lost).toEqual([['B4', 'K1'], ['P1', 'X1']]);
    expect(c.ties).toMatchObject({ before: 9, after: 12, kept: 7 });
    expect(c.ties.reweighted).toEqual([{ source: 'C1', target: 'K1', before: 2, after: 3 }]);
    expect(c.ties.jaccard).toBe(0.5);
  });

  it('measures the network changes', () => {
    expect(c.summary.density.before).toBeCloseTo(0.2, 12);
    expect(c.summary.density.after).toBeCloseTo(12 / 45, 12);
    expect(c.summary.density.change).toBeCloseTo(12 / 45 - 0.2, 12);
    expect(c.summary.components).toEqual({ before: 2, after: 1, change: -1 });
    expect(c.summary.isolates).toEqual({ before: 1, after: 0, change: -1 });
    expect(c.summary.transitivity.before).toBeCloseTo(0.23076923076923078, 12);
    expect(c.summary.transitivity.after).toBeCloseTo(0.15, 12);
    expect(c.eiIndex.before).toBeCloseTo(1 / 9, 12);
    expect(c.eiIndex.after).toBeCloseTo(1 / 6, 12);
  });

  it('compares E-I per sector', () => {
    expect(Object.keys(c.groups)).toEqual(['borger', 'civil', 'offentlig', 'privat']);
    const ei = Object.fromEntries(Object.entries(c.groups).map(([g, x]) => [g, [x.eiIndex.before, x.eiIndex.after]]));
    expect(ei.borger![0]).toBeCloseTo(1 / 3, 12);
    expect(ei.borger![1]).toBeCloseTo(0.2, 12);
    expect(ei.civil![0]).toBeCloseTo(0.6, 12);
    expect(ei.civil![1]).toBeCloseTo(3 / 7, 12);
    expect(ei.offentlig).toEqual([0.5, 0.6]);
    expect(ei.privat).toEqual([0, 1]);
    expect(c.groups.civil!.actors).toEqual({ before: 2, after: 3, change: 1 });
    expect(c.groups.privat!.actors).toEqual({ before: 2, after: 1, change: -1 });
  });

  it('finds who became and who stopped being a broker', () => {
    expect(c.brokers.before).toEqual(['B1', 'C1', 'C2', 'K1', 'P1']);
    expect(c.brokers.after).toEqual(['B3', 'C2', 'N1']);
    expect(c.brokers.became.map((b) => b.id)).toEqual(['B3', 'N1']);
    expect(c.brokers.became[1]!.before).toBeNull();
    expect(c.brokers.became[1]!.after).toMatchObject({ articulationPoint: true });
    expect(c.brokers.stopped.map((b) => b.id)).toEqual(['B1', 'C1', 'K1', 'P1']);
    expect(c.brokers.stopped[1]!.before).toMatchObject({ articulationPoint: true, topBetweenness: true });
  });

  it('tells which vulnerable citizens moved closer', () => {
    const v = c.vulnerable;
    expect(v).toMatchObject({ closenessThreshold: 0.02, closer: 2, further: 1, same: 1, joined: [], left: [] });
    const verdicts = Object.fromEntries(v.actors.map((a) => [a.id, `${a.verdict}:${a.reason}`]));
    // B1: same ties, closeness −0.004 (below 0.02): about the same; B4: one tie lost and one gained, closeness −0.039.
    expect(verdicts).toEqual({
      B1: 'same:no-change-that-matters', B2: 'closer:gained-ties', B3: 'closer:joined-largest-component', B4: 'further:closeness-fell',
    });
    const b3 = v.actors.find((a) => a.id === 'B3')!;
    expect(b3.inLargestComponent).toEqual({ before: false, after: true });
    expect(b3.closeness.before).toBe(0);
    expect(b3.closeness.after).toBeCloseTo(1 / 3, 12);
    const b1 = v.actors.find((a) => a.id === 'B1')!;
    expect(b1.closeness.before).toBeCloseTo(0.3950617283950617, 12);
    expect(b1.closeness.after).toBeCloseTo(0.391304347826087, 12);
  });

  it('is the identity on one wave compared with itself', () => {
    const w = side('wave1');
    const same = compareNetworks(w, w);
    expect(same.actors.joined).toEqual([]);
    expect(same.ties.gained).toEqual([]);
    expect(same.ties.lost).toEqual([]);
    expect(same.ties.jaccard).toBe(1);
    expect(same.brokers.became).toEqual([]);
    expect(same.brokers.stopped).toEqual([]);
    expect(same.vulnerable).toMatchObject({ closer: 0, further: 0, same: 4 });
  });
});

describe('definitions on small graphs', () => {
  it('Jaccard is null when neither wave has ties, and counts pairs not weights', () => {
    const empty = sideOf(makeDataset([], { actors: ['a', 'b'] }), 'e');
    expect(compareNetworks(empty, empty).ties.jaccard).toBeNull();
    const a = sideOf(makeDataset([['a', 'b', 1], ['b', 'c', 1]]), 'a');
    const b = sideOf(makeDataset([['a', 'b', 5], ['c', 'd', 1]]), 'b');
    const r = compareNetworks(a, b);
    expect(r.ties.jaccard).toBeCloseTo(1 / 3, 15);
    expect(r.ties.reweighted).toEqual([{ source: 'a', target: 'b', before: 1, after: 5 }]);
  });

  it('broker: the top 10 % by betweenness (ties included) or a cut point', () => {
    // Path a-b-c-d-e: cut points b, c, d; betweenness c (0.667) > b = d (0.5) > a = e (0).
    const path5 = sideOf(makeDataset([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']]), 'p').report;
    const states = brokerStates(path5, 0.1, 1e-9);
    expect([...states.entries()].filter(([, s]) => s.topBetweenness).map(([id]) => id)).toEqual(['c']);
    expect([...states.entries()].filter(([, s]) => s.articulationPoint).map(([id]) => id).sort()).toEqual(['b', 'c', 'd']);
    // With a 40 % share, k = 2: b and d tie at the 2nd value, so both count.
    const wide = brokerStates(path5, 0.4, 1e-9);
    expect([...wide.entries()].filter(([, s]) => s.topBetweenness).map(([id]) => id).sort()).toEqual(['b', 'c', 'd']);
    // A cycle has no cut points and equal betweenness for all: everyone is top, nobody is a cut point.
    const cycle = brokerStates(sideOf(makeDataset([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'a']]), 'c').report, 0.1, 1e-9);
    expect([...cycle.values()].every((s) => s.topBetweenness && !s.articulationPoint)).toBe(true);
  });

  it('change is after − before, null when either is', () => {
    expect(change(1, 3)).toEqual({ before: 1, after: 3, change: 2 });
    expect(change(null, 3)).toEqual({ before: null, after: 3, change: null });
    expect(change(undefined, undefined)).toEqual({ before: null, after: null, change: null });
  });
});

describe('rendering', () => {
  it('text in English and Danish names the changes', () => {
    const en = renderComparison(c, 'text', { lang: 'en' });
    expect(en).toContain('tuff · what changed from wave1 to wave2');
    expect(en).toContain('Joined: Frivilligcentret (N1)');
    expect(en).toContain('Lost: B4 – K1, P1 – X1');
    expect(en).toContain('Frivilligcentret (N1): new, cut point');
    expect(en).toContain('2 moved closer, 1 moved further away, 1 about the same.');
    const da = renderComparison(c, 'text', { lang: 'da' });
    expect(da).toContain('hvad har ændret sig fra wave1 til wave2');
    expect(da).toContain('Faldet fra: Hardware store (X1)');
    expect(da).toContain('2 tættere på, 1 længere væk, 1 omtrent uændret.');
    expect(da).toContain('2,00 → 3,00');
  });

  it('Markdown has headings and tables, JSON parses back to the comparison', () => {
    const md = renderComparison(c, 'markdown', { lang: 'en' });
    expect(md.startsWith('# tuff · what changed from wave1 to wave2\n')).toBe(true);
    expect(md).toContain('## Brokers');
    expect(md).toMatch(/\| Group \| Actors before \| Actors after \| E-I before \| E-I after \| Change \|/);
    expect(JSON.parse(renderComparison(c, 'json', { lang: 'en' }))).toEqual(JSON.parse(JSON.stringify(c)));
  });
});

describe('vulnerableVerdict: the order of the changes that matter', () => {
  const both = { before: true, after: true };
  const deg = (b: number, a: number) => ({ before: b, after: a });
  it('largest part first, then ties, then closeness by at least the threshold', () => {
    expect(vulnerableVerdict({ before: false, after: true }, deg(3, 2), deg(0.1, 0.05), 0.02)).toEqual({ verdict: 'closer', reason: 'joined-largest-component' });
    expect(vulnerableVerdict({ before: true, after: false }, deg(2, 3), deg(0.3, 0.4), 0.02)).toEqual({ verdict: 'further', reason: 'left-largest-component' });
    expect(vulnerableVerdict(both, deg(4, 3), deg(0.218, 0.219), 0.02)).toEqual({ verdict: 'further', reason: 'lost-ties' });
    expect(vulnerableVerdict(both, deg(3, 4), deg(0.3, 0.25), 0.02)).toEqual({ verdict: 'closer', reason: 'gained-ties' });
    expect(vulnerableVerdict(both, deg(3, 3), deg(0.2, 0.22), 0.02)).toEqual({ verdict: 'closer', reason: 'closeness-rose' });
    expect(vulnerableVerdict(both, deg(3, 3), deg(0.3, 0.28), 0.02)).toEqual({ verdict: 'further', reason: 'closeness-fell' });
    expect(vulnerableVerdict(both, deg(3, 3), deg(0.2, 0.219), 0.02)).toEqual({ verdict: 'same', reason: 'no-change-that-matters' });
    expect(vulnerableVerdict({ before: false, after: false }, deg(0, 0), deg(0, 0), 0.02)).toEqual({ verdict: 'same', reason: 'no-change-that-matters' });
  });
});
