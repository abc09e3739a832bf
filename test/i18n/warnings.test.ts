/**
 * i18n/warnings: the data warnings' sentences (issue 15, "errors and warnings
 * in Danish"). Every code has an English and a Danish sentence over the same
 * typed params (a missing one is a compile error; SAMPLE below is typed by
 * WarningParams, so a code added without a sample does not compile either).
 * Here: every Danish sentence exists, differs from the English, keeps every
 * value it is given (ids, columns, files, lines), and has no English words
 * left outside the quoted values and the command-line options.
 */
import { describe, expect, it } from 'vitest';
import {
  WARNING_CODES, dataWarning, localiseWarning, warningCatalogue, warningMessage, type WarningCode, type WarningParams, type WarningProblem,
} from '../../src/i18n/warnings.js';
import { warningLines } from '../../src/util/warning-lines.js';

const SAMPLE: { readonly [C in WarningCode]: WarningParams[C] } = {
  'actors-beside': { actorsFile: 'net/actors.csv' },
  'file-not-read': { ties: 'net/netvaerk.xlsx', actors: 'net/actors.csv', unreadable: null },
  'batch-file-skipped': { folder: 'net/surveys', by: 'subfolders', count: 2, unreadable: null },
  'workbook-not-csv': {},
  'asymmetric-matrix': { row: 'R1', column: 'C2', directed: false, duplicates: 'max' },
  'id-normalised': { raw: ' Anna ', id: 'Anna', how: ['bom', 'spaces', 'nfc'] },
  'id-case-variant': { id: 'KOMMUNE', like: 'Kommune' },
  'unknown-actor': { id: 'X9', actorsFile: 'net/actors.csv' },
  'attribute-conflict': { column: 'source_sector', value: 'privat', id: 'A1', actorsFile: 'net/actors.csv', actorsLine: 7, current: 'civil' },
  'vulnerable-unrecognised': { column: 'sårbar', values: ['måske', '?'] },
  'empty-id': {},
  'empty-endpoint': { which: 'both' },
  'empty-tie-type': {},
  'self-loop': { id: 'B2' },
  'duplicate-tie': { source: 'A1', target: 'B2', directed: true, kind: 'viden', firstLine: 3, merged: { by: 'sum', weight: 2.5 } },
  'unused-numeric-column': { column: 'hyppighed', weight: 'styrke' },
  'repeated-participation': { actor: 'A1', activity: 'Møde 4', firstLine: 12 },
  'participation-weight-unused': { column: 'Vægt' },
  'respondent-unrecognised': { column: 'svaret', raw: 'måske', id: 'C3', answered: true },
  'respondent-has-answers': { id: 'C3', actorsFile: 'net/actors.csv', actorsLine: 9 },
  'respondent-empty': { column: 'svaret', lines: [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14] },
  'group-variants-merged': {
    column: 'sector', winner: 'Borgere', home: 'net/actors.csv',
    variants: [{ value: 'Borgere', lines: [{ file: 'net/actors.csv', line: 5 }, { file: 'net/ties.csv', line: 8 }] }, { value: 'borger', lines: [{ file: 'net/actors.csv', line: 6 }] }],
  },
  'group-near-variants': {
    column: 'sector', home: 'net/actors.csv',
    a: { value: 'Frivillig', lines: [{ file: 'net/actors.csv', line: 8 }] }, b: { value: 'Frivilig', lines: [{ file: 'net/actors.csv', line: 9 }] },
  },
};

const problem = (code: WarningCode): WarningProblem => ({ code, params: SAMPLE[code] }) as WarningProblem;

/**
 * The strings and numbers a sentence is written from (not the enums that choose its words, not the
 * warning's own file, which the line prefix names, not the line numbers after the first ten).
 */
function values(params: object): string[] {
  const out: string[] = [];
  const home = (params as { home?: string }).home;
  const walk = (v: unknown, key: string): void => {
    if (['which', 'how', 'directed', 'answered', 'by', 'home'].includes(key) || (key === 'file' && v === home)) return;
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'number' && key !== 'weight') out.push(String(v));
    else if (Array.isArray(v)) v.slice(0, 10).forEach((x) => walk(x, key));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(params, '');
  return out;
}

/** English words that must not be left in a Danish sentence (outside quotes and options). */
const ENGLISH = /\b(the|and|is|are|not|of|row|rows|line|lines|column|skipped|merged|dropped|read|file|empty|values?|with|only|by|counted)\b/;
const unquoted = (text: string): string => text.replace(/"[^"]*"/g, '""').replace(/--[a-z-]+( [a-z]+)?/g, '').replace(/\S+\.csv/g, '');

