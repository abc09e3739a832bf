/**
 * Every report format of the built binary on directed answers: says the data
 * is directed and carries the directed metrics. GEXF and GraphML have one
 * directed edge per arc (read back with graphology's own parsers, as Gephi
 * and Cytoscape would), CSV the directed columns with the oracle's values.
 */
import { describe, expect, it } from 'vitest';
import { DirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { DOMParser } from '@xmldom/xmldom';
import { tuff } from '../helpers/exec.js';
import { SURVEY, loadSurveyExpected } from '../helpers/directed.js';

const expected = loadSurveyExpected().directed;

function run(format: string, extra: string[] = []): string {
  const r = tuff(['analyse', SURVEY, '--format', format, ...extra]);
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

describe('directed answers in every format', () => {
  it('text: says the data is directed, the response rate, and shows who names whom', () => {
    const text = run('text');
    expect(text).toContain('read from an edge list (one tie per row) in a CSV file; directed answers (who names whom); the other measures use every tie either side names (--symmetrise union); who answered: the actors column "besvaret"\n');
    expect(text).toContain(`\n${expected.summary.arcs} named ties (arcs)\n`);
    expect(text).toContain('20 of 25 actors answered (80%)');
    expect(text).toContain('Who names whom (survey answers)');
    expect(text).toMatch(/Pairs: mutual \/ one-sided \/ none +\d+ \/ \d+ \/ \d+/);
    expect(text).toMatch(/recommendations? names? \d+ actors who did not answer/);
    const mutual = run('text', ['--symmetrise', 'mutual']);
    expect(mutual).toContain('only the ties both sides name (--symmetrise mutual)');
  });

  it('Markdown and HTML (en, da) carry the same section', () => {
    expect(run('markdown')).toContain('## Who names whom (survey answers)');
    expect(run('markdown', ['--lang', 'da'])).toContain('## Hvem nævner hvem (svarene)');
    const html = run('html');
    expect(html).toContain('<section id="directed"><h2>Who names whom (survey answers)</h2>');
    expect(html).toContain('directed answers (who names whom); the other measures use every tie either side names (--symmetrise union)');
  });

  it('CSV: the directed columns after the undirected ones, with the oracle values', () => {
    const [header, ...rows] = run('csv').trimEnd().split('\r\n');
    const cols = header!.split(',');
    expect(cols.slice(-8)).toEqual(['inDegree', 'outDegree', 'inStrength', 'outStrength', 'reciprocity', 'respondent', 'directedPagerank', 'directedBetweenness']);
    for (const row of rows) {
      const cells = row.split(',');
      const id = cells[0]!;
      const at = (k: string): string => cells[cols.indexOf(k)]!;
      const e = expected.actors[id]!;
      expect(Number(at('inDegree')), id).toBe(e.inDegree);
      expect(Number(at('outStrength')), id).toBe(e.outStrength);
      expect(Math.abs(Number(at('directedBetweenness')) - (e.directedBetweenness as number)), id).toBeLessThanOrEqual(1e-12);
      expect(at('respondent'), id).toBe(e.respondent ? '1' : '0');
      if (e.reciprocity === null) expect(at('reciprocity'), id).toBe('');
      else expect(Math.abs(Number(at('reciprocity')) - (e.reciprocity as number)), id).toBeLessThanOrEqual(1e-12);
    }
  });

  it('GEXF: a directed graph with one edge per arc, mutual marked', () => {
    const text = run('gexf');
    expect(text).toContain('<graph defaultedgetype="directed" mode="static">');
    const g = gexf.parse(DirectedGraph, text);
    expect(g.type).toBe('directed');
    expect(g.order).toBe(25);
    expect(g.size).toBe(expected.summary.arcs);
    const mutualArcs = g.mapEdges((_e, a) => a.mutual).filter(Boolean).length;
    expect(mutualArcs).toBe(2 * expected.summary.dyadCensus.mutual);
    expect(g.getNodeAttribute('bor-ole', 'inDegree')).toBe(1);
    expect(g.getNodeAttribute('bor-ole', 'respondent')).toBe(false);
  });

  it('GraphML: edgedefault directed, one edge per arc', () => {
    const text = run('graphml');
    expect(text).toContain('<graph id="G" edgedefault="directed">');
    const g = graphml.parse(DirectedGraph, new DOMParser().parseFromString(text, 'text/xml') as unknown as Document);
    expect(g.size).toBe(expected.summary.arcs);
    expect(g.hasDirectedEdge('civ-lektie', 'priv-cafe')).toBe(true);
    expect(g.getNodeAttribute('kom-boligsoc', 'outDegree')).toBe(1);
  });
});
