/**
 * Ties table → undirected ties (pure). Row by row, in file order:
 *
 * - the row must be as wide as the header (../model/table.ts);
 * - ids are trimmed and NFC-normalised (`id-normalised`, once per id);
 * - an empty source or target skips the whole row (`empty-endpoint`);
 * - the weight must be a positive finite number, else an InputError. With `;` or
 *   tab as delimiter a decimal comma is read (`2,5` = 2.5; tab too, because Danish
 *   Excel's "Unicode-tekst" is tab-separated with decimal commas). A value with
 *   both `.` and `,` (`1.234,5`) is refused: a thousands separator cannot be told
 *   from a decimal point (`1.234`), so tuff asks for the number without it;
 * - a self-loop is dropped (`self-loop`) but its actor is kept;
 * - a repeated tie, in either direction, is merged into the first one by the
 *   duplicates policy (`duplicate-tie`): sum, max, or first weight. Without a
 *   weight column every tie weighs 1 and merging keeps 1 whatever the policy.
 *   With `directed`, a row A,B is A's answer about B: only a repeat in the
 *   *same* direction is merged, A,B and B,A are two arcs (model/directed.ts
 *   symmetrises them);
 * - `source_<attr>` / `target_<attr>` cells are collected for the dataset step;
 * - the weight column is `weight` (or an alias), or the one the user chose
 *   (`--weight COLUMN`, meta.json `weight`). With `weightMeans: 'distance'` a
 *   larger number is a longer, weaker tie: each row's value d becomes the
 *   strength 1/d before merging (docs/metrics.md, "Weights that are distances");
 * - a column tuff does not use whose every non-empty cell is a number is
 *   reported once (`unused-numeric-column`, at the header) with the option
 *   that would use it: a frequency or intensity column is never dropped silently.
 */

import { InputError } from '../errors.js';
import type { DataWarning, Tie } from '../types.js';
import { type Aliases, type TiesColumns, type WeightChoice, resolveTiesColumns } from './columns.js';
import { type IdNormaliser, normaliseText } from './ids.js';
import { quote } from './quote.js';
import { type Table, checkRowWidth } from './table.js';

export const DUPLICATE_POLICIES = ['sum', 'max', 'first'] as const;
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

/** --weight-means: a larger weight is a stronger tie (default) or a longer one (a distance: strength = 1/value). */
export const WEIGHT_MEANINGS = ['strength', 'distance'] as const;
export type WeightMeans = (typeof WEIGHT_MEANINGS)[number];

/** One `source_<attr>` / `target_<attr>` cell: actor `id` has `value` for attribute `key`. */
export interface EndpointValue {
  readonly id: string;
  readonly key: string;
  readonly value: string;
  readonly line: number;
  /** The header as written, for messages. */
  readonly column: string;
}

export interface TiesRead {
  /** Merged ties, `source < target`, in order of first appearance; arcs (as written) when `directed`. */
  readonly ties: readonly Tie[];
  /** Whether `ties` are arcs (ReadTiesOptions.directed). */
  readonly directed: boolean;
  /** Actors with a row of their own as source (self-loops included) → its first line: who answered (model/directed.ts). */
  readonly sources: ReadonlyMap<string, number>;
  /** Every actor a used row names (self-loops included) → the line it is first named on. */
  readonly mentioned: ReadonlyMap<string, number>;
  readonly endpointValues: readonly EndpointValue[];
  readonly weighted: boolean;
  readonly columns: TiesColumns;
}

export interface ReadTiesOptions {
  readonly aliases: Aliases;
  readonly duplicates: DuplicatePolicy;
  /** true when the delimiter is `;` or tab: `2,5` means 2.5. */
  readonly decimalComma: boolean;
  readonly normaliseId: IdNormaliser;
  /** Warnings are appended here, in file order. */
  readonly warnings: DataWarning[];
  /** Rows are directed answers: merge only repeats in the same direction. */
  readonly directed?: boolean;
  /** The weight column chosen by the user (default: the `weight` column or its aliases). */
  readonly weightChoice?: WeightChoice | undefined;
  /** How the weight reads (default strength). */
  readonly weightMeans?: WeightMeans | undefined;
}

