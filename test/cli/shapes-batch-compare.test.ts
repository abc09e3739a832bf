/**
 * End-to-end (issue 11): `tuff batch` and `tuff compare` accept every shape
 * `tuff analyse` reads — an adjacency matrix saved by Danish Excel
 * (fixtures/input/matrix-danish), an Excel workbook
 * (fixtures/input/xlsx-workbook, xlsx-matrix), directed survey answers as an
 * edge list with meta.json "directed": true (fixtures/compare/directed-wave1)
 * — through the built binary.
 *
 * - batch over one folder holding one network of each shape (copies of those
 *   fixtures), and over loose files: every row ok with its shape, and every
 *   report exactly what `tuff analyse --format json` prints for that input,
 *   whose figures the networkx oracles of the fixtures give;
 * - compare across shapes: the same network as a matrix and as an edge list
 *   (fixtures/compare/matrix-twin), as a workbook and as CSV, as an
 *   asymmetric matrix and as a directed edge list
 *   (fixtures/compare/asymmetric-twin) — nothing changed, and each wave's
 *   shape is named.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, tuff } from '../helpers/exec.js';

const TMP = mkdtempSync(path.join(tmpdir(), 'tuff-shapes-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const fixture = (...p: string[]): string => path.join(ROOT, 'fixtures', ...p);
const json = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

interface Row { name: string; status: string; error: string | null; report: string; shape: string; format: string; directed: boolean }
interface Summary { networks: Row[] }
type Report = { input: Record<string, unknown>; summary: Record<string, number>; actors: Record<string, Record<string, number>> };
interface Change { before: number | null; after: number | null; change: number | null }

function analyseJson(input: string, cwd = ROOT): string {
  const run = tuff(['analyse', input, '--format', 'json', '--threads', '1'], {}, cwd);
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

describe('tuff batch over a folder holding one network of each shape', () => {
  const networks = path.join(TMP, 'networks');
  mkdirSync(path.join(networks, 'matrix'), { recursive: true });
  for (const f of ['ties.csv', 'actors.csv']) copyFileSync(fixture('input', 'matrix-danish', f), path.join(networks, 'matrix', f));
  mkdirSync(path.join(networks, 'workbook'));
  copyFileSync(fixture('input', 'xlsx-workbook', 'partnerskab.xlsx'), path.join(networks, 'workbook', 'partnerskab.xlsx'));
  cpSync(fixture('compare', 'directed-wave1'), path.join(networks, 'survey'), { recursive: true });
  const out = path.join(TMP, 'out');
  const run = tuff(['batch', networks, '--out', out, '--threads', '1']);

  it('exits 0, one ok row per network with its shape, file format and directedness', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('tuff: batch: 3 ok, 0 failed, 0 crashed, 0 missing;');
    const rows = json<Summary>(path.join(out, 'summary.json')).networks;
    expect(rows.map((r) => [r.name, r.status, r.shape, r.format, r.directed])).toEqual([
      ['matrix', 'ok', 'matrix', 'csv', false],
      ['survey', 'ok', 'edge-list', 'csv', true],
      ['workbook', 'ok', 'edge-list', 'xlsx', false],
    ]);
    const csv = readFileSync(path.join(out, 'summary.csv'), 'utf8').split(/\r?\n/);
    expect(csv[0]!.endsWith(',shape,format,directed')).toBe(true);
    expect(csv.find((l) => l.startsWith('survey,'))!.endsWith(',false,edge-list,csv,true')).toBe(true);
    expect(readdirSync(out).sort()).toEqual(['matrix.json', 'summary.csv', 'summary.json', 'survey.json', 'workbook.json']);
  });

  it('writes for each network exactly the report tuff analyse prints for it', () => {
    for (const name of ['matrix', 'survey', 'workbook']) {
      expect(readFileSync(path.join(out, `${name}.json`), 'utf8'), name).toBe(analyseJson(path.join(networks, name)));
    }
  });

  it('the reports carry the oracles\' figures: the matrix (networkx), the directed answers (nx.reciprocity)', () => {
    const matrix = json<Report>(path.join(out, 'matrix.json'));
    const oracle = json<{ actors: Record<string, Record<string, number>> }>(fixture('input', 'matrix-danish', 'expected.json'));
    for (const [id, metrics] of Object.entries(oracle.actors)) {
      for (const [k, v] of Object.entries(metrics)) expect(matrix.actors[id]![k], `${id}.${k}`).toBeCloseTo(v, 12);
    }
    const survey = json<Report>(path.join(out, 'survey.json'));
    const waves = json<{ reciprocity: Change; arcs: Change }>(fixture('compare', 'directed-waves.json'));
    expect(survey.summary['reciprocity']).toBeCloseTo(waves.reciprocity.before!, 12);
    expect(survey.summary['arcs']).toBe(waves.arcs.before);
    expect(json<Report>(path.join(out, 'workbook.json')).input['sheets']).toEqual({ ties: 'Relationer', actors: 'Aktører' });
  });

  it('loose files too: a matrix .csv and workbooks named on the command line', () => {
    const loose = path.join(TMP, 'loose');
    mkdirSync(loose);
    copyFileSync(fixture('input', 'matrix-danish', 'ties.csv'), path.join(loose, 'matrix.csv'));
    copyFileSync(fixture('input', 'xlsx-matrix', 'matrix.xlsx'), path.join(loose, 'book-matrix.xlsx'));
    copyFileSync(fixture('input', 'xlsx-workbook', 'partnerskab.xlsx'), path.join(loose, 'book.xlsx'));
    const looseOut = path.join(TMP, 'loose-out');
    const r = tuff(['batch', 'matrix.csv', 'book.xlsx', 'book-matrix.xlsx', '--out', looseOut, '--threads', '1'], {}, loose);
    expect(r.status, r.stderr).toBe(0);
    const rows = json<Summary>(path.join(looseOut, 'summary.json')).networks;
    expect(rows.map((x) => [x.name, x.status, x.shape, x.format])).toEqual([
      ['book', 'ok', 'edge-list', 'xlsx'], ['book-matrix', 'ok', 'matrix', 'xlsx'], ['matrix', 'ok', 'matrix', 'csv'],
    ]);
    expect(readFileSync(path.join(looseOut, 'book-matrix.json'), 'utf8')).toBe(analyseJson('book-matrix.xlsx', loose));
  });
});

interface Comparison {
  before: { input: Record<string, unknown> };
  after: { input: Record<string, unknown> };
  actors: { joined: unknown[]; left: unknown[] };
  ties: { gained: unknown[]; lost: unknown[]; reweighted: unknown[]; jaccard: number };
  summary: Record<string, Change>;
  groups: Record<string, { actors: Change; eiIndex: Change }>;
  directed?: { before: boolean; after: boolean; arcs: Change; reciprocity: Change; dyads: Record<string, Change>; becameMutual: unknown[]; noLongerMutual: unknown[] };
}

function compare(before: string, after: string, extra: string[] = []): { c: Comparison; text: string } {
  const run = tuff(['compare', before, after, '--format', 'json', '--threads', '1', ...extra]);
  expect(run.status, run.stderr).toBe(0);
  const text = tuff(['compare', before, after, '--threads', '1', ...extra]);
  expect(text.status, text.stderr).toBe(0);
  return { c: JSON.parse(run.stdout) as Comparison, text: text.stdout };
}

/** The same network in two shapes: nobody joined or left, no tie changed, no figure moved. */
function expectNothingChanged(c: Comparison): void {
  expect([c.actors.joined, c.actors.left, c.ties.gained, c.ties.lost, c.ties.reweighted]).toEqual([[], [], [], [], []]);
  expect(c.ties.jaccard).toBe(1);
  for (const [k, ch] of Object.entries(c.summary)) expect(ch.change, k).toBe(0);
  for (const [g, x] of Object.entries(c.groups)) expect([x.actors.change, x.eiIndex.change ?? 0], g).toEqual([0, 0]);
}

