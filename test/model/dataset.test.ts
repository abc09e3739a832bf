/**
 * model/dataset: cross-file policies (unknown actors, one-file attributes),
 * final order, and the groupBy choice. Inputs are inline tables.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readActors } from '../../src/model/actors.js';
import { buildAliases } from '../../src/model/columns.js';
import { chooseGroupBy, combineDataset } from '../../src/model/dataset.js';
import { createIdNormaliser } from '../../src/model/ids.js';
import type { Table } from '../../src/model/table.js';
import { readTies } from '../../src/model/ties.js';
import type { DataWarning } from '../../src/types.js';

const aliases = buildAliases();

function table(header: string[], ...rows: string[][]): Table {
  return { header, headerLine: 1, rows: rows.map((fields, i) => ({ line: i + 2, fields })) };
}

function combine(ties: Table, actors: Table | null) {
  const warnings: DataWarning[] = [];
  const normaliseId = createIdNormaliser(warnings);
  const a = actors === null ? null : readActors(actors, 'a.csv', { aliases, normaliseId, warnings });
  const t = readTies(ties, 't.csv', { aliases, duplicates: 'sum', decimalComma: false, normaliseId, warnings });
  const combined = combineDataset({ ties: t, tiesFile: 't.csv', actors: a, actorsFile: actors === null ? null : 'a.csv', warnings });
  return { ...combined, warnings: warnings.map((w) => [w.file, w.line, w.code]) };
}

function combineError(ties: Table, actors: Table | null): InputError {
  try {
    combine(ties, actors);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('combineDataset', () => {
  it('sorts actors by id and ties by (source, target) in code-unit order', () => {
    const r = combine(table(['source', 'target'], ['2', '10'], ['b', 'B'], ['10', '010']), null);
    expect(r.actors.map((a) => a.id)).toEqual(['010', '10', '2', 'B', 'b']);
    expect(r.ties.map((t) => [t.source, t.target])).toEqual([['010', '10'], ['10', '2'], ['B', 'b']]);
    // b and B differ only by case: two actors, with a "did you mean" (issue 15).
    expect(r.warnings).toEqual([['t.csv', 3, 'id-case-variant']]);
  });

  it('adds an actor missing from the actors file, with a warning at the line first naming it', () => {
    const r = combine(table(['source', 'target'], ['A', 'B'], ['B', 'X'], ['X', 'A']), table(['id', 'sector'], ['A', 'civil'], ['B', 'privat'], ['I', 'civil']));
    expect(r.actors).toEqual([
      { id: 'A', label: null, sector: 'civil', attributes: {} },
      { id: 'B', label: null, sector: 'privat', attributes: {} },
      { id: 'I', label: null, sector: 'civil', attributes: {} },
      { id: 'X', label: null, sector: null, attributes: {} },
    ]);
    expect(r.warnings).toEqual([['t.csv', 3, 'unknown-actor']]);
    expect(r.groupColumns).toEqual(['sector']);
  });

  it('fills actors from one-file attribute columns', () => {
    const r = combine(table(['fra', 'til', 'fra_sektor', 'til_sektor', 'source_label', 'target_Club'], ['K', 'F', 'offentlig', 'civil', 'Kommunen', 'x'], ['F', 'P', 'civil', '', '', 'y']), null);
    expect(r.actors).toEqual([
      { id: 'F', label: null, sector: 'civil', attributes: { Club: 'x' } },
      { id: 'K', label: 'Kommunen', sector: 'offentlig', attributes: {} },
      { id: 'P', label: null, sector: null, attributes: { Club: 'y' } },
    ]);
    expect(r.groupColumns).toEqual(['sector', 'Club']);
  });

  it('refuses one-file values that disagree, naming both lines', () => {
    const error = combineError(table(['source', 'target', 'source_sector', 'target_sector'], ['A', 'B', 'civil', 'privat'], ['C', 'D', 'x', 'y'], ['B', 'C', 'offentlig', 'x']), null);
    expect([error.file, error.line]).toEqual(['t.csv', 4]);
    expect(error.detail).toMatch(/\b2\b/);
  });

  it('lets the actors file win over one-file values, with one warning per actor and attribute', () => {
    const r = combine(
      table(
        ['source', 'target', 'source_sector', 'target_club'],
        ['A', 'B', 'civil', 'Rød'],
        ['B', 'C', 'offentlig', 'x'],
        ['C', 'A', '', 'Blå'],
        ['B', 'D', 'borger', ''],
      ),
      table(['id', 'sector', 'Club'], ['A', 'civil', ''], ['B', 'privat', 'Rød'], ['C', '', ''], ['D', '', '']),
    );
    expect(r.warnings).toEqual([['t.csv', 3, 'attribute-conflict']]);
    expect(r.actors.map((a) => [a.id, a.sector, a.attributes])).toEqual([
      ['A', 'civil', { Club: 'Blå' }],
      ['B', 'privat', { Club: 'Rød' }],
      ['C', null, { Club: 'x' }],
      ['D', null, {}],
    ]);
  });

  it('refuses a network with no actors at all', () => {
    expect(combineError(table(['source', 'target']), null).line).toBeNull();
    expect(combineError(table(['source', 'target'], ['', 'B']), null).file).toBe('t.csv');
    expect(combineError(table(['source', 'target']), table(['id'])).file).toBe('t.csv');
  });

  it('accepts a header-only ties file when the actors file lists actors (all isolates)', () => {
    const r = combine(table(['source', 'target']), table(['id'], ['A'], ['B']));
    expect(r.actors.map((a) => a.id)).toEqual(['A', 'B']);
    expect(r.ties).toEqual([]);
  });
});

describe('chooseGroupBy', () => {
  it('matches case-insensitively and through the aliases, giving the stored key', () => {
    const columns = ['sector', 'Club', 'vulnerable'];
    expect(chooseGroupBy('sektor', columns, aliases)).toBe('sector');
    expect(chooseGroupBy('TYPE', columns, aliases)).toBe('sector');
    expect(chooseGroupBy('club', columns, aliases)).toBe('Club');
    expect(chooseGroupBy(' Sårbar ', columns, aliases)).toBe('vulnerable');
    expect(chooseGroupBy('label', columns, aliases)).toBeUndefined();
    expect(chooseGroupBy('kommune', columns, aliases)).toBeUndefined();
  });
});
