/**
 * Review finding: a folder read as one network skipped the files it did not use
 * without a word (one workbook plus loose CSVs became the workbook's network,
 * the CSVs silently ignored). Now every data-looking file of the folder that
 * was not read is one warning `file-not-read` naming it and what was read
 * instead, sorted by name; .xls/.ods say how to save them. README files,
 * dotfiles, Excel's lock files and subfolders are not data.
 *
 * fixtures/input/folder-unread-files: netvaerk.xlsx (the network) beside
 * ekstra.csv, gammel.xls, noter.txt, regneark.ods, README.txt, .skjult.csv,
 * ~$netvaerk.xlsx. fixtures/input/folder-two-ties: ties.csv + actors.csv read,
 * relationer.csv, aktører.csv and a filled workbook partnerskab.xlsx not, a
 * subfolder gamle.csv/. The empty workbook tuff template writes beside its
 * CSVs holds no data and is not warned about.
 */
import { describe, expect, it } from 'vitest';
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { tuff } from '../helpers/exec.js';

const DIR = 'fixtures/input/folder-unread-files';
const BOOK = join(DIR, 'netvaerk.xlsx');
const TWO = 'fixtures/input/folder-two-ties';
const lines = (stderr: string): string[] => stderr.split('\n').filter((l) => l !== '');

const EN = [
  `tuff: warning: ${DIR}/ekstra.csv: not read: the folder's network is ${BOOK}; to analyse this file, give it instead of the folder (or with --actors if it lists the actors)`,
  `tuff: warning: ${DIR}/gammel.xls: not read: tuff cannot read old Excel workbooks (.xls); save it as .xlsx or CSV UTF-8 to use it (the folder's network is ${BOOK})`,
  `tuff: warning: ${DIR}/noter.txt: not read: the folder's network is ${BOOK}; to analyse this file, give it instead of the folder (or with --actors if it lists the actors)`,
  `tuff: warning: ${DIR}/regneark.ods: not read: tuff cannot read OpenDocument spreadsheets (.ods); save it as .xlsx or CSV UTF-8 to use it (the folder's network is ${BOOK})`,
];
const DA = [
  `tuff: advarsel: ${DIR}/ekstra.csv: ikke læst: mappens netværk er ${BOOK}; angiv filen i stedet for mappen for at analysere den (eller med --actors, hvis den er listen over aktørerne)`,
  `tuff: advarsel: ${DIR}/gammel.xls: ikke læst: tuff kan ikke læse gamle Excel-projektmapper (.xls); gem den som .xlsx eller CSV UTF-8 for at bruge den (mappens netværk er ${BOOK})`,
  `tuff: advarsel: ${DIR}/noter.txt: ikke læst: mappens netværk er ${BOOK}; angiv filen i stedet for mappen for at analysere den (eller med --actors, hvis den er listen over aktørerne)`,
  `tuff: advarsel: ${DIR}/regneark.ods: ikke læst: tuff kan ikke læse OpenDocument-regneark (.ods); gem den som .xlsx eller CSV UTF-8 for at bruge den (mappens netværk er ${BOOK})`,
];

interface JsonWarning { file: string; line: number; code: string; message: string }
const warningsOf = (stdout: string): JsonWarning[] => (JSON.parse(stdout) as { dataQuality: { warnings: JsonWarning[] } }).dataQuality.warnings;
/** The JSON warning as its stderr line would write it. */
const asLine = (word: string) => (w: JsonWarning): string => `tuff: ${word}: ${w.file}: ${w.message}`;

describe('tuff analyse DIR: the files of the folder that were not read', () => {
  it('one warning line per file, sorted by name, each naming the network read instead; exit 0; the same in JSON', () => {
    const run = tuff(['analyse', DIR, '--format', 'json']);
    expect(run.status).toBe(0);
    expect(lines(run.stderr)).toEqual(EN);
    const warnings = warningsOf(run.stdout);
    expect(warnings.map((w) => [w.line, w.code])).toEqual(EN.map(() => [0, 'file-not-read']));
    expect(warnings.map(asLine('warning'))).toEqual(EN);
    // The workbook is what was analysed: the matrix of ../xlsx-matrix, not ekstra.csv's A–B–C.
    expect(JSON.parse(run.stdout).input.ties).toBe(BOOK);
    const alone = tuff(['analyse', 'fixtures/input/xlsx-matrix', '--format', 'json']);
    expect(JSON.parse(run.stdout).summary).toEqual(JSON.parse(alone.stdout).summary);
  });

  it('in Danish under --lang da: the same files, Danish sentences, in stderr and JSON', () => {
    const run = tuff(['analyse', DIR, '--format', 'json', '--lang', 'da']);
    expect(run.status).toBe(0);
    expect(lines(run.stderr)).toEqual(DA);
    expect(warningsOf(run.stdout).map(asLine('advarsel'))).toEqual(DA);
  });

  it('the text report counts them too, and a second ties and actors file beside ties.csv + actors.csv are named', () => {
    const run = tuff(['analyse', TWO]);
    expect(run.status).toBe(0);
    const read = `the folder's network is ${TWO}/ties.csv, with the actors in ${TWO}/actors.csv`;
    const tail = 'to analyse this file, give it instead of the folder (or with --actors if it lists the actors)';
    expect(lines(run.stderr)).toEqual([
      `tuff: warning: ${TWO}/aktører.csv: not read: ${read}; ${tail}`,
      `tuff: warning: ${TWO}/partnerskab.xlsx: not read: ${read}; ${tail}`,
      `tuff: warning: ${TWO}/relationer.csv: not read: ${read}; ${tail}`,
    ]);
  });

  it("tuff template's empty workbook beside the filled-in CSVs is not data; a filled workbook there is named", () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'tuff-folder-template-')), 'net');
    try {
      expect(tuff(['template', dir, '--lang', 'da']).status).toBe(0);
      appendFileSync(join(dir, 'actors.csv'), 'skole;Skolen;offentlig;nej\r\nklub;Klubben;civil;nej\r\n');
      appendFileSync(join(dir, 'ties.csv'), 'skole;klub;2;information\r\n');
      expect(tuff(['analyse', dir, '--format', 'json']).stderr).toBe('');
      copyFileSync(join(TWO, 'partnerskab.xlsx'), join(dir, 'netvaerk.xlsx'));
      const run = tuff(['analyse', dir, '--format', 'json']);
      expect(run.status).toBe(0);
      expect(lines(run.stderr)).toEqual([
        `tuff: warning: ${dir}/netvaerk.xlsx: not read: the folder's network is ${dir}/ties.csv, with the actors in ${dir}/actors.csv; ` +
          'to analyse this file, give it instead of the folder (or with --actors if it lists the actors)',
      ]);
    } finally {
      rmSync(dirname(dir), { recursive: true, force: true });
    }
  });

  it('a file named on its own, or named by --actors, is read and not warned about', () => {
    const file = tuff(['analyse', join(DIR, 'ekstra.csv'), '--format', 'json']);
    expect(file.status).toBe(0);
    expect(file.stderr).toBe('');
    const chosen = tuff(['analyse', TWO, '--actors', join(TWO, 'aktører.csv'), '--format', 'json']);
    expect(chosen.status).toBe(0);
    const notRead = warningsOf(chosen.stdout).filter((w) => w.code === 'file-not-read').map((w) => w.file);
    // The folder's own actors.csv is now the file left out.
    expect(notRead).toEqual([join(TWO, 'actors.csv'), join(TWO, 'partnerskab.xlsx'), join(TWO, 'relationer.csv')]);
    expect(lines(chosen.stderr).filter((l) => l.includes(': not read: '))).toHaveLength(3);
  });
});

