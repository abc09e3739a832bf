/**
 * The shape the model layer validates: a header and rows of raw (untrimmed)
 * cells, each row with the 1-based physical line where it starts. io/csv.ts
 * produces it; nothing here knows about files or encodings. `checkRowWidth`
 * is the one rule on row lengths both files share.
 */

import { InputError } from '../errors.js';

export interface TableRow {
  readonly line: number;
  readonly fields: readonly string[];
}

export interface Table {
  readonly header: readonly string[];
  readonly headerLine: number;
  readonly rows: readonly TableRow[];
}

/**
 * A row must reach the last named column (too few fields is an error); cells
 * beyond the header are tolerated only when empty (Excel pads rows with `;`).
 */
export function checkRowWidth(row: TableRow, header: readonly string[], lastNamed: number, file: string): void {
  const n = row.fields.length;
  if (n < lastNamed + 1) {
    throw new InputError(file, row.line, { code: 'row-too-few-fields', params: { fields: n, header: header.length } });
  }
  for (let i = header.length; i < n; i++) {
    if (row.fields[i]!.trim() !== '') {
      throw new InputError(file, row.line, { code: 'row-too-many-fields', params: { fields: n, header: header.length } });
    }
  }
}
