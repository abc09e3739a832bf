/**
 * End-to-end: Excel workbooks (.xlsx, made by fixtures/make-xlsx.mjs with
 * write-excel-file) through the built binary. A workbook must give the same
 * report as its CSV twin; sheets are found by name or chosen; formulas are
 * read as their cached values; damaged and oversized workbooks are refused in
 * seconds with one line; batch and compare take workbooks.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { tuff } from '../helpers/exec.js';

const BOOK = 'fixtures/input/xlsx-workbook/partnerskab.xlsx';
const scratch = mkdtempSync(path.join(tmpdir(), 'tuff-xlsx-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Json = Record<string, unknown> & { input: Record<string, unknown>; summary: unknown; actors: unknown; tieTypes?: unknown; dataQuality: { warnings: { file: string; line: number; code: string }[] } };
function json(args: string[]): Json {
  const run = tuff(['analyse', ...args, '--format', 'json']);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Json;
}

describe('a workbook with a ties sheet and an actors sheet', () => {
  const book = json([BOOK]);
  const twin = json(['fixtures/input/tie-types']);
  it('finds Relationer and Aktører by name and says what it read', () => {
    expect(book.input).toMatchObject({
      ties: BOOK, actors: BOOK, format: 'xlsx', shape: 'edge-list', sheets: { ties: 'Relationer', actors: 'Aktører' }, delimiter: '', weighted: true,
    });
  });
  it('gives the same metrics as the CSV it was made from (the formula cell read as its cached value 2)', () => {
    expect(book.summary).toEqual(twin.summary);
    expect(book.actors).toEqual(twin.actors);
    expect(book.tieTypes).toEqual(twin.tieTypes);
    expect(book['recommendations']).toEqual(twin['recommendations']);
  });
  it('names warnings by BOOK:SHEET and the Excel row', () => {
    expect(book.dataQuality.warnings.map((w) => [w.file, w.line, w.code])).toEqual([
      [`${BOOK}:Relationer`, 8, 'duplicate-tie'],
      [`${BOOK}:Relationer`, 9, 'empty-tie-type'],
    ]);
  });
  it('--sheet and --actors-sheet choose sheets; a missing one lists the sheets', () => {
    const run = tuff(['analyse', BOOK, '--sheet', 'nope']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`tuff: ${BOOK}: --sheet "nope": the workbook has no such sheet; sheets found: "README", "Relationer", "Aktører"\n`);
    const same = tuff(['analyse', BOOK, '--actors-sheet', 'relationer']);
    expect(same.status).toBe(2);
    expect(same.stderr).toBe(`tuff: ${BOOK}: the sheet "Relationer" cannot be both the ties and the actors\n`);
    const chosen = json(['fixtures/input/xlsx-missing-sheet/data.xlsx', '--sheet', 'ark2']);
    expect(chosen.input['sheets']).toEqual({ ties: 'Ark2', actors: null });
    const csv = tuff(['analyse', 'fixtures/input/danish-excel', '--sheet', 'x']);
    expect(csv.status).toBe(2);
    expect(csv.stderr).toMatch(/^tuff: --sheet applies to an Excel workbook/);
  });
  it('a bad cell is FILE:SHEET!CELL, exit 2', () => {
    const run = tuff(['analyse', 'fixtures/input/xlsx-bad-weight']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('tuff: fixtures/input/xlsx-bad-weight/ties.xlsx:ties!C4: weight "stærk" is not a number\n');
  });
});

describe('other shapes in a workbook', () => {
  it('a matrix sheet is read as the CSV matrix is', () => {
    const book = json(['fixtures/input/xlsx-matrix/matrix.xlsx']);
    // The CSV matrix alone (its folder's actors.csv would be read beside it): the workbook has no actors sheet.
    const alone = mkdtempSync(path.join(tmpdir(), 'tuff-matrix-'));
    copyFileSync('fixtures/input/matrix-danish/ties.csv', path.join(alone, 'matrix.csv'));
    const csv = json([path.join(alone, 'matrix.csv')]);
    rmSync(alone, { recursive: true, force: true });
    expect(book.input).toMatchObject({ shape: 'matrix', format: 'xlsx', matrix: { actors: 7, symmetric: true } });
    expect(book.summary).toEqual(csv.summary);
    expect(book.actors).toEqual(csv.actors);
  });
  it('a .csv that is really a workbook is read as one, with a notice', () => {
    const run = tuff(['analyse', 'fixtures/input/excel-xlsx', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('tuff: warning: fixtures/input/excel-xlsx/ties.csv: this file is an Excel workbook (.xlsx), not a CSV file, whatever its name: read as a workbook\n');
    expect((JSON.parse(run.stdout) as Json).input['format']).toBe('xlsx');
  });
});

describe('workbooks tuff refuses, in seconds', () => {
  it('a damaged workbook', () => {
    const file = path.join(scratch, 'damaged.xlsx');
    const bytes = readFileSync(BOOK);
    writeFileSync(file, bytes.subarray(0, 1000));
    const run = tuff(['analyse', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^tuff: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: is not a readable Excel workbook`));
  });
  it('a workbook whose sheets unpack to more than 200 MiB, before unpacking', () => {
    const file = path.join(scratch, 'bomb.xlsx');
    writeFileSync(file, zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(201 * 1024 * 1024) }, { level: 9 }));
    const started = Date.now();
    const run = tuff(['analyse', file]);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`tuff: ${file}: the workbook unpacks to more than 200 MiB of sheets, the most tuff reads (save the sheets as CSV instead)\n`);
  });
});

describe('batch and compare read workbooks', () => {
  it('batch: a folder of workbooks is one network per workbook', () => {
    const folder = path.join(scratch, 'books');
    mkdirSync(folder);
    copyFileSync(BOOK, path.join(folder, 'a.xlsx'));
    copyFileSync('fixtures/input/xlsx-matrix/matrix.xlsx', path.join(folder, 'b.xlsx'));
    const out = path.join(scratch, 'batch-out');
    const run = tuff(['batch', folder, '--out', out, '--threads', '1']);
    expect(run.status, run.stderr).toBe(0);
    const summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8')) as { networks: { name: string; status: string }[] };
    expect(summary.networks.map((n) => [n.name, n.status])).toEqual([['a', 'ok'], ['b', 'ok']]);
  });
  it('batch: a folder holding one workbook is one network', () => {
    const out = path.join(scratch, 'batch-one');
    const run = tuff(['batch', 'fixtures/input/xlsx-workbook', '--out', out, '--threads', '1']);
    expect(run.status, run.stderr).toBe(0);
    const summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8')) as { networks: { status: string }[] };
    expect(summary.networks.map((n) => n.status)).toEqual(['ok']);
  });
  it('compare: a workbook against its CSV twin changes nothing', () => {
    const run = tuff(['compare', 'fixtures/input/tie-types', BOOK, '--format', 'json', '--threads', '1']);
    expect(run.status, run.stderr).toBe(0);
  });
});
