/**
 * A path on disk → a validated ReadResult (Dataset + InputInfo + warnings).
 * The only module of the input layer that touches the file system; decoding,
 * CSV parsing and validation below it are pure.
 *
 * `input` is a ties CSV file, or a folder holding `ties.csv` and optionally
 * `actors.csv` and `meta.json` (names matched case-insensitively). A folder
 * with no ties file but an attendance list (`participation.csv`,
 * `deltagelse.csv`, `attendance.csv`: PARTICIPATION_NAMES) is two-mode data;
 * so is any ties file with `twoMode` (--two-mode, meta.json `"twoMode": true`):
 * its actor–activity rows are projected onto the actors (model/two-mode.ts). `--actors`
 * names the actors file explicitly (it wins over the folder's). meta.json's
 * `groupBy` is used when options.groupBy is undefined; its `headerAliases` add
 * header aliases. Default groupBy: `sector` when the actors have one (or the
 * ties file has source_sector / target_sector), else null.
 * Every other data-looking file of a folder (.csv/.tsv/.txt/.xlsx/.xls/.ods;
 * not README*, dotfiles, `~$` lock files, a workbook of headers only) is one
 * `file-not-read` warning naming what was read instead: never silently skipped.
 *
 * Paths in messages and in InputInfo are as the user gave them
 * (`path.join(folder, 'ties.csv')` for a folder). File-system failures become
 * InputErrors `FILE: …` (never a raw ENOENT); only regular files are read
 * (not /dev/zero, FIFOs, folders), at most MAX_FILE_BYTES each.
 */

