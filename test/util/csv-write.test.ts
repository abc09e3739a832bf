/** util/csv-write.ts: quoting, formula neutralisation, numbers, dialects. */
import { describe, expect, it } from 'vitest';
import { csvCell, positional, renderCsv, PLAIN_CSV, type CsvDialect } from '../../src/util/csv-write.js';

const SEMI = { delimiter: ';', newline: '\r\n', decimalComma: true } as const;
/** The per-actor report's Danish Excel dialect (report/csv.ts). */
const EXCEL_DA: CsvDialect = { delimiter: ';', newline: '\r\n', decimalComma: true, bom: true };
/** The cell of a text value, as report/csv.ts writes it (it used to have its own `textCell`). */
const textCell = (value: string | null, delimiter: ',' | ';'): string => csvCell(value, delimiter === ',' ? PLAIN_CSV : SEMI);

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded ', '" padded "'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+45 1234', "'+45 1234"],
    ['-x', "'-x"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['', ''],
  ])('text %j → %j', (value, cell) => {
    expect(csvCell(value, PLAIN_CSV)).toBe(cell);
  });

  it('keeps numbers numbers, negative ones included, with the decimal comma when asked', () => {
    expect(csvCell(-2.5, PLAIN_CSV)).toBe('-2.5');
    expect(csvCell(-2.5, SEMI)).toBe('-2,5');
    expect(csvCell(0.1 + 0.2, PLAIN_CSV)).toBe('0.30000000000000004');
    expect(csvCell(-0, PLAIN_CSV)).toBe('0');
    expect(csvCell(null, PLAIN_CSV)).toBe('');
    expect(csvCell(true, PLAIN_CSV)).toBe('true');
    expect(() => csvCell(Number.NaN, PLAIN_CSV)).toThrow();
  });

  it('quotes on the dialect\'s delimiter only', () => {
    expect(csvCell('a,b', SEMI)).toBe('a,b');
    expect(csvCell('a;b', SEMI)).toBe('"a;b"');
  });
});

describe('renderCsv', () => {
  it('ends every line with the dialect newline', () => {
    expect(renderCsv(['id', 'w'], [['a', 1.5], ['b', null]], SEMI)).toBe('id;w\r\na;1,5\r\nb;\r\n');
  });

  it('starts with a byte-order mark only when the dialect asks', () => {
    expect(renderCsv(['id', 'w'], [['a', 1.5]], EXCEL_DA)).toBe('\ufeffid;w\r\na;1,5\r\n');
    expect(renderCsv(['id'], [['a']]).startsWith('id')).toBe(true);
  });

  it('writes tiny and huge numbers without an exponent, with the dialect\'s decimal mark', () => {
    expect(csvCell(1e-7, PLAIN_CSV)).toBe('0.0000001');
    expect(csvCell(-2.5e-8, SEMI)).toBe('-0,000000025');
    expect(csvCell(1.5e21, SEMI)).toBe('1500000000000000000000');
  });
});

describe('text cells (formerly report/csv.ts textCell)', () => {
  it('neutralises the formula characters = + - @ tab CR with a leading apostrophe', () => {
    for (const [input, out] of [
      ['=1+1', "'=1+1"],
      ['+1', "'+1"],
      ['-1', "'-1"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['\tx', "'\tx"],
      ['\rx', `"'\rx"`],
      ['a=1', 'a=1'],
    ] as const) {
      expect(textCell(input, ',')).toBe(out);
    }
  });

  it('quotes per RFC 4180 and leaves empty and null cells empty', () => {
    expect(textCell('a,b', ',')).toBe('"a,b"');
    expect(textCell('a,b', ';')).toBe('a,b');
    expect(textCell('say "x"', ';')).toBe('"say ""x"""');
    expect(textCell('', ',')).toBe('');
    expect(textCell(null, ',')).toBe('');
  });
});

describe('positional', () => {
  it('writes every finite number without an exponent, shortest round-trip digits', () => {
    expect(positional(1e-7)).toBe('0.0000001');
    expect(positional(1.5e-7)).toBe('0.00000015');
    expect(positional(-2.5e-8)).toBe('-0.000000025');
    expect(positional(1.5e21)).toBe('1500000000000000000000');
    expect(positional(0.1)).toBe('0.1');
    expect(positional(-0)).toBe('0');
    expect(positional(-3)).toBe('-3');
    for (const x of [1e-7, 1.234e-9, 9.87e22, 0.30000000000000004]) expect(Number(positional(x))).toBe(x);
    expect(() => positional(Number.NaN)).toThrow();
  });
});
