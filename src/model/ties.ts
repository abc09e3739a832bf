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
 *   that would use it: a frequency or intensity column is never dropped silently;
 * - a tie-type column (columns.ts TIE_TYPE_HEADERS: `type`, `relation`,
 *   `relationstype`, …) keeps the kind of each row (compared case-insensitively,
 *   named by its first spelling). A repeat is a repeat only
 *   within one kind; the same pair with two kinds is a multiplex tie, not a
 *   warning. The ties analysed are those of the kinds chosen (`tieTypes`,
 *   --tie-type) or of every kind, merged per pair by the duplicates policy
 *   without a warning; an empty kind is a warning (`empty-tie-type`) and the
 *   row counts only when every kind is analysed.
 */

import { InputError } from '../errors.js';
import { dataWarning } from '../i18n/warnings.js';
import type { ErrorProblem } from '../i18n/input.js';
import type { DataWarning, Tie, TieTypeData } from '../types.js';
import { type Aliases, type TiesColumns, type WeightChoice, headerKey, resolveTiesColumns } from './columns.js';
import { compareCodeUnits } from '../util/sort.js';
import { type IdNormaliser, normaliseText } from './ids.js';
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

/** The kinds of tie of a ties file with a tie-type column (types.ts TieTypeData). */
export type TieTypesRead = TieTypeData;

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
  /** Present when the file has a tie-type column. */
  readonly tieTypes: TieTypesRead | null;
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
  /** --tie-type: the kinds of tie to analyse (matched case-insensitively); undefined: every kind. */
  readonly tieTypes?: readonly string[] | undefined;
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
  const kinds: (string | null)[] = []; // kind of ties[i] (tie-type column only)
  const kindSpelling = new Map<string, string>();

  for (const row of table.rows) {
    const { line, fields } = row;
    checkRowWidth(row, table.header, columns.lastNamed, file);
    const a = normaliseId(fields[columns.source] ?? '', file, line);
    const b = normaliseId(fields[columns.target] ?? '', file, line);
    if (a === '' || b === '') {
      const which = a === '' && b === '' ? 'both' : a === '' ? 'source' : 'target';
      warnings.push(dataWarning(file, line, { code: 'empty-endpoint', params: { which } }));
      continue;
    }
    let weight = 1;
    if (columns.weight !== null) {
      const parsed = parseWeight(fields[columns.weight] ?? '', options.decimalComma);
      if (typeof parsed !== 'number') throw new InputError(file, line, parsed, { column: columns.weight });
      weight = distance ? 1 / parsed : parsed;
      if (!Number.isFinite(weight)) throw new InputError(file, line, { code: 'distance-too-small', params: { text: (fields[columns.weight] ?? '').trim() } });
    }
    let kind: string | null = null;
    if (columns.tieType !== null) {
      kind = normaliseText(fields[columns.tieType] ?? '');
      if (kind === '') {
        kind = null;
        warnings.push(dataWarning(file, line, { code: 'empty-tie-type', params: {} }));
      } else {
        // Kinds are compared case-insensitively (Excel users write "Information" and "information"); the first spelling names it.
        const spelled = kindSpelling.get(headerKey(kind));
        if (spelled === undefined) kindSpelling.set(headerKey(kind), kind);
        else kind = spelled;
      }
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
      warnings.push(dataWarning(file, line, { code: 'self-loop', params: { id: a } }));
      continue;
    }
    const source = directed || a < b ? a : b;
    const target = directed || a < b ? b : a;
    // ids never hold NUL (the decoder refuses it); a kind of tie is part of the key: a repeat is one within a kind.
    const key = kind === null ? `${source}\u0000${target}` : `${source}\u0000${target}\u0000\u0000${kind}`;
    const index = tieIndex.get(key);
    if (index === undefined) {
      tieIndex.set(key, ties.length);
      ties.push({ source, target, weight });
      kinds.push(kind);
      firstLines.push(line);
      continue;
    }
    const tie = ties[index]!;
    if (weighted) {
      if (options.duplicates === 'sum') tie.weight += weight;
      else if (options.duplicates === 'max') tie.weight = Math.max(tie.weight, weight);
    }
    warnings.push(dataWarning(file, line, {
      code: 'duplicate-tie',
      params: { source, target, directed, kind, firstLine: firstLines[index]!, merged: weighted ? { by: options.duplicates, weight: tie.weight } : null },
    }));
  }
  if (columns.tieType === null) {
    if (options.tieTypes !== undefined) {
      throw new InputError(file, table.headerLine, { code: 'tie-type-no-column', params: { found: table.header } });
    }
    return { ties, directed, sources, mentioned, endpointValues, weighted, columns, tieTypes: null };
  }
  const typed = splitKinds(ties, kinds, file, table.header[columns.tieType]!.trim(), options, weighted);
  return { ties: typed.ties, directed, sources, mentioned, endpointValues, weighted, columns, tieTypes: typed.tieTypes };
}

