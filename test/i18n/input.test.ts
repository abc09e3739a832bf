/**
 * i18n/input: the errors' sentences (issue 15, "errors and warnings in
 * Danish"). Every code has an English and a Danish sentence over the same
 * typed params (a missing one is a compile error; SAMPLE is typed by
 * ErrorParams, so a code added without a sample does not compile either).
 * Here: every Danish sentence exists, differs from the English, keeps every
 * value it is given, and has no English words left outside quoted values,
 * file names and command-line options; an error prints the same
 * `FILE:LINE: ` in both languages.
 */
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, errorMessage, type ErrorCode, type ErrorParams, type ErrorProblem } from '../../src/i18n/input.js';
import { InputError, UsageError } from '../../src/errors.js';

const COLS = ['aktør', 'navn', 'sektor'];
const SAMPLE: { readonly [C in ErrorCode]: ErrorParams[C] } = {
  'input-path-empty': {},
  'fs-error': { reason: 'other', code: 'EIO' },
  'is-folder': {},
  'not-regular-file': {},
  'file-too-large': { mib: 256 },
  'folder-without-ties': { csvs: ['a.csv', 'b.csv'], unreadable: ['liste.xls'] },
  'sheet-option-on-text': { option: '--sheet', file: 'net/ties.csv' },
  'directed-only-meta': { key: 'symmetrise' },
  'directed-only-option': { option: '--non-respondents' },
  'group-by-unknown': { name: 'rolle', columns: ['sector', 'område'] },
  'meta-group-by-unknown': { name: 'rolle', columns: [] },
  'xlsx-not-csv': {},
  'xls-not-csv': {},
  'bom-invalid-utf8': {},
  'binary-nul-char': {},
  'binary-nul-byte': {},
  'utf16-odd-bytes': { encoding: 'utf-16le' },
  'utf16-invalid': { encoding: 'utf-16be' },
  'empty-file': {},
  'empty-file-blank': {},
  'csv-unreadable': { code: 'CSV_X' },
  'row-too-long': { mib: 1 },
  'quote-unclosed': {},
  'quote-text-after': {},
  'quote-in-unquoted': {},
  'row-too-few-fields': { fields: 1, header: 3 },
  'row-too-many-fields': { fields: 5, header: 3 },
  'missing-endpoint-column': { column: 'target', found: COLS, looksLikeActors: true, looksLikeAttendance: false },
  'missing-id-column': { found: ['fra', 'til'] },
  'weight-column-unknown': { option: '--weight', name: 'hyppighed', found: COLS },
  'weight-column-endpoint': { option: '--weight', name: 'fra', column: 'source' },
  'column-twice': { a: 'fra', b: 'kilde', key: 'source' },
  'weight-empty': {},
  'weight-not-positive': { text: '-2' },
  'weight-decimal-comma': { text: '2,5' },
  'weight-thousands': { text: '1.234,5' },
  'weight-not-number': { text: 'stærk' },
  'distance-too-small': { text: '1e-320' },
  'tie-type-no-column': { found: COLS },
  'tie-type-unknown': { wanted: 'penge', column: 'type', kinds: ['viden', 'ressourcer'] },
  'actor-id-twice': { id: 'A7', earlierLine: 4 },
  'no-ties': { actorsGiven: true },
  'attribute-disagrees': { column: 'fra_sektor', value: 'privat', id: 'A7', firstLine: 3, firstValue: 'civil', firstColumn: 'til_sektor' },
  'id-control-character': { raw: 'A\u00077', code: '0007' },
  'two-mode-column-missing': { column: 'activity', found: ['aktør', 'sted'] },
  'activity-without-actor': { activity: 'Møde 4', column: 'Aktør' },
  'actor-without-activity': { actor: 'A7', column: 'Møde' },
  'projection-without-two-mode': {},
  'meta-projection-without-two-mode': {},
  'two-mode-option': { option: '--directed' },
  'two-mode-meta': { key: 'weightMeans' },
  'meta-two-mode-type': {},
  'meta-not-json': {},
  'meta-not-object': {},
  'meta-group-by-type': {},
  'meta-aliases-type': {},
  'meta-alias-value': {},
  'meta-directed-type': {},
  'meta-weight-type': {},
  'meta-one-of': { key: 'symmetrise', allowed: ['union', 'mutual'] },
  'sheet-empty': {},
  'sheet-unknown': { option: '--actors-sheet', name: 'Folk', sheets: ['Relationer', 'Aktører'] },
  'no-ties-sheet': { names: ['relationer', 'ties', 'netværk', 'bånd', 'edges'], sheets: ['Ark1', 'Ark2'], twoMode: false },
  'sheet-both': { name: 'Ark1' },
  'workbook-too-large': { mib: 50 },
  'workbook-damaged': {},
  'workbook-empty-zip': {},
  'workbook-unpacks-too-large': { mib: 200 },
  'workbook-too-slow': { memory: false, seconds: 30 },
  'workbook-unreadable': { reason: 'bad zip' },
  'workbook-too-many-cells': { cells: 2000001, max: 2000000 },
  'pattern-no-match': { pattern: 'surveys/*' },
  'out-empty': {},
  'out-failed': { dir: 'out', what: 'write', reason: 'read-only', code: 'EROFS' },
  'out-is-file': { dir: 'out' },
  'report-write-failed': { file: 'out/a.json', reason: 'other', code: 'EIO' },
  'template-exists': { files: ['skabelon/aktører.csv'] },
  'template-folder-failed': { dir: 'skabelon', code: 'EACCES' },
  'template-write-failed': { dir: 'skabelon', code: 'ENOSPC' },
  'keep-id-label': { name: 'navn' },
  'keep-unknown': { name: 'rolle', available: ['område', 'sårbar'] },
  'key-unreadable': { file: 'n.key', fs: { reason: 'permission', code: 'EACCES' } },
  'key-too-short': { file: 'n.key', min: 32, got: 7 },
  'key-exists': { file: 'ud.key' },
  'key-write-failed': { file: 'ud.key', fs: { reason: 'other', code: 'EIO' } },
  'anonymise-out-failed': { dir: 'ud', fs: null },
  'out-overwrites-input': { out: 'data', target: 'data/ties.csv' },
  'key-inside-out': { key: 'ud/n.key', out: 'ud' },
  'matrix-no-column-ids': {},
  'matrix-column-without-id': { column: 4 },
  'matrix-id-two-columns': { id: 'A7', a: 2, b: 5 },
  'matrix-row-without-id': {},
  'matrix-id-two-rows': { id: 'A7', first: 2, second: 6 },
  'matrix-row-not-column': { id: 'Z9', columns: ['A1', 'B2'] },
  'matrix-cell-not-number': { row: 'A1', column: 'B2', raw: 'x' },
  'matrix-cell-negative': { row: 'A1', column: 'B2', raw: '-1' },
  'matrix-columns-without-row': { ids: ['C3', 'D4'] },
  'matrix-ragged': { cells: 4, width: 5 },
  'option-one-of': { option: '--format', allowed: ['text', 'json'], value: 'pdf' },
  'option-whole-number': { option: '--runs', min: 1, max: 1000, value: 'mange' },
  'exact-and-samples': { exact: '--exact', samples: '--samples' },
  'weight-option-empty': {},
  'tie-type-option-empty': {},
  'out-required': { command: 'batch' },
  'no-networks': {},
  'template-needs-folder': {},
  'facilitator-empty': {},
  'facilitator-unknown': { id: 'p08', byLabel: { id: 'P08', label: 'Beboerrådgiver' } },
};

