/**
 * io/read-network: a path on disk → ReadResult. Every fixture in
 * fixtures/input against its hand-derived expectation (test/helpers/input-fixtures.ts),
 * the shared datasets in all their encodings against the independent loader,
 * groupBy resolution, file-system failures, and a hostile 50 MB field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InputError, UsageError } from '../../src/errors.js';
import { fsError, readNetwork, type ReadOptions } from '../../src/io/read-network.js';
import type { Dataset } from '../../src/types.js';
import { FIXTURE_CASES, INPUT_FIXTURES } from '../helpers/input-fixtures.js';
import { loadSharedDataset, sharedPath } from '../helpers/shared.js';

const fixture = (name: string): string => path.join(INPUT_FIXTURES, name);

function readError(input: string, options: ReadOptions = {}): InputError | UsageError {
  try {
    readNetwork(input, options);
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`expected ${input} to be refused`);
}

describe('fixtures/input', () => {
  it('has an expectation for every fixture folder', () => {
    expect(readdirSync(INPUT_FIXTURES).sort()).toEqual(Object.keys(FIXTURE_CASES).sort());
  });

  for (const [name, expected] of Object.entries(FIXTURE_CASES)) {
    if (expected.kind === 'error') {
      it(`${name}: InputError at ${expected.file || '(folder)'}:${expected.line ?? '-'}`, () => {
        const error = readError(fixture(name));
        expect(error).toBeInstanceOf(InputError);
        const e = error as InputError;
        expect([e.file, e.line]).toEqual([expected.file === '' ? fixture(name) : path.join(fixture(name), expected.file), expected.line]);
        expect(e.message.split('\n')).toHaveLength(1);
      });
    } else {
      it(`${name}: read with warnings ${expected.warnings.map((w) => w[2]).join(', ') || '(none)'}`, () => {
        const result = readNetwork(fixture(name), {});
        expect(result.warnings.map((w) => [w.file, w.line, w.code])).toEqual(
          expected.warnings.map(([file, line, code]) => [path.join(fixture(name), file), line, code]),
        );
        for (const w of result.warnings) expect(w.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      });
    }
  }
});

describe('what Danish Excel writes', () => {
  it('danish-excel: BOM, ;, CRLF, decimal comma, quoted ; and "" in ids, empty rows', () => {
    const result = readNetwork(fixture('danish-excel'), {});
    const expected: Dataset = {
      actors: [
        { id: 'B01', label: 'Borger', sector: 'borger', attributes: { vulnerable: 'ja' } },
        { id: 'Café "Torvet"', label: 'Café "Torvet", Torvet 1', sector: 'privat', attributes: { vulnerable: 'nej' } },
        { id: 'F01', label: 'Beboerforeningen', sector: 'civil', attributes: { vulnerable: 'ja' } },
        { id: 'Hansen & Søn; Tømrer', label: 'Hansen & Søn', sector: 'privat', attributes: {} },
        { id: 'K01', label: 'Søndervang Kommune – Områdefornyelse', sector: 'offentlig', attributes: { vulnerable: 'nej' } },
      ],
      ties: [
        { source: 'B01', target: 'K01', weight: 0.75 },
        { source: 'Café "Torvet"', target: 'F01', weight: 1 },
        { source: 'F01', target: 'K01', weight: 2.5 },
        { source: 'Hansen & Søn; Tømrer', target: 'K01', weight: 3 },
      ],
      weighted: true,
      groupBy: 'sector',
    };
    expect(result.dataset).toEqual(expected);
    expect(result.input).toEqual({
      ties: path.join(fixture('danish-excel'), 'ties.csv'),
      actors: path.join(fixture('danish-excel'), 'actors.csv'),
      groupBy: 'sector',
      weighted: true,
      weightMeans: 'strength',
      delimiter: ';',
      encoding: 'utf-8',
      columns: {
        source: 'fra', target: 'til', weight: 'styrke',
        'actors.id': 'id', 'actors.label': 'navn', 'actors.sector': 'sektor', 'actors.vulnerable': 'sårbar',
      },
      shape: 'edge-list',
      format: 'csv',
    });
  });

  it('danish-excel-cp1252: Windows-1252 ids and labels with – “ ” €', () => {
    const result = readNetwork(fixture('danish-excel-cp1252'), {});
    expect(result.input.encoding).toBe('windows-1252');
    expect(result.input.columns['actors.id']).toBe('aktør');
    expect(result.dataset.actors.map((a) => [a.id, a.label])).toEqual([
      ['Café Åen', 'Café Åen (€ 5 kaffe)'],
      ['Fælleshus', 'Fælleshuset “Ø”'],
      ['Ærø Kommune', 'Ærø Kommune – Teknik & Miljø'],
    ]);
    expect(result.dataset.ties.find((t) => t.target === 'Ærø Kommune' && t.source === 'Fælleshus')?.weight).toBe(2.5);
  });

  it('UTF-16 (Excel "Unicode-tekst": tab-separated, decimal comma), with or without BOM, LE or BE', () => {
    const unicodeText = readNetwork(fixture('utf16le-excel-unicode-text'), {});
    expect([unicodeText.input.encoding, unicodeText.input.delimiter]).toEqual(['utf-16le', '\t']);
    expect(unicodeText.dataset.ties).toEqual([
      { source: 'Klub', target: 'Skole', weight: 2 },
      { source: 'Kommune', target: 'Skole', weight: 1.5 },
    ]);
    for (const [name, encoding] of [['utf16le-no-bom', 'utf-16le'], ['utf16be-bom', 'utf-16be']] as const) {
      const result = readNetwork(fixture(name), {});
      expect(result.input.encoding).toBe(encoding);
      expect(result.dataset.actors.map((a) => a.id)).toEqual(['A', 'B', 'C']);
    }
  });

  it('one-file networks: source_sector/target_sector and fra_sektor/til_sektor give sectors and the default groupBy', () => {
    const english = readNetwork(fixture('one-file-sectors'), {});
    expect(english.dataset.actors.map((a) => [a.id, a.sector])).toEqual([['F01', 'civil'], ['K01', 'offentlig'], ['P01', 'privat']]);
    expect(english.input.groupBy).toBe('sector');
    expect(english.input.actors).toBeNull();
    const danish = readNetwork(fixture('one-file-danish'), {});
    expect(danish.dataset.actors).toEqual([
      { id: 'F01', label: 'Foreningen', sector: 'civil', attributes: {} },
      { id: 'K01', label: 'Kommunen', sector: 'offentlig', attributes: {} },
      { id: 'P01', label: null, sector: 'privat', attributes: {} },
    ]);
    expect(danish.input.columns).toEqual({
      source: 'fra', target: 'til', weight: 'styrke', source_sector: 'fra_sektor', target_sector: 'til_sektor', source_label: 'fra_navn',
    });
  });

  it('ids are strings: "10", "010" and "7" are three actors', () => {
    expect(readNetwork(fixture('leading-zero-ids'), {}).dataset.actors.map((a) => a.id)).toEqual(['010', '10', '7']);
  });
});

describe('the shared datasets', () => {
  const sondervang = loadSharedDataset('sondervang');

  it('sondervang reads as the independent loader reads it', () => {
    expect(readNetwork(sharedPath('sondervang'), {}).dataset).toEqual(sondervang);
  });

  it('sondervang-excel (UTF-8 BOM, ;, decimal comma, CRLF, Danish headers) gives the same Dataset', () => {
    const result = readNetwork(sharedPath('sondervang-excel'), {});
    expect(result.dataset).toEqual(sondervang);
    // Its Windows-1252 twins lie beside the files read: each is named, not silently skipped.
    expect(result.warnings.map((w) => [w.file, w.line, w.code])).toEqual(
      ['actors-cp1252.csv', 'ties-cp1252.csv'].map((f) => [path.join(sharedPath('sondervang-excel'), f), 0, 'file-not-read']),
    );
    expect([result.input.delimiter, result.input.encoding, result.input.groupBy]).toEqual([';', 'utf-8', 'sector']);
  });

  it('the Windows-1252 pair, actors given explicitly, gives the same Dataset', () => {
    const result = readNetwork(sharedPath('sondervang-excel', 'ties-cp1252.csv'), { actors: sharedPath('sondervang-excel', 'actors-cp1252.csv') });
    expect(result.dataset).toEqual(sondervang);
    expect(result.input.actors).toBe(sharedPath('sondervang-excel', 'actors-cp1252.csv'));
  });

  it('karate and florentine take groupBy from meta.json', () => {
    const karate = readNetwork(sharedPath('karate'), {});
    expect(karate.dataset).toEqual(loadSharedDataset('karate'));
    expect(karate.input.groupBy).toBe('club');
    const florentine = readNetwork(sharedPath('florentine'), {});
    expect(florentine.dataset).toEqual(loadSharedDataset('florentine'));
    expect([florentine.input.groupBy, florentine.input.weighted]).toEqual(['sector', false]);
  });
});

describe('groupBy', () => {
  it('is matched case-insensitively and alias-aware, stored as the attribute key', () => {
    expect(readNetwork(fixture('danish-excel'), { groupBy: 'SEKTOR' }).dataset.groupBy).toBe('sector');
    expect(readNetwork(fixture('danish-excel'), { groupBy: 'sårbar' }).dataset.groupBy).toBe('vulnerable');
    expect(readNetwork(fixture('group-by-meta'), {}).dataset.groupBy).toBe('Club');
    expect(readNetwork(sharedPath('karate'), { groupBy: 'sector' }).input.groupBy).toBe('sector');
  });

  it('uses meta.json aliases for attribute columns', () => {
    const result = readNetwork(fixture('group-by-meta'), { groupBy: 'Municipality' });
    expect(result.dataset.groupBy).toBe('municipality');
    expect(result.dataset.actors[0]!.attributes).toEqual({ Club: 'Rød', municipality: 'X' });
    expect(result.input.columns).toMatchObject({ source: 'Kilde', target: 'Mål', 'actors.municipality': 'Kommune' });
  });

  it('is null by default without a sector column', () => {
    expect(readNetwork(fixture('self-loop'), {}).dataset.groupBy).toBeNull();
  });

  it('refuses an explicit --group-by naming no column, as a UsageError', () => {
    const error = readError(fixture('danish-excel'), { groupBy: 'kommune' });
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toContain('"sector"'); // lists the columns there are
    expect(readError(fixture('self-loop'), { groupBy: 'sector' })).toBeInstanceOf(UsageError);
  });

  it('passes the duplicates policy through', () => {
    const weight = (duplicates: 'sum' | 'max' | 'first') => readNetwork(fixture('duplicate-tie'), { duplicates }).dataset.ties[0]!.weight;
    expect([weight('sum'), weight('max'), weight('first')]).toEqual([7.5, 4, 1]);
  });
});

describe('files on disk', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tuff-read-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a missing file or folder is an InputError naming the path as given', () => {
    const missing = path.join(dir, 'nope', 'ties.csv');
    const error = readError(missing);
    expect(error).toBeInstanceOf(InputError);
    expect([(error as InputError).file, (error as InputError).line]).toEqual([missing, null]);
    expect(error.message).not.toMatch(/ENOENT|\n/);
    const noActors = readError(fixture('self-loop'), { actors: path.join(dir, 'actors.csv') });
    expect((noActors as InputError).file).toBe(path.join(dir, 'actors.csv'));
  });

  it('a folder given as --actors, or a device as input, is refused', () => {
    expect((readError(fixture('self-loop'), { actors: dir }) as InputError).file).toBe(dir);
    expect(readError('/dev/null')).toBeInstanceOf(InputError);
  });

  it('maps EACCES and other file-system codes to one-line InputErrors', () => {
    const eacces = fsError(Object.assign(new Error('EACCES: permission denied, open x'), { code: 'EACCES' }), 'x.csv');
    expect([eacces.file, eacces.line, eacces.detail]).toEqual(['x.csv', null, 'permission denied']);
    expect(fsError(Object.assign(new Error('boom'), { code: 'EIO' }), 'x.csv').detail).toContain('EIO');
  });

  it('meta.json with groupBy null means no groups; invalid meta.json is an InputError on it', () => {
    const folder = path.join(dir, 'meta-null');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'ties.csv'), 'source,target\nA,B\n');
    writeFileSync(path.join(folder, 'actors.csv'), 'id,sector\nA,x\nB,y\n');
    writeFileSync(path.join(folder, 'meta.json'), '{"groupBy": null}');
    expect(readNetwork(folder, {}).dataset.groupBy).toBeNull();
    expect(readNetwork(folder, { groupBy: 'sector' }).dataset.groupBy).toBe('sector');
    writeFileSync(path.join(folder, 'meta.json'), '{"groupBy": ');
    expect((readError(folder) as InputError).file).toBe(path.join(folder, 'meta.json'));
  });

  it('an explicit --actors wins over the folder\'s actors.csv', () => {
    const result = readNetwork(fixture('unknown-actor'), { actors: path.join(fixture('attribute-conflict'), 'actors.csv') });
    expect(result.input.actors).toBe(path.join(fixture('attribute-conflict'), 'actors.csv'));
    expect(result.dataset.actors.find((a) => a.id === 'C')?.sector).toBe('civil');
  });

  it('echoes hostile cells only quoted, truncated and without control characters', () => {
    const file = path.join(dir, 'hostile.csv');
    const evil = `\u001b[31m${'é'.repeat(200)}\u202e`;
    writeFileSync(file, `source,target,weight\nA,B,"${evil}"\n`);
    const error = readError(file);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/u);
    expect(error.message.length).toBeLessThan(200);
    writeFileSync(file, `source,target\n"${evil}",B\n`);
    const withWarning = readNetwork(file, { actors: path.join(fixture('unknown-actor'), 'actors.csv') }).warnings;
    expect(withWarning.length).toBeGreaterThan(0);
    for (const w of withWarning) expect(w.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/u);
  });

  it('refuses a 50 MB single field quickly with a short message that does not echo it', () => {
    const file = path.join(dir, 'huge.csv');
    const field = 'x'.repeat(50 * 1024 * 1024);
    for (const content of [field, `source,target\nA,"${field}"\n`]) {
      writeFileSync(file, content);
      const error = readError(file);
      expect(error).toBeInstanceOf(InputError);
      expect(error.message.length).toBeLessThan(300);
      expect(error.message).not.toContain('xxxxxxxxxx');
    }
  }, 30_000);
});
