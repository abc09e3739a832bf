/**
 * io/decode: bytes → text. Known answers come from the encodings' own
 * definitions (WHATWG windows-1252, Unicode UTF-16), not from the decoder.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { decodeBytes, decodeWindows1252 } from '../../src/io/decode.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const le = (s: string): number[] => [...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
const be = (s: string): number[] => [...s].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]);

function decodeError(bytes: Uint8Array | number[]): InputError {
  try {
    decodeBytes(bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes), 'f.csv');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('decodeBytes', () => {
  it('reads UTF-8 and strips a UTF-8 BOM', () => {
    expect(decodeBytes(utf8('a,b\nø,å'), 'f.csv')).toEqual({ text: 'a,b\nø,å', encoding: 'utf-8' });
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('fra;til')]), 'f.csv')).toEqual({ text: 'fra;til', encoding: 'utf-8' });
  });

  it('reads invalid UTF-8 as Windows-1252, including the 0x80–0x9F range Latin-1 gets wrong', () => {
    // "Søndervang – Område" as Danish Excel writes it in Windows-1252.
    const bytes = [0x53, 0xf8, 0x6e, 0x64, 0x65, 0x72, 0x76, 0x61, 0x6e, 0x67, 0x20, 0x96, 0x20, 0x4f, 0x6d, 0x72, 0xe5, 0x64, 0x65];
    expect(decodeBytes(Uint8Array.from(bytes), 'f.csv')).toEqual({ text: 'Søndervang – Område', encoding: 'windows-1252' });
  });

  it('maps the Windows-1252 specials to their WHATWG code points', () => {
    const cases: [number, string][] = [
      [0x80, '\u20ac'], [0x82, '\u201a'], [0x83, '\u0192'], [0x84, '\u201e'], [0x85, '\u2026'], [0x8a, '\u0160'],
      [0x91, '\u2018'], [0x92, '\u2019'], [0x93, '\u201c'], [0x94, '\u201d'], [0x96, '\u2013'], [0x97, '\u2014'],
      [0x99, '\u2122'], [0x9f, '\u0178'], [0x81, '\u0081'], [0x9d, '\u009d'], [0xe6, 'æ'], [0xc5, 'Å'], [0x41, 'A'],
    ];
    for (const [byte, char] of cases) expect(decodeWindows1252(Uint8Array.of(byte))).toBe(char);
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    expect(decodeBytes(Uint8Array.from([0xff, 0xfe, ...le('fra\ttil\r\nÆ\tB')]), 'f.csv')).toEqual({ text: 'fra\ttil\r\nÆ\tB', encoding: 'utf-16le' });
    expect(decodeBytes(Uint8Array.from([0xfe, 0xff, ...be('fra\ttil\nÆ\tB')]), 'f.csv')).toEqual({ text: 'fra\ttil\nÆ\tB', encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a BOM by its NUL pattern, never leaving NULs in ids', () => {
    const le16 = decodeBytes(Uint8Array.from(le('source,target\nA,B\n')), 'f.csv');
    expect(le16).toEqual({ text: 'source,target\nA,B\n', encoding: 'utf-16le' });
    const be16 = decodeBytes(Uint8Array.from(be('source,target\nA,B\n')), 'f.csv');
    expect(be16).toEqual({ text: 'source,target\nA,B\n', encoding: 'utf-16be' });
    expect(le16.text).not.toContain('\u0000');
  });

  it('refuses UTF-16 that carries a NUL character or an odd byte count', () => {
    const nul = decodeError([0xff, 0xfe, ...le('a,b\nA,\u0000')]);
    expect([nul.file, nul.line]).toEqual(['f.csv', 2]);
    expect(decodeError([0xff, 0xfe, ...le('a,b'), 0x41]).line).toBeNull();
  });

  it('refuses binary data (NUL bytes that are not UTF-16) at the line of the first NUL', () => {
    const error = decodeError([...utf8('source,target\nA,B\n'), 0x00, 0x13, 0xff, 0x00]);
    expect([error.file, error.line]).toEqual(['f.csv', 3]);
  });

  it('refuses an Excel workbook saved under .csv and says how to save as CSV', () => {
    const xlsx = decodeError([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    const xls = decodeError([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00]);
    for (const error of [xlsx, xls]) {
      expect([error.file, error.line]).toEqual(['f.csv', null]);
      expect(error.detail).toMatch(/Excel/);
      expect(error.detail).toMatch(/CSV UTF-8/);
    }
  });

  it('refuses a UTF-8 BOM followed by invalid UTF-8, at the invalid line (CR, LF, CRLF counted)', () => {
    const error = decodeError([0xef, 0xbb, 0xbf, ...utf8('a,b\r\nA,B\rC,D\n'), 0x45, 0x2c, 0xe6, 0x0a]);
    expect([error.file, error.line]).toEqual(['f.csv', 4]);
  });

  it('decodes an empty file to empty text (the CSV layer reports it)', () => {
    expect(decodeBytes(new Uint8Array(0), 'f.csv')).toEqual({ text: '', encoding: 'utf-8' });
  });
});
