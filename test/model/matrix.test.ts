/**
 * model/matrix and model/workbook on inline tables: recognition, the edge
 * list a matrix becomes, and Excel's A1 cell names.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { looksLikeMatrix, readMatrix } from '../../src/model/matrix.js';
import type { Table } from '../../src/model/table.js';
import { cellRef, chooseSheets, sheetToTable } from '../../src/model/workbook.js';

const table = (header: string[], ...rows: string[][]): Table => ({ header, headerLine: 1, rows: rows.map((fields, i) => ({ line: i + 2, fields })) });

describe('looksLikeMatrix', () => {
  it('an empty top-left cell, or the same ids in the first row and column', () => {
    expect(looksLikeMatrix(table(['', 'A', 'B'], ['A', '0', '1'], ['B', '1', '0']))).toBe(true);
    expect(looksLikeMatrix(table(['id', 'B', 'A'], ['A', '0', '1'], ['B', '1', '0']))).toBe(true);
    expect(looksLikeMatrix(table(['id', 'label'], ['A', 'x']))).toBe(false);
    expect(looksLikeMatrix(table(['id', 'A', 'B'], ['A', '0', '1'], ['C', '1', '0']))).toBe(false);
  });
});

describe('readMatrix', () => {
  it('a symmetric matrix: each pair once, from the earlier row; the diagonal a self-loop row', () => {
    const m = readMatrix(table(['', 'A', 'B', 'C'], ['A', '1', '2', ''], ['B', '2', '0', '0,5'], ['C', '', '0,5', '0']), 'm.csv', true);
    expect(m.symmetric).toBe(true);
    expect(m.directed).toBe(false);
    expect(m.weighted).toBe(true);
    expect(m.table.rows.map((r) => [r.line, ...r.fields])).toEqual([[2, 'A', 'A', '1'], [2, 'A', 'B', '2'], [3, 'B', 'C', '0.5']]);
  });
  it('an asymmetric matrix: every cell an arc; said undirected, a differing pair is two rows', () => {
    const t = table(['', 'A', 'B'], ['A', '0', '1'], ['B', '0', '0']);
    const arcs = readMatrix(t, 'm.csv', false);
    expect([arcs.symmetric, arcs.directed, arcs.weighted]).toEqual([false, true, false]);
    expect(arcs.firstAsymmetry).toEqual({ row: 'A', column: 'B', line: 2 });
    expect(arcs.table.rows.map((r) => r.fields)).toEqual([['A', 'B']]);
    const u = readMatrix(table(['', 'A', 'B'], ['A', '0', '2'], ['B', '3', '0']), 'm.csv', false, false);
    expect(u.table.rows.map((r) => r.fields)).toEqual([['A', 'B', '2'], ['B', 'A', '3']]);
  });
  it('errors name the line and, for a cell, its column', () => {
    const error = (t: Table): InputError => {
      try {
        readMatrix(t, 'm.csv', true);
      } catch (e) {
        return e as InputError;
      }
      throw new Error('no error');
    };
    const cell = error(table(['', 'A', 'B'], ['A', '0', 'ja'], ['B', '1', '0']));
    expect([cell.line, cell.column, cell.detail]).toEqual([2, 2, 'the cell in row "A", column "B" is "ja", not a number (0 or empty = no tie)']);
    expect(error(table(['', 'A', 'A'], ['A', '0', '1'])).detail).toBe('the actor id "A" heads two columns (2 and 3)');
    expect(error(table(['', 'A', 'B'], ['A', '0', '1'], ['A', '1', '0'])).detail).toBe('the actor id "A" heads two rows (lines 2 and 3)');
    expect(error(table(['', 'A', 'B'], ['A', '0', '1', '1'], ['B', '1', '0'])).line).toBe(2);
  });
});

describe('workbook sheets', () => {
  it('cellRef is Excel\'s A1 notation', () => {
    expect([cellRef(0, 1), cellRef(2, 4), cellRef(25, 9), cellRef(26, 1), cellRef(701, 2), cellRef(702, 3)]).toEqual(['A1', 'C4', 'Z9', 'AA1', 'ZZ2', 'AAA3']);
  });
  it('a sheet becomes a Table at its Excel rows: the first non-empty row is the header, numbers are numbers', () => {
    const t = sheetToTable({ name: 'ties', rows: [[null, null], ['fra', 'til', 'styrke'], [null], ['A', 'B', 2.5], ['B', 'C', true]] }, 'b.xlsx:ties');
    expect(t.headerLine).toBe(2);
    expect(t.rows).toEqual([{ line: 4, fields: ['A', 'B', '2.5'] }, { line: 5, fields: ['B', 'C', 'true'] }]);
  });
  it('sheets are found by name, else the only data sheet', () => {
    const s = (name: string) => ({ name, rows: [] });
    expect(chooseSheets([s('README'), s('Netværk'), s('Aktører')], 'b', undefined, undefined)).toEqual({ ties: s('Netværk'), actors: s('Aktører') });
    expect(chooseSheets([s('Læs mig'), s('Ark1')], 'b', undefined, undefined)).toEqual({ ties: s('Ark1'), actors: null });
    expect(() => chooseSheets([s('Ark1'), s('Ark2')], 'b', undefined, undefined)).toThrow('sheets found: "Ark1", "Ark2"');
  });
});
