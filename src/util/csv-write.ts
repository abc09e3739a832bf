/**
 * Rows → CSV text in a chosen dialect (pure). Used for the files tuff writes
 * that people open in a spreadsheet: the batch summary and anonymised
 * networks.
 *
 * - RFC 4180 quoting: a cell holding the delimiter, a quote, CR or LF, or
 *   leading/trailing blanks (the reader trims) is quoted, quotes doubled.
 * - Formula injection (report-schema.md): a text cell starting with `=`, `+`,
 *   `-`, `@`, tab or CR is prefixed with `'`; numbers, negative ones included,
 *   stay numbers.
 * - Numbers are written in JavaScript's shortest round-trip form, with a
 *   decimal comma when the dialect asks for one (tuff reads a decimal comma in
 *   files separated by `;` or tab). null is an empty cell.
 */

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvDialect {
  readonly delimiter: CsvDelimiter;
  readonly newline: '\n' | '\r\n' | '\r';
  /** Write 2,5 instead of 2.5 (only sensible when the delimiter is not a comma). */
  readonly decimalComma: boolean;
}

export const PLAIN_CSV: CsvDialect = Object.freeze({ delimiter: ',', newline: '\n', decimalComma: false });

export type CsvValue = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue, dialect: CsvDialect): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`CSV cell value ${value} is not a finite number`);
    const text = String(Object.is(value, -0) ? 0 : value);
    return dialect.decimalComma ? text.replace('.', ',') : text;
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes =
    text.includes(dialect.delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r') || text !== text.trim();
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly CsvValue[], dialect: CsvDialect): string {
  return cells.map((c) => csvCell(c, dialect)).join(dialect.delimiter);
}

/** Header plus rows, every line (the last included) ended by the dialect's newline. */
export function renderCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], dialect: CsvDialect = PLAIN_CSV): string {
  const lines = [csvLine(header, dialect), ...rows.map((r) => csvLine(r, dialect))];
  return lines.map((l) => l + dialect.newline).join('');
}
