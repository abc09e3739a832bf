/**
 * Text → rows with physical line numbers (pure; csv-parse does the RFC 4180 work).
 *
 * - CR, LF and CRLF all end a line: they are normalised to LF first (also inside
 *   quoted fields), so csv-parse counts lines one way only.
 * - The delimiter is `,` `;` or tab, whichever occurs most often in the header
 *   line outside quotes (ties: `;`, then tab, then `,`; none: `,`). A first line
 *   `sep=;` (written by some tools for Excel) names it and is skipped.
 * - A record longer than MAX_RECORD_BYTES (csv-parse `max_record_size`, UTF-8
 *   bytes of one record, so also of one field) is refused at once and never echoed.
 * - Each row carries the 1-based physical line where its record STARTS; a quoted
 *   field spanning lines counts its lines. Empty lines are parsed as records, so
 *   every line belongs to exactly one record and counting 1 + the newlines inside
 *   each record's fields gives the starts (csv-parse's per-record info would
 *   triple the parse time).
 * - Blank lines and rows whose fields are all empty or blank (`;;;` from Excel)
 *   are skipped silently. Fields are returned untrimmed: the model layer trims
 *   and reports ids that trimming changed.
 * - Errors are InputErrors at the line where the offending record starts (an
 *   unterminated quote: the line where it opens). csv-parse's own messages are
 *   never passed on: they can quote the data.
 */

import { CsvError, parse } from 'csv-parse/sync';
import { InputError } from '../errors.js';
import type { Table, TableRow } from '../model/table.js';

export const MAX_RECORD_BYTES = 1024 * 1024;

export type Delimiter = ',' | ';' | '\t';

/** Rows carry the line where the record starts; blank and all-empty rows are left out. */
export interface CsvTable extends Table {
  readonly delimiter: Delimiter;
}

export function parseCsv(input: string, file: string): CsvTable {
  let text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  let lineOffset = 0;
  let delimiter: Delimiter | null = null;
  const sep = /^sep=([,;\t])\n/i.exec(text.slice(0, 8));
  if (sep !== null) {
    delimiter = sep[1] as Delimiter;
    text = text.slice(sep[0].length);
    lineOffset = 1;
  }
  const contentStart = text.search(/[^\s]/u);
  if (contentStart === -1) throw new InputError(file, null, { code: 'empty-file', params: {} });
  delimiter ??= detectDelimiter(text, text.lastIndexOf('\n', contentStart) + 1);

  const options = { delimiter, record_delimiter: '\n', relax_column_count: true, max_record_size: MAX_RECORD_BYTES } as const;
  let records: string[][];
  try {
    records = parse(text, options);
  } catch (error) {
    // Errors only: parse again up to the failing record to find the line it starts on.
    let line = 1;
    try {
      parse(text, {
        ...options,
        on_record: (record) => {
          line += linesOf(record);
          return null;
        },
      });
    } catch {
      // the same error again; `line` now is where the failing record starts
    }
    throw csvError(error, file, lineOffset + line);
  }
  // Empty lines are kept as records (['']) so every physical line belongs to one record.
  const rows: TableRow[] = [];
  let line = 1;
  for (const record of records) {
    const start = line;
    line += linesOf(record);
    if (record.some((f) => f.trim() !== '')) rows.push({ line: lineOffset + start, fields: record });
  }
  const headerRow = rows.shift();
  if (headerRow === undefined) throw new InputError(file, null, { code: 'empty-file-blank', params: {} });
  return { delimiter, header: headerRow.fields, headerLine: headerRow.line, rows };
}

/** The most frequent of `;` tab `,` in the line starting at `from` (outside quotes); ties prefer that order; none → `,`. */
export function detectDelimiter(text: string, from = 0): Delimiter {
  const counts = { ';': 0, '\t': 0, ',': 0 };
  let quoted = false;
  const end = Math.min(text.length, from + MAX_RECORD_BYTES);
  for (let i = from; i < end; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\n' || c === '\r') break;
    else if (c === ';' || c === '\t' || c === ',') counts[c]++;
  }
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const d of [';', '\t', ','] as const) {
    if (counts[d] > bestCount) {
      best = d;
      bestCount = counts[d];
    }
  }
  return best;
}

function csvError(error: unknown, file: string, line: number): InputError {
  if (!(error instanceof CsvError)) return new InputError(file, line, { code: 'csv-unreadable', params: { code: null } }, { cause: error });
  switch (error.code) {
    case 'CSV_MAX_RECORD_SIZE':
      // No cause: csv-parse's error object holds the oversized field.
      return new InputError(file, line, { code: 'row-too-long', params: { mib: MAX_RECORD_BYTES / (1024 * 1024) } });
    case 'CSV_QUOTE_NOT_CLOSED':
      return new InputError(file, line, { code: 'quote-unclosed', params: {} });
    case 'CSV_INVALID_CLOSING_QUOTE':
      return new InputError(file, line, { code: 'quote-text-after', params: {} });
    case 'INVALID_OPENING_QUOTE':
      return new InputError(file, line, { code: 'quote-in-unquoted', params: {} });
    default:
      return new InputError(file, line, { code: 'csv-unreadable', params: { code: error.code } });
  }
}

/** Physical lines a record spans: 1 plus the newlines inside its (quoted) fields. */
function linesOf(record: readonly string[]): number {
  let n = 1;
  for (const field of record) for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) n++;
  return n;
}
