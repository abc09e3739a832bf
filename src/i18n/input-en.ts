/** English sentences of the errors (typed by ErrorCatalogue in input.ts). */

import { quote } from '../model/quote.js';
import type { ErrorCatalogue, ErrorParams } from './input.js';
import { columnList, idList } from './input-format.js';

const columns = (header: readonly string[]): string => columnList(header, '(none)', (n) => `${n} in all`);
const ids = (list: readonly string[]): string => idList(list, (n) => `${n} in all`);
const groupChoices = (cs: readonly string[]): string =>
  cs.length === 0 ? 'the actors have no columns to group by (add a sector column)' : `columns to group by: ${columns(cs)}`;
const SAVE_AS_CSV =
  'open it in Excel and choose Filer → Gem som → "CSV UTF-8 (kommasepareret) (*.csv)" ' +
  '(English Excel: File → Save As → "CSV UTF-8 (Comma delimited) (*.csv)")';
const FS = {
  'not-found': 'no such file or folder',
  'not-dir': 'no such file or folder (a part of the path is a file)',
  permission: 'permission denied',
  'is-folder': 'is a folder, not a CSV file',
  loop: 'too many symbolic links',
} as const;

const OUT = {
  permission: 'permission denied',
  'not-dir': 'a part of the path is a file, not a folder',
  'read-only': 'the file system is read-only',
  'no-space': 'no space left on the device',
} as const;
const REPORT = { 'no-folder': 'the folder does not exist', permission: 'permission denied', 'is-folder': 'it is a folder', 'no-space': 'no space left on the device' } as const;

const fs = (p: ErrorParams['fs-error']): string => (p.reason === 'other' ? `cannot read it (${p.code ?? 'unknown error'})` : FS[p.reason]);

