/**
 * End-to-end: `tuff compare` of two directed survey waves reports the change
 * in who names whom, against the networkx/igraph oracle of
 * fixtures/compare/directed-waves.py (directed-waves.json): named ties,
 * network reciprocity (nx.reciprocity), the dyad census, the response rate and
 * the pairs that became / stopped being mutual. Wave 1 is plain CSV, wave 2
 * Danish Excel (relationer.csv, aktører.csv, decimal comma); both say
 * "directed": true in meta.json. Text (en), Markdown (da), JSON; a directed
 * wave against an undirected one says that only one wave is directed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tuff } from '../helpers/exec.js';

const TMP = mkdtempSync(path.join(tmpdir(), 'tuff-compare-directed-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const D1 = 'fixtures/compare/directed-wave1';
const D2 = 'fixtures/compare/directed-wave2';

interface Change { before: number | null; after: number | null; change: number | null }
interface Expected {
  arcs: Change;
  reciprocity: Change;
  dyads: { mutual: Change; asymmetric: Change; null: Change };
  responseRate: Change;
  becameMutual: [string, string][];
  noLongerMutual: [string, string][];
}
const expected = JSON.parse(readFileSync('fixtures/compare/directed-waves.json', 'utf8')) as Expected;

function expectChange(actual: Change, wanted: Change, what: string): void {
  for (const k of ['before', 'after', 'change'] as const) {
    expect(Math.abs((actual[k] as number) - (wanted[k] as number)), `${what}.${k}`).toBeLessThanOrEqual(1e-12);
  }
}

describe('tuff compare of two directed waves', () => {
  it('JSON: the directed block matches networkx (reciprocity, dyads, response rate, pairs)', () => {
    const run = tuff(['compare', D1, D2, '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const d = (JSON.parse(run.stdout) as { directed: Expected & { before: boolean; after: boolean } }).directed;
    expect([d.before, d.after]).toEqual([true, true]);
    expectChange(d.arcs, expected.arcs, 'arcs');
    expectChange(d.reciprocity, expected.reciprocity, 'reciprocity');
    for (const k of ['mutual', 'asymmetric', 'null'] as const) expectChange(d.dyads[k], expected.dyads[k], `dyads.${k}`);
    expectChange(d.responseRate, expected.responseRate, 'responseRate');
    expect(d.becameMutual).toEqual(expected.becameMutual);
    expect(d.noLongerMutual).toEqual(expected.noLongerMutual);
  });

  it('text (English): the section with before, after and change', () => {
    const run = tuff(['compare', D1, D2]);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines).toContain('Who names whom (directed answers)');
    expect(lines.some((l) => /^ {2}Named ties \(arcs\) +16 +21 +\+5$/.test(l))).toBe(true);
    expect(lines.some((l) => /^ {2}Reciprocity \(mutual arcs \/ all arcs\) +0\.50 +0\.76 +\+0\.26$/.test(l))).toBe(true);
    expect(lines.some((l) => /^ {2}Pairs naming each other +4 +8 +\+4$/.test(l))).toBe(true);
    expect(lines.some((l) => /^ {2}Pairs only one side names +8 +5 +−3$/.test(l))).toBe(true);
    expect(lines.some((l) => /^ {2}Response rate \(%\) +80 +91 +\+11$/.test(l))).toBe(true);
    expect(lines).toContain(`  Now name each other: ${expected.becameMutual.map(([u, v]) => `${u} – ${v}`).join(', ')}`);
    expect(lines).toContain('  No longer name each other: civ-idraet – kom-skole');
    // The section sits between the network in figures and the groups.
    expect(lines.indexOf('The network')).toBeLessThan(lines.indexOf('Who names whom (directed answers)'));
    expect(lines.indexOf('Who names whom (directed answers)')).toBeLessThan(lines.indexOf('Bonding and bridging by group'));
  });

  it('Markdown (Danish): the same table in Danish', () => {
    const run = tuff(['compare', D1, D2, '--format', 'markdown', '--lang', 'da']);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines).toContain('## Hvem nævner hvem (rettede svar)');
    expect(lines).toContain('| Gensidighed (gensidige pile / alle pile) | 0,50 | 0,76 | \\+0,26 |');
    expect(lines).toContain('| Par, der nævner hinanden | 4 | 8 | \\+4 |');
    expect(lines).toContain('| Par, hvor kun den ene nævner den anden | 8 | 5 | −3 |');
    expect(lines).toContain('| Svarprocent | 80 | 91 | \\+11 |');
    expect(lines).toContain('**Nævner ikke længere hinanden:**');
    expect(lines).toContain('- civ-idraet – kom-skole');
  });

  it('a directed wave against an undirected one: that wave\'s figures only, and why', () => {
    const undirected = path.join(TMP, 'wave1-undirected');
    cpSync(D1, undirected, { recursive: true });
    writeFileSync(path.join(undirected, 'meta.json'), '{"directed": false}\n');
    const json = tuff(['compare', undirected, D2, '--format', 'json']);
    expect(json.status, json.stderr).toBe(0);
    const d = (JSON.parse(json.stdout) as { directed: Expected & { before: boolean; after: boolean } }).directed;
    expect([d.before, d.after]).toEqual([false, true]);
    expect(d.reciprocity).toEqual({ before: null, after: expected.reciprocity.after, change: null });
    expect([d.becameMutual, d.noLongerMutual]).toEqual([[], []]);
    const text = tuff(['compare', undirected, D2]).stdout;
    expect(text).toContain('Only the second wave is directed answers, so the other has no figures here');
  });

  it('two undirected waves have no directed section (the JSON is unchanged)', () => {
    const run = tuff(['compare', 'fixtures/compare/wave1', 'fixtures/compare/wave2', '--format', 'json']);
    expect(Object.keys(JSON.parse(run.stdout) as object)).not.toContain('directed');
  });
});
