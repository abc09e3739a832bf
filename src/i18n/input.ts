/**
 * The errors of tuff (InputError, UsageError in errors.ts): each has a stable
 * code and the values its sentence is written from (`ErrorParams`), one
 * catalogue per language (input-en.ts, input-da.ts), both typed by
 * `ErrorCatalogue`, so a code added here without its English and Danish
 * sentence is a compile error.
 *
 * An error is thrown with its problem (`new InputError(file, line, problem)`);
 * its `message` is English (what the library throws), and the CLI prints
 * `error.messageIn(lang)`: the same `FILE:LINE: ` prefix and the sentence in
 * the chosen language. Sites not converted yet still throw an English string.
 */

import type { Lang } from '../options.js';
import { errorsEn } from './input-en.js';
import { errorsDa } from './input-da.js';

type None = Record<string, never>;

export interface ErrorParams {
  // Finding and reading the files (io/read-network.ts).
  'input-path-empty': None;
  'fs-error': { readonly reason: 'not-found' | 'not-dir' | 'permission' | 'is-folder' | 'loop' | 'other'; readonly code: string | null };
  'is-folder': None;
  'not-regular-file': None;
  'file-too-large': { readonly mib: number };
  'folder-without-ties': { readonly csvs: readonly string[]; /** .xls/.ods files in the folder, which tuff cannot read. */ readonly unreadable: readonly string[] };
  'sheet-option-on-text': { readonly option: '--sheet' | '--actors-sheet'; readonly file: string };
  'directed-only-meta': { readonly key: string };
  'directed-only-option': { readonly option: '--symmetrise' | '--non-respondents' };
  'group-by-unknown': { readonly name: string; readonly columns: readonly string[] };
  'meta-group-by-unknown': { readonly name: string; readonly columns: readonly string[] };
  // Bytes to text (io/decode.ts).
  'xlsx-not-csv': None;
  'xls-not-csv': None;
  'bom-invalid-utf8': None;
  'binary-nul-char': None;
  'binary-nul-byte': None;
  'utf16-odd-bytes': { readonly encoding: string };
  'utf16-invalid': { readonly encoding: string };
  // Text to rows (io/csv.ts, model/table.ts).
  'empty-file': None;
  'empty-file-blank': None;
  'csv-unreadable': { readonly code: string | null };
  'row-too-long': { readonly mib: number };
  'quote-unclosed': None;
  'quote-text-after': None;
  'quote-in-unquoted': None;
  'row-too-few-fields': { readonly fields: number; readonly header: number };
  'row-too-many-fields': { readonly fields: number; readonly header: number };
  // Columns (model/columns.ts).
  'missing-endpoint-column': { readonly column: 'source' | 'target'; readonly found: readonly string[]; readonly looksLikeActors: boolean; readonly looksLikeAttendance: boolean };
  'missing-id-column': { readonly found: readonly string[] };
  'weight-column-unknown': { readonly option: string; readonly name: string; readonly found: readonly string[] };
  'weight-column-endpoint': { readonly option: string; readonly name: string; readonly column: 'source' | 'target' };
  'column-twice': { readonly a: string; readonly b: string; readonly key: string };
  // Values (model/ties.ts, actors.ts, dataset.ts, ids.ts).
  'weight-empty': None;
  'weight-not-positive': { readonly text: string };
  'weight-decimal-comma': { readonly text: string };
  'weight-thousands': { readonly text: string };
  'weight-not-number': { readonly text: string };
  'distance-too-small': { readonly text: string };
  'tie-type-no-column': { readonly found: readonly string[] };
  'tie-type-unknown': { readonly wanted: string; readonly column: string; readonly kinds: readonly string[] };
  'actor-id-twice': { readonly id: string; readonly earlierLine: number };
  'no-ties': { readonly actorsGiven: boolean };
  'attribute-disagrees': {
    readonly column: string;
    readonly value: string;
    readonly id: string;
    readonly firstLine: number;
    readonly firstValue: string;
    readonly firstColumn: string;
  };
  'id-control-character': { readonly raw: string; readonly code: string };
  // Attendance lists (model/two-mode.ts, io/read-network.ts).
  'two-mode-column-missing': { readonly column: 'actor' | 'activity'; readonly found: readonly string[] };
  'activity-without-actor': { readonly activity: string; readonly column: string };
  'actor-without-activity': { readonly actor: string; readonly column: string };
  'projection-without-two-mode': None;
  'meta-projection-without-two-mode': None;
  'two-mode-option': { readonly option: string };
  'two-mode-meta': { readonly key: string };
  'meta-two-mode-type': None;
  // meta.json (io/meta.ts).
  'meta-not-json': None;
  'meta-not-object': None;
  'meta-group-by-type': None;
  'meta-aliases-type': None;
  'meta-alias-value': None;
  'meta-directed-type': None;
  'meta-weight-type': None;
  'meta-one-of': { readonly key: string; readonly allowed: readonly string[] };
  // Excel workbooks (model/workbook.ts).
  'sheet-empty': None;
  'sheet-unknown': { readonly option: string; readonly name: string; readonly sheets: readonly string[] };
  'no-ties-sheet': { readonly names: readonly string[]; readonly sheets: readonly string[]; /** Two-mode data: the sheet sought is the attendance list. */ readonly twoMode: boolean };
  'sheet-both': { readonly name: string };
  'workbook-too-large': { readonly mib: number };
  'workbook-damaged': None;
  'workbook-empty-zip': None;
  'workbook-unpacks-too-large': { readonly mib: number };
  'workbook-too-slow': { readonly memory: boolean; readonly seconds: number };
  /** The reader library's own reason, in English. */
  'workbook-unreadable': { readonly reason: string };
  'workbook-too-many-cells': { readonly cells: number; readonly max: number };
  // Output folders and files (io/batch-files.ts, write-output.ts, template-files.ts).
  'pattern-no-match': { readonly pattern: string };
  'out-empty': None;
  'out-failed': {
    readonly dir: string;
    readonly what: 'create' | 'write';
    readonly reason: 'permission' | 'not-dir' | 'read-only' | 'no-space' | 'other';
    readonly code: string | null;
  };
  'out-is-file': { readonly dir: string };
  'report-write-failed': { readonly file: string; readonly reason: 'no-folder' | 'permission' | 'is-folder' | 'no-space' | 'other'; readonly code: string | null };
  'template-exists': { readonly files: readonly string[] };
  'template-folder-failed': { readonly dir: string; readonly code: string | null };
  'template-write-failed': { readonly dir: string; readonly code: string | null };
  // tuff anonymise (anonymise/anonymise.ts, io/anonymise-files.ts, commands/anonymise.ts).
  'keep-id-label': { readonly name: string };
  'keep-unknown': { readonly name: string; readonly available: readonly string[] };
  'key-unreadable': { readonly file: string; readonly fs: ErrorParams['fs-error'] };
  'key-too-short': { readonly file: string; readonly min: number; readonly got: number };
  'key-exists': { readonly file: string };
  'key-write-failed': { readonly file: string; readonly fs: ErrorParams['fs-error'] };
  /** `fs: null`: a part of the path is a file. */
  'anonymise-out-failed': { readonly dir: string; readonly fs: ErrorParams['fs-error'] | null };
  'out-overwrites-input': { readonly out: string; readonly target: string };
  'key-inside-out': { readonly key: string; readonly out: string };
  // An adjacency matrix (model/matrix.ts).
  'matrix-no-column-ids': None;
  'matrix-column-without-id': { readonly column: number };
  'matrix-id-two-columns': { readonly id: string; readonly a: number; readonly b: number };
  'matrix-row-without-id': None;
  'matrix-id-two-rows': { readonly id: string; readonly first: number; readonly second: number };
  'matrix-row-not-column': { readonly id: string; readonly columns: readonly string[] };
  'matrix-cell-not-number': { readonly row: string; readonly column: string; readonly raw: string };
  'matrix-cell-negative': { readonly row: string; readonly column: string; readonly raw: string };
  'matrix-columns-without-row': { readonly ids: readonly string[] };
  'matrix-ragged': { readonly cells: number; readonly width: number };
  // Options (options.ts, commands/).
  'option-one-of': { readonly option: string; readonly allowed: readonly string[]; readonly value: string };
  'option-whole-number': { readonly option: string; readonly min: number; readonly max: number; readonly value: string | number };
  'exact-and-samples': { readonly exact: string; readonly samples: string };
  'weight-option-empty': None;
  'tie-type-option-empty': None;
  'out-required': { readonly command: 'batch' | 'anonymise' };
  'no-networks': None;
  'template-needs-folder': None;
  'facilitator-empty': None;
  'facilitator-unknown': { readonly id: string; readonly byLabel: { readonly id: string; readonly label: string } | null };
}

