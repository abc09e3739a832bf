/**
 * model/ties: the per-row policies of report-schema.md "Input" on inline tables.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { buildAliases } from '../../src/model/columns.js';
import { createIdNormaliser } from '../../src/model/ids.js';
import type { Table } from '../../src/model/table.js';
import { type DuplicatePolicy, parseWeight, readTies } from '../../src/model/ties.js';
import type { DataWarning } from '../../src/types.js';

function table(header: string[], ...rows: string[][]): Table {
  return { header, headerLine: 1, rows: rows.map((fields, i) => ({ line: i + 2, fields })) };
}

function read(t: Table, options: { duplicates?: DuplicatePolicy; decimalComma?: boolean } = {}) {
  const warnings: DataWarning[] = [];
  const result = readTies(t, 't.csv', {
    aliases: buildAliases(),
    duplicates: options.duplicates ?? 'sum',
    decimalComma: options.decimalComma ?? false,
    normaliseId: createIdNormaliser(warnings),
    warnings,
  });
  return { ...result, warnings: warnings.map((w) => [w.line, w.code]) };
}

function readError(t: Table, decimalComma = false): InputError {
  try {
    read(t, { decimalComma });
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('parseWeight', () => {
  it('reads positive finite numbers, a decimal comma only when allowed', () => {
    const good: [string, boolean, number][] = [
      ['2', false, 2], [' 4.5 ', false, 4.5], ['.5', false, 0.5], ['1e3', false, 1000], ['+2', false, 2], ['3.', false, 3],
      ['2,5', true, 2.5], ['0,75', true, 0.75], ['4', true, 4], ['1.5', true, 1.5], ['1e-300', false, 1e-300],
    ];
    for (const [raw, comma, value] of good) expect(parseWeight(raw, comma)).toBe(value);
  });

  it('gives a reason for everything that is not a positive finite number', () => {
    const bad: [string, boolean][] = [
      ['0', false], ['0,0', true], ['-1', false], ['-2,5', true], ['Infinity', false], ['-Infinity', false], ['1e999', false],
      ['NaN', false], ['stærk', false], ['', false], ['  ', true], ['2,5', false], ['1.234,5', true], ['1,234,5', true],
      ['0x10', false], ['1e-400', false], ['1 000', false], ['2.5.1', false],
    ];
    for (const [raw, comma] of bad) {
      const reason = parseWeight(raw, comma);
      expect(typeof reason === 'object' ? reason.code : reason, `${raw} (${comma})`).toMatch(/^weight-/);
    }
  });
});

describe('readTies', () => {
  it('turns rows into undirected ties with source < target and records first mentions', () => {
    const r = read(table(['fra', 'til', 'styrke'], ['B', 'A', '2,5'], ['B', 'C', '1']), { decimalComma: true });
    expect(r.ties).toEqual([{ source: 'A', target: 'B', weight: 2.5 }, { source: 'B', target: 'C', weight: 1 }]);
    expect([...r.mentioned]).toEqual([['B', 2], ['A', 2], ['C', 3]]);
    expect(r.weighted).toBe(true);
    expect(r.warnings).toEqual([]);
  });

  it('gives weight 1 and weighted false without a weight column', () => {
    const r = read(table(['source', 'target'], ['A', 'B']));
    expect(r.ties).toEqual([{ source: 'A', target: 'B', weight: 1 }]);
    expect(r.weighted).toBe(false);
  });

  it('merges a repeated tie in either direction by the duplicates policy', () => {
    const rows: string[][] = [['A', 'B', '2'], ['B', 'C', '1'], ['B', 'A', '5'], ['A', 'B', '1']];
    const t = table(['source', 'target', 'weight'], ...rows);
    const weightAB = (p: DuplicatePolicy) => read(t, { duplicates: p }).ties.find((x) => x.source === 'A')!.weight;
    expect(weightAB('sum')).toBe(8);
    expect(weightAB('max')).toBe(5);
    expect(weightAB('first')).toBe(2);
    expect(read(t).warnings).toEqual([[4, 'duplicate-tie'], [5, 'duplicate-tie']]);
    expect(read(t).ties).toHaveLength(2);
  });

  it('merges unweighted duplicates into one tie of weight 1', () => {
    const r = read(table(['source', 'target'], ['A', 'B'], ['B', 'A']));
    expect(r.ties).toEqual([{ source: 'A', target: 'B', weight: 1 }]);
    expect(r.warnings).toEqual([[3, 'duplicate-tie']]);
  });

  it('drops a self-loop but keeps its actor', () => {
    const r = read(table(['source', 'target'], ['A', 'B'], ['C', 'C']));
    expect(r.ties).toEqual([{ source: 'A', target: 'B', weight: 1 }]);
    expect(r.mentioned.has('C')).toBe(true);
    expect(r.warnings).toEqual([[3, 'self-loop']]);
  });

  it('skips a row with an empty source or target, weight unread', () => {
    const r = read(table(['source', 'target', 'weight'], ['', 'B', 'x'], ['A', '  ', '1'], ['A', 'B', '1']));
    expect(r.ties).toEqual([{ source: 'A', target: 'B', weight: 1 }]);
    expect([...r.mentioned.keys()]).toEqual(['A', 'B']);
    expect(r.warnings).toEqual([[2, 'empty-endpoint'], [3, 'empty-endpoint']]);
  });

  it('trims and NFC-normalises ids, reporting each changed id once; "10" and "010" stay apart', () => {
    const r = read(table(['source', 'target'], [' A', 'Cafe\u0301'], ['A ', 'Café'], ['10', '010'], ['Cafe\u0301', '10']));
    expect(r.ties.map((t) => [t.source, t.target])).toEqual([['A', 'Café'], ['010', '10'], ['10', 'Café']]);
    expect(r.warnings).toEqual([[2, 'id-normalised'], [2, 'id-normalised'], [3, 'duplicate-tie']]);
  });

  it('collects source_/target_ attribute values, trimmed, empty cells left out', () => {
    const r = read(table(['source', 'target', 'source_sector', 'til_sektor'], ['A', 'B', ' civil ', ''], ['B', 'B', 'privat', 'privat']));
    expect(r.endpointValues.map((v) => [v.id, v.key, v.value, v.line])).toEqual([
      ['A', 'sector', 'civil', 2],
      ['B', 'sector', 'privat', 3],
      ['B', 'sector', 'privat', 3],
    ]);
  });

  it('refuses a weight that is not a positive finite number, at its line', () => {
    for (const bad of ['0', '-1', 'Infinity', '1e999', 'NaN', 'tekst', '']) {
      const error = readError(table(['source', 'target', 'weight'], ['A', 'B', '1'], ['B', 'C', bad]));
      expect([error.file, error.line]).toEqual(['t.csv', 3]);
    }
    expect(readError(table(['source', 'target', 'weight'], ['A', 'B', '1.234,5']), true).line).toBe(2);
  });

  it('refuses a row with too few fields, or extra fields that are not empty', () => {
    expect(readError(table(['source', 'target', 'weight'], ['A', 'B', '1'], ['B', 'C'])).line).toBe(3);
    expect(readError(table(['source', 'target'], ['A', 'B', 'x'])).line).toBe(2);
    expect(read(table(['source', 'target'], ['A', 'B', '', ' '])).ties).toHaveLength(1);
    expect(read(table(['source', 'target', ''], ['A', 'B'])).ties).toHaveLength(1);
  });
});

describe('a weight read as a distance', () => {
  const readDistance = (t: Table, duplicates: DuplicatePolicy) => {
    const warnings: DataWarning[] = [];
    const result = readTies(t, 't.csv', {
      aliases: buildAliases(),
      duplicates,
      decimalComma: true,
      normaliseId: createIdNormaliser(warnings),
      warnings,
      weightChoice: { name: 'frekvens', by: '--weight' },
      weightMeans: 'distance',
    });
    return { ties: result.ties.map((t) => [t.source, t.target, t.weight]), codes: warnings.map((w) => w.code) };
  };
  const t = table(['fra', 'til', 'frekvens', 'vægt'], ['A', 'B', '2', '9'], ['B', 'A', '4', '9'], ['B', 'C', '0,5', '9']);

  it('becomes the strength 1/d, merged on the strength scale', () => {
    // The built-in weight column (vægt) is not used when another is chosen, and is named as unused numbers.
    expect(readDistance(t, 'sum')).toEqual({ ties: [['A', 'B', 0.75], ['B', 'C', 2]], codes: ['unused-numeric-column', 'duplicate-tie'] });
    expect(readDistance(t, 'max').ties[0]).toEqual(['A', 'B', 0.5]);
    expect(readDistance(t, 'first').ties[0]).toEqual(['A', 'B', 0.5]);
  });
});
