/**
 * Report → CSV: one row per actor (id order) with every metric, for Excel and
 * for scripts. Columns: id, label, sector, the actor attributes (columns.ts),
 * then the metrics in JSON report order under their JSON names; under `--lang da`
 * the header row is Danish (i18n/csv-headers.ts), the columns and values the same.
 *
 * Dialect: `--excel da` → `;` between cells, decimal comma, UTF-8 BOM (what
 * Danish Excel opens by double-click); `--excel en` → `,`, decimal point, BOM;
 * no flag → Danish when the input was `;`-separated, else plain CSV (`,`,
 * `.`, no BOM) for scripts. Always CRLF line ends and RFC 4180 quoting (a cell
 * holding the separator, `"`, CR or LF is quoted, quotes doubled; so is one
 * with leading or trailing blanks, which readers that trim would lose).
 *
 * Cells (written by util/csv-write.ts, the one CSV writer): numbers at full
 * precision in positional notation (never `1e-7`, which Excel may read as
 * text in some locales), negative numbers stay numbers; booleans as 1/0 (a
 * number in every Excel locale); null as an empty cell. A text cell beginning
 * with `=`, `+`, `-`, `@`, tab or CR is prefixed with `'` so no spreadsheet
 * runs it as a formula (formula injection, OWASP).
 */

import { renderCsv as renderRows, type CsvDialect, type CsvValue } from '../util/csv-write.js';
import type { ExcelDialect, RenderInput, RenderOptions } from './render-input.js';
import { actorIds, attributeColumns, metricColumns, metricValue } from './columns.js';
import { csvHeaders } from '../i18n/csv-headers.js';

const DIALECTS: Readonly<Record<ExcelDialect | 'plain', CsvDialect>> = Object.freeze({
  da: { delimiter: ';', newline: '\r\n', decimalComma: true, bom: true },
  en: { delimiter: ',', newline: '\r\n', decimalComma: false, bom: true },
  plain: { delimiter: ',', newline: '\r\n', decimalComma: false, bom: false },
});

/** The dialect of a CSV tuff writes: `--excel`, else Danish Excel's when the input was `;`-separated, else plain. */
export function csvDialect(excel: ExcelDialect | undefined, inputDelimiter: string): CsvDialect {
  return DIALECTS[excel ?? (inputDelimiter === ';' ? 'da' : 'plain')];
}

export function renderCsv({ report }: RenderInput, options: Pick<RenderOptions, 'excel'> & Partial<Pick<RenderOptions, 'lang'>>): string {
  const dialect = csvDialect(options.excel, report.input.delimiter);
  const attributes = attributeColumns(report);
  const metrics = metricColumns(report);
  const words = csvHeaders(options.lang ?? 'en');
  const fixed = [words.id, words.label, words.sector, ...metrics.map((c) => words.metrics[c.key])];
  // English: the fields of columns.ts; Danish: an attribute named like a Danish header gets the Danish prefix.
  const taken = new Set(fixed.map((h) => h.toLowerCase()));
  const field = (a: { name: string; field: string }): string =>
    options.lang !== 'da' ? a.field
    : a.name === 'vulnerable' ? words.vulnerable
    : taken.has(a.name.toLowerCase()) || a.name.toLowerCase() === words.vulnerable ? `${words.attributePrefix}${a.name}`
    : a.name;
  const header = [...fixed.slice(0, 3), ...attributes.map(field), ...fixed.slice(3)];
  const rows = actorIds(report).map((id) => {
    const actor = report.actors[id]!;
    const cells: CsvValue[] = [id, actor.label, actor.sector];
    for (const a of attributes) cells.push(actor.attributes[a.name] ?? null);
    for (const c of metrics) {
      const value = metricValue(actor, c);
      cells.push(typeof value === 'boolean' ? (value ? 1 : 0) : value);
    }
    return cells;
  });
  return renderRows(header, rows, dialect);
}
