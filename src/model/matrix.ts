/**
 * An adjacency matrix → the edge-list Table the ties reader validates (pure).
 *
 * The shape Excel users and UCINET keep: the first row and the first column
 * hold the actor ids (the top-left cell is empty or a label such as `id`),
 * each cell the tie from the row's actor to the column's actor: 0 or empty =
 * no tie, 1 = a tie, any other positive number = its weight (a decimal comma
 * with `;` or tab, as Danish Excel saves it).
 *
 * Recognised automatically (`looksLikeMatrix`) when the ties file has no
 * source/target column and either its top-left cell is empty (as Excel saves
 * a matrix) or the ids of the first row, after its first cell, are the same
 * set as the ids of the first column (at least two actors either way);
 * `--matrix` reads any file as one. What does not fit is an error.
 *
 * - Symmetric (A[i][j] = A[j][i] for every pair): one undirected tie per pair
 *   with A[i][j] > 0, from the row that comes first.
 * - Asymmetric: directed data (who names whom, row → column): read as
 *   directed answers, one arc per cell > 0, unless the caller says the data
 *   are undirected (meta.json `"directed": false`): then each pair's two
 *   cells, where they differ, are two rows the ties reader merges by the
 *   duplicates policy (and names in its repeated-tie warnings). Either way
 *   the caller says so (`asymmetric-matrix`, at the first differing row).
 * - A non-zero diagonal cell is a self-loop (the ties reader drops it with a
 *   warning at the row's line).
 * - Weighted when some cell is neither 0 nor 1 (or empty).
 * - Errors (`FILE:LINE`, the physical line of the matrix row; the header for
 *   column problems): a row longer or shorter than the header (ragged), a
 *   cell that is not a number or is negative (naming its row and column ids),
 *   row and column ids that differ, a duplicate id, an empty id.
 */

import { InputError } from '../errors.js';
import { normaliseText } from './ids.js';
import type { Table, TableRow } from './table.js';
import { parseNumber } from './ties.js';

export interface MatrixRead {
  /** The matrix as an edge list: header source, target[, weight]; each row at the line of its matrix row. */
  readonly table: Table;
  /** Actor ids in row order, with the line of their row (isolates included). */
  readonly actors: ReadonlyMap<string, number>;
  readonly symmetric: boolean;
  /** The first cell where A[i][j] ≠ A[j][i] (for the notice), or null when symmetric. */
  readonly firstAsymmetry: { readonly row: string; readonly column: string; readonly line: number } | null;
  readonly weighted: boolean;
  readonly size: number;
  /** Whether the table holds arcs (every cell) or undirected pairs. */
  readonly directed: boolean;
}

/** true when the table is shaped like an adjacency matrix (no source/target needed: the caller checks that). */
export function looksLikeMatrix(table: Table): boolean {
  const columns = table.header.slice(1).map((h) => normaliseText(h));
  if (columns.length < 2) return false;
  if ((table.header[0] ?? '').trim() === '') return true;
  if (table.rows.length !== columns.length) return false;
  const rows = table.rows.map((r) => normaliseText(r.fields[0] ?? ''));
  const set = new Set(columns);
  return set.size === columns.length && rows.every((id) => set.has(id)) && new Set(rows).size === rows.length;
}

/**
 * `directed`: true = the rows are answers (every cell an arc), false = undirected
 * whatever the cells, undefined = directed exactly when the matrix is asymmetric.
 */
