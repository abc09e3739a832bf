/**
 * Bytes → text: the encoding side of the input layer (pure; the caller reads
 * the file). What Danish Excel and hostile files produce, in the order checked:
 *
 * - an Excel workbook saved under `.csv` (xlsx = zip `PK\x03\x04`, legacy xls =
 *   OLE2 `D0 CF 11 E0 A1 B1 1A E1`) → InputError that says how to save as CSV;
 * - UTF-8 with BOM (Excel "CSV UTF-8") → BOM stripped; must then be valid UTF-8;
 * - UTF-16 LE/BE with BOM (Excel "Unicode-tekst"), or without BOM when the NUL
 *   bytes sit at every other position → decoded; a U+0000 left in the text is
 *   binary data (ids must never carry NULs);
 * - any other NUL byte → binary data, refused;
 * - valid UTF-8 → utf-8; otherwise Windows-1252 (Excel "CSV (semikolonsepareret)"
 *   on a Danish Windows).
 *
 * Windows-1252 is decoded with our own table for 0x80–0x9F, not
 * `new TextDecoder('windows-1252')`: Node ≥ 20.18.3 / 22.13 decodes that label as
 * Latin-1 (nodejs/node#56542, #60888), which turns the en dash 0x96 of an
 * Excel file into the C1 control U+0096. The table is the WHATWG one.
 */

import { InputError } from '../errors.js';
import type { Encoding } from '../types.js';

export interface Decoded {
  readonly text: string;
  readonly encoding: Encoding;
}

/** Bytes sampled to recognise BOM-less UTF-16. */
const UTF16_SAMPLE_BYTES = 4096;

/** WHATWG windows-1252 code points for bytes 0x80..0x9F (the rest equal Latin-1). */
const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

export function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    throw new InputError(file, null, { code: 'xlsx-not-csv', params: {} });
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new InputError(file, null, { code: 'xls-not-csv', params: {} });
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const body = bytes.subarray(3);
    const text = tryUtf8(body);
    if (text === null) {
      throw new InputError(file, firstInvalidUtf8Line(body), { code: 'bom-invalid-utf8', params: {} });
    }
    // A BOM does not make a NUL text (found by the fuzz suite: a NUL after a BOM became an actor id).
    const nul = text.indexOf('\u0000');
    if (nul !== -1) throw new InputError(file, lineOfChar(text, nul), { code: 'binary-nul-char', params: {} });
    return { text, encoding: 'utf-8' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), 'utf-16le', file);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes.subarray(2), 'utf-16be', file);
  const utf16 = detectBomlessUtf16(bytes);
  if (utf16 !== null) return decodeUtf16(bytes, utf16, file);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new InputError(file, lineOfByte(bytes, nul), { code: 'binary-nul-byte', params: {} });
  }
  const text = tryUtf8(bytes);
  if (text !== null) return { text, encoding: 'utf-8' };
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

/** Windows-1252 as the WHATWG Encoding Standard defines it (every byte maps). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
    }
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file: string): Decoded {
  if (body.length % 2 !== 0) {
    throw new InputError(file, null, { code: 'utf16-odd-bytes', params: { encoding } });
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch (error) {
    throw new InputError(file, null, { code: 'utf16-invalid', params: { encoding } }, { cause: error });
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    throw new InputError(file, lineOfChar(text, nul), { code: 'binary-nul-char', params: {} });
  }
  return { text, encoding };
}

/**
 * UTF-16 without BOM: text that is mostly ASCII has a NUL in every other byte.
 * LE when the NULs sit at odd offsets, BE when at even ones; ≥ 40 % of the
 * pairs must show the pattern and the other half must have (almost) no NULs.
 */
function detectBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, UTF16_SAMPLE_BYTES) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= 0.4 * pairs && evenNul <= 0.02 * pairs) return 'utf-16le';
  if (evenNul >= 0.4 * pairs && oddNul <= 0.02 * pairs) return 'utf-16be';
  return null;
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The 1-based line of the first invalid UTF-8 sequence (lines split at CR, LF, CRLF: ASCII, safe to split on). */
function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? bytes[i] : 0x0a;
    if (b !== 0x0a && b !== 0x0d) continue;
    if (tryUtf8(bytes.subarray(start, i)) === null) return line;
    if (b === 0x0d && bytes[i + 1] === 0x0a) i++;
    start = i + 1;
    line++;
  }
  return 1;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

function lineOfChar(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++;
  }
  return line;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}
