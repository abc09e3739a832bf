/**
 * Report → CSV: one row per actor (id order) with every metric, for Excel and
 * for scripts. Columns: id, label, sector, the actor attributes (columns.ts),
 * then the metrics in JSON report order under their JSON names.
 *
 * Dialect: `--excel da` → `;` between cells, decimal comma, UTF-8 BOM (what
 * Danish Excel opens by double-click); `--excel en` → `,`, decimal point, BOM;
 * no flag → Danish when the input was `;`-separated, else plain CSV (`,`,
 * `.`, no BOM) for scripts. Always CRLF line ends and RFC 4180 quoting (a cell
 * holding the separator, `"`, CR or LF is quoted, quotes doubled; so is one
 * with leading or trailing blanks, which readers that trim would lose).
 *
 * Cells: numbers at full precision in positional notation (never `1e-7`,
 * which Excel may read as text in some locales), negative numbers stay
 * numbers; booleans as 1/0 (a number in every Excel locale); null as an empty
 * cell. A text cell beginning with `=`, `+`, `-`, `@`, tab or CR is prefixed
 * with `'` so no spreadsheet runs it as a formula (formula injection, OWASP).
 */

import type { ExcelDialect, RenderInput, RenderOptions } from './render-input.js';
import { METRIC_COLUMNS, actorIds, attributeColumns } from './columns.js';

interface Dialect {
  readonly separator: string;
  readonly decimal: string;
  readonly bom: boolean;
}

const DIALECTS: Readonly<Record<ExcelDialect | 'plain', Dialect>> = {
  da: { separator: ';', decimal: ',', bom: true },
  en: { separator: ',', decimal: '.', bom: true },
  plain: { separator: ',', decimal: '.', bom: false },
};

const EOL = '\r\n';

export function renderCsv({ report }: RenderInput, options: Pick<RenderOptions, 'excel'>): string {
  const dialect = DIALECTS[options.excel ?? (report.input.delimiter === ';' ? 'da' : 'plain')];
  const attributes = attributeColumns(report);
  const text = (value: string | null): string => textCell(value, dialect.separator);
  const number = (value: number): string => {
    const plain = positional(value);
    return dialect.decimal === '.' ? plain : plain.replace('.', dialect.decimal);
  };

  const header = ['id', 'label', 'sector', ...attributes.map((a) => a.field), ...METRIC_COLUMNS.map((c) => c.key)];
  const lines = [header.map(text).join(dialect.separator)];
  for (const id of actorIds(report)) {
    const actor = report.actors[id]!;
    const cells = [text(id), text(actor.label), text(actor.sector)];
    for (const a of attributes) cells.push(text(actor.attributes[a.name] ?? null));
    for (const c of METRIC_COLUMNS) {
      const value = actor[c.key];
      cells.push(value === null ? '' : typeof value === 'boolean' ? (value ? '1' : '0') : number(value));
    }
    lines.push(cells.join(dialect.separator));
  }
  return (dialect.bom ? '\ufeff' : '') + lines.join(EOL) + EOL;
}

/** A text cell: formula characters neutralised, then quoted when RFC 4180 requires it. */
export function textCell(value: string | null, separator: string): string {
  if (value === null || value === '') return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  const quote = safe.includes(separator) || /["\r\n]/.test(safe) || safe !== safe.trim();
  return quote ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A finite number in positional notation with JavaScript's shortest
 * round-trip digits: 1e-7 → "0.0000001", 1.5e21 → "1500000000000000000000",
 * -0 → "0".
 */
export function positional(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`CSV cell is ${value}: not a finite number`);
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
