/**
 * Rows → CSV text in a chosen dialect (pure): the one CSV writer behind every
 * CSV file tuff writes — the per-actor report (`--format csv`,
 * report/csv.ts), the batch summary and anonymised networks.
 *
 * - RFC 4180 quoting: a cell holding the delimiter, a quote, CR or LF, or
 *   leading/trailing blanks (readers that trim would lose them) is quoted,
 *   quotes doubled.
 * - Formula injection (report-schema.md, OWASP): a text cell starting with
 *   `=`, `+`, `-`, `@`, tab or CR is prefixed with `'` so no spreadsheet runs
 *   it; numbers, negative ones included, stay numbers.
 * - Numbers: JavaScript's shortest round-trip digits in positional notation
 *   (never `1e-7`, which Excel may read as text in some locales), with a
 *   decimal comma when the dialect asks for one (tuff reads a decimal comma
 *   in files separated by `;` or tab); -0 is `0`. A non-finite number is a
 *   bug and throws. null is an empty cell, so is the empty string; booleans
 *   are `true`/`false` (a caller that wants 1/0 passes numbers).
 * - Dialect: delimiter, line end (every line, the last included, ends with
 *   it) and an optional UTF-8 byte-order mark (what Excel needs to open
 *   UTF-8 by double-click). Writers that encode bytes themselves (anonymise:
 *   Windows-1252, UTF-16) leave `bom` off and add their own.
 */

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvDialect {
  readonly delimiter: CsvDelimiter;
  readonly newline: '\n' | '\r\n' | '\r';
  /** Write 2,5 instead of 2.5 (only sensible when the delimiter is not a comma). */
  readonly decimalComma: boolean;
  /** Start the text with U+FEFF (default false). */
  readonly bom?: boolean;
}

export const PLAIN_CSV: CsvDialect = Object.freeze({ delimiter: ',', newline: '\n', decimalComma: false });

export type CsvValue = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue, dialect: CsvDialect): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    const text = positional(value);
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

/** Header plus rows, every line (the last included) ended by the dialect's newline; a BOM first when the dialect asks. */
export function renderCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], dialect: CsvDialect = PLAIN_CSV): string {
  const lines = [csvLine(header, dialect), ...rows.map((r) => csvLine(r, dialect))];
  return (dialect.bom === true ? '\ufeff' : '') + lines.map((l) => l + dialect.newline).join('');
}

/**
 * A finite number in positional notation with JavaScript's shortest
 * round-trip digits: 1e-7 → "0.0000001", 1.5e21 → "1500000000000000000000",
 * -0 → "0".
 */
export function positional(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`CSV cell value ${value} is not a finite number`);
  if (Object.is(value, -0)) return '0';
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (match === null) return text;
  const [, sign, lead, rest = '', exp] = match;
  const digits = `${lead}${rest}`;
  const point = 1 + Number(exp); // position of the decimal point within `digits`
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
