/**
 * Error typology of tuff. Every error the CLI can expect carries its exit code
 * (the contract in docs: 0 ok, 1 --fail-on gate, 2 usage / unusable input,
 * 3 internal bug). Tests assert the class, end-to-end tests the code and the
 * `FILE:LINE:` prefix.
 *
 * An error made from a problem (a code and its params, i18n/input.ts) has an
 * English `message` and can be written in another language by `messageIn`,
 * which the CLI calls with the chosen language; the `FILE:LINE: ` part is the
 * same in every language. An error made from a string is English only.
 */

import type { Lang } from './options.js';
import { errorMessage, type ErrorProblem } from './i18n/input.js';

export const EXIT = Object.freeze({
  OK: 0,
  GATE: 1,
  INPUT: 2,
  INTERNAL: 3,
});

export class TuffError extends Error {
  readonly exitCode: number;
  /** The code and params the message was written from; null for an English-only message. */
  readonly problem: ErrorProblem | null;
  constructor(message: string, exitCode: number, options?: { cause?: unknown; problem?: ErrorProblem }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.exitCode = exitCode;
    this.problem = options?.problem ?? null;
  }

  /** The message in `lang` (the English one when the error has no problem). */
  messageIn(lang: Lang): string {
    return this.problem === null || lang === 'en' ? this.message : errorMessage(this.problem, lang);
  }
}

const text = (detail: string | ErrorProblem): string => (typeof detail === 'string' ? detail : errorMessage(detail, 'en'));
const problemOf = (detail: string | ErrorProblem): { problem?: ErrorProblem } => (typeof detail === 'string' ? {} : { problem: detail });

/** Bad command line: unknown option, bad value, missing file argument. */
export class UsageError extends TuffError {
  constructor(message: string | ErrorProblem, options?: { cause?: unknown }) {
    super(text(message), EXIT.INPUT, { ...options, ...problemOf(message) });
  }
}

/**
 * Unusable input. `file` and `line` locate it; the message is printed as
 * `FILE:LINE: message` (or `FILE: message` when line is null).
 */
export class InputError extends TuffError {
  readonly file: string;
  readonly line: number | null;
  readonly detail: string;
  /** The 0-based column of the offending cell, when known (a workbook names the cell: `FILE:SHEET!C5`). */
  readonly column: number | null;
  constructor(file: string, line: number | null, detail: string | ErrorProblem, options?: { cause?: unknown; column?: number }) {
    super(`${where(file, line)}${text(detail)}`, EXIT.INPUT, { cause: options?.cause, ...problemOf(detail) });
    this.file = file;
    this.line = line;
    this.detail = text(detail);
    this.column = options?.column ?? null;
  }

  override messageIn(lang: Lang): string {
    return this.problem === null || lang === 'en' ? this.message : `${where(this.file, this.line)}${errorMessage(this.problem, lang)}`;
  }
}

/** `FILE:LINE: ` or `FILE: `, the same in every language. */
function where(file: string, line: number | null): string {
  return line === null ? `${file}: ` : `${file}:${line}: `;
}

/** A bug in tuff: "this should never happen". */
export class InternalError extends TuffError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, EXIT.INTERNAL, options);
  }
}

export function isTuffError(error: unknown): error is TuffError {
  return error instanceof TuffError;
}
