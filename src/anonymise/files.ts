/**
 * An anonymised Dataset → the bytes of actors.csv and ties.csv in the
 * input's own dialect (pure), so the people who made the original can open
 * the anonymised files the same way:
 *
 * - delimiter, line ending, encoding (UTF-8, Windows-1252, UTF-16 LE/BE) and
 *   byte-order mark as each input file had them (a one-file input: the actors
 *   file follows the ties file);
 * - a decimal comma in weights whenever the delimiter is not a comma (tuff
 *   reads a decimal comma exactly then);
 * - the headers as written in the input (`fra;til;styrke`, `id;navn;sektor;
 *   sårbar`) when tuff's built-in aliases understand them, else the canonical
 *   name (a header only meta.json's headerAliases explained would not be read
 *   back: meta.json is not copied, it may hold names and sources);
 * - cells through util/csv-write.ts (quoting, formula neutralisation).
 * Columns: ties `source,target[,weight]`; actors `id[,label][,sector]` then the
 * kept attributes in --keep order. A meta.json with only `groupBy` is written
 * when the groups come from a kept attribute other than sector.
 */

import type { Encoding, InputInfo } from '../types.js';
import { buildAliases, canonicalColumn } from '../model/columns.js';
import { decodeWindows1252 } from '../io/decode.js';
import { renderCsv, type CsvDelimiter, type CsvDialect, type CsvValue } from '../util/csv-write.js';
import type { AnonymiseResult } from './anonymise.js';

export interface FileDialect {
  readonly delimiter: CsvDelimiter;
  readonly newline: '\n' | '\r\n' | '\r';
  readonly encoding: Encoding;
  readonly bom: boolean;
}

export interface AnonymisedFiles {
  readonly ties: Uint8Array;
  readonly actors: Uint8Array;
  /** meta.json text, or null when none is needed. */
  readonly meta: string | null;
}

export function renderAnonymisedFiles(
  result: AnonymiseResult,
  input: InputInfo,
  dialects: { readonly ties: FileDialect; readonly actors: FileDialect },
): AnonymisedFiles {
  const aliases = buildAliases();
  const header = (written: string | undefined, canonical: string): string =>
    written !== undefined && canonicalColumn(written, aliases) === canonical ? written : canonical;
  const { dataset } = result;

  const tiesHeader = [header(input.columns.source, 'source'), header(input.columns.target, 'target')];
  if (dataset.weighted) tiesHeader.push(header(input.columns.weight, 'weight'));
  const tiesRows = dataset.ties.map((t): CsvValue[] => (dataset.weighted ? [t.source, t.target, t.weight] : [t.source, t.target]));

  const actorsHeader = [header(input.columns['actors.id'], 'id')];
  if (result.labels) actorsHeader.push(header(input.columns['actors.label'], 'label'));
  if (result.sector) actorsHeader.push(header(input.columns['actors.sector'], 'sector'));
  for (const name of result.kept) actorsHeader.push(header(input.columns[`actors.${name}`], name));
  const actorsRows = dataset.actors.map((a): CsvValue[] => {
    const row: CsvValue[] = [a.id];
    if (result.labels) row.push(a.label);
    if (result.sector) row.push(a.sector);
    for (const name of result.kept) row.push(Object.hasOwn(a.attributes, name) ? a.attributes[name]! : null);
    return row;
  });

  const groupBy = dataset.groupBy;
  const meta =
    groupBy !== null && groupBy !== 'sector'
      ? `${JSON.stringify({ groupBy: header(input.columns[`actors.${groupBy}`], groupBy) }, null, 2)}\n`
      : null;
  return {
    ties: encodeText(renderCsv(tiesHeader, tiesRows, csvDialect(dialects.ties)), dialects.ties),
    actors: encodeText(renderCsv(actorsHeader, actorsRows, csvDialect(dialects.actors)), dialects.actors),
    meta,
  };
}

/** The text dialect of a file; its byte-order mark is written by encodeText, in the file's encoding. */
function csvDialect(d: FileDialect): CsvDialect {
  return { delimiter: d.delimiter, newline: d.newline, decimalComma: d.delimiter !== ',' };
}

/** Text → bytes in the encoding, with a byte-order mark when asked. Windows-1252 writes `?` for a character it lacks. */
export function encodeText(text: string, dialect: { readonly encoding: Encoding; readonly bom: boolean }): Uint8Array {
  switch (dialect.encoding) {
    case 'utf-8': {
      const body = new TextEncoder().encode(text);
      return dialect.bom ? concat([0xef, 0xbb, 0xbf], body) : body;
    }
    case 'windows-1252': {
      const table = cp1252Table();
      const out = new Uint8Array(text.length);
      let n = 0;
      for (const ch of text) out[n++] = table.get(ch.codePointAt(0)!) ?? 0x3f;
      return out.subarray(0, n);
    }
    case 'utf-16le':
    case 'utf-16be': {
      const out = new Uint8Array(text.length * 2);
      const le = dialect.encoding === 'utf-16le';
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        out[2 * i + (le ? 0 : 1)] = c & 0xff;
        out[2 * i + (le ? 1 : 0)] = c >> 8;
      }
      const bom = le ? [0xff, 0xfe] : [0xfe, 0xff];
      return dialect.bom ? concat(bom, out) : out;
    }
  }
}

let cp1252: Map<number, number> | null = null;

/** Code point → Windows-1252 byte, the inverse of the reader's decoding table. */
function cp1252Table(): Map<number, number> {
  if (cp1252 === null) {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const chars = decodeWindows1252(bytes);
    cp1252 = new Map();
    for (let i = 0; i < 256; i++) cp1252.set(chars.charCodeAt(i), i);
  }
  return cp1252;
}

function concat(prefix: readonly number[], body: Uint8Array): Uint8Array {
  const out = new Uint8Array(prefix.length + body.length);
  out.set(prefix, 0);
  out.set(body, prefix.length);
  return out;
}
