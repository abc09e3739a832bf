/**
 * End-to-end: adjacency matrices through the built binary, against the
 * networkx oracles of fixtures/input/matrix-danish (symmetric, weighted,
 * Danish Excel) and fixtures/input/matrix-asymmetric (directed 0/1); how a
 * matrix is recognised; --matrix; the errors.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tuff } from '../helpers/exec.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'tuff-matrix-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const load = (fixture: string) => JSON.parse(readFileSync(path.join('fixtures/input', fixture, 'expected.json'), 'utf8')) as {
  summary: Record<string, number>;
  actors: Record<string, Record<string, number>>;
};
type Json = { input: Record<string, unknown>; summary: Record<string, number>; actors: Record<string, Record<string, number>>; dataQuality: { warnings: { code: string; line: number; message: string }[] } };

function analyse(args: string[]): { report: Json; stderr: string } {
  const run = tuff(['analyse', ...args, '--format', 'json']);
  expect(run.status, run.stderr).toBe(0);
  return { report: JSON.parse(run.stdout) as Json, stderr: run.stderr };
}

function expectMetrics(report: Json, expected: ReturnType<typeof load>): void {
  for (const [key, value] of Object.entries(expected.summary)) expect(report.summary[key], key).toBeCloseTo(value, 12);
  for (const [id, metrics] of Object.entries(expected.actors)) {
    for (const [key, value] of Object.entries(metrics)) expect(report.actors[id]![key], `${id}.${key}`).toBeCloseTo(value, 9);
  }
}

describe('a symmetric matrix saved by Danish Excel', () => {
  it('is recognised, read with decimal commas and empty cells = 0, and matches networkx', () => {
    const { report, stderr } = analyse(['fixtures/input/matrix-danish']);
    expect(stderr).toBe('');
    expect(report.input['shape']).toBe('matrix');
    expect(report.input['matrix']).toEqual({ actors: 7, symmetric: true });
    expect(report.input['weighted']).toBe(true);
    expect(report.input['directed']).toBeUndefined();
    expectMetrics(report, load('matrix-danish'));
  });
  it('an edge list says it is one', () => {
    expect(analyse(['fixtures/input/danish-excel']).report.input['shape']).toBe('edge-list');
  });
});

describe('an asymmetric matrix is directed data', () => {
  it('is read as who names whom, row → column, and said so', () => {
    const { report, stderr } = analyse(['fixtures/input/matrix-asymmetric']);
    expect(report.input['directed']).toBe(true);
    expect(report.input['matrix']).toEqual({ actors: 5, symmetric: false });
    expect(report.input['weighted']).toBe(false);
    expect(stderr).toBe(
      'tuff: warning: fixtures/input/matrix-asymmetric/ties.csv:2: the matrix is not symmetric (row "A", column "C" differs from row "C", column "A"): ' +
        'read as directed answers, row → column (each row is what its actor reports); the undirected measures use the symmetrised network\n',
    );
    expectMetrics(report, load('matrix-asymmetric'));
  });
  it('said to be undirected (meta.json "directed": false), each pair\'s two cells are merged by --duplicates', () => {
    const dir = path.join(scratch, 'undirected');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'ties.csv'), ';A;B;C\n A;0;2;1\nB;3;0;0\nC;1;0;0\n');
    writeFileSync(path.join(dir, 'meta.json'), '{"directed": false}\n');
    const { report } = analyse([dir, '--duplicates', 'max']);
    expect(report.input['directed']).toBeUndefined();
    expect(report.summary['ties']).toBe(2);
    expect(report.actors['B']!['strength']).toBe(3);
    expect(report.dataQuality.warnings.map((w) => [w.line, w.code])).toEqual([[2, 'asymmetric-matrix'], [3, 'duplicate-tie']]);
  });
});

describe('--matrix and what is not a matrix', () => {
  it('--matrix reads a matrix whose top-left cell is a label and whose rows are in another order', () => {
    const file = path.join(scratch, 'named.csv');
    writeFileSync(file, 'aktør,B,A,C\nA,1,0,0\nB,0,1,1\nC,1,0,0\n');
    const { report } = analyse([file, '--matrix']);
    expect(report.input['shape']).toBe('matrix');
    expect(report.summary['ties']).toBe(2);
    expect(report.dataQuality.warnings).toEqual([]);
  });
  it('a matrix with a label top-left but the same ids is recognised without --matrix', () => {
    const file = path.join(scratch, 'same-ids.csv');
    writeFileSync(file, 'id;A;B\nA;0;1\nB;1;0\n');
    expect(analyse([file]).report.input['shape']).toBe('matrix');
  });
  it('an edge list with --matrix is exit 2 naming the first row id that is no column id', () => {
    const run = tuff(['analyse', 'fixtures/input/danish-excel', '--matrix']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^tuff: fixtures\/input\/danish-excel\/ties\.csv:2: the row id ".*" is not among the column ids/);
  });
  it('a negative cell is exit 2 naming its row and column', () => {
    const file = path.join(scratch, 'negative.csv');
    writeFileSync(file, ';A;B\nA;0;-1\nB;1;0\n');
    const run = tuff(['analyse', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`tuff: ${file}:2: the cell in row "A", column "B" is negative (-1): a tie weight is positive, 0 = no tie\n`);
  });
  it('a column id without a row is exit 2 at the header', () => {
    const file = path.join(scratch, 'missing-row.csv');
    writeFileSync(file, ';A;B;C\nA;0;1;0\nB;1;0;0\n');
    const run = tuff(['analyse', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`tuff: ${file}:1: the column ids "C" have no row: a matrix has one row per column, the same actors in the same order or not\n`);
  });
});

describe('batch and compare read matrices too', () => {
  it('batch', () => {
    const out = path.join(scratch, 'batch');
    const run = tuff(['batch', 'fixtures/input/matrix-danish', 'fixtures/input/matrix-asymmetric', '--out', out, '--threads', '1']);
    expect(run.status).toBe(0);
    const summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8')) as { networks: { report: string; status: string }[] };
    expect(summary.networks.map((n) => n.status)).toEqual(['ok', 'ok']);
  });
  it('compare', () => {
    const run = tuff(['compare', 'fixtures/input/matrix-danish', 'fixtures/input/matrix-danish', '--format', 'json', '--threads', '1']);
    expect(run.status).toBe(0);
  });
});
