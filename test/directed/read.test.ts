/**
 * Reading directed answers (--directed / meta.json "directed"): arcs kept per
 * direction, same-direction repeats merged with a warning, both
 * symmetrisations, and who answered, on the survey fixture and small tables.
 */
import { describe, expect, it } from 'vitest';
import { readNetwork } from '../../src/io/read-network.js';
import { symmetriseArcs } from '../../src/model/directed.js';
import { SURVEY, loadSurveyExpected } from '../helpers/directed.js';
import path from 'node:path';

const expected = loadSurveyExpected();

describe('the survey fixture', () => {
  const read = readNetwork(SURVEY);

  it('is directed by its meta.json, with every arc of the oracle', () => {
    const d = read.dataset.directed!;
    expect(d).toBeDefined();
    expect(d.arcs.length).toBe(expected.directed.summary.arcs);
    expect(d.symmetrise).toBe('union');
    expect(read.input.directed).toBe(true);
    for (const [id, a] of Object.entries(expected.directed.actors)) {
      expect(d.arcs.filter((x) => x.source === id).length, id).toBe(a.outDegree);
      expect(d.arcs.filter((x) => x.target === id).reduce((s, x) => s + x.weight, 0), id).toBe(a.inStrength);
    }
  });

  it('merges only repeats in the same direction, naming both lines', () => {
    const repeats = read.warnings.filter((w) => w.code === 'duplicate-tie');
    expect(repeats.map((w) => w.line)).toEqual([7, 76]);
    expect(repeats[0]!.message).toMatch(/^repeated tie "[^"]+"→"[^"]+" \(first on line 4\) merged by sum: weight \d+$/);
  });

  it('symmetrises by union: the undirected ties of the oracle', () => {
    expect(read.dataset.ties.length).toBe(expected.union.summary.ties);
  });

  it('symmetrises by mutual: only confirmed ties', () => {
    const mutual = readNetwork(SURVEY, { symmetrise: 'mutual' });
    expect(mutual.dataset.ties.length).toBe(expected.mutual.summary.ties);
    expect(mutual.dataset.directed!.symmetrise).toBe('mutual');
    expect(mutual.dataset.directed!.arcs).toEqual(read.dataset.directed!.arcs);
  });

  it('reads who answered from the besvaret column', () => {
    const r = read.dataset.directed!.respondents!;
    expect(r.source).toBe('column');
    expect(r.column).toBe('besvaret');
    expect(r.nonRespondents).toEqual(expected.directed.nonRespondents);
    expect(read.warnings.filter((w) => w.code.startsWith('respondent'))).toEqual([]);
  });

  it('reads it from the rows with --non-respondents no-outgoing', () => {
    const r = readNetwork(SURVEY, { nonRespondents: 'no-outgoing' }).dataset.directed!.respondents!;
    expect(r.source).toBe('no-outgoing');
    // Every actor marked nej has no row of its own, and every ja has one.
    expect(r.nonRespondents).toEqual(expected.directed.nonRespondents);
  });

  it('is undirected without --directed when meta.json is overridden', () => {
    const plain = readNetwork(path.join(SURVEY, 'ties.csv'), { actors: path.join(SURVEY, 'actors.csv') });
    expect(plain.dataset.directed).toBeUndefined();
    expect(plain.input.directed).toBeUndefined();
    expect(plain.dataset.ties.length).toBe(expected.union.summary.ties);
  });
});

describe('symmetriseArcs', () => {
  const arcs = [
    { source: 'b', target: 'a', weight: 2 },
    { source: 'a', target: 'c', weight: 1 },
    { source: 'a', target: 'b', weight: 5 },
  ];
  it('weights a mutual pair by the duplicates policy, a one-sided pair by its arc', () => {
    expect(symmetriseArcs(arcs, 'union', 'sum', true)).toEqual([
      { source: 'a', target: 'b', weight: 7 },
      { source: 'a', target: 'c', weight: 1 },
    ]);
    expect(symmetriseArcs(arcs, 'union', 'max', true)[0]!.weight).toBe(5);
    expect(symmetriseArcs(arcs, 'union', 'first', true)[0]!.weight).toBe(2);
    expect(symmetriseArcs(arcs, 'union', 'sum', false).map((t) => t.weight)).toEqual([1, 1]);
  });
  it('keeps only confirmed pairs with mutual', () => {
    expect(symmetriseArcs(arcs, 'mutual', 'sum', true)).toEqual([{ source: 'a', target: 'b', weight: 7 }]);
  });
});