const problem = (code: ErrorCode): ErrorProblem => ({ code, params: SAMPLE[code] }) as ErrorProblem;

/** The strings and numbers a sentence is written from (not the enums and flags that choose its words). */
function values(params: object): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key: string): void => {
    if (['reason', 'column', 'command', 'actorsGiven', 'looksLikeActors', 'code', 'names', 'encoding', 'raw', 'what', 'memory'].includes(key) && typeof v !== 'object') {
      if (key === 'column' && typeof v === 'number') out.push(String(v));
      return;
    }
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'number') out.push(String(v));
    else if (Array.isArray(v)) v.slice(0, 5).forEach((x) => walk(x, key));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(params, '');
  return out;
}

/** English words that must not be left in a Danish sentence. */
const ENGLISH = /\b(the|and|is|are|not|of|row|rows|line|lines|column|columns|found|file|empty|with|only|must|be|or|no|sheet|number|needs|cannot)\b/;
/** Quoted values, options, file names, and Excel's menus and the header names tuff accepts (from, to, source, target, actor) left out. */
const unquoted = (text: string): string =>
  text
    .replace(/"[^"]*"/g, '""')
    .replace(/--[a-z-]+( <?[a-zæøå]+>?)?/g, '')
    .replace(/\S+\.(csv|json|xlsx|xls)\b/g, '')
    .replace(/\b(source|from|target|to|actor|type|relation|type_of_tie|true|false|null|ties|text|json)\b/g, '');