describe('tuff compare across shapes', () => {
  it('a matrix against the same network as an edge list', () => {
    const { c, text } = compare('fixtures/input/matrix-danish', 'fixtures/compare/matrix-twin');
    expectNothingChanged(c);
    expect([c.before.input['shape'], c.after.input['shape']]).toEqual(['matrix', 'edge-list']);
    expect(text.split('\n').slice(1, 3)).toEqual([
      'matrix-danish: read from a symmetric adjacency matrix of 7 actors in a CSV file',
      'matrix-twin: read from an edge list (one tie per row) in a CSV file',
    ]);
    // Read alike, analysed alike: every figure of the network and of every actor is the same in both shapes.
    const [m, e] = ['fixtures/input/matrix-danish', 'fixtures/compare/matrix-twin'].map((p) => JSON.parse(analyseJson(p)) as Report);
    expect(e!.actors).toEqual(m!.actors);
    expect(e!.summary).toEqual(m!.summary);
  });

  it('a workbook against its CSV twin, and a workbook matrix against the CSV matrix', () => {
    const book = compare('fixtures/input/tie-types', 'fixtures/input/xlsx-workbook/partnerskab.xlsx');
    expectNothingChanged(book.c);
    expect([book.c.before.input['format'], book.c.after.input['format'], book.c.after.input['sheets']]).toEqual(['csv', 'xlsx', { ties: 'Relationer', actors: 'Aktører' }]);
    expect(book.text).toContain('\npartnerskab: read from an edge list (one tie per row) in the Excel workbook\'s sheet "Relationer", actors from the sheet "Aktører"');
    const matrix = compare('fixtures/input/xlsx-matrix/matrix.xlsx', 'fixtures/input/matrix-danish/ties.csv');
    expect([matrix.c.ties.gained, matrix.c.ties.lost, matrix.c.ties.reweighted, matrix.c.ties.jaccard]).toEqual([[], [], [], 1]);
    expect(matrix.c.summary['density']!.change).toBe(0);
  });

  it('an asymmetric matrix against the same directed answers as an edge list (meta.json "directed": true)', () => {
    const { c, text } = compare('fixtures/input/matrix-asymmetric', 'fixtures/compare/asymmetric-twin');
    expectNothingChanged(c);
    const oracle = json<{ summary: { arcs: number; reciprocity: number } }>(fixture('input', 'matrix-asymmetric', 'expected.json')).summary;
    const d = c.directed!;
    expect([d.before, d.after]).toEqual([true, true]);
    expect(d.arcs).toEqual({ before: oracle.arcs, after: oracle.arcs, change: 0 });
    expect(d.reciprocity.before).toBeCloseTo(oracle.reciprocity, 15);
    expect(d.reciprocity.change).toBe(0);
    for (const [k, ch] of Object.entries(d.dyads)) expect(ch.change, k).toBe(0);
    expect([d.becameMutual, d.noLongerMutual]).toEqual([[], []]);
    expect(text).toContain('\nasymmetric-twin: read from an edge list (one tie per row) in a CSV file; directed answers (who names whom);');
  });
});
