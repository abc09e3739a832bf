/** English sentences of the data warnings (typed by WarningCatalogue in warnings.ts). */

import { quote } from '../model/quote.js';
import type { ValueVariant, WarningCatalogue } from './warnings.js';
import { linesByFile, someLines } from './warnings-format.js';

function where(v: ValueVariant, home: string): string {
  return linesByFile(v.lines, home)
    .map((f) => `${f.file === null ? '' : `${f.file} `}${f.lines.length === 1 ? 'line ' : 'lines '}${f.lines.join(', ')}`)
    .join('; ');
}

const HOW = { bom: 'byte-order marks removed', spaces: 'surrounding spaces removed', nfc: 'Unicode NFC normalisation' } as const;

const UNREADABLE = { xls: 'old Excel workbooks (.xls)', ods: 'OpenDocument spreadsheets (.ods)' } as const;

export const warningsEn: WarningCatalogue = {
  warning: 'warning',
  moreOfCode: (count, code, places) => `— and ${count} more ${code} warnings (lines ${places}; all in --format json)`,
  moreWarnings: (count) => `… and ${count} more warnings (all are listed under dataQuality in --format json)`,
  messages: {
    'actors-beside': (p) => `the actors file beside it, ${p.actorsFile}, was read with it (give --actors to choose another)`,
    'file-not-read': (p) => {
      const network = `the folder's network is ${p.ties}${p.actors === null ? '' : `, with the actors in ${p.actors}`}`;
      return p.unreadable !== null
        ? `not read: tuff cannot read ${UNREADABLE[p.unreadable]}; save it as .xlsx or CSV UTF-8 to use it (${network})`
        : `not read: ${network}; to analyse this file, give it instead of the folder (or with --actors if it lists the actors)`;
    },
    'batch-file-skipped': (p) => {
      const networks = p.by === 'subfolders'
        ? `${p.folder} stands for its ${p.count === 1 ? 'subfolder' : `${p.count} subfolders`} holding a network`
        : `${p.folder} stands for its ${p.count === 1 ? 'Excel workbook' : `${p.count} Excel workbooks`}, each a network`;
      return p.unreadable !== null
        ? `not in this batch: tuff cannot read ${UNREADABLE[p.unreadable]}; save it as .xlsx or CSV UTF-8 and give it itself (${networks})`
        : `not in this batch: ${networks}; to analyse this file too, give it itself`;
    },
    'workbook-not-csv': () => 'this file is an Excel workbook (.xlsx), not a CSV file, whatever its name: read as a workbook',
    'asymmetric-matrix': (p) => {
      const what = `the matrix is not symmetric (row ${quote(p.row)}, column ${quote(p.column)} differs from row ${quote(p.column)}, column ${quote(p.row)})`;
      return p.directed
        ? `${what}: read as directed answers, row → column (each row is what its actor reports); the undirected measures use the symmetrised network`
        : `${what} but the data are said to be undirected: each pair's two cells are merged by --duplicates ${p.duplicates} (the repeated-tie warnings name them)`;
    },
    'id-normalised': (p) => `id ${quote(p.raw)} read as ${quote(p.id)} (${p.how.map((h) => HOW[h]).join(', ')}; reported once)`,
    'id-case-variant': (p) => `actor ${quote(p.id)} differs from ${quote(p.like)} only by case and is read as another actor; did you mean ${quote(p.like)}?`,
    'unknown-actor': (p) => `actor ${quote(p.id)} is not in ${p.actorsFile}; added without attributes`,
    'attribute-conflict': (p) =>
      `${quote(p.column)} says ${quote(p.value)} for ${quote(p.id)} but ${p.actorsFile}:${p.actorsLine} says ${quote(p.current)}; the actors file wins`,
    'vulnerable-unrecognised': (p) =>
      `${quote(p.column)} has only values that are neither yes nor no (${p.values.map((v) => quote(v)).join(', ')}); ` +
      'nobody is read as vulnerable — use ja/x for yes and nej or an empty cell for no',
    'empty-id': () => 'empty id; row skipped',
    'empty-endpoint': (p) => `empty ${p.which === 'both' ? 'source and target' : p.which}; row skipped`,
    'empty-tie-type': () => 'no kind of tie given; the row counts only when every kind is analysed',
    'self-loop': (p) => `self-loop ${quote(p.id)}–${quote(p.id)} dropped`,
    'duplicate-tie': (p) =>
      `repeated tie ${quote(p.source)}${p.directed ? '→' : '–'}${quote(p.target)}${p.kind === null ? '' : ` of kind ${quote(p.kind)}`} ` +
      `(first on line ${p.firstLine}) merged` +
      (p.merged === null ? '' : ` by ${p.merged.by}: weight ${p.merged.weight}`),
    'unused-numeric-column': (p) =>
      `column ${quote(p.column)} holds numbers but is not used (${p.weight === null ? 'the ties are read as unweighted' : `the weight is ${quote(p.weight)}`}); ` +
      `to use it as the tie weight give --weight ${quote(p.column)}` +
      ' (and --weight-means distance if a larger number means a weaker or rarer tie, e.g. 1 = daily)',
    'participation-weight-unused': (p) =>
      `the ${quote(p.column)} column is checked but not used: a tie's weight is the number of activities both actors attend (--projection count) or Newman's sum of 1/(participants − 1) over them (--projection newman)`,
    'repeated-participation': (p) => `${quote(p.actor)} at ${quote(p.activity)} again (first on line ${p.firstLine}): counted once`,
    'respondent-unrecognised': (p) =>
      `${quote(p.column)} is ${quote(p.raw)} for ${quote(p.id)}: not a yes/no value (yes, ja, x / no, nej); ` +
      `counted as ${p.answered ? 'answered: it has rows of its own' : 'not answered: it has no row of its own'}`,
    'respondent-has-answers': (p) =>
      `${quote(p.id)} is marked as not answering (${p.actorsFile}:${p.actorsLine}) but reports ties from this line; counted as a respondent`,
    'respondent-empty': (p) =>
      `${quote(p.column)} is empty on line${p.lines.length === 1 ? '' : 's'} ${someLines(p.lines, 10, (n) => `${n} in all`)}; ` +
      'whether those actors answered is taken from their rows',
    'group-variants-merged': (p) =>
      `${quote(p.column)} values ${p.variants.map((v) => `${quote(v.value)} (${where(v, p.home)})`).join(', ')} ` +
      `differ only by case, spacing or a plural ending; merged as ${quote(p.winner)}`,
    'group-near-variants': (p) =>
      `${quote(p.column)} values ${quote(p.a.value)} (${where(p.a, p.home)}) and ${quote(p.b.value)} (${where(p.b, p.home)}) ` +
      'differ by one letter; kept as two groups — check the spelling',
  },
};
