/**
 * The data warnings of the readers (model/, io/): each has a stable code and
 * the values its sentence is written from (`WarningParams`), one catalogue
 * per language (warnings-en.ts, warnings-da.ts), both typed by
 * `WarningCatalogue`, so a code added here without its English and Danish
 * sentence is a compile error.
 *
 * A reader makes a warning with `dataWarning(file, line, problem)`: the
 * message is English (what the library returns when no language is asked
 * for) and the problem rides along, so the pipeline (the JSON report) and the
 * CLI (stderr) can write it again in the chosen language (`localiseWarning`).
 * The analysis notes (notes.ts) have their own catalogue and no `problem`.
 */

import type { Lang } from '../options.js';
import type { DataWarning } from '../types.js';
import { warningsEn } from './warnings-en.js';
import { warningsDa } from './warnings-da.js';

/** Where a group value was written: its file and line. */
export interface ValueLine {
  readonly file: string;
  readonly line: number;
}

/** One spelling of a group value and the lines it is on. */
export interface ValueVariant {
  readonly value: string;
  readonly lines: readonly ValueLine[];
}

export interface WarningParams {
  'actors-beside': { readonly actorsFile: string };
  /** A data-looking file of the input folder that was not read; `ties`/`actors` are what was read instead. */
  'file-not-read': { readonly ties: string; readonly actors: string | null; readonly unreadable: 'xls' | 'ods' | null };
  /**
   * tuff batch: a data-looking file of a folder given to batch that is not one of its networks, because the folder
   * stands for its `count` subfolders holding a network, or for its `count` workbooks.
   */
  'batch-file-skipped': {
    readonly folder: string;
    readonly by: 'subfolders' | 'workbooks';
    readonly count: number;
    readonly unreadable: 'xls' | 'ods' | null;
  };
  'workbook-not-csv': Record<string, never>;
  'asymmetric-matrix': {
    readonly row: string;
    readonly column: string;
    /** Read as directed answers (else merged by the duplicates policy). */
    readonly directed: boolean;
    readonly duplicates: 'sum' | 'max' | 'first';
  };
  'id-normalised': { readonly raw: string; readonly id: string; readonly how: readonly ('bom' | 'spaces' | 'nfc')[] };
  'id-case-variant': { readonly id: string; readonly like: string };
  'unknown-actor': { readonly id: string; readonly actorsFile: string };
  'attribute-conflict': {
    readonly column: string;
    readonly value: string;
    readonly id: string;
    readonly actorsFile: string;
    readonly actorsLine: number;
    readonly current: string;
  };
  'vulnerable-unrecognised': { readonly column: string; readonly values: readonly string[] };
  'empty-id': Record<string, never>;
  'empty-endpoint': { readonly which: 'source' | 'target' | 'both' };
  'empty-tie-type': Record<string, never>;
  'self-loop': { readonly id: string };
  'duplicate-tie': {
    readonly source: string;
    readonly target: string;
    readonly directed: boolean;
    readonly kind: string | null;
    readonly firstLine: number;
    /** How the weights were merged and the weight now, for weighted ties; null for unweighted ties. */
    readonly merged: { readonly by: 'sum' | 'max' | 'first'; readonly weight: number } | null;
  };
  'unused-numeric-column': { readonly column: string; readonly weight: string | null };
  'repeated-participation': { readonly actor: string; readonly activity: string; readonly firstLine: number };
  'participation-weight-unused': { readonly column: string };
  'respondent-unrecognised': { readonly column: string; readonly raw: string; readonly id: string; readonly answered: boolean };
  'respondent-has-answers': { readonly id: string; readonly actorsFile: string; readonly actorsLine: number };
  'respondent-empty': { readonly column: string; readonly lines: readonly number[] };
  'group-variants-merged': {
    readonly column: string;
    /** In the order they were first seen. */
    readonly variants: readonly ValueVariant[];
    readonly winner: string;
    /** The warning's own file: lines there are written without the file name. */
    readonly home: string;
  };
  'group-near-variants': { readonly column: string; readonly a: ValueVariant; readonly b: ValueVariant; readonly home: string };
}

export type WarningCode = keyof WarningParams;

export type WarningProblem = { readonly [C in WarningCode]: { readonly code: C; readonly params: WarningParams[C] } }[WarningCode];

/** Every warning code once: a Record, so a code added to WarningParams and not here is a compile error. */
const CODES: Readonly<Record<WarningCode, true>> = {
  'actors-beside': true, 'file-not-read': true, 'batch-file-skipped': true, 'workbook-not-csv': true, 'asymmetric-matrix': true, 'id-normalised': true, 'id-case-variant': true,
  'unknown-actor': true, 'attribute-conflict': true, 'vulnerable-unrecognised': true, 'empty-id': true, 'empty-endpoint': true,
  'empty-tie-type': true, 'self-loop': true, 'duplicate-tie': true, 'unused-numeric-column': true, 'repeated-participation': true, 'participation-weight-unused': true,
  'respondent-unrecognised': true, 'respondent-has-answers': true, 'respondent-empty': true, 'group-variants-merged': true,
  'group-near-variants': true,
};
export const WARNING_CODES = Object.keys(CODES) as readonly WarningCode[];

export interface WarningCatalogue {
  readonly messages: { readonly [C in WarningCode]: (params: WarningParams[C]) => string };
  /** The word before a warning on stderr: `tuff: warning: FILE:LINE: …`. */
  readonly warning: string;
  /** The tail of a summarised kind: "— and 12 more duplicate-tie warnings (lines 4, 5, …; all in --format json)". */
  readonly moreOfCode: (count: number, code: string, places: string) => string;
  /** The last line when more warnings than shown: "… and 3 more warnings (…)". */
  readonly moreWarnings: (count: number) => string;
}

export function warningCatalogue(lang: Lang): WarningCatalogue {
  return lang === 'da' ? warningsDa : warningsEn;
}

/** The sentence of one problem in `lang`. */
export function warningMessage(problem: WarningProblem, lang: Lang): string {
  // The catalogue is indexed by the problem's own code, so the params fit the sentence (TypeScript cannot follow the pairing).
  const sentence = warningCatalogue(lang).messages[problem.code] as (params: WarningProblem['params']) => string;
  return sentence(problem.params);
}

/** A reader's warning: the English sentence, and the problem to write it again in another language. */
export function dataWarning(file: string, line: number, problem: WarningProblem): DataWarning {
  return { file, line, code: problem.code, message: warningMessage(problem, 'en'), problem };
}

/** The warning with its message in `lang` (a warning without a problem, an analysis note, is already in its language). */
export function localiseWarning(warning: DataWarning, lang: Lang): DataWarning {
  if (warning.problem === undefined) return warning;
  const message = warningMessage(warning.problem, lang);
  return message === warning.message ? warning : { ...warning, message };
}

export function isWarningCode(code: string): code is WarningCode {
  return Object.hasOwn(CODES, code);
}