import { readFileSync, readdirSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { dataWarning } from '../i18n/warnings.js';
import type { ErrorParams } from '../i18n/input.js';
import { readActors } from '../model/actors.js';
import { type Aliases, buildAliases, canonicalColumn } from '../model/columns.js';
import type { IdNormaliser } from '../model/ids.js';
import type { Table } from '../model/table.js';
import { cellRef, chooseSheets, isReadmeSheet, sheetToTable } from '../model/workbook.js';
import { type Projection, participationTies, readParticipation } from '../model/two-mode.js';
import { isZip, readWorkbook } from './xlsx.js';
import type { Meta } from './meta.js';
import { type MatrixRead, looksLikeMatrix, readMatrix } from '../model/matrix.js';
import { type Combined, chooseGroupBy, combineDataset } from '../model/dataset.js';
import { createIdNormaliser } from '../model/ids.js';
import { type DuplicatePolicy, type WeightMeans, readTies } from '../model/ties.js';
import { resolveRespondents, sortArcs, symmetriseArcs } from '../model/directed.js';
import type { DataWarning, DirectedData, InputInfo, NonRespondentRule, ReadResult, Symmetrise, Encoding, TwoModeData } from '../types.js';
import { type CsvTable, parseCsv } from './csv.js';
import { decodeBytes } from './decode.js';
import { parseMeta } from './meta.js';
import { compareCodeUnits } from '../util/sort.js';

export { DUPLICATE_POLICIES, WEIGHT_MEANINGS, type DuplicatePolicy, type WeightMeans } from '../model/ties.js';
export { PROJECTIONS, type Projection } from '../model/two-mode.js';

export interface ReadOptions {
  actors?: string | undefined;
  groupBy?: string | undefined;
  duplicates?: DuplicatePolicy | undefined;
  /** true: each row is the source's answer about the target (--directed); undefined: meta.json `directed`, else false. */
  directed?: boolean | undefined;
  /** Directed data only: how the undirected metrics' network is made (default union; meta.json `symmetrise`). */
  symmetrise?: Symmetrise | undefined;
  /** Directed data only: who did not answer when no respondent column says so (meta.json `nonRespondents`). */
  nonRespondents?: NonRespondentRule | undefined;
  /** The ties column that is the weight (--weight); default meta.json `weight`, else the `weight` column. */
  weight?: string | undefined;
  /** Whether a larger weight is a stronger or a longer tie (--weight-means); default meta.json `weightMeans`, else strength. */
  weightMeans?: WeightMeans | undefined;
  /** The kinds of tie to analyse (--tie-type), matched case-insensitively in the tie-type column; default every kind, merged. */
  tieTypes?: readonly string[] | undefined;
  /** Read the ties file as an adjacency matrix (--matrix); default: when it looks like one (model/matrix.ts). */
  matrix?: boolean | undefined;
  /** A workbook's sheet of ties (--sheet); default: the sheet named ties/relationer/relations/netværk, or the only one. */
  sheet?: string | undefined;
  /** A workbook's sheet of actors (--actors-sheet); default: the sheet named actors/aktører/aktoerer, if any. */
  actorsSheet?: string | undefined;
  /**
   * true: the ties file is an attendance list, one actor and activity per row (--two-mode), projected onto the actors;
   * undefined: meta.json `twoMode`, else a folder's participation.csv/deltagelse.csv/attendance.csv (when it has no ties.csv).
   */
  twoMode?: boolean | undefined;
  /** Two-mode data: `count` (shared activities, the default) or `newman` (Newman's collaboration weights); default meta.json `projection`. */
  projection?: Projection | undefined;
}

/** Larger files are refused before reading: a network this size is not a partnership, and V8 strings stop at ~512 MiB. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

export function readNetwork(input: string, options: ReadOptions = {}): ReadResult {
  const files = locateFiles(input, options.actors, options.twoMode === true);
  const meta = files.meta === null ? null : parseMeta(decodeBytes(readBytes(files.meta), files.meta).text, files.meta);
  const twoMode = options.twoMode ?? meta?.twoMode ?? files.participation;
  const aliases = buildAliases(meta?.headerAliases);
  const warnings: DataWarning[] = [];
  const normaliseId = createIdNormaliser(warnings);
  if (files.besideActors) {
    warnings.push(dataWarning(files.ties, 0, { code: 'actors-beside', params: { actorsFile: files.actors ?? '' } }));
  }

  if (!twoMode) refuseProjection(options, meta, files.meta);
  const src = readSource(files, options, warnings, twoMode);
  let result: ReadResult;
  try {
    result = readTables(files, meta, aliases, warnings, normaliseId, src, options, twoMode);
  } catch (error) {
    throw src.sheets === null ? error : inWorkbook(error, src);
  }
  if (files.unread.length === 0) return result;
  // First: which files of the folder were left out is what decides whether the rest of the report is about the right data.
  const unread = files.unread.map((u) =>
    dataWarning(u.file, 0, { code: 'file-not-read', params: { ties: files.ties, actors: files.actors, unreadable: u.unreadable } }),
  );
  return { ...result, warnings: [...unread, ...result.warnings] };
}

/** The ties (and actors) as Tables: from CSV files, or from the sheets of a workbook. */
interface Source {
  readonly tiesTable: CsvTable | Table;
  /** The name the readers report: the file, or `BOOK:SHEET` for a workbook. */
  readonly tiesLabel: string;
  readonly actorsTable: Table | null;
  readonly actorsLabel: string | null;
  /** InputInfo.actors: the actors file, or the workbook when its actors sheet was read. */
  readonly actorsPath: string | null;
  readonly delimiter: string;
  readonly encoding: Encoding;
  /** The workbook's sheets read, or null for CSV. */
  readonly sheets: { readonly book: string; readonly ties: string; readonly actors: string | null } | null;
}

function readSource(files: Files, options: ReadOptions, warnings: DataWarning[], twoMode: boolean): Source {
  const bytes = readBytes(files.ties);
  const actorsCsv = (): Table | null =>
    files.actors === null ? null : parseCsv(decodeBytes(readBytes(files.actors), files.actors).text, files.actors);
  if (!isZip(bytes)) {
    if (options.sheet !== undefined || options.actorsSheet !== undefined) {
      throw new UsageError({ code: 'sheet-option-on-text', params: { option: options.sheet !== undefined ? '--sheet' : '--actors-sheet', file: files.ties } });
    }
    const text = decodeBytes(bytes, files.ties);
    const tiesTable = parseCsv(text.text, files.ties);
    return {
      tiesTable, tiesLabel: files.ties, actorsTable: actorsCsv(), actorsLabel: files.actors, actorsPath: files.actors,
      delimiter: tiesTable.delimiter, encoding: text.encoding, sheets: null,
    };
  }
  const book = readWorkbook(bytes, files.ties);
  if (!/\.xlsx$/i.test(files.ties)) {
    warnings.push(dataWarning(files.ties, 0, { code: 'workbook-not-csv', params: {} }));
  }
  const chosen = chooseSheets(book, files.ties, options.sheet, files.actors === null ? options.actorsSheet : undefined, twoMode);
  const tiesLabel = `${files.ties}:${chosen.ties.name}`;
  const tiesTable = sheetToTable(chosen.ties, tiesLabel);
  const useSheet = files.actors === null && chosen.actors !== null;
  const actorsLabel = useSheet ? `${files.ties}:${chosen.actors!.name}` : files.actors;
  return {
    tiesTable,
    tiesLabel,
    actorsTable: useSheet ? sheetToTable(chosen.actors!, actorsLabel!) : actorsCsv(),
    actorsLabel,
    actorsPath: useSheet ? files.ties : files.actors,
    delimiter: '',
    encoding: 'utf-8',
    sheets: { book: files.ties, ties: chosen.ties.name, actors: useSheet ? chosen.actors!.name : null },
  };
}

/** An InputError on a sheet as `BOOK:SHEET!CELL: …` (the cell of the offending value, else the row's first cell). */
function inWorkbook(error: unknown, src: Source): unknown {
  if (!(error instanceof InputError)) return error;
  const label = error.file === src.tiesLabel || error.file === src.actorsLabel ? error.file : null;
  if (label === null) return error;
  const where = error.line === null ? label : `${label}!${cellRef(error.column ?? 0, error.line)}`;
  return new InputError(where, null, error.problem ?? error.detail, { cause: error });
}

function readTables(
  files: Files,
  meta: Meta | null,
  aliases: Aliases,
  warnings: DataWarning[],
  normaliseId: IdNormaliser,
  src: Source,
  options: ReadOptions,
  twoMode: boolean,
): ReadResult {
  const csvTable = src.tiesTable;
  const tiesFile = src.tiesLabel;
  const actorsFile = src.actorsLabel;
  const actorsTable = src.actorsTable;
  const actors = actorsTable === null || actorsFile === null ? null : readActors(actorsTable, actorsFile, { aliases, normaliseId, warnings });
  if (twoMode) {
    refuseWithTwoMode(options, meta, files.meta);
    const projection = options.projection ?? meta?.projection ?? 'count';
    const participation = readParticipation(csvTable, tiesFile, { decimalComma: src.delimiter === ';' || src.delimiter === '\t', normaliseId, warnings });
    const projected = participationTies(participation, projection);
    const combined = combineDataset({ ties: projected.ties, tiesFile, actors, actorsFile, warnings });
    const columns: Record<string, string> = { ...participation.written };
    return finish(files, meta, aliases, warnings, src, options, {
      combined, columns, actorsColumns: actors?.columns.written ?? {}, weightMeans: 'strength', directedData: null, tieTypes: null,
      shape: 'two-mode', matrix: null, twoMode: projected.twoMode,
    });
  }
  const asMatrix = options.matrix === true || (!hasEndpointColumns(csvTable.header, aliases) && looksLikeMatrix(csvTable));
  const matrix = asMatrix ? readMatrix(csvTable, tiesFile, src.delimiter === ';' || src.delimiter === '\t', options.directed ?? meta?.directed) : null;
  const tiesTable = matrix === null ? csvTable : matrix.table;
  if (matrix !== null && matrix.firstAsymmetry !== null) warnings.push(asymmetryNotice(tiesFile, matrix, options.duplicates ?? 'sum'));
  const directed = options.directed ?? meta?.directed ?? matrix?.directed ?? false;
  const symmetrise = options.symmetrise ?? meta?.symmetrise;
  const nonRespondents = options.nonRespondents ?? meta?.nonRespondents;
  if (!directed && (symmetrise !== undefined || nonRespondents !== undefined)) {
    const metaKey = symmetrise !== undefined
      ? (options.symmetrise === undefined ? 'symmetrise' : null)
      : (options.nonRespondents === undefined ? 'nonRespondents' : null);
    if (metaKey !== null && files.meta !== null) {
      // The setting came from meta.json, not the command line: name the file and line, not an option never typed.
      throw new InputError(files.meta, meta?.keyLines?.[metaKey] ?? null, { code: 'directed-only-meta', params: { key: metaKey } });
    }
    const what = symmetrise !== undefined ? '--symmetrise' : '--non-respondents';
    throw new UsageError({ code: 'directed-only-option', params: { option: what } });
  }
  const duplicates = options.duplicates ?? 'sum';
  const weightChoice =
    options.weight !== undefined ? { name: options.weight, by: '--weight' }
    : meta?.weight !== undefined && files.meta !== null ? { name: meta.weight, by: `${files.meta} "weight"` }
    : undefined;
  const weightMeans = options.weightMeans ?? meta?.weightMeans ?? 'strength';
  const typedRead = readTies(tiesTable, tiesFile, {
    aliases,
    duplicates,
    decimalComma: matrix === null && (src.delimiter === ';' || src.delimiter === '\t'),
    normaliseId,
    warnings,
    directed,
    weightChoice: matrix === null ? weightChoice : undefined,
    weightMeans,
    tieTypes: options.tieTypes,
  });
  const read = matrix === null ? typedRead : { ...typedRead, mentioned: withMatrixActors(typedRead.mentioned, matrix.actors) };
  const how = symmetrise ?? 'union';
  const ties = directed ? { ...read, ties: symmetriseArcs(read.ties, how, duplicates, read.weighted) } : read;
  const combined = combineDataset({ ties, tiesFile, actors, actorsFile, warnings });
  const directedData: DirectedData | null = !directed ? null : {
    arcs: sortArcs(read.ties),
    symmetrise: how,
    respondents: resolveRespondents({
      actors: combined.actors, actorsRead: actors, actorsFile, tiesFile,
      firstOwnRow: read.sources, rule: nonRespondents, warnings,
    }),
  };
  return finish(files, meta, aliases, warnings, src, options, {
    combined, columns: matrix === null ? { ...ties.columns.written } : {}, actorsColumns: actors?.columns.written ?? {}, weightMeans, directedData,
    tieTypes: read.tieTypes, shape: matrix === null ? 'edge-list' : 'matrix', matrix, twoMode: null,
  });
}

/** What a shape's reader hands to `finish`. */
interface ShapeRead {
  readonly combined: Combined;
  /** canonical column → header as written in the ties file. */
  readonly columns: Record<string, string>;
  readonly actorsColumns: Readonly<Record<string, string>>;
  readonly weightMeans: WeightMeans;
  readonly directedData: DirectedData | null;
  readonly tieTypes: ReturnType<typeof readTies>['tieTypes'];
  readonly shape: NonNullable<InputInfo['shape']>;
  readonly matrix: MatrixRead | null;
  readonly twoMode: TwoModeData | null;
}

/** The group column, the InputInfo and the warnings in file order: the same for every shape. */
function finish(files: Files, meta: Meta | null, aliases: Aliases, warnings: DataWarning[], src: Source, options: ReadOptions, shape: ShapeRead): ReadResult {
  const { combined, directedData, matrix, twoMode, weightMeans } = shape;
  const tiesFile = src.tiesLabel;
  let groupBy: string | null;
  if (options.groupBy !== undefined) {
    groupBy = chooseGroupBy(options.groupBy, combined.groupColumns, aliases) ?? null;
    if (groupBy === null) {
      throw new UsageError({ code: 'group-by-unknown', params: { name: options.groupBy, columns: combined.groupColumns } });
    }
  } else if (meta !== null && meta.groupBy !== undefined && files.meta !== null) {
    groupBy = meta.groupBy === null ? null : (chooseGroupBy(meta.groupBy, combined.groupColumns, aliases) ?? null);
    if (meta.groupBy !== null && groupBy === null) {
      throw new InputError(files.meta, null, { code: 'meta-group-by-unknown', params: { name: meta.groupBy, columns: combined.groupColumns } });
    }
  } else {
    groupBy = combined.groupColumns.includes('sector') ? 'sector' : null;
  }

  const columns: Record<string, string> = { ...shape.columns };
  for (const [key, header] of Object.entries(shape.actorsColumns)) columns[`actors.${key}`] = header;
  const info: InputInfo = {
    ties: files.ties,
    actors: src.actorsPath,
    groupBy,
    weighted: combined.weighted,
    ...(combined.weighted ? { weightMeans } : {}),
    delimiter: src.delimiter,
    encoding: src.encoding,
    columns,
    shape: shape.shape,
    format: src.sheets === null ? 'csv' : 'xlsx',
    ...(src.sheets === null ? {} : { sheets: { ties: src.sheets.ties, actors: src.sheets.actors } }),
    ...(matrix === null ? {} : { matrix: { actors: matrix.size, symmetric: matrix.symmetric } }),
    ...(twoMode === null ? {} : {
      twoMode: { projection: twoMode.projection, activities: twoMode.activities.length, rows: twoMode.rows, participations: twoMode.participations },
    }),
    ...(directedData === null ? {} : { directed: true as const, symmetrise: directedData.symmetrise }),
  };
  const rank = (file: string): number => (file === files.ties ? 0 : file === tiesFile ? 1 : 2);
  const sorted = warnings
    .map((w, i) => ({ w, i }))
    .sort((a, b) => rank(a.w.file) - rank(b.w.file) || a.w.line - b.w.line || a.i - b.i)
    .map(({ w }) => w);
  return {
    dataset: {
      actors: combined.actors, ties: combined.ties, weighted: combined.weighted, groupBy,
      ...(directedData === null ? {} : { directed: directedData }),
      ...(shape.tieTypes === null ? {} : { tieTypes: shape.tieTypes }),
      ...(twoMode === null ? {} : { twoMode }),
    },
    input: info,
    warnings: sorted,
  };
}

/** --projection (or meta.json `projection`) without two-mode data: say what it needs, at the meta.json line when it came from there. */
function refuseProjection(options: ReadOptions, meta: Meta | null, metaFile: string | null): void {
  if (options.projection !== undefined) {
    throw new UsageError({ code: 'projection-without-two-mode', params: {} });
  }
  if (meta?.projection !== undefined && metaFile !== null) {
    throw new InputError(metaFile, meta.keyLines?.['projection'] ?? null, { code: 'meta-projection-without-two-mode', params: {} });
  }
}

/**
 * The options of an edge list that have no meaning for an attendance list (its ties are the activities actors share,
 * undirected, weighted by the projection): refused, from the command line or meta.json, rather than silently ignored.
 */
function refuseWithTwoMode(options: ReadOptions, meta: Meta | null, metaFile: string | null): void {
  const given: [unknown, string][] = [
    [options.directed === true ? true : undefined, '--directed'], [options.matrix === true ? true : undefined, '--matrix'],
    [options.symmetrise, '--symmetrise'], [options.nonRespondents, '--non-respondents'],
    [options.weight, '--weight'], [options.weightMeans, '--weight-means'], [options.tieTypes, '--tie-type'],
  ];
  const flag = given.find(([value]) => value !== undefined)?.[1];
  if (flag !== undefined) {
    throw new UsageError({ code: 'two-mode-option', params: { option: flag } });
  }
  if (meta === null || metaFile === null) return;
  const keys: [unknown, string][] = [
    [meta.directed === true ? true : undefined, 'directed'], [meta.symmetrise, 'symmetrise'], [meta.nonRespondents, 'nonRespondents'],
    [meta.weight, 'weight'], [meta.weightMeans, 'weightMeans'],
  ];
  const key = keys.find(([value]) => value !== undefined)?.[1];
  if (key !== undefined) {
    throw new InputError(metaFile, meta.keyLines?.[key] ?? null, { code: 'two-mode-meta', params: { key } });
  }
}

/** true when the header has both a source and a target column (an edge list, not a matrix). */
function hasEndpointColumns(header: readonly string[], aliases: Aliases): boolean {
  const names = new Set(header.map((h) => canonicalColumn(h, aliases)));
  return names.has('source') && names.has('target');
}

/** Every actor of a matrix is an actor, an all-zero row too (an isolate), at the line of its row. */
function withMatrixActors(mentioned: ReadonlyMap<string, number>, actors: ReadonlyMap<string, number>): Map<string, number> {
  const all = new Map(mentioned);
  for (const [id, line] of actors) if (!all.has(id)) all.set(id, line);
  return all;
}

function asymmetryNotice(file: string, matrix: MatrixRead, duplicates: DuplicatePolicy): DataWarning {
  const at = matrix.firstAsymmetry!;
  return dataWarning(file, at.line, { code: 'asymmetric-matrix', params: { row: at.row, column: at.column, directed: matrix.directed, duplicates } });
}

interface Files {
  readonly ties: string;
  readonly actors: string | null;
  readonly meta: string | null;
  /** The actors file was found beside a ties file named on its own (said in a warning). */
  readonly besideActors: boolean;
  /** The ties file is a folder's attendance list (PARTICIPATION_NAMES): two-mode data. */
  readonly participation: boolean;
  /**
   * The data-looking files of the input folder that are none of the files read (each said in a warning, sorted by
   * name); `unreadable` when tuff cannot read the format at all. Empty for an input that is a file.
   */
  readonly unread: readonly UnreadFile[];
}

interface UnreadFile {
  readonly file: string;
  readonly unreadable: 'xls' | 'ods' | null;
}

/** Ties files a folder may hold, by the names facilitators give them (English and Danish). */
export const TIES_NAMES: readonly string[] = ['ties.csv', 'relationer.csv', 'relations.csv', 'netværk.csv', 'netvaerk.csv'];
/** Attendance lists (two-mode data) a folder may hold: read when it has no ties file, or first with --two-mode. */
export const PARTICIPATION_NAMES: readonly string[] = ['participation.csv', 'deltagelse.csv', 'attendance.csv', 'fremmøde.csv', 'fremmoede.csv'];
/** Actors files a folder may hold. */
const ACTORS_NAMES: readonly string[] = ['actors.csv', 'aktører.csv', 'aktoerer.csv'];

function locateFiles(input: string, actorsOption: string | undefined, twoMode: boolean): Files {
  const stats = statFile(input);
  if (stats.isDirectory()) {
    const entries = listFolder(input);
    // --two-mode: the folder's attendance list first; otherwise its ties file, and an attendance list only when it has none.
    const tiesNamed = findFirst(entries, TIES_NAMES);
    const attendance = twoMode || tiesNamed === undefined ? findFirst(entries, PARTICIPATION_NAMES) : undefined;
    const ties = attendance ?? tiesNamed ?? findWorkbook(entries);
    if (ties === undefined) {
      const csvs = entries.filter((e) => /\.(csv|tsv|txt)$/i.test(e)).sort();
      const unreadable = entries.filter((e) => /\.(xls|ods)$/i.test(e) && !e.startsWith('~$')).sort();
      throw new InputError(input, null, { code: 'folder-without-ties', params: { csvs, unreadable } });
    }
    const actors = findFirst(entries, ACTORS_NAMES);
    const meta = findEntry(entries, 'meta.json');
    const files = {
      ties: path.join(input, ties),
      actors: actorsOption ?? (actors === undefined ? null : path.join(input, actors)),
      meta: meta === undefined ? null : path.join(input, meta),
      besideActors: false,
      participation: attendance !== undefined,
    };
    return { ...files, unread: unreadFiles(input, entries, [files.ties, files.actors, files.meta]) };
  }
  // A ties file named on its own: an actors file beside it is the same network's (dropping it silently lost the
  // isolates, the sectors and every sector rule), so it is read, and a warning says so. A workbook carries its own
  // actors sheet; a file that is itself an actors file is not its own actors file.
  if (actorsOption === undefined && !/\.xlsx$/i.test(input)) {
    const folder = path.dirname(input);
    const own = path.basename(input).normalize('NFC').toLowerCase();
    const actors = ACTORS_NAMES.includes(own) ? undefined : findFirst(listFolder(folder), ACTORS_NAMES);
    if (actors !== undefined) return { ties: input, actors: path.join(folder, actors), meta: null, besideActors: true, participation: false, unread: [] };
  }
  return { ties: input, actors: actorsOption ?? null, meta: null, besideActors: false, participation: false, unread: [] };
}

/** Files that look like data: what a facilitator may have meant the folder's network to be. */
const DATA_FILE = /\.(csv|tsv|txt|xlsx|xls|ods)$/i;

/**
 * The folder's data-looking regular files that are not among `read` (paths), sorted by name (code units). Left out:
 * README files, dotfiles and Excel's lock files `~$…` (never data), entries that are not regular files, and a
 * workbook with nothing but headers (`tuff template` writes one beside its CSV files: filling in the CSVs loses nothing).
 */
function unreadFiles(folder: string, entries: readonly string[], read: readonly (string | null)[]): UnreadFile[] {
  const used = new Set(read.filter((f): f is string => f !== null).map((f) => path.resolve(f).normalize('NFC')));
  return [...entries]
    .sort(compareCodeUnits)
    .filter((e) => DATA_FILE.test(e) && !e.startsWith('.') && !e.startsWith('~$') && !/^readme/i.test(e))
    .map((e) => path.join(folder, e))
    .filter((file) => !used.has(path.resolve(file).normalize('NFC')) && isRegularFile(file) && !isEmptyWorkbook(file))
    .map((file) => {
      const ext = path.extname(file).toLowerCase();
      return { file, unreadable: ext === '.xls' ? 'xls' : ext === '.ods' ? 'ods' : null };
    });
}

/** An .xlsx whose sheets (README sheets aside) hold at most a header row each; anything unreadable is not empty. */
function isEmptyWorkbook(file: string): boolean {
  if (!/\.xlsx$/i.test(file)) return false;
  try {
    const bytes = readBytes(file);
    if (!isZip(bytes)) return false;
    const filled = (row: readonly unknown[]): boolean => row.some((cell) => cell !== null && String(cell).trim() !== '');
    return readWorkbook(bytes, file).every((sheet) => isReadmeSheet(sheet.name) || sheet.rows.filter(filled).length <= 1);
  } catch {
    return false;
  }
}

function isRegularFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The first of `names` (in their order of preference) that the folder holds. */
function findFirst(entries: readonly string[], names: readonly string[]): string | undefined {
  for (const name of names) {
    const found = findEntry(entries, name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A folder's workbook: `ties.xlsx`, else its only `.xlsx` file (Excel's lock files `~$…` left out). */
function findWorkbook(entries: readonly string[]): string | undefined {
  const named = findEntry(entries, 'ties.xlsx');
  if (named !== undefined) return named;
  const books = entries.filter((e) => /\.xlsx$/i.test(e) && !e.startsWith('~$'));
  return books.length === 1 ? books[0] : undefined;
}

/** The entry named `name`, exactly or else case-insensitively (and in either Unicode form: macOS writes `ø` as NFD). */
function findEntry(entries: readonly string[], name: string): string | undefined {
  return entries.find((e) => e === name) ?? entries.find((e) => e.normalize('NFC').toLowerCase() === name);
}

function listFolder(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch (error) {
    throw fsError(error, folder);
  }
}

function statFile(file: string): Stats {
  if (file === '') throw new UsageError({ code: 'input-path-empty', params: {} });
  try {
    return statSync(file);
  } catch (error) {
    throw fsError(error, file);
  }
}

function readBytes(file: string): Uint8Array {
  const stats = statFile(file);
  if (stats.isDirectory()) throw new InputError(file, null, { code: 'is-folder', params: {} });
  if (!stats.isFile()) throw new InputError(file, null, { code: 'not-regular-file', params: {} });
  if (stats.size > MAX_FILE_BYTES) {
    throw new InputError(file, null, { code: 'file-too-large', params: { mib: MAX_FILE_BYTES / (1024 * 1024) } });
  }
  try {
    return readFileSync(file);
  } catch (error) {
    throw fsError(error, file);
  }
}

/** A file-system failure as the one-line InputError `FILE: …` the CLI prints (never a raw ENOENT). */
export function fsError(error: unknown, file: string): InputError {
  return new InputError(file, null, { code: 'fs-error', params: fsReason(error) }, { cause: error });
}

/** Why a file-system call failed, in the words of the error catalogue. */
export function fsReason(error: unknown): ErrorParams['fs-error'] {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason =
    code === 'ENOENT' ? 'not-found'
    : code === 'ENOTDIR' ? 'not-dir'
    : code === 'EACCES' || code === 'EPERM' ? 'permission'
    : code === 'EISDIR' ? 'is-folder'
    : code === 'ELOOP' ? 'loop'
    : 'other';
  return { reason, code: code ?? null };
}