describe('tuff batch DIR for its subfolders: the folder\'s own data files are named, not silently left out', () => {
  const LOOSE = 'fixtures/batch-loose';
  const EXPECTED = {
    en: [
      `tuff: warning: ${LOOSE}/gammel.xls: not in this batch: tuff cannot read old Excel workbooks (.xls); save it as .xlsx or CSV UTF-8 and give it itself (${LOOSE} stands for its 2 subfolders holding a network)`,
      `tuff: warning: ${LOOSE}/noter.csv: not in this batch: ${LOOSE} stands for its 2 subfolders holding a network; to analyse this file too, give it itself`,
    ],
    da: [
      `tuff: advarsel: ${LOOSE}/gammel.xls: ikke med i kørslen: tuff kan ikke læse gamle Excel-projektmapper (.xls); gem den som .xlsx eller CSV UTF-8, og angiv den selv (${LOOSE} står for sine 2 undermapper med et netværk)`,
      `tuff: advarsel: ${LOOSE}/noter.csv: ikke med i kørslen: ${LOOSE} står for sine 2 undermapper med et netværk; angiv filen selv for også at analysere den`,
    ],
  };
  for (const lang of ['en', 'da'] as const) {
    it(`--lang ${lang}: one stderr line per file, exit 0; given itself, the file is a network and not named`, () => {
      const out = mkdtempSync(join(tmpdir(), 'tuff-batch-loose-'));
      try {
        const r = tuff(['batch', LOOSE, '--out', out, '--threads', '1', '--lang', lang]);
        expect(r.status).toBe(0);
        const said = lines(r.stderr).filter((l) => l.includes(`${LOOSE}/`) && !l.includes(`${LOOSE}/w`));
        expect(said).toEqual(EXPECTED[lang]);
        const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { networks: { path: string }[] };
        expect(summary.networks.map((n) => n.path)).toEqual([`${LOOSE}/w1`, `${LOOSE}/w2`]);
        const both = tuff(['batch', LOOSE, `${LOOSE}/noter.csv`, '--out', out, '--threads', '1', '--lang', lang]);
        expect(both.status).toBe(0);
        expect(lines(both.stderr).filter((l) => l.includes('noter.csv'))).toEqual([]);
        expect(lines(both.stderr).filter((l) => l.includes('gammel.xls'))).toEqual([EXPECTED[lang][0]]);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  }
});

describe('tuff batch DIR: each network report holds the warnings, the summary counts them', () => {
  for (const lang of ['en', 'da'] as const) {
    it(`--lang ${lang}`, () => {
      const out = mkdtempSync(join(tmpdir(), 'tuff-folder-files-'));
      try {
        const r = tuff(['batch', DIR, TWO, '--out', out, '--threads', '1', '--lang', lang]);
        expect(r.status).toBe(0);
        const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as {
          networks: { path: string; status: string; report: string; dataWarnings: number }[];
        };
        const rows = summary.networks.map((n) => [n.path, n.status, n.dataWarnings]);
        expect(rows).toHaveLength(2);
        expect(rows).toContainEqual([DIR, 'ok', 4]);
        expect(rows).toContainEqual([TWO, 'ok', 3]);
        const report = readFileSync(join(out, summary.networks.find((n) => n.path === DIR)!.report), 'utf8');
        expect(warningsOf(report).map(asLine(lang === 'da' ? 'advarsel' : 'warning'))).toEqual(lang === 'da' ? DA : EN);
        // Byte-identical to the report tuff analyse writes.
        const analysed = tuff(['analyse', DIR, '--format', 'json', '--lang', lang]);
        expect(report).toBe(analysed.stdout);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  }
});
