/**
 * End-to-end: kinds of tie (a `type`/`relation`/`Type af relation` ties
 * column) through the built binary, against the networkx oracle of
 * fixtures/input/tie-types (oracle.py → expected.json): per-kind ties,
 * density and sector mix; the merged network; `--tie-type` selections; the
 * errors.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tuff } from '../helpers/exec.js';

const FIXTURE = 'fixtures/input/tie-types';
const TIES = path.join(FIXTURE, 'ties.csv');
interface Kind { type: string; ties: number; density: number; internalTies: number; externalTies: number; groupPairs: unknown[] }
const expected = JSON.parse(readFileSync(path.join(FIXTURE, 'expected.json'), 'utf8')) as {
  types: Kind[];
  merged: { ties: number; density: number; strength: Record<string, number> };
  information: { ties: number; density: number; isolates: number };
};
const scratch = mkdtempSync(path.join(tmpdir(), 'tuff-tie-types-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Json {
  input: { columns: Record<string, string> };
  summary: { ties: number; density: number; isolates: number };
  actors: Record<string, { strength: number }>;
  tieTypes: { column: string; selected: string[] | null; multiplexPairs: number; mergedBy: string; types: (Kind & { analysed: boolean })[] };
}
const json = (args: string[]): Json => {
  const run = tuff(['analyse', FIXTURE, '--format', 'json', ...args]);
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Json;
};

describe('every kind of tie, merged (no --tie-type)', () => {
  const report = json([]);
  it('keeps the kinds apart per kind, as networkx counts them', () => {
    expect(report.input.columns['tieType']).toBe('Type af relation');
    expect(report.tieTypes.column).toBe('Type af relation');
    expect(report.tieTypes.selected).toBeNull();
    expect(report.tieTypes.types.map(({ analysed, ...k }) => k)).toEqual(expected.types);
    expect(report.tieTypes.types.every((k) => k.analysed)).toBe(true);
  });
  it('analyses the merged network: the pair with two kinds is one tie, its weights summed', () => {
    expect(report.summary.ties).toBe(expected.merged.ties);
    expect(report.summary.density).toBeCloseTo(expected.merged.density, 12);
    for (const [id, s] of Object.entries(expected.merged.strength)) expect(report.actors[id]!.strength).toBe(s);
    expect(report.tieTypes.multiplexPairs).toBe(1);
    expect(report.tieTypes.mergedBy).toBe('sum');
  });
  it('says so in the text report; the multiplex pair is no warning', () => {
    const run = tuff(['analyse', FIXTURE, '--lang', 'en']);
    expect(run.stdout).toContain('Kinds of tie');
    expect(run.stdout).toContain('1 pair of actors has more than one kind of tie (a multiplex tie, not a repeat): merged into one tie by --duplicates sum.');
    expect(run.stdout).toMatch(/information +yes +3 +0\.200 +1 +2 +borger–privat 1, civil–offentlig 1, offentlig 1/);
    expect(run.stderr).toBe(
      `tuff: warning: ${TIES}:8: repeated tie "beboer"–"byg" of kind "information" (first on line 7) merged by sum: weight 3\n` +
        `tuff: warning: ${TIES}:9: no kind of tie given; the row counts only when every kind is analysed\n`,
    );
  });
  it('Markdown and HTML carry the section too', () => {
    expect(tuff(['analyse', FIXTURE, '--format', 'markdown', '--lang', 'da']).stdout).toContain('## Typer af relationer');
    expect(tuff(['analyse', FIXTURE, '--format', 'html']).stdout).toContain('<section id="tie-types"><h2>Kinds of tie</h2>');
  });
});

describe('--tie-type', () => {
  it('one kind: only its ties, every actor kept (as networkx on that kind)', () => {
    const report = json(['--tie-type', 'INFORMATION']);
    expect(report.tieTypes.selected).toEqual(['information']);
    expect(report.summary.ties).toBe(expected.information.ties);
    expect(report.summary.density).toBeCloseTo(expected.information.density, 12);
    expect(report.summary.isolates).toBe(expected.information.isolates);
    expect(report.tieTypes.types.map((k) => [k.type, k.analysed])).toEqual([['fælles aktivitet', false], ['information', true], ['ressourcer', false]]);
    expect(report.tieTypes.multiplexPairs).toBe(0);
  });
  it('the HTML table says which kinds are left out, in words (English "no", Danish "nej")', () => {
    const en = tuff(['analyse', FIXTURE, '--format', 'html', '--tie-type', 'information']).stdout;
    expect(en).toContain('<tr><td>information</td><td>yes</td>');
    expect(en).toContain('<tr><td>ressourcer</td><td>no</td>');
    const da = tuff(['analyse', FIXTURE, '--format', 'html', '--tie-type', 'information', '--lang', 'da']).stdout;
    expect(da).toContain('<tr><td>information</td><td>ja</td>');
    expect(da).toContain('<tr><td>ressourcer</td><td>nej</td>');
    const section = da.slice(da.indexOf('<section id="tie-types">'), da.indexOf('</section>', da.indexOf('<section id="tie-types">')));
    expect(section).not.toContain('<td></td>');
  });
  it('several kinds, merged; the row without a kind is left out', () => {
    const report = json(['--tie-type', 'information, Fælles aktivitet']);
    expect(report.tieTypes.selected).toEqual(['fælles aktivitet', 'information']);
    expect(report.summary.ties).toBe(4); // kommune–skole, klub–kommune (two kinds), beboer–skole, beboer–byg
    expect(report.tieTypes.multiplexPairs).toBe(1);
    expect(report.actors['kirke']!.strength).toBe(0);
  });
  it('a kind that is not in the file is exit 2 listing the kinds', () => {
    const run = tuff(['analyse', FIXTURE, '--tie-type', 'tillid']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`tuff: ${TIES}: --tie-type "tillid": no tie of that kind in the column "Type af relation"; kinds found: "fælles aktivitet", "information", "ressourcer"\n`);
  });
  it('without a tie-type column it is exit 2 at the header', () => {
    const run = tuff(['analyse', 'fixtures/input/danish-excel', '--tie-type', 'information']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^tuff: fixtures\/input\/danish-excel\/ties\.csv:1: --tie-type needs a column with the kind of each tie/);
    expect(tuff(['analyse', FIXTURE, '--tie-type', ' , ']).status).toBe(2);
  });
  it('batch and compare take it too', () => {
    const out = path.join(scratch, 'batch');
    const batch = tuff(['batch', FIXTURE, '--tie-type', 'information', '--out', out, '--threads', '1']);
    expect(batch.status).toBe(0);
    const summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8')) as { networks: { report: string }[] };
    const report = JSON.parse(readFileSync(path.join(out, summary.networks[0]!.report), 'utf8')) as Json;
    expect(report.summary.ties).toBe(expected.information.ties);
    const compare = tuff(['compare', FIXTURE, FIXTURE, '--tie-type', 'information', '--format', 'json', '--threads', '1']);
    expect(compare.status).toBe(0);
  });
});