/**
 * Ties kept per kind → the ties analysed (the chosen kinds, or all, merged per
 * pair by the duplicates policy: several kinds of tie between two actors are
 * one multiplex tie, not a repeat) and the per-kind pairs for the report.
 */
function splitKinds(
  ties: readonly Tie[],
  kinds: readonly (string | null)[],
  file: string,
  column: string,
  options: ReadTiesOptions,
  weighted: boolean,
): { ties: Tie[]; tieTypes: TieTypesRead } {
  const found = [...new Set(kinds.filter((k): k is string => k !== null))].sort(compareCodeUnits);
  let selected: string[] | null = null;
  if (options.tieTypes !== undefined) {
    const byKey = new Map(found.map((k) => [headerKey(k), k]));
    selected = [];
    for (const wanted of options.tieTypes) {
      const kind = byKey.get(headerKey(wanted));
      if (kind === undefined) {
        throw new InputError(file, null, { code: 'tie-type-unknown', params: { wanted, column, kinds: found } });
      }
      if (!selected.includes(kind)) selected.push(kind);
    }
    selected.sort(compareCodeUnits);
  }
  const chosen = selected === null ? null : new Set(selected);
  const merge = (into: { weight: number }, weight: number): void => {
    if (!weighted) return;
    if (options.duplicates === 'sum') into.weight += weight;
    else if (options.duplicates === 'max') into.weight = Math.max(into.weight, weight);
  };
  const analysed: { source: string; target: string; weight: number }[] = [];
  const analysedIndex = new Map<string, number>();
  const kindsOfPair = new Map<string, Set<string | null>>();
  const perKind = new Map<string, Map<string, { source: string; target: string; weight: number }>>();
  ties.forEach((tie, i) => {
    const kind = kinds[i]!;
    if (kind !== null) {
      const [u, v] = tie.source < tie.target ? [tie.source, tie.target] : [tie.target, tie.source];
      let pairs = perKind.get(kind);
      if (pairs === undefined) perKind.set(kind, (pairs = new Map()));
      const pairKey = `${u}\u0000${v}`;
      const existing = pairs.get(pairKey);
      if (existing === undefined) pairs.set(pairKey, { source: u, target: v, weight: tie.weight });
      else merge(existing, tie.weight); // a directed pair answered both ways, in one kind
    }
    if (chosen !== null && (kind === null || !chosen.has(kind))) return;
    const key = `${tie.source}\u0000${tie.target}`;
    const index = analysedIndex.get(key);
    if (index === undefined) {
      analysedIndex.set(key, analysed.length);
      analysed.push({ ...tie });
      kindsOfPair.set(key, new Set([kind]));
    } else {
      merge(analysed[index]!, tie.weight);
      kindsOfPair.get(key)!.add(kind);
    }
  });
  let multiplexPairs = 0;
  for (const set of kindsOfPair.values()) if (set.size > 1) multiplexPairs++;
  const byKind: Record<string, Tie[]> = Object.create(null) as Record<string, Tie[]>; // ids/names as keys: no prototype, so `__proto__`, `constructor` … are ordinary keys
  for (const kind of found) {
    byKind[kind] = [...perKind.get(kind)!.values()].sort((a, b) => compareCodeUnits(a.source, b.source) || compareCodeUnits(a.target, b.target));
  }
  return { ties: analysed, tieTypes: { column, kinds: found, selected, ties: byKind, multiplexPairs, mergedBy: options.duplicates } };
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
      if (typeof parseNumber(cell, options.decimalComma) !== 'number') {
        allNumbers = false;
        break;
      }
      numbers++;
    }
    if (!allNumbers || numbers === 0) continue;
    const header = table.header[index]!.trim();
    const weight = columns.weight === null ? null : table.header[columns.weight]!.trim();
    options.warnings.push(dataWarning(file, table.headerLine, { code: 'unused-numeric-column', params: { column: header, weight } }));
  }
}

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A positive finite weight, or the reason it is not one (for an InputError). */
export function parseWeight(raw: string, decimalComma: boolean): number | ErrorProblem {
  const text = raw.trim();
  if (text === '') return { code: 'weight-empty', params: {} };
  const weight = parseNumber(text, decimalComma);
  if (typeof weight !== 'number') return weight;
  if (!Number.isFinite(weight) || weight <= 0) return { code: 'weight-not-positive', params: { text } };
  return weight;
}

/** A number as written in a CSV cell (decimal comma with `;`/tab), or the reason it is not one. */
export function parseNumber(text: string, decimalComma: boolean): number | ErrorProblem {
  let plain = text;
  if (text.includes(',')) {
    if (!decimalComma) return { code: 'weight-decimal-comma', params: { text } };
    if (text.includes('.') || text.indexOf(',') !== text.lastIndexOf(',')) return { code: 'weight-thousands', params: { text } };
    plain = text.replace(',', '.');
  }
  if (!PLAIN_NUMBER.test(plain)) return { code: 'weight-not-number', params: { text } };
  return Number(plain);
}
