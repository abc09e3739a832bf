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
 * - `source_<attr>` / `target_<attr>` cells are collected for the dataset step.
 */

import { InputError } from '../errors.js';
import type { DataWarning, Tie } from '../types.js';
import { type Aliases, type TiesColumns, resolveTiesColumns } from './columns.js';
import { type IdNormaliser, normaliseText } from './ids.js';
import { quote } from './quote.js';
import { type Table, checkRowWidth } from './table.js';

export const DUPLICATE_POLICIES = ['sum', 'max', 'first'] as const;
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

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
}

export function readTies(table: Table, file: string, options: ReadTiesOptions): TiesRead {
  const columns = resolveTiesColumns(table.header, file, table.headerLine, options.aliases);
  const { warnings, normaliseId } = options;
  const weighted = columns.weight !== null;
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
      weight = parsed;
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

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A positive finite weight, or the reason it is not one (for an InputError). */
export function parseWeight(raw: string, decimalComma: boolean): number | string {
  const text = raw.trim();
  if (text === '') return 'the weight is empty: give a positive number, or remove the weight column for an unweighted network';
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
  const weight = Number(plain);
  if (!Number.isFinite(weight) || weight <= 0) return `weight ${quote(text)} is not a positive finite number`;
  return weight;
}
