/**
 * model/actors: the actors table → actors, on inline tables.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readActors } from '../../src/model/actors.js';
import { buildAliases } from '../../src/model/columns.js';
import { createIdNormaliser } from '../../src/model/ids.js';
import type { Table } from '../../src/model/table.js';
import type { DataWarning } from '../../src/types.js';

function table(header: string[], ...rows: string[][]): Table {
  return { header, headerLine: 1, rows: rows.map((fields, i) => ({ line: i + 2, fields })) };
}

function read(t: Table) {
  const warnings: DataWarning[] = [];
  const result = readActors(t, 'a.csv', { aliases: buildAliases(), normaliseId: createIdNormaliser(warnings), warnings });
  return { actors: [...result.actors.values()], warnings: warnings.map((w) => [w.file, w.line, w.code]) };
}

describe('readActors', () => {
  it('reads id, label, sector and attributes; empty cells are null or left out; values stay strings', () => {
    const r = read(table(['id', 'navn', 'sektor', 'sårbar', 'Club'], ['K01', ' Kommunen ', 'offentlig', 'nej', ''], ['F01', '', '', 'JA', '1']));
    expect(r.actors).toEqual([
      { actor: { id: 'K01', label: 'Kommunen', sector: 'offentlig', attributes: { vulnerable: 'nej' } }, line: 2 },
      { actor: { id: 'F01', label: null, sector: null, attributes: { vulnerable: 'JA', Club: '1' } }, line: 3 },
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('refuses a repeated id, naming both lines', () => {
    try {
      read(table(['id', 'label'], ['A', 'x'], ['B', 'y'], [' A', 'z']));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      const e = error as InputError;
      expect([e.file, e.line]).toEqual(['a.csv', 4]);
      expect(e.detail).toMatch(/\b2\b/);
    }
  });

  it('skips a row with an empty id and reports ids changed by trimming', () => {
    const r = read(table(['id', 'label'], [' ', 'Nobody'], ['A ', 'Anna']));
    expect(r.actors.map((a) => a.actor.id)).toEqual(['A']);
    expect(r.warnings).toEqual([['a.csv', 2, 'empty-id'], ['a.csv', 3, 'id-normalised']]);
  });

  it('keeps a column named __proto__ as a plain attribute', () => {
    const r = read(table(['id', '__proto__'], ['A', 'x']));
    expect(Object.keys(r.actors[0]!.actor.attributes)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(r.actors[0]!.actor.attributes)).toBe(Object.prototype);
  });

  it('refuses a row with too few fields', () => {
    expect(() => read(table(['id', 'label', 'sector'], ['A', 'x']))).toThrow(InputError);
  });
});