export function readTies(table: Table, file: string, options: ReadTiesOptions): TiesRead {
  const columns = resolveTiesColumns(table.header, file, table.headerLine, options.aliases, options.weightChoice);
  const { warnings, normaliseId } = options;
  const weighted = columns.weight !== null;
  const distance = options.weightMeans === 'distance';
  noteUnusedNumbers(table, file, columns, options);
  const ties: { source: string; target: string; weight: number }[] = [];
  const firstLines: number[] = []; // line of ties[i]'s first row
  const tieIndex = new Map<string, number>();
  const mentioned = new Map<string, number>();
  const endpointValues: EndpointValue[] = [];
  const directed = options.directed === true;
  const sources = new Map<string, number>();

  for (const row of table.rows) {
    const { line, fields } = row;
    checkRowWidth(row, table.header, columns.lastNamed, file);
    const a = normaliseId(fields[columns.source] ?? '', file, line);
    const b = normaliseId(fields[columns.target] ?? '', file, line);
    if (a === '' || b === '') {
      const which = a === '' && b === '' ? 'source and target' : a === '' ? 'source' : 'target';
      warnings.push({ file, line, code: 'empty-endpoint', message: `empty ${which}; row skipped` });
      continue;
    }
    let weight = 1;
    if (columns.weight !== null) {
      const parsed = parseWeight(fields[columns.weight] ?? '', options.decimalComma);
      if (typeof parsed === 'string') throw new InputError(file, line, parsed);
      weight = distance ? 1 / parsed : parsed;
      if (!Number.isFinite(weight)) throw new InputError(file, line, `distance ${quote((fields[columns.weight] ?? '').trim())} is too small: its strength 1/d is not a finite number`);
    }
    if (!sources.has(a)) sources.set(a, line);
    if (!mentioned.has(a)) mentioned.set(a, line);
    if (!mentioned.has(b)) mentioned.set(b, line);
    for (const column of columns.attributes) {
      const value = normaliseText(fields[column.index] ?? '');
      if (value === '') continue;
      const id = column.side === 'source' ? a : b;
      endpointValues.push({ id, key: column.key, value, line, column: columns.written[`${column.side}_${column.key}`] ?? column.key });
    }
    if (a === b) {
      warnings.push({ file, line, code: 'self-loop', message: `self-loop ${quote(a)}–${quote(b)} dropped` });
      continue;
    }
    const source = directed || a < b ? a : b;
    const target = directed || a < b ? b : a;
    const key = `${source}\u0000${target}`; // ids never hold NUL: the decoder refuses it
    const index = tieIndex.get(key);
    if (index === undefined) {
      tieIndex.set(key, ties.length);
      ties.push({ source, target, weight });
      firstLines.push(line);
      continue;
    }
    const tie = ties[index]!;
    if (weighted) {
      if (options.duplicates === 'sum') tie.weight += weight;
      else if (options.duplicates === 'max') tie.weight = Math.max(tie.weight, weight);
    }
    warnings.push({
      file,
      line,
      code: 'duplicate-tie',
      message:
        `repeated tie ${quote(source)}${directed ? '→' : '–'}${quote(target)} (first on line ${firstLines[index]!}) merged` +
        (weighted ? ` by ${options.duplicates}: weight ${tie.weight}` : ''),
    });
  }
  return { ties, directed, sources, mentioned, endpointValues, weighted, columns };
}

/**
 * One `unused-numeric-column` warning (at the header line) per unused column
 * whose every non-empty cell is a number, naming the option that uses it.
 */
function noteUnusedNumbers(table: Table, file: string, columns: TiesColumns, options: ReadTiesOptions): void {
  for (const index of columns.unused) {
    let numbers = 0;
    let allNumbers = true;
    for (const { fields } of table.rows) {
      const cell = (fields[index] ?? '').trim();
      if (cell === '') continue;
      if (typeof parseNumber(cell, options.decimalComma) === 'string') {
        allNumbers = false;
        break;
      }
      numbers++;
    }
    if (!allNumbers || numbers === 0) continue;
    const header = table.header[index]!.trim();
    const used = columns.weight === null ? 'the ties are read as unweighted' : `the weight is ${quote(table.header[columns.weight]!.trim())}`;
    options.warnings.push({
      file,
      line: table.headerLine,
      code: 'unused-numeric-column',
      message:
        `column ${quote(header)} holds numbers but is not used (${used}); to use it as the tie weight give --weight ${quote(header)}` +
        ` (and --weight-means distance if a larger number means a weaker or rarer tie, e.g. 1 = daily)`,
    });
  }
}

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A positive finite weight, or the reason it is not one (for an InputError). */
export function parseWeight(raw: string, decimalComma: boolean): number | string {
  const text = raw.trim();
  if (text === '') return 'the weight is empty: give a positive number, or remove the weight column for an unweighted network';
  const weight = parseNumber(text, decimalComma);
  if (typeof weight === 'string') return weight;
  if (!Number.isFinite(weight) || weight <= 0) return `weight ${quote(text)} is not a positive finite number`;
  return weight;
}

/** A number as written in a CSV cell (decimal comma with `;`/tab), or the reason it is not one. */
export function parseNumber(text: string, decimalComma: boolean): number | string {
  let plain = text;
  if (text.includes(',')) {
    if (!decimalComma) {
      return `weight ${quote(text)} is not a number (a decimal comma is read only in files separated by ; or tab: write 2.5)`;
    }
    if (text.includes('.') || text.indexOf(',') !== text.lastIndexOf(',')) {
      return `weight ${quote(text)}: write the number without a thousands separator (e.g. 1234,5)`;
    }
    plain = text.replace(',', '.');
  }
  if (!PLAIN_NUMBER.test(plain)) return `weight ${quote(text)} is not a number`;
  return Number(plain);
}