export type ErrorCode = keyof ErrorParams;

export type ErrorProblem = { readonly [C in ErrorCode]: { readonly code: C; readonly params: ErrorParams[C] } }[ErrorCode];

/** Every error code once: a Record, so a code added to ErrorParams and not here is a compile error. */
const CODES: Readonly<Record<ErrorCode, true>> = {
  'input-path-empty': true, 'fs-error': true, 'is-folder': true, 'not-regular-file': true, 'file-too-large': true,
  'folder-without-ties': true, 'sheet-option-on-text': true, 'directed-only-meta': true, 'directed-only-option': true,
  'group-by-unknown': true, 'meta-group-by-unknown': true, 'xlsx-not-csv': true, 'xls-not-csv': true, 'bom-invalid-utf8': true,
  'binary-nul-char': true, 'binary-nul-byte': true, 'utf16-odd-bytes': true, 'utf16-invalid': true, 'empty-file': true,
  'empty-file-blank': true, 'csv-unreadable': true, 'row-too-long': true, 'quote-unclosed': true, 'quote-text-after': true,
  'quote-in-unquoted': true, 'row-too-few-fields': true, 'row-too-many-fields': true, 'missing-endpoint-column': true,
  'missing-id-column': true, 'weight-column-unknown': true, 'weight-column-endpoint': true, 'column-twice': true,
  'weight-empty': true, 'weight-not-positive': true, 'weight-decimal-comma': true, 'weight-thousands': true,
  'weight-not-number': true, 'distance-too-small': true, 'tie-type-no-column': true, 'tie-type-unknown': true,
  'actor-id-twice': true, 'no-ties': true, 'attribute-disagrees': true, 'id-control-character': true,
  'two-mode-column-missing': true, 'activity-without-actor': true, 'actor-without-activity': true, 'projection-without-two-mode': true,
  'meta-projection-without-two-mode': true, 'two-mode-option': true, 'two-mode-meta': true, 'meta-two-mode-type': true, 'meta-not-json': true, 'meta-not-object': true, 'meta-group-by-type': true,
  'meta-aliases-type': true, 'meta-alias-value': true, 'meta-directed-type': true, 'meta-weight-type': true, 'meta-one-of': true,
  'sheet-empty': true, 'sheet-unknown': true, 'no-ties-sheet': true, 'sheet-both': true, 'workbook-too-large': true, 'workbook-damaged': true, 'workbook-empty-zip': true,
  'workbook-unpacks-too-large': true, 'workbook-too-slow': true, 'workbook-unreadable': true, 'workbook-too-many-cells': true,
  'pattern-no-match': true, 'out-empty': true, 'out-failed': true, 'out-is-file': true, 'report-write-failed': true,
  'template-exists': true, 'template-folder-failed': true, 'template-write-failed': true, 'keep-id-label': true, 'keep-unknown': true,
  'key-unreadable': true, 'key-too-short': true, 'key-exists': true, 'key-write-failed': true, 'anonymise-out-failed': true,
  'out-overwrites-input': true, 'key-inside-out': true, 'matrix-no-column-ids': true, 'matrix-column-without-id': true,
  'matrix-id-two-columns': true, 'matrix-row-without-id': true, 'matrix-id-two-rows': true, 'matrix-row-not-column': true,
  'matrix-cell-not-number': true, 'matrix-cell-negative': true, 'matrix-columns-without-row': true, 'matrix-ragged': true, 'option-one-of': true,
  'option-whole-number': true, 'exact-and-samples': true, 'weight-option-empty': true, 'tie-type-option-empty': true,
  'out-required': true, 'no-networks': true, 'template-needs-folder': true, 'facilitator-empty': true, 'facilitator-unknown': true,
};
export const ERROR_CODES = Object.keys(CODES) as readonly ErrorCode[];

export type ErrorCatalogue = { readonly [C in ErrorCode]: (params: ErrorParams[C]) => string };

export function errorCatalogue(lang: Lang): ErrorCatalogue {
  return lang === 'da' ? errorsDa : errorsEn;
}

/** The sentence of one error problem in `lang` (without the `FILE:LINE: ` prefix). */
export function errorMessage(problem: ErrorProblem, lang: Lang): string {
  // The catalogue is indexed by the problem's own code, so the params fit the sentence (TypeScript cannot follow the pairing).
  const sentence = errorCatalogue(lang)[problem.code] as (params: ErrorProblem['params']) => string;
  return sentence(problem.params);
}

/** A weight or number cell that is not usable: the problem, for the reader to throw at its line. */
export function isErrorProblem(value: unknown): value is ErrorProblem {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string' && Object.hasOwn(CODES, (value as { code: string }).code);
}
