/**
 * io/csv: text → rows with the physical line where each record starts.
 * Line numbers are counted by hand from the literal inputs below.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { MAX_RECORD_BYTES, detectDelimiter, parseCsv } from '../../src/io/csv.js';

function csvError(text: string): InputError {
  try {
    parseCsv(text, 't.csv');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

const lines = (text: string): [number, string[]][] => parseCsv(text, 't.csv').rows.map((r) => [r.line, [...r.fields]]);

describe('detectDelimiter', () => {
  it('picks the most frequent of ; tab , in the header line, outside quotes', () => {
    expect(detectDelimiter('fra;til;styrke\n1,5;2;3')).toBe(';');
    expect(detectDelimiter('source\ttarget\tweight')).toBe('\t');
    expect(detectDelimiter('source,target,weight')).toBe(',');
    expect(detectDelimiter('"a;b;c",target')).toBe(',');
    expect(detectDelimiter('"x,y";"z,w";v')).toBe(';');
  });

  it('prefers ; then tab on a tie, and , when there is none', () => {
    expect(detectDelimiter('a;b,c')).toBe(';');
    expect(detectDelimiter('a\tb,c')).toBe('\t');
    expect(detectDelimiter('source')).toBe(',');
  });
});

describe('parseCsv', () => {
  it('ends lines at LF, CRLF and CR alike', () => {
    const expected = [[2, ['A', 'B']], [3, ['B', 'C']]];
    expect(lines('s,t\nA,B\nB,C\n')).toEqual(expected);
    expect(lines('s,t\r\nA,B\r\nB,C\r\n')).toEqual(expected);
    expect(lines('s,t\rA,B\rB,C')).toEqual(expected);
    expect(lines('s,t\r\nA,B\rB,C\n')).toEqual(expected);
  });

  it('numbers a record by the line where it starts, counting the lines of quoted fields', () => {
    const text = 's,t,note\r\nA,B,"one\r\ntwo\r\nthree"\r\n\r\nB,C,x\r\nC,D,"a\rb"\rD,E,y\n';
    expect(lines(text)).toEqual([
      [2, ['A', 'B', 'one\ntwo\nthree']],
      [6, ['B', 'C', 'x']],
      [7, ['C', 'D', 'a\nb']],
      [9, ['D', 'E', 'y']],
    ]);
  });

  it('reads RFC 4180 quotes: delimiters and doubled quotes inside quoted fields', () => {
    expect(lines('id;navn\n"Hansen & Søn; Tømrer";"Café ""Torvet"""\n')).toEqual([[2, ['Hansen & Søn; Tømrer', 'Café "Torvet"']]]);
  });

  it('skips blank lines and rows of only delimiters silently, and keeps fields untrimmed', () => {
    const table = parseCsv('\n\n  \nfra;til\n;;\n A ;B\n\n ; \n', 't.csv');
    expect(table.headerLine).toBe(4);
    expect(table.header).toEqual(['fra', 'til']);
    expect(table.rows).toEqual([{ line: 6, fields: [' A ', 'B'] }]);
    expect(table.delimiter).toBe(';');
  });

  it('honours a sep= first line and still counts it', () => {
    const table = parseCsv('sep=;\r\nfra;til\r\nA;1,5\r\n', 't.csv');
    expect(table.delimiter).toBe(';');
    expect(table.headerLine).toBe(2);
    expect(table.rows).toEqual([{ line: 3, fields: ['A', '1,5'] }]);
  });

  it('refuses an empty or blank file', () => {
    for (const text of ['', '\r\n\n', '  \t ', ';;;\n;;\n']) {
      const error = csvError(text);
      expect([error.file, error.line]).toEqual(['t.csv', null]);
    }
  });

  it('reports an unterminated quote at the line where it opens', () => {
    expect(csvError('s,t\nA,B\n\nB,"open\nC,D\nE,F\n').line).toBe(4);
    expect(csvError('s,t\nA,"x\ny"\nB,"open\nC,D\n').line).toBe(4);
    expect(csvError('"s,t\nA,B\n').line).toBe(1);
    expect(csvError('s,t\r\n\r\nA,"x\r\ny"\r\nB,C\r\n"open,D\r\n').line).toBe(6);
  });

  it('refuses a quote inside an unquoted field and text after a closing quote', () => {
    expect(csvError('s,t\nA,B\nA,Café "Torvet"\n').line).toBe(3);
    expect(csvError('s,t\nA,"B"x\n').line).toBe(2);
  });

  it('refuses a field over the limit without echoing it', () => {
    const huge = 'x'.repeat(MAX_RECORD_BYTES + 10);
    for (const [text, line] of [[`s,t\nA,B\n\nB,${huge}\n`, 4], [`s,t\nA,"${huge}"\n`, 2], [huge, 1]] as const) {
      const error = csvError(text);
      expect([error.file, error.line]).toEqual(['t.csv', line]);
      expect(error.message.length).toBeLessThan(200);
      expect(error.message).not.toContain('xxxxxxxxxx');
      expect(error.cause).toBeUndefined();
    }
  });

  it('accepts a record just under the limit', () => {
    const big = 'y'.repeat(MAX_RECORD_BYTES - 100);
    expect(parseCsv(`s,t\nA,${big}\n`, 't.csv').rows[0]!.fields[1]!.length).toBe(big.length);
  });
});
