/**
 * The library API (src/index.ts) accepts every shape the CLI reads (issue 11):
 * a matrix CSV, an Excel workbook (edge list and matrix), directed answers as
 * an edge list (meta.json "directed": true, or `directed: true`) and an
 * asymmetric matrix. For each: readNetwork → analyse gives the report
 * `tuff analyse --format json` prints, renderReport the text it prints, and
 * compareNetworks across shapes the comparison `tuff compare --format json`
 * prints; the read options (`matrix`, `sheet`, `directed`) do what the flags do.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyse, compareNetworks, readNetwork, renderComparison, renderReport, type ReadOptions } from '../../src/index.js';
import { tuff } from '../helpers/exec.js';

const TMP = mkdtempSync(path.join(tmpdir(), 'tuff-api-shapes-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const SHAPES: readonly [string, string, ReadOptions, string[]][] = [
  ['a matrix CSV', 'fixtures/input/matrix-danish', {}, []],
  ['an asymmetric matrix', 'fixtures/input/matrix-asymmetric', {}, []],
  ['a workbook', 'fixtures/input/xlsx-workbook/partnerskab.xlsx', {}, []],
  ['a workbook matrix', 'fixtures/input/xlsx-matrix/matrix.xlsx', {}, []],
  ['directed answers (meta.json)', 'fixtures/compare/directed-wave1', {}, []],
  ['directed answers, mutual ties only', 'fixtures/compare/directed-wave2', { symmetrise: 'mutual' }, ['--symmetrise', 'mutual']],
];

describe.each(SHAPES)('%s', (_what, input, options, flags) => {
  const read = readNetwork(input, options);
  const report = analyse(read, { threads: 1 });
  it('analyse gives the JSON report tuff analyse prints, and renderReport its text', () => {
    const cli = tuff(['analyse', input, '--format', 'json', '--threads', '1', ...flags]);
    expect(cli.status, cli.stderr).toBe(0);
    expect(renderReport({ report, dataset: read.dataset }, { format: 'json' })).toBe(cli.stdout);
    const name = path.basename(input).replace(/\.xlsx$/, '');
    expect(renderReport({ report, dataset: read.dataset }, { name })).toBe(tuff(['analyse', input, '--threads', '1', ...flags]).stdout);
  });
});

describe('the read options are the flags', () => {
  it('directed: true on an edge list without meta.json reads the directed answers meta.json declares', () => {
    const bare = path.join(TMP, 'bare');
    mkdirSync(bare);
    copyFileSync('fixtures/compare/asymmetric-twin/ties.csv', path.join(bare, 'ties.csv'));
    const undirected = analyse(readNetwork(bare));
    expect(undirected.input.directed).toBeUndefined();
    const flagged = analyse(readNetwork(bare, { directed: true }));
    const declared = analyse(readNetwork('fixtures/compare/asymmetric-twin'));
    expect(flagged.summary).toEqual(declared.summary);
    expect(flagged.actors).toEqual(declared.actors);
    // … and the same answers as the asymmetric matrix they were written from.
    const matrix = analyse(readNetwork('fixtures/input/matrix-asymmetric'));
    expect(flagged.summary).toEqual(matrix.summary);
    expect(flagged.actors).toEqual(matrix.actors);
  });

  it('matrix: true and sheet choose what --matrix and --sheet choose', () => {
    const file = path.join(TMP, 'labelled.csv');
    copyFileSync('fixtures/input/matrix-danish/ties.csv', file);
    expect(readNetwork(file, { matrix: true }).input.shape).toBe('matrix');
    const sheet = readNetwork('fixtures/input/xlsx-workbook/partnerskab.xlsx', { sheet: 'Relationer' });
    expect(sheet.input.sheets).toEqual({ ties: 'Relationer', actors: 'Aktører' });
  });
});

describe('compareNetworks across shapes', () => {
  const side = (input: string) => {
    const read = readNetwork(input);
    return { dataset: read.dataset, report: analyse(read, { threads: 1 }), name: path.basename(input).replace(/\.xlsx$/, '') };
  };
  it.each([
    ['a matrix and its edge list', 'fixtures/input/matrix-danish', 'fixtures/compare/matrix-twin'],
    ['a CSV and its workbook', 'fixtures/input/tie-types', 'fixtures/input/xlsx-workbook/partnerskab.xlsx'],
    ['an asymmetric matrix and its directed edge list', 'fixtures/input/matrix-asymmetric', 'fixtures/compare/asymmetric-twin'],
    ['two directed waves', 'fixtures/compare/directed-wave1', 'fixtures/compare/directed-wave2'],
  ])('%s: the comparison tuff compare prints', (_what, before, after) => {
    const c = compareNetworks(side(before), side(after));
    expect(renderComparison(c, 'json', { lang: 'en' })).toBe(tuff(['compare', before, after, '--format', 'json', '--threads', '1']).stdout);
    expect(renderComparison(c, 'text', { lang: 'da' })).toBe(tuff(['compare', before, after, '--lang', 'da', '--threads', '1']).stdout);
  });
});
