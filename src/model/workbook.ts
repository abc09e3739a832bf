/**
 * Sheets of a workbook → the Tables the CSV path produces (pure), and the
 * choice of sheets.
 *
 * - A sheet's header is its first row with a non-empty cell; rows are the
 *   following non-empty rows, each at its Excel row number (the `line` of a
 *   Table). Cells become text: numbers as JavaScript writes them (`2.5`, never
 *   a decimal comma: a number cell is a number), booleans `true`/`false`,
 *   dates as ISO dates (io/xlsx-worker.ts), empty cells ''.
 * - The ties sheet is `--sheet NAME`, else the first sheet named one of
 *   TIES_SHEET_NAMES, else the workbook's only sheet (a README sheet does not
 *   count); the actors sheet is `--actors-sheet NAME`, else the first named one
 *   of ACTORS_SHEET_NAMES, else none. Names are matched case-insensitively
 *   after trimming. A sheet that is missing is an error listing the sheets.
 * - `cellRef(column, row)` is Excel's A1 notation, for `FILE:SHEET!CELL` messages.
 */

import { InputError } from '../errors.js';
import { headerKey } from './columns.js';
import type { Table, TableRow } from './table.js';

export type Cell = string | number | boolean | null;

export interface SheetCells {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
}

export const TIES_SHEET_NAMES: readonly string[] = Object.freeze([
  'ties', 'relationer', 'relations', 'relationships', 'netværk', 'netvaerk', 'network', 'edges', 'connections', 'forbindelser',
]);
export const ACTORS_SHEET_NAMES: readonly string[] = Object.freeze([
  'actors', 'aktører', 'aktoerer', 'aktorer', 'elements', 'nodes', 'organisations', 'organisationer', 'deltagere',
]);
/** Sheets of an attendance list (two-mode data), tried before TIES_SHEET_NAMES when the data are two-mode. */
export const PARTICIPATION_SHEET_NAMES: readonly string[] = Object.freeze([
  'participation', 'deltagelse', 'attendance', 'fremmøde', 'fremmoede',
]);
const README_NAMES = new Set(['readme', 'læs mig', 'laes mig', 'vejledning', 'instructions']);

/** A sheet of explanations (README, Læs mig, Vejledning, …), never data. */
export function isReadmeSheet(name: string): boolean {
  return README_NAMES.has(headerKey(name));
}

export function sheetToTable(sheet: SheetCells, file: string): Table {
  const text = (cell: Cell | undefined): string =>
    cell === null || cell === undefined ? '' : typeof cell === 'string' ? cell : String(cell);
  let header: string[] | null = null;
  let headerLine = 0;
  const rows: TableRow[] = [];
  sheet.rows.forEach((cells, r) => {
    const fields = cells.map(text);
    if (!fields.some((f) => f.trim() !== '')) return;
    if (header === null) {
      header = fields;
      headerLine = r + 1;
    } else rows.push({ line: r + 1, fields });
  });
  if (header === null) throw new InputError(file, null, { code: 'sheet-empty', params: {} });
  return { header, headerLine, rows };
}

export interface SheetChoice {
  readonly ties: SheetCells;
  readonly actors: SheetCells | null;
}

/**
 * `sheet` / `actorsSheet`: the names the user chose (--sheet, --actors-sheet), or undefined;
 * `twoMode`: the data sheet is an attendance list (PARTICIPATION_SHEET_NAMES tried before TIES_SHEET_NAMES).
 */
export function chooseSheets(
  sheets: readonly SheetCells[], file: string, sheet: string | undefined, actorsSheet: string | undefined, twoMode = false,
): SheetChoice {
  const tiesNames = twoMode ? [...PARTICIPATION_SHEET_NAMES, ...TIES_SHEET_NAMES] : TIES_SHEET_NAMES;
  const names = sheets.map((s) => s.name);
  const named = (name: string, flag: string): SheetCells => {
    const found = sheets.find((s) => headerKey(s.name) === headerKey(name));
    if (found === undefined) throw new InputError(file, null, { code: 'sheet-unknown', params: { option: flag, name, sheets: names } });
    return found;
  };
  const byNames = (names: readonly string[]): SheetCells | undefined => {
    const keys = new Set(names.map((n) => headerKey(n)));
    return sheets.find((s) => keys.has(headerKey(s.name)));
  };
  let ties: SheetCells | undefined = sheet === undefined ? byNames(tiesNames) : named(sheet, '--sheet');
  if (ties === undefined) {
    const data = sheets.filter((s) => !README_NAMES.has(headerKey(s.name)) && byNames(ACTORS_SHEET_NAMES) !== s);
    if (data.length === 1) ties = data[0];
  }
  if (ties === undefined) {
    throw new InputError(file, null, { code: 'no-ties-sheet', params: { names: tiesNames, sheets: names, twoMode } });
  }
  const actors = actorsSheet === undefined ? (byNames(ACTORS_SHEET_NAMES) ?? null) : named(actorsSheet, '--actors-sheet');
  if (actors === ties) throw new InputError(file, null, { code: 'sheet-both', params: { name: ties.name } });
  return { ties, actors };
}

/** Excel's A1 notation: column index 0 = A, 25 = Z, 26 = AA. */
export function cellRef(column: number, row: number): string {
  let name = '';
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return `${name}${row}`;
}