export function readMatrix(table: Table, file: string, decimalComma: boolean, directed?: boolean): MatrixRead {
  const line = table.headerLine;
  const columns = table.header.slice(1).map((h) => normaliseText(h));
  const lastNamed = lastNonEmpty(table.header);
  if (columns.length === 0) throw new InputError(file, line, { code: 'matrix-no-column-ids', params: {} });
  const columnIndex = new Map<string, number>();
  columns.forEach((id, j) => {
    if (id === '') {
      if (j + 1 <= lastNamed) throw new InputError(file, line, { code: 'matrix-column-without-id', params: { column: j + 2 } });
      return;
    }
    const seen = columnIndex.get(id);
    if (seen !== undefined) throw new InputError(file, line, { code: 'matrix-id-two-columns', params: { id, a: seen + 2, b: j + 2 } });
    columnIndex.set(id, j);
  });
  const size = columnIndex.size;
  const rowIds: string[] = [];
  const rowLines = new Map<string, number>();
  const cells: Float64Array[] = [];
  let weighted = false;
  for (const row of table.rows) {
    const id = normaliseText(row.fields[0] ?? '');
    if (id === '') throw new InputError(file, row.line, { code: 'matrix-row-without-id', params: {} });
    const first = rowLines.get(id);
    if (first !== undefined) throw new InputError(file, row.line, { code: 'matrix-id-two-rows', params: { id, first, second: row.line } });
    if (!columnIndex.has(id)) {
      throw new InputError(file, row.line, { code: 'matrix-row-not-column', params: { id, columns } });
    }
    checkWidth(row, size + 1, file);
    rowLines.set(id, row.line);
    rowIds.push(id);
    const values = new Float64Array(size);
    for (let j = 0; j < size; j++) {
      const raw = (row.fields[j + 1] ?? '').trim();
      if (raw === '') continue;
      const value = parseNumber(raw, decimalComma);
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new InputError(file, row.line, { code: 'matrix-cell-not-number', params: { row: id, column: columns[j]!, raw } }, { column: j + 1 });
      }
      if (value < 0) throw new InputError(file, row.line, { code: 'matrix-cell-negative', params: { row: id, column: columns[j]!, raw } }, { column: j + 1 });
      if (value !== 0 && value !== 1) weighted = true;
      values[j] = value;
    }
    cells.push(values);
  }
  if (rowIds.length !== size) {
    const missing = columns.filter((c) => c !== '' && !rowLines.has(c));
    throw new InputError(file, line, { code: 'matrix-columns-without-row', params: { ids: missing } });
  }
  // Row r of the matrix is actor rowIds[r]; its column is columnIndex.get(rowIds[r]).
  const rowOf = new Int32Array(size);
  rowIds.forEach((id, r) => {
    rowOf[columnIndex.get(id)!] = r;
  });
  let firstAsymmetry: MatrixRead['firstAsymmetry'] = null;
  for (let r = 0; r < size && firstAsymmetry === null; r++) {
    for (let j = 0; j < size; j++) {
      if (cells[r]![j] !== cells[rowOf[j]!]![columnIndex.get(rowIds[r]!)!]) {
        firstAsymmetry = { row: rowIds[r]!, column: columns[j]!, line: rowLines.get(rowIds[r]!)! };
        break;
      }
    }
  }
  const symmetric = firstAsymmetry === null;
  const arcs = directed ?? !symmetric;
  const header = weighted ? ['source', 'target', 'weight'] : ['source', 'target'];
  const rows: TableRow[] = [];
  for (let r = 0; r < size; r++) {
    const id = rowIds[r]!;
    const self = columnIndex.get(id)!;
    for (let j = 0; j < size; j++) {
      const value = cells[r]![j]!;
      if (value === 0) continue;
      // Undirected: a pair's cell in the later row only when it differs from the earlier one (the reader then merges the two).
      if (!arcs && j !== self && rowOf[j]! < r && value === cells[rowOf[j]!]![self]) continue;
      const fields = weighted ? [id, columns[j]!, String(value)] : [id, columns[j]!];
      rows.push({ line: rowLines.get(id)!, fields });
    }
  }
  return { table: { header, headerLine: line, rows }, actors: rowLines, symmetric, firstAsymmetry, weighted, size, directed: arcs };
}

function checkWidth(row: TableRow, width: number, file: string): void {
  const n = row.fields.length;
  let last = n - 1;
  while (last >= width && row.fields[last]!.trim() === '') last--; // Excel pads rows with empty cells
  if (last + 1 !== width) {
    throw new InputError(file, row.line, { code: 'matrix-ragged', params: { cells: last + 1, width } });
  }
}

function lastNonEmpty(header: readonly string[]): number {
  for (let i = header.length - 1; i >= 0; i--) if (header[i]!.trim() !== '') return i;
  return -1;
}

