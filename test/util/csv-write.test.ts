/** util/csv-write.ts: quoting, formula neutralisation, numbers, dialects. */
import { describe, expect, it } from 'vitest';
import { csvCell, renderCsv, PLAIN_CSV } from '../../src/util/csv-write.js';

const SEMI = { delimiter: ';', newline: '\r\n', decimalComma: true } as const;

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
});