describe('error catalogue', () => {
  it('has a sample for every code (ERROR_CODES is every key of ErrorParams)', () => {
    expect([...ERROR_CODES].sort()).toEqual(Object.keys(SAMPLE).sort());
  });
  for (const code of ERROR_CODES) {
    it(`${code}: a Danish sentence, not the English one, with every value and no English word left`, () => {
      const en = errorMessage(problem(code), 'en');
      const da = errorMessage(problem(code), 'da');
      expect(da.length).toBeGreaterThan(5);
      expect(da).not.toBe(en);
      for (const v of values(SAMPLE[code])) {
        expect(en, `${v} in the English`).toContain(v);
        expect(da, `${v} in the Danish`).toContain(v);
      }
      expect(unquoted(da)).not.toMatch(ENGLISH);
    });
  }
  it('the check for English words catches the English sentences (so it can fail)', () => {
    const caught = ERROR_CODES.filter((code) => ENGLISH.test(unquoted(errorMessage(problem(code), 'en'))));
    expect(caught.length / ERROR_CODES.length).toBeGreaterThan(0.85);
  });
  it('counts in Danish: "1 felt", "5 felter"', () => {
    expect(errorMessage(problem('row-too-few-fields'), 'da')).toBe('denne række har 1 felt, overskriftsrækken har 3');
    expect(errorMessage(problem('row-too-many-fields'), 'da')).toBe(
      'denne række har 5 felter, overskriftsrækken har 3 (et skilletegn inde i en værdi? sæt værdien i anførselstegn)',
    );
  });
});

describe('an error in either language', () => {
  const e = new InputError('net/ties.csv', 7, { code: 'weight-not-number', params: { text: 'stærk' } });
  it('has the English message, the problem, and the same FILE:LINE: in Danish', () => {
    expect(e.message).toBe('net/ties.csv:7: weight "stærk" is not a number');
    expect(e.detail).toBe('weight "stærk" is not a number');
    expect(e.problem).toEqual({ code: 'weight-not-number', params: { text: 'stærk' } });
    expect(e.messageIn('da')).toBe('net/ties.csv:7: vægten "stærk" er ikke et tal');
    expect(e.messageIn('en')).toBe(e.message);
    expect(new InputError('net', null, { code: 'empty-file', params: {} }).messageIn('da')).toBe('net: filen er tom');
  });
  it('a usage error too; an error made from a string stays English', () => {
    const u = new UsageError({ code: 'option-one-of', params: { option: '--lang', allowed: ['en', 'da'], value: 'de' } });
    expect(u.message).toBe('--lang must be one of en, da (got "de")');
    expect(u.messageIn('da')).toBe('--lang skal være en af en, da (fik "de")');
    expect(new UsageError('plain').messageIn('da')).toBe('plain');
    expect(new InputError('f.csv', 2, 'plain').messageIn('da')).toBe('f.csv:2: plain');
  });
});