export const errorsEn: ErrorCatalogue = {
  'input-path-empty': () => 'the input path is empty',
  'fs-error': (p) => fs(p),
  'is-folder': () => 'is a folder, not a CSV file',
  'not-regular-file': () => 'is not a regular file',
  'file-too-large': (p) => `is larger than ${p.mib} MiB, the most tuff reads`,
  'folder-without-ties': (p) => {
    const found = p.csvs.length === 0 ? 'no CSV files in it' : `found: ${p.csvs.slice(0, 5).map((e) => quote(e)).join(', ')}${p.csvs.length > 5 ? ', …' : ''}`;
    return `this folder has no ties.csv (or relationer.csv, netværk.csv), no attendance list (deltagelse.csv, participation.csv) nor one Excel workbook (${found}); name the ties file itself instead of the folder`
      + (p.unreadable.length === 0 ? '' : `; ${p.unreadable.slice(0, 3).map((e) => quote(e)).join(', ')} ${p.unreadable.length === 1 ? 'is an old Excel or OpenDocument file' : 'are old Excel or OpenDocument files'} tuff cannot read: save as .xlsx or CSV UTF-8`);
  },
  'sheet-option-on-text': (p) => `${p.option} applies to an Excel workbook (.xlsx); ${p.file} is a text file`,
  'directed-only-meta': (p) => `"${p.key}" applies to directed answers only: set "directed": true (or give --directed), or remove "${p.key}"`,
  'directed-only-option': (p) => `${p.option} applies to directed answers only: add --directed (or "directed": true in meta.json)`,
  'group-by-unknown': (p) => `--group-by ${quote(p.name)}: no such actor column; ${groupChoices(p.columns)}`,
  'meta-group-by-unknown': (p) => `"groupBy": ${quote(p.name)} is no actor column; ${groupChoices(p.columns)}`,
  'xlsx-not-csv': () => `this is an Excel workbook (.xlsx), not a CSV file: ${SAVE_AS_CSV}`,
  'xls-not-csv': () => `this is an old Excel workbook (.xls), not a CSV file: ${SAVE_AS_CSV}`,
  'bom-invalid-utf8': () => 'the file starts with a UTF-8 byte-order mark but is not valid UTF-8 on this line',
  'binary-nul-char': () => 'binary data (a NUL character), not a CSV text file',
  'binary-nul-byte': () => 'binary data (a NUL byte), not a CSV text file (if it is text, save it as CSV UTF-8)',
  'utf16-odd-bytes': (p) => `looks like ${p.encoding.toUpperCase()} text but has an odd number of bytes (truncated file?)`,
  'utf16-invalid': (p) => `looks like ${p.encoding.toUpperCase()} text but is not valid ${p.encoding.toUpperCase()}`,
  'empty-file': () => 'the file is empty',
  'empty-file-blank': () => 'the file is empty (only blank lines or empty cells)',
  'csv-unreadable': (p) => (p.code === null ? 'cannot read this as CSV' : `cannot read this as CSV (${p.code})`),
  'row-too-long': (p) =>
    `a row starting here is longer than ${p.mib} MiB, the limit for one row (a quote that is never closed, or not a CSV file?)`,
  'quote-unclosed': () => 'a quote (") opens on this line and is never closed',
  'quote-text-after': () => 'text follows a closing quote before the next delimiter; inside a quoted field write a quote as ""',
  'quote-in-unquoted': () => 'a quote (") inside an unquoted field; quote the whole field and double the quote, e.g. "Café ""Torvet"""',
  'row-too-few-fields': (p) => `this row has ${p.fields} field${p.fields === 1 ? '' : 's'}, the header has ${p.header}`,
  'row-too-many-fields': (p) => `this row has ${p.fields} fields, the header has ${p.header} (a delimiter inside a value? put the value in quotes)`,
  'missing-endpoint-column': (p) =>
    `no ${p.column} column (a header named ${p.column === 'source' ? 'source, from, fra, kilde' : 'target, to, til, mål'}); ` +
    `columns found: ${columns(p.found)}${p.looksLikeActors ? ' (is this the actors file?)' : ''}` +
    (p.looksLikeAttendance ? ': this looks like an attendance list (an actor and an activity per row); read it with --two-mode' : ''),
  'missing-id-column': (p) => `no id column (a header named id, aktør, actor); columns found: ${columns(p.found)}`,
  'weight-column-unknown': (p) => `${p.option} ${quote(p.name)}: the ties have no such column; columns found: ${columns(p.found)}`,
  'weight-column-endpoint': (p) => `${p.option} ${quote(p.name)} is the ${p.column} column, not a number per tie`,
  'column-twice': (p) => `columns ${quote(p.a)} and ${quote(p.b)} both mean ${quote(p.key)}; keep one of them`,
  'weight-empty': () => 'the weight is empty: give a positive number, or remove the weight column for an unweighted network',
  'weight-not-positive': (p) => `weight ${quote(p.text)} is not a positive finite number`,
  'weight-decimal-comma': (p) => `weight ${quote(p.text)} is not a number (a decimal comma is read only in files separated by ; or tab: write 2.5)`,
  'weight-thousands': (p) => `weight ${quote(p.text)}: write the number without a thousands separator (e.g. 1234,5)`,
  'weight-not-number': (p) => `weight ${quote(p.text)} is not a number`,
  'distance-too-small': (p) => `distance ${quote(p.text)} is too small: its strength 1/d is not a finite number`,
  'tie-type-no-column': (p) =>
    `--tie-type needs a column with the kind of each tie (a header named type, relation, relationstype, type_of_tie); columns found: ${columns(p.found)}`,
  'tie-type-unknown': (p) =>
    `--tie-type ${quote(p.wanted)}: no tie of that kind in the column ${quote(p.column)}; kinds found: ` +
    (p.kinds.length === 0 ? '(none)' : p.kinds.map((k) => quote(k)).join(', ')),
  'actor-id-twice': (p) => `actor id ${quote(p.id)} appears twice (also on line ${p.earlierLine})`,
  'no-ties': (p) => (p.actorsGiven ? 'no ties and no actors: both files have only a header' : 'no ties: the file has a header but no usable rows'),
  'attribute-disagrees': (p) =>
    `${quote(p.column)} says ${quote(p.value)} for ${quote(p.id)} but line ${p.firstLine} says ${quote(p.firstValue)} ` +
    `(${quote(p.firstColumn)}); an actor has one value per attribute`,
  'id-control-character': (p) => `id ${quote(p.raw)} holds the control character U+${p.code}; an id must be on one line`,
  'two-mode-column-missing': (p) =>
    `an attendance list needs a column ${p.column} (a header named ${p.column === 'actor' ? 'actor, aktør' : 'activity, aktivitet, møde, arrangement'}); columns found: ${p.found.map((h) => quote(h)).join(', ')}`,
  'activity-without-actor': (p) => `activity ${quote(p.activity)} has no actor: fill in the ${quote(p.column)} column or remove the row`,
  'actor-without-activity': (p) => `actor ${quote(p.actor)} has no activity: fill in the ${quote(p.column)} column or remove the row`,
  'projection-without-two-mode': () => '--projection applies to an attendance list only: add --two-mode (or "twoMode": true in meta.json)',
  'meta-projection-without-two-mode': () => '"projection" applies to an attendance list only: set "twoMode": true (or give --two-mode), or remove "projection"',
  'two-mode-option': (p) => `${p.option} does not apply to an attendance list (--two-mode): its ties are the activities actors share, weighted by --projection count or newman`,
  'two-mode-meta': (p) => `"${p.key}" does not apply to an attendance list: its ties are the activities actors share, weighted by "projection" (count or newman); remove "${p.key}"`,
  'meta-two-mode-type': () => '"twoMode" must be true or false (true: the ties file is an attendance list, actor and activity per row)',
  'meta-not-json': () => 'is not valid JSON',
  'meta-not-object': () => 'must be a JSON object ({"groupBy": …})',
  'meta-group-by-type': () => '"groupBy" must be a column name or null',
  'meta-aliases-type': () => '"headerAliases" must be an object of header → column name',
  'meta-alias-value': () => '"headerAliases" must map each header to a column name (a string)',
  'meta-directed-type': () => '"directed" must be true or false',
  'meta-weight-type': () => '"weight" must be the name of a ties column',
  'meta-one-of': (p) => `"${p.key}" must be one of ${p.allowed.map((a) => `"${a}"`).join(', ')}`,
  'sheet-empty': () => 'the sheet is empty',
  'sheet-unknown': (p) => `${p.option} ${quote(p.name)}: the workbook has no such sheet; sheets found: ${p.sheets.map((s) => quote(s)).join(', ')}`,
  'no-ties-sheet': (p) =>
    `no sheet ${p.twoMode ? 'with the attendance list' : 'of ties'} (a sheet named ${p.names.slice(0, 4).join(', ')}, …); sheets found: ${p.sheets.map((s) => quote(s)).join(', ')}; choose one with --sheet NAME`,
  'sheet-both': (p) => `the sheet ${quote(p.name)} cannot be both the ties and the actors`,
  'workbook-too-large': (p) => `the workbook is larger than ${p.mib} MiB, the most tuff reads from Excel (save the sheets as CSV instead)`,
  'workbook-damaged': () => 'is not a readable Excel workbook (a damaged or incomplete .xlsx file?)',
  'workbook-empty-zip': () => 'is not a readable Excel workbook (an empty zip archive)',
  'workbook-unpacks-too-large': (p) => `the workbook unpacks to more than ${p.mib} MiB of sheets, the most tuff reads (save the sheets as CSV instead)`,
  'workbook-too-slow': (p) =>
    `cannot read this workbook: ${p.memory ? 'it needs more memory than tuff allows' : `it took longer than ${p.seconds} s`} (save the sheets as CSV instead)`,
  'workbook-unreadable': (p) => `is not a readable Excel workbook (${p.reason})`,
  'workbook-too-many-cells': (p) => `the workbook has ${p.cells} cells, more than the ${p.max} tuff reads (save the sheets as CSV instead)`,
  'pattern-no-match': (p) => `${p.pattern}: no network matches this pattern (a folder with ties.csv, or a .csv file)`,
  'out-empty': () => '--out is empty: name a folder for the reports',
  'out-failed': (p) =>
    `${p.dir}: ${p.what === 'create' ? 'cannot create the output folder' : 'cannot write reports in this folder'}: ` +
    (p.reason === 'other' ? (p.code ?? 'unknown error') : OUT[p.reason]),
  'out-is-file': (p) => `${p.dir}: --out must be a folder, and this is a file`,
  'report-write-failed': (p) => `${p.file}: cannot write the report: ${p.reason === 'other' ? (p.code ?? 'cannot write') : REPORT[p.reason]}`,
  'template-exists': (p) =>
    `${p.files.join(', ')}: already ${p.files.length === 1 ? 'exists' : 'exist'}; tuff template never overwrites a file (nothing was written)`,
  'template-folder-failed': (p) => `${p.dir}: cannot create the folder (${p.code ?? 'unknown error'})`,
  'template-write-failed': (p) => `${p.dir}: cannot write the template (${p.code ?? 'unknown error'}); nothing was written`,
  'keep-id-label': (p) => `--keep ${p.name}: ids and labels are always replaced by pseudonyms`,
  'keep-unknown': (p) =>
    `--keep ${p.name}: no actor has this attribute; ${p.available.length === 0 ? 'the actors have no attributes besides sector' : `attributes: ${p.available.join(', ')}`}`,
  'key-unreadable': (p) => `--key ${p.file}: ${fs(p.fs)}`,
  'key-too-short': (p) => `--key ${p.file}: a key must have at least ${p.min} bytes (${p.min * 2} hex digits); this one has ${p.got}`,
  'key-exists': (p) => `${p.file} already exists: pass it with --key ${p.file} to reuse that key (same pseudonyms), or remove it`,
  'key-write-failed': (p) => `${p.file}: cannot write the new key: ${fs(p.fs)}`,
  'anonymise-out-failed': (p) => `${p.dir}: cannot create the output folder: ${p.fs === null ? 'a part of the path is a file, not a folder' : fs(p.fs)}`,
  'out-overwrites-input': (p) => `--out ${p.out}: would overwrite the input ${p.target}; choose another folder`,
  'key-inside-out': (p) => `the key file ${p.key} is inside --out ${p.out}: keep the key apart from the data you share`,
  'matrix-no-column-ids': () => 'a matrix needs the actor ids in its first row, after the first cell',
  'matrix-column-without-id': (p) => `column ${p.column} of the matrix has no actor id in the first row`,
  'matrix-id-two-columns': (p) => `the actor id ${quote(p.id)} heads two columns (${p.a} and ${p.b})`,
  'matrix-row-without-id': () => 'this matrix row has no actor id in its first cell',
  'matrix-id-two-rows': (p) => `the actor id ${quote(p.id)} heads two rows (lines ${p.first} and ${p.second})`,
  'matrix-row-not-column': (p) =>
    `the row id ${quote(p.id)} is not among the column ids of the first row (${ids(p.columns)}): row and column ids must be the same actors`,
  'matrix-cell-not-number': (p) => `the cell in row ${quote(p.row)}, column ${quote(p.column)} is ${quote(p.raw)}, not a number (0 or empty = no tie)`,
  'matrix-cell-negative': (p) => `the cell in row ${quote(p.row)}, column ${quote(p.column)} is negative (${p.raw}): a tie weight is positive, 0 = no tie`,
  'matrix-columns-without-row': (p) =>
    `the column ids ${ids(p.ids)} have no row: a matrix has one row per column, the same actors in the same order or not`,
  'matrix-ragged': (p) => `this matrix row has ${p.cells} cells, the first row has ${p.width} (a ragged matrix: every row needs one cell per actor)`,
  'option-one-of': (p) => `${p.option} must be one of ${p.allowed.join(', ')} (got "${p.value}")`,
  'option-whole-number': (p) => `${p.option} must be a whole number from ${p.min} to ${p.max} (got ${typeof p.value === 'string' ? `"${p.value}"` : String(p.value)})`,
  'exact-and-samples': (p) => `${p.exact} and ${p.samples} exclude each other: ${p.exact} computes every source`,
  'weight-option-empty': () => '--weight needs the name of a ties column',
  'tie-type-option-empty': () => '--tie-type needs one kind of tie or several, separated by commas (e.g. --tie-type information,resources)',
  'out-required': (p) =>
    p.command === 'batch'
      ? '--out <folder> is required: where the reports and the summary go'
      : '--out <folder> is required: where the anonymised actors.csv and ties.csv go',
  'no-networks': () => 'no networks to analyse: give folders, CSV files or patterns',
  'template-needs-folder': () => 'tuff template needs a folder to write the files into',
  'facilitator-empty': () => '--facilitator needs an actor id',
  'facilitator-unknown': (p) =>
    `--facilitator: no actor with id "${p.id}" in the network` +
    (p.byLabel === null ? ' (ids are matched exactly, case-sensitive)' : `; did you mean the id "${p.byLabel.id}" (label "${p.byLabel.label}")?`),
};
