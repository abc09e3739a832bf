/**
 * Error typology of tuff. Every error the CLI can expect carries its exit code
 * (the contract in docs: 0 ok, 1 --fail-on gate, 2 usage / unusable input,
 * 3 internal bug). Tests assert the class, end-to-end tests the code and the
 * `FILE:LINE:` prefix.
 */

export const EXIT = Object.freeze({
  OK: 0,
  GATE: 1,
  INPUT: 2,
  INTERNAL: 3,
});

export class TuffError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** Bad command line: unknown option, bad value, missing file argument. */
export class UsageError extends TuffError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, EXIT.INPUT, options);
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
  constructor(file: string, line: number | null, detail: string, options?: { cause?: unknown; column?: number }) {
    super(line === null ? `${file}: ${detail}` : `${file}:${line}: ${detail}`, EXIT.INPUT, options);
    this.file = file;
    this.line = line;
    this.detail = detail;
    this.column = options?.column ?? null;
  }
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