describe('warning catalogue', () => {
  it('has a sample for every code (WARNING_CODES is every key of WarningParams)', () => {
    expect([...WARNING_CODES].sort()).toEqual(Object.keys(SAMPLE).sort());
  });
  for (const code of WARNING_CODES) {
    it(`${code}: a Danish sentence, not the English one, with every value and no English word left`, () => {
      const en = warningMessage(problem(code), 'en');
      const da = warningMessage(problem(code), 'da');
      expect(da.length).toBeGreaterThan(10);
      expect(da).not.toBe(en);
      for (const v of values(SAMPLE[code])) {
        expect(en, `${v} in the English`).toContain(v.length > 40 ? v.slice(0, 40) : v);
        expect(da, `${v} in the Danish`).toContain(v.length > 40 ? v.slice(0, 40) : v);
      }
      expect(unquoted(da)).not.toMatch(ENGLISH);
    });
  }
  it('the check for English words catches the English sentences (so it can fail)', () => {
    const caught = WARNING_CODES.filter((code) => ENGLISH.test(unquoted(warningMessage(problem(code), 'en'))));
    expect(caught.length / WARNING_CODES.length).toBeGreaterThan(0.85);
  });
  it('writes numbers with a decimal comma in Danish', () => {
    expect(warningMessage(problem('duplicate-tie'), 'da')).toBe(
      'gentaget relation "A1"→"B2" af typen "viden" (første gang på linje 3) slået sammen med --duplicates sum: vægt 2,5',
    );
    expect(warningMessage(problem('duplicate-tie'), 'en')).toBe(
      'repeated tie "A1"→"B2" of kind "viden" (first on line 3) merged by sum: weight 2.5',
    );
  });
  it('says linje/linjerne by count, and cuts a long list of lines', () => {
    expect(warningMessage(problem('respondent-empty'), 'da')).toBe(
      'kolonnen "svaret" er tom på linjerne 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, … (11 i alt); om de aktører har svaret, afgøres ud fra deres egne rækker',
    );
    expect(warningMessage({ code: 'respondent-empty', params: { column: 'svaret', lines: [4] } }, 'da')).toContain('er tom på linje 4;');
    expect(warningMessage(problem('group-variants-merged'), 'da')).toBe(
      'værdierne "Borgere" (linje 5; net/ties.csv linje 8), "borger" (linje 6) i kolonnen "sector" adskiller sig kun ved store og små ' +
        'bogstaver, mellemrum eller en flertalsendelse; slået sammen som "Borgere"',
    );
  });
});

describe('file-not-read', () => {
  const xls = { code: 'file-not-read', params: { ties: 'net/ties.csv', actors: null, unreadable: 'xls' } } as const;
  it('says how to save an .xls or .ods file, in both languages', () => {
    expect(warningMessage(xls, 'en')).toBe(
      "not read: tuff cannot read old Excel workbooks (.xls); save it as .xlsx or CSV UTF-8 to use it (the folder's network is net/ties.csv)",
    );
    expect(warningMessage({ ...xls, params: { ...xls.params, unreadable: 'ods' } }, 'da')).toBe(
      'ikke læst: tuff kan ikke læse OpenDocument-regneark (.ods); gem den som .xlsx eller CSV UTF-8 for at bruge den (mappens netværk er net/ties.csv)',
    );
  });
  it('is one line per file on stderr, never folded into a count as other kinds are', () => {
    const files = ['a.csv', 'b.csv', 'c.csv', 'd.csv', 'e.xls'].map((f) => dataWarning(`net/${f}`, 0, xls));
    const lines = warningLines(files, 100, 'en');
    expect(lines.map((l) => l.split(': ')[2])).toEqual(files.map((w) => w.file));
    expect(warningLines(files, 2, 'en')).toEqual([...lines.slice(0, 2), 'tuff: warning: … and 3 more warnings (all are listed under dataQuality in --format json)']);
  });
});

describe('a warning in either language', () => {
  const w = dataWarning('t.csv', 3, { code: 'self-loop', params: { id: 'B' } });
  it('is made in English, with its code and problem', () => {
    expect(w).toMatchObject({ file: 't.csv', line: 3, code: 'self-loop', message: 'self-loop "B"–"B" dropped' });
  });
  it('is written again in Danish from its problem; a note (no problem) is left as it is', () => {
    expect(localiseWarning(w, 'da').message).toBe('relationen "B"–"B" går fra en aktør til den samme aktør og er udeladt');
    expect(localiseWarning(w, 'en')).toBe(w);
    const note = { file: 't.csv', line: 0, code: 'diameter-estimated', message: 'diameteren er et skøn' };
    expect(localiseWarning(note, 'en')).toBe(note);
  });
  it('on stderr: `tuff: advarsel: FILE:LINE: …`, a repeated kind summarised in Danish', () => {
    const many = [3, 4, 5, 6, 7].map((line) => dataWarning('t.csv', line, { code: 'empty-id', params: {} }));
    expect(warningLines([w], 100, 'da')).toEqual(['tuff: advarsel: t.csv:3: relationen "B"–"B" går fra en aktør til den samme aktør og er udeladt']);
    expect(warningLines(many, 100, 'da')).toEqual([
      'tuff: advarsel: t.csv:3: tomt id; rækken er sprunget over — og 4 advarsler mere af samme slags (empty-id; linje 4, 5, 6, 7; alle i --format json)',
    ]);
    expect(warningLines([...many.slice(0, 1), w], 1, 'da')).toEqual([
      'tuff: advarsel: t.csv:3: tomt id; rækken er sprunget over',
      'tuff: advarsel: … og 1 advarsel mere (alle står under dataQuality i --format json)',
    ]);
    expect(warningCatalogue('en').warning).toBe('warning');
  });
});
