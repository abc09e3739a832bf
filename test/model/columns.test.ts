/**
 * model/columns: header aliases (report-schema.md "Input"), one-file attribute
 * columns, and the header errors.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  buildAliases,
  canonicalColumn,
  resolveActorsColumns,
  resolveTiesColumns,
} from '../../src/model/columns.js';

const aliases = buildAliases();

function headerError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('canonicalColumn', () => {
  it('maps every alias of the schema, case-insensitively after trimming', () => {
    const expected: Record<string, string> = {
      source: 'source', from: 'source', fra: 'source', kilde: 'source',
      target: 'target', to: 'target', til: 'target', mål: 'target',
      weight: 'weight', strength: 'weight', styrke: 'weight', vægt: 'weight',
      id: 'id', aktør: 'id', actor: 'id',
      label: 'label', name: 'label', navn: 'label',
      sector: 'sector', sektor: 'sector', type: 'sector',
      vulnerable: 'vulnerable', sårbar: 'vulnerable',
    };
    for (const [header, canonical] of Object.entries(expected)) {
      expect(canonicalColumn(header, aliases)).toBe(canonical);
      expect(canonicalColumn(`  ${header.toUpperCase()} `, aliases)).toBe(canonical);
    }
  });

  it('matches decomposed (NFD) Danish letters', () => {
    expect(canonicalColumn('Ma\u030al', aliases)).toBe('target');
    expect(canonicalColumn('Sa\u030arbar', aliases)).toBe('vulnerable');
  });

  it('keeps other headers as written (trimmed) and lets meta.json aliases add and override', () => {
    expect(canonicalColumn(' Club ', aliases)).toBe('Club');
    const extra = buildAliases({ Kommune: 'municipality', type: 'kind', Partner: 'ID' });
    expect(canonicalColumn('kommune', extra)).toBe('municipality');
    expect(canonicalColumn('Type', extra)).toBe('kind');
    expect(canonicalColumn('partner', extra)).toBe('id');
    expect(canonicalColumn('fra', extra)).toBe('source');
  });
});

describe('resolveTiesColumns', () => {
  it('finds source, target, weight and the one-file attribute columns', () => {
    const columns = resolveTiesColumns(['Fra', 'Til', 'Styrke', 'fra_sektor', 'til_sektor', 'source_Club', 'note'], 't.csv', 1, aliases);
    expect([columns.source, columns.target, columns.weight]).toEqual([0, 1, 2]);
    expect(columns.attributes).toEqual([
      { side: 'source', key: 'sector', index: 3 },
      { side: 'target', key: 'sector', index: 4 },
      { side: 'source', key: 'Club', index: 5 },
    ]);
    expect(columns.written).toEqual({
      source: 'Fra', target: 'Til', weight: 'Styrke', source_sector: 'fra_sektor', target_sector: 'til_sektor', source_Club: 'source_Club',
    });
  });

  it('has no weight column when none is named, and ignores unnamed columns', () => {
    const columns = resolveTiesColumns(['source', 'target', '', ' '], 't.csv', 1, aliases);
    expect(columns.weight).toBeNull();
    expect(columns.lastNamed).toBe(1);
  });

  it('refuses a missing source or target column at the header line', () => {
    const error = headerError(() => resolveTiesColumns(['source', 'weight'], 't.csv', 3, aliases));
    expect([error.file, error.line]).toEqual(['t.csv', 3]);
    expect(error.detail).toContain('"weight"'); // lists the columns found
    expect(headerError(() => resolveTiesColumns(['til', 'weight'], 't.csv', 1, aliases)).line).toBe(1);
  });

  it('refuses two headers meaning the same column', () => {
    const error = headerError(() => resolveTiesColumns(['source', 'target', 'fra'], 't.csv', 1, aliases));
    expect([error.file, error.line]).toEqual(['t.csv', 1]);
    expect(headerError(() => resolveTiesColumns(['a', 'b', 'source_sector', 'fra_sektor'], 'x', 1, buildAliases({ a: 'source', b: 'target' }))).line).toBe(1);
  });
});

describe('resolveActorsColumns', () => {
  it('finds id, label, sector and keeps every other named column as an attribute', () => {
    const columns = resolveActorsColumns(['Aktør', 'Navn', 'Sektor', 'Sårbar', 'Club', ''], 'a.csv', 1, aliases);
    expect([columns.id, columns.label, columns.sector]).toEqual([0, 1, 2]);
    expect(columns.attributes).toEqual([{ key: 'vulnerable', index: 3 }, { key: 'Club', index: 4 }]);
    expect(columns.written).toEqual({ id: 'Aktør', label: 'Navn', sector: 'Sektor', vulnerable: 'Sårbar', Club: 'Club' });
  });

  it('refuses a missing id column and duplicate attribute columns', () => {
    expect(headerError(() => resolveActorsColumns(['name', 'sector'], 'a.csv', 1, aliases)).line).toBe(1);
    expect(headerError(() => resolveActorsColumns(['id', 'Club', 'club'], 'a.csv', 2, aliases)).line).toBe(2);
  });
});
