/**
 * What each input fixture (fixtures/input/<case>/) must produce, derived by
 * hand from the bytes of its files (line numbers are physical lines, header =
 * 1). Shared by the reader's unit tests (test/io/read-network.test.ts) and the
 * end-to-end tests of the built CLI (test/cli/input-errors.test.ts), so both
 * check the same contract.
 */

export const INPUT_FIXTURES = 'fixtures/input';

export interface ErrorCase {
  readonly kind: 'error';
  /** File the error names, relative to the fixture folder; '' = the folder itself. */
  readonly file: string;
  readonly line: number | null;
}

export interface WarningCase {
  readonly kind: 'ok';
  /** Expected warnings in order: [file relative to the fixture folder, line, code]. */
  readonly warnings: readonly (readonly [string, number, string])[];
}

export type FixtureCase = ErrorCase | WarningCase;

const error = (file: string, line: number | null): ErrorCase => ({ kind: 'error', file, line });
const ok = (...warnings: (readonly [string, number, string])[]): WarningCase => ({ kind: 'ok', warnings });

export const FIXTURE_CASES: Readonly<Record<string, FixtureCase>> = {
  // Read cleanly: what Danish Excel and other tools write.
  'danish-excel': ok(),
  'danish-excel-cp1252': ok(),
  'utf16le-excel-unicode-text': ok(),
  'utf16le-no-bom': ok(),
  'utf16be-bom': ok(),
  'one-file-sectors': ok(),
  'one-file-danish': ok(),
  'group-by-meta': ok(),
  'leading-zero-ids': ok(),
  'weight-distance': ok(),
  'matrix-danish': ok(),
  'actors-beside': ok(), // the folder, by its Danish file names (relationer.csv, aktører.csv)
  // Warnings: one fixture per policy (a self-loop proves line counting after multi-line records).
  'cr-line-endings': ok(['ties.csv', 5, 'self-loop']),
  'quoted-multiline': ok(['ties.csv', 7, 'self-loop']),
  'sep-line': ok(['ties.csv', 4, 'self-loop']),
  'unknown-actor': ok(['ties.csv', 3, 'unknown-actor']),
  'duplicate-tie': ok(['ties.csv', 4, 'duplicate-tie'], ['ties.csv', 5, 'duplicate-tie']),
  'self-loop': ok(['ties.csv', 3, 'self-loop']),
  'empty-endpoint': ok(['ties.csv', 3, 'empty-endpoint'], ['ties.csv', 4, 'empty-endpoint']),
  'id-normalised': ok(['ties.csv', 2, 'id-normalised'], ['ties.csv', 3, 'id-normalised']),
  'attribute-conflict': ok(['ties.csv', 3, 'attribute-conflict']),
  'empty-actor-id': ok(['actors.csv', 3, 'empty-id']),
  'unused-numeric-column': ok(['ties.csv', 1, 'unused-numeric-column']),
  // Issue 15: one value spelled two ways is merged with one warning; a one-letter near-variant is named, kept apart.
  'sector-variants': ok(['actors.csv', 3, 'group-variants-merged'], ['actors.csv', 6, 'group-variants-merged'], ['actors.csv', 9, 'group-near-variants']),
  // Issue 15: a sårbar column ticked with x/X flags those actors; one with only unknown words warns.
  'vulnerable-x': ok(),
  // Issue 15: an id differing from a known one only by case is a "did you mean", not buried among id-normalised lines.
  'id-case-variant': ok(['ties.csv', 2, 'id-normalised'], ['ties.csv', 3, 'id-normalised'], ['ties.csv', 3, 'id-normalised'], ['ties.csv', 4, 'id-normalised'], ['ties.csv', 6, 'id-case-variant']),
  'vulnerable-unrecognised': ok(['actors.csv', 2, 'vulnerable-unrecognised']),
  // A repeat within one kind of tie is a repeat; the same pair in two kinds (line 4) is not.
  'matrix-asymmetric': ok(['ties.csv', 2, 'asymmetric-matrix']),
  // Excel workbooks (made by fixtures/make-xlsx.mjs): warnings name BOOK:SHEET and the Excel row.
  'excel-xlsx': ok(['ties.csv', 0, 'workbook-not-csv']),
  'xlsx-workbook': ok(['partnerskab.xlsx:Relationer', 8, 'duplicate-tie'], ['partnerskab.xlsx:Relationer', 9, 'empty-tie-type']),
  'xlsx-matrix': ok(),
  // A folder read as one network names every data-looking file it did not read (sorted by name); README, dotfiles,
  // Excel's lock files and subfolders are not data. .xls/.ods are named with how to save them.
  'folder-unread-files': ok(['ekstra.csv', 0, 'file-not-read'], ['gammel.xls', 0, 'file-not-read'], ['noter.txt', 0, 'file-not-read'], ['regneark.ods', 0, 'file-not-read']),
  'folder-two-ties': ok(['aktører.csv', 0, 'file-not-read'], ['partnerskab.xlsx', 0, 'file-not-read'], ['relationer.csv', 0, 'file-not-read']),
  'tie-types': ok(['ties.csv', 8, 'duplicate-tie'], ['ties.csv', 9, 'empty-tie-type']),
  // Errors: unusable input.
  'empty-file': error('ties.csv', null),
  'header-only': error('ties.csv', null),
  'missing-target-column': error('ties.csv', 1),
  'duplicate-column': error('ties.csv', 1),
  'weight-column-missing': error('ties.csv', 1),
  'matrix-ragged': error('ties.csv', 3),
  'xlsx-missing-sheet': error('data.xlsx', null),
  'xlsx-bad-weight': error('ties.xlsx:ties!C4', null),
  'matrix-non-numeric': error('ties.csv', 4),
  'matrix-ids-differ': error('ties.csv', 4),
  'weight-zero': error('ties.csv', 4),
  'weight-negative': error('ties.csv', 4),
  'weight-infinity': error('ties.csv', 4),
  'weight-overflow': error('ties.csv', 4),
  'weight-nan': error('ties.csv', 4),
  'weight-text': error('ties.csv', 4),
  'weight-empty': error('ties.csv', 4),
  'weight-thousands': error('ties.csv', 4),
  'weight-comma-in-comma-file': error('ties.csv', 3),
  'unterminated-quote': error('ties.csv', 3),
  'quote-inside-field': error('ties.csv', 2),
  'too-few-fields': error('ties.csv', 3),
  'too-many-fields': error('ties.csv', 3),
  'duplicate-actor-id': error('actors.csv', 4),
  'missing-id-column': error('actors.csv', 1),
  'one-file-disagreement': error('ties.csv', 4),
  'field-too-large': error('ties.csv', 3),
  binary: error('ties.csv', 3),
  'excel-xls': error('ties.csv', null),
  'bom-invalid-utf8': error('ties.csv', 3),
  'meta-group-by-missing': error('meta.json', null),
  'no-ties-file': error('', null),
};
