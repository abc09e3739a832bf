/**
 * End-to-end: attendance lists (two-mode data, issue 11) through the built
 * binary. The projected network's metrics are checked against the networkx
 * oracle of each fixture (fixtures/two-mode/oracle.py → expected.json, to
 * 1e-9; PageRank and eigenvector 1e-6 as docs/metrics.md says):
 * fixtures/two-mode/attendance (Danish Excel: BOM, `;`, decimal comma,
 * deltagelse.csv recognised by its name), working-groups (meta.json
 * "twoMode": true, "projection": "newman") and attendance-xlsx (the same list
 * as a workbook). Actors who attend nothing are isolates; a participant
 * missing from the actors file is a warning at its first row; bad input is one
 * `FILE:LINE` line and exit 2.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { tuff } from '../helpers/exec.js';

const ATTENDANCE = 'fixtures/two-mode/attendance';
const GROUPS = 'fixtures/two-mode/working-groups';
const BOOK = 'fixtures/two-mode/attendance-xlsx';
const scratch = mkdtempSync(path.join(tmpdir(), 'tuff-two-mode-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Metrics = { summary: Record<string, number>; actors: Record<string, Record<string, number | null>> };
interface Expected {
  actors: string[];
  participationRows: number;
  participations: number;
  activities: number;
  count: [string, string, number][];
  newman: [string, string, number][];
  metrics: { count: Metrics; newman: Metrics };
}
const expected = (folder: string): Expected => JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf8')) as Expected;
type Json = {
  input: Record<string, unknown>;
  summary: Record<string, number>;
  actors: Record<string, Record<string, number | null | string>>;
  dataQuality: { warnings: { file: string; code: string; line: number; message: string }[] };
};

function analyse(args: string[]): { report: Json; stderr: string } {
  const run = tuff(['analyse', ...args, '--format', 'json']);
  expect(run.status, run.stderr).toBe(0);
  return { report: JSON.parse(run.stdout) as Json, stderr: run.stderr };
}

const LOOSE = new Set(['pagerank', 'eigenvector']);
function expectMetrics(report: Json, oracle: Metrics): void {
  for (const [key, value] of Object.entries(oracle.summary)) expect(report.summary[key], key).toBeCloseTo(value, 9);
  expect(Object.keys(report.actors).sort()).toEqual(Object.keys(oracle.actors).sort());
  for (const [id, metrics] of Object.entries(oracle.actors)) {
    for (const [key, value] of Object.entries(metrics)) {
      const got = report.actors[id]![key];
      if (value === null) expect(got, `${id}.${key}`).toBeNull();
      else expect(got as number, `${id}.${key}`).toBeCloseTo(value, LOOSE.has(key) ? 6 : 9);
    }
  }
}

const ATTENDANCE_WARNINGS = [
  `tuff: warning: ${ATTENDANCE}/deltagelse.csv:1: the "Vægt" column is checked but not used: a tie's weight is the number of activities both actors attend (--projection count) or Newman's sum of 1/(participants − 1) over them (--projection newman)`,
  `tuff: warning: ${ATTENDANCE}/deltagelse.csv:12: "kommune" at "Styregruppe" again (first on line 6): counted once`,
  `tuff: warning: ${ATTENDANCE}/deltagelse.csv:13: "skole" at "Styregruppe" again (first on line 7): counted once`,
];

const ATTENDANCE_WARNINGS_DA = [
  `tuff: advarsel: ${ATTENDANCE}/deltagelse.csv:1: kolonnen "Vægt" kontrolleres, men bruges ikke: en relations vægt er antallet af aktiviteter, som begge aktører deltager i (--projection count), eller Newmans sum af 1/(deltagere − 1) over dem (--projection newman)`,
  `tuff: advarsel: ${ATTENDANCE}/deltagelse.csv:12: "kommune" deltager igen i "Styregruppe" (første gang på linje 6): talt med én gang`,
  `tuff: advarsel: ${ATTENDANCE}/deltagelse.csv:13: "skole" deltager igen i "Styregruppe" (første gang på linje 7): talt med én gang`,
];

describe('a Danish Excel attendance list in a folder (deltagelse.csv, actors.csv)', () => {
  const oracle = expected(ATTENDANCE);
  const { report, stderr } = analyse([ATTENDANCE]);
  it('is recognised as two-mode by its name and says what it read', () => {
    expect(report.input).toMatchObject({
      ties: `${ATTENDANCE}/deltagelse.csv`, actors: `${ATTENDANCE}/actors.csv`, shape: 'two-mode', format: 'csv', weighted: true, delimiter: ';',
      columns: { actor: 'Aktør', activity: 'Møde', date: 'Dato', weight: 'Vægt' },
      twoMode: { projection: 'count', activities: oracle.activities, rows: oracle.participationRows, participations: oracle.participations },
    });
    expect(report.input['directed']).toBeUndefined();
  });
  it('the count projection has networkx\'s metrics; bibliotek, who attends nothing, is an isolate', () => {
    expectMetrics(report, oracle.metrics.count);
    expect(report.actors['bibliotek']).toMatchObject({ degree: 0, strength: 0, label: 'Biblioteket', sector: 'offentlig' });
  });
  it('warns, each on its line, about the unused weight column and the repeated rows', () => {
    expect(stderr.split('\n').filter((l) => l !== '')).toEqual(ATTENDANCE_WARNINGS);
  });
  it('--projection newman: Newman\'s collaboration weights and their metrics', () => {
    const newman = analyse([ATTENDANCE, '--projection', 'newman']).report;
    expect(newman.input['twoMode']).toMatchObject({ projection: 'newman' });
    expectMetrics(newman, oracle.metrics.newman);
  });
  it('the file named on its own with --two-mode gives the same network (its actors file beside it read, with a warning)', () => {
    const run = tuff(['analyse', '--two-mode', `${ATTENDANCE}/deltagelse.csv`, '--format', 'json']);
    expect(run.status).toBe(0);
    const alone = JSON.parse(run.stdout) as Json;
    expect(alone.actors).toEqual(report.actors);
    expect(alone.summary).toEqual(report.summary);
    expect(run.stderr.split('\n').filter((l) => l !== '')).toEqual([
      `tuff: warning: ${ATTENDANCE}/deltagelse.csv: the actors file beside it, ${ATTENDANCE}/actors.csv, was read with it (give --actors to choose another)`,
      ...ATTENDANCE_WARNINGS,
    ]);
  });
  it('with --actors, as an edge list takes it', () => {
    const run = tuff(['analyse', '--two-mode', `${ATTENDANCE}/deltagelse.csv`, '--actors', `${ATTENDANCE}/actors.csv`, '--format', 'json']);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as Json).actors).toEqual(report.actors);
    expect(run.stderr.split('\n').filter((l) => l !== '')).toEqual(ATTENDANCE_WARNINGS);
  });
  it('in Danish the same network, the report and its warnings in Danish', () => {
    const da = analyse([ATTENDANCE, '--lang', 'da']);
    expect(da.report.actors).toEqual(report.actors);
    expect(da.stderr.split('\n').filter((l) => l !== '')).toEqual(ATTENDANCE_WARNINGS_DA);
    const text = tuff(['analyse', ATTENDANCE, '--lang', 'da']);
    expect(text.status).toBe(0);
    expect(text.stdout.split('\n').slice(1, 4)).toEqual([
      '8 aktører, 10 relationer, vægtet',
      'grupper fra kolonnen "sektor"',
      'læst fra en deltagerliste (16 deltagelser i 6 aktiviteter) i en CSV-fil; to aktører har en relation, når de deltager i samme aktivitet, vægtet med antallet af aktiviteter, de deler (--projection count)',
    ]);
    expect(text.stderr).toBe(da.stderr);
  });
});

describe('a folder whose meta.json says "twoMode": true and "projection": "newman" (working-groups)', () => {
  const oracle = expected(GROUPS);
  const { report, stderr } = analyse([GROUPS]);
  it('is projected with Newman\'s weights, as networkx', () => {
    expect(report.input).toMatchObject({ shape: 'two-mode', delimiter: ',', twoMode: { projection: 'newman', activities: oracle.activities, rows: oracle.participationRows } });
    expectMetrics(report, oracle.metrics.newman);
  });
  it('a participant missing from the actors file is added as an edge list\'s is, with a warning at its first row; kirke attends nothing: an isolate', () => {
    expect(stderr.split('\n').filter((l) => l !== '')).toEqual([
      `tuff: warning: ${GROUPS}/participation.csv:21: actor "ungdomsskole" is not in ${GROUPS}/actors.csv; added without attributes`,
      `tuff: warning: ${GROUPS}/participation.csv:24: "kommune" at "Steering group" again (first on line 2): counted once`,
    ]);
    expect(report.actors['ungdomsskole']).toMatchObject({ label: null, sector: null, degree: 0 });
    expect(report.actors['kirke']).toMatchObject({ label: 'Parish church', degree: 0 });
  });
  it('--projection count on the command line wins over meta.json', () => {
    const count = analyse([GROUPS, '--projection', 'count']).report;
    expect(count.input['twoMode']).toMatchObject({ projection: 'count' });
    expectMetrics(count, oracle.metrics.count);
  });
});

describe('an attendance workbook (attendance-xlsx: sheets Deltagelse and Aktører, meta.json "twoMode": true)', () => {
  it('gives the same network as the CSV it was made from', () => {
    const book = analyse([BOOK]).report;
    const csv = analyse([ATTENDANCE]).report;
    expect(book.input).toMatchObject({ shape: 'two-mode', format: 'xlsx', sheets: { ties: 'Deltagelse', actors: 'Aktører' } });
    expect(book.actors).toEqual(csv.actors);
    expect(book.summary).toEqual(csv.summary);
  });
  it('a bad row is named BOOK:SHEET!CELL', async () => {
    const file = path.join(scratch, 'bad.xlsx');
    const sheets = [{ sheet: 'Deltagelse', data: [['Aktør', 'Møde'], ['kommune', 'Styregruppe'], [null, 'Styregruppe']] }];
    writeFileSync(file, new Uint8Array(await writeExcelFile(sheets).toBuffer()));
    for (const lang of ['en', 'da']) {
      const run = tuff(['analyse', '--two-mode', file, '--lang', lang]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(lang === 'en'
        ? `tuff: ${file}:Deltagelse!A3: activity "Styregruppe" has no actor: fill in the "Aktør" column or remove the row\n`
        : `tuff: ${file}:Deltagelse!A3: aktiviteten "Styregruppe" har ingen aktør: udfyld kolonnen "Aktør", eller fjern rækken\n`);
    }
  });
  it('a workbook without an attendance sheet says that sheet is missing, not "no sheet of ties"', async () => {
    const file = path.join(scratch, 'two-sheets.xlsx');
    const sheets = [{ sheet: 'Ark1', data: [['Aktør', 'Møde'], ['kommune', 'Styregruppe']] }, { sheet: 'Ark2', data: [['id'], ['kommune']] }];
    writeFileSync(file, new Uint8Array(await writeExcelFile(sheets).toBuffer()));
    const en = tuff(['analyse', '--two-mode', file]);
    expect(en.status).toBe(2);
    expect(en.stderr).toMatch(new RegExp(`^tuff: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: no sheet with the attendance list \\(a sheet named .*; sheets found: "Ark1", "Ark2"; choose one with --sheet NAME\\n$`));
    const da = tuff(['analyse', '--two-mode', file, '--lang', 'da']);
    expect(da.status).toBe(2);
    expect(da.stderr).toContain(': intet ark med deltagerlisten (et ark, der hedder ');
    // Without --two-mode the same book still lacks a sheet of ties.
    expect(tuff(['analyse', file]).stderr).toContain(': no sheet of ties (a sheet named ');
  });
});

describe('a folder whose only data file is an .xls workbook', () => {
  it('is exit 2 naming the .xls and what to save it as, in English and Danish', () => {
    const dir = path.join(scratch, 'old-excel');
    mkdirSync(dir);
    copyFileSync(`${ATTENDANCE}/actors.csv`, path.join(dir, 'actors.csv'));
    writeFileSync(path.join(dir, 'deltagelse.xls'), 'not read');
    const en = tuff(['analyse', dir]);
    expect(en.status).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toMatch(/; "deltagelse\.xls" is an old Excel or OpenDocument file tuff cannot read: save as \.xlsx or CSV UTF-8\n$/);
    expect(en.stderr.split('\n')).toHaveLength(2);
    const da = tuff(['analyse', dir, '--lang', 'da']);
    expect(da.status).toBe(2);
    expect(da.stderr).toMatch(/; "deltagelse\.xls" er en gammel Excel- eller OpenDocument-fil, som tuff ikke kan læse: gem som \.xlsx eller CSV UTF-8\n$/);
  });
});

describe('bad attendance lists: one line FILE:LINE, exit 2, in English and Danish alike', () => {
  const write = (name: string, text: string): string => {
    const file = path.join(scratch, name);
    writeFileSync(file, text);
    return file;
  };
  const cases: [string, string, (file: string) => string, (file: string) => string][] = [
    ['no-actor.csv', 'aktør;møde\nA;Møde 1\n;Møde 1\n',
      (f) => `tuff: ${f}:3: activity "Møde 1" has no actor: fill in the "aktør" column or remove the row\n`,
      (f) => `tuff: ${f}:3: aktiviteten "Møde 1" har ingen aktør: udfyld kolonnen "aktør", eller fjern rækken\n`],
    ['no-activity.csv', 'actor,activity\nA,m1\nB,\n',
      (f) => `tuff: ${f}:3: actor "B" has no activity: fill in the "activity" column or remove the row\n`,
      (f) => `tuff: ${f}:3: aktøren "B" har ingen aktivitet: udfyld kolonnen "activity", eller fjern rækken\n`],
    ['no-column.csv', 'actor,place\nA,m1\n',
      (f) => `tuff: ${f}:1: an attendance list needs a column activity (a header named activity, aktivitet, møde, arrangement); columns found: "actor", "place"\n`,
      (f) => `tuff: ${f}:1: en deltagerliste skal have en kolonne aktivitet (overskriften aktivitet, møde, arrangement eller activity); fundne kolonner: "actor", "place"\n`],
    ['bad-weight.csv', 'aktør;møde;vægt\nA;m1;1,5\nB;m1;meget\n',
      (f) => `tuff: ${f}:3: weight "meget" is not a number\n`,
      (f) => `tuff: ${f}:3: vægten "meget" er ikke et tal\n`],
  ];
  for (const [name, text, en, da] of cases) {
    for (const [lang, message] of [['en', en], ['da', da]] as const) {
      it(`${name} (--lang ${lang})`, () => {
        const file = write(name, text);
        const run = tuff(['analyse', '--two-mode', file, '--lang', lang]);
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe(message(file));
      });
    }
  }
  it('--projection without two-mode data is a usage error', () => {
    const run = tuff(['analyse', 'fixtures/input/danish-excel', '--projection', 'newman']);
    expect([run.status, run.stdout, run.stderr]).toEqual([2, '', 'tuff: --projection applies to an attendance list only: add --two-mode (or "twoMode": true in meta.json)\n']);
  });
  it('--projection must be count or newman', () => {
    const run = tuff(['analyse', ATTENDANCE, '--projection', 'jaccard']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^tuff: option '--projection <how>' argument 'jaccard' is invalid\. Allowed choices are count, newman\./);
  });
  it('in Danish too', () => {
    expect(tuff(['analyse', 'fixtures/input/danish-excel', '--projection', 'newman', '--lang', 'da']).stderr).toBe(
      'tuff: --projection gælder kun en deltagerliste: tilføj --two-mode (eller "twoMode": true i meta.json)\n');
  });
  it('an edge-list option with an attendance list is refused, not ignored (en, da)', () => {
    const run = tuff(['analyse', ATTENDANCE, '--directed']);
    expect([run.status, run.stdout, run.stderr]).toEqual([
      2, '', 'tuff: --directed does not apply to an attendance list (--two-mode): its ties are the activities actors share, weighted by --projection count or newman\n',
    ]);
    const da = tuff(['analyse', ATTENDANCE, '--weight', 'Vægt', '--lang', 'da']);
    expect([da.status, da.stdout, da.stderr]).toEqual([
      2, '', 'tuff: --weight gælder ikke en deltagerliste (--two-mode): dens relationer er de aktiviteter, aktørerne deler, vægtet med --projection count eller newman\n',
    ]);
  });
  it('meta.json: a setting that does not fit is named at its line', () => {
    let n = 0;
    const wrong = (meta: string): string => {
      const dir = path.join(scratch, `meta-${++n}`);
      mkdirSync(dir);
      copyFileSync(`${ATTENDANCE}/deltagelse.csv`, path.join(dir, 'deltagelse.csv'));
      writeFileSync(path.join(dir, 'meta.json'), meta);
      const run = tuff(['analyse', dir]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      return run.stderr.replace(dir, 'DIR');
    };
    expect(wrong('{\n  "name": "x",\n  "twoMode": "yes"\n}\n')).toBe(
      'tuff: DIR/meta.json:3: "twoMode" must be true or false (true: the ties file is an attendance list, actor and activity per row)\n');
    expect(wrong('{\n  "projection": "jaccard"\n}\n')).toBe('tuff: DIR/meta.json:2: "projection" must be one of "count", "newman"\n');
    expect(wrong('{\n  "twoMode": true,\n  "directed": true\n}\n')).toBe(
      'tuff: DIR/meta.json:3: "directed" does not apply to an attendance list: its ties are the activities actors share, weighted by "projection" (count or newman); remove "directed"\n');
    expect(wrong('{\n  "twoMode": false,\n  "projection": "newman"\n}\n')).toMatch(/^tuff: DIR\/meta\.json:3: "projection" applies to an attendance list only/);
  });
});

describe('an attendance list given as a ties file, without --two-mode', () => {
  it('is one line FILE:LINE and exit 2 that says to use --two-mode (not "is this the actors file?"), in English and Danish', () => {
    const file = `${ATTENDANCE}/deltagelse.csv`;
    const en = tuff(['analyse', file, '--actors', `${ATTENDANCE}/actors.csv`]);
    expect(en.status).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toBe(
      `tuff: ${file}:1: no source column (a header named source, from, fra, kilde); columns found: "Aktør", "Møde", "Dato", "Vægt": ` +
        'this looks like an attendance list (an actor and an activity per row); read it with --two-mode\n',
    );
    const da = tuff(['analyse', file, '--actors', `${ATTENDANCE}/actors.csv`, '--lang', 'da']);
    expect(da.status).toBe(2);
    expect(da.stderr).toMatch(/: det ligner en deltagerliste \(en aktør og en aktivitet pr\. række\); læs den med --two-mode\n$/);
    // The actors file itself still gets the actors-file hint.
    const actors = tuff(['analyse', `${ATTENDANCE}/actors.csv`]);
    expect(actors.status).toBe(2);
    expect(actors.stderr).toMatch(/\(is this the actors file\?\)\n$/);
    expect(actors.stderr).not.toContain('--two-mode');
  });
});

describe('batch and compare take attendance lists', () => {
  it('batch: each folder read as it says (a folder\'s deltagelse.csv, a meta.json "twoMode")', () => {
    const out = path.join(scratch, 'batch-out');
    const run = tuff(['batch', ATTENDANCE, GROUPS, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(path.join(out, 'working-groups.json'), 'utf8')) as Json;
    expectMetrics(report, expected(GROUPS).metrics.newman);
    expect((JSON.parse(readFileSync(path.join(out, 'attendance.json'), 'utf8')) as Json).input['shape']).toBe('two-mode');
  });
  it('compare: two attendance lists projected alike (--projection)', () => {
    const run = tuff(['compare', ATTENDANCE, BOOK, '--projection', 'newman', '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    // The same list as CSV and as a workbook: nothing changed.
    const comparison = JSON.parse(run.stdout) as { actors: Record<string, unknown>; ties: Record<string, unknown> };
    expect(comparison.actors).toMatchObject({ before: 8, after: 8, stayed: 8, joined: [], left: [] });
    expect(comparison.ties).toMatchObject({ before: 10, after: 10, kept: 10, gained: [], lost: [] });
  });
});

describe('the report says which activities bring sectors together and who shares no activity with anyone', () => {
  it('JSON: twoMode.bringTogether (most groups, then most participants, then name) and twoMode.sharingNothing (by id)', () => {
    expect((analyse([ATTENDANCE]).report as Json & { twoMode: unknown }).twoMode).toEqual({
      bringTogether: [
        { activity: 'Sommerfest', participants: 5, groups: ['civil', 'offentlig'] },
        { activity: 'Netværksmøde april', participants: 4, groups: ['civil', 'offentlig'] },
      ],
      // bibliotek attends nothing; byg (Byggemøde) and forening (Generalforsamling) attend only activities nobody else attends.
      sharingNothing: [{ actor: 'bibliotek', activities: 0 }, { actor: 'byg', activities: 1 }, { actor: 'forening', activities: 1 }],
    });
    expect((analyse([GROUPS]).report as Json & { twoMode: unknown }).twoMode).toEqual({
      bringTogether: [
        { activity: 'Summer party', participants: 6, groups: ['business', 'civil', 'housing'] },
        { activity: 'Homework café', participants: 4, groups: ['civil', 'housing', 'public'] },
        { activity: 'Job fair', participants: 3, groups: ['business', 'public'] },
        { activity: 'Steering group', participants: 3, groups: ['housing', 'public'] },
      ],
      // bager attends Bread tasting alone but the Job fair with others: not here. ungdomsskole has no sector: Youth board brings nobody together.
      sharingNothing: [{ actor: 'kirke', activities: 0 }, { actor: 'ungdomsskole', activities: 1 }],
    });
  });
  it('text, in English and Danish', () => {
    const section = (stdout: string, heading: string): string[] => {
      const lines = stdout.split('\n');
      const at = lines.indexOf(heading);
      expect(at, heading).toBeGreaterThan(0);
      return lines.slice(at, lines.indexOf('', at));
    };
    const en = tuff(['analyse', ATTENDANCE]);
    expect(en.status).toBe(0);
    expect(en.stderr.split('\n').filter((l) => l !== '')).toEqual(ATTENDANCE_WARNINGS);
    expect(section(en.stdout, 'Activities that bring sectors together')).toEqual([
      'Activities that bring sectors together',
      '  Activities whose participants come from two or more groups of the column "sektor", most groups first: where the partnership meets across its groups.',
      '    Sommerfest (5 participants): civil, offentlig',
      '    Netværksmøde april (4 participants): civil, offentlig',
    ]);
    expect(section(en.stdout, 'Actors who share no activity with anyone')).toEqual([
      'Actors who share no activity with anyone',
      '  They have no tie in this network: they attend nothing, or only activities nobody else attends.',
      '    Biblioteket (bibliotek): attends nothing',
      '    Boligselskabet (byg): 1 activity, nobody else there',
      '    Lokalhistorisk forening (forening): 1 activity, nobody else there',
    ]);
    const da = tuff(['analyse', ATTENDANCE, '--lang', 'da']);
    expect(da.status).toBe(0);
    expect(da.stderr.split('\n').filter((l) => l !== '')).toEqual(ATTENDANCE_WARNINGS_DA);
    expect(section(da.stdout, 'Aktiviteter der samler flere sektorer')).toEqual([
      'Aktiviteter der samler flere sektorer',
      '  Aktiviteter, hvor deltagerne kommer fra to eller flere grupper i kolonnen "sektor", flest grupper først: her mødes partnerskabet på tværs af grupperne.',
      '    Sommerfest (5 deltagere): civil, offentlig',
      '    Netværksmøde april (4 deltagere): civil, offentlig',
    ]);
    expect(section(da.stdout, 'Aktører der ikke deler en aktivitet med nogen')).toEqual([
      'Aktører der ikke deler en aktivitet med nogen',
      '  De har ingen relationer i dette netværk: de deltager ikke i noget, eller kun i aktiviteter, som ingen andre deltager i.',
      '    Biblioteket (bibliotek): deltager ikke i noget',
      '    Boligselskabet (byg): 1 aktivitet uden andre deltagere',
      '    Lokalhistorisk forening (forening): 1 aktivitet uden andre deltagere',
    ]);
  });
  it('Markdown and HTML carry the same sections (HTML with its links)', () => {
    const md = tuff(['analyse', GROUPS, '--format', 'markdown']);
    expect(md.status).toBe(0);
    const lines = md.stdout.split('\n');
    const at = lines.indexOf('## Activities that bring sectors together');
    expect(lines.slice(at, at + 8)).toEqual([
      '## Activities that bring sectors together',
      '',
      'Activities whose participants come from two or more groups of the column "sector", most groups first: where the partnership meets across its groups.',
      '',
      '- Summer party (6 participants): business, civil, housing',
      '- Homework café (4 participants): civil, housing, public',
      '- Job fair (3 participants): business, public',
      '- Steering group (3 participants): housing, public',
    ]);
    // Markdown names an actor by its label (as its other lists do).
    expect(lines).toContain('- Parish church: attends nothing');
    expect(lines).toContain('- ungdomsskole: 1 activity, nobody else there');
    const html = tuff(['analyse', GROUPS, '--format', 'html', '--lang', 'da']);
    expect(html.status).toBe(0);
    expect(html.stdout).toContain('<a href="#activities-together">Aktiviteter der samler flere sektorer</a><a href="#sharing-nothing">Aktører der ikke deler en aktivitet med nogen</a>');
    expect(html.stdout).toContain('<section id="activities-together"><h2>Aktiviteter der samler flere sektorer</h2>');
    expect(html.stdout).toContain('<li>Summer party (6 deltagere): business, civil, housing</li>');
    expect(html.stdout).toContain('<section id="sharing-nothing"><h2>Aktører der ikke deler en aktivitet med nogen</h2>');
    expect(html.stdout).toContain('<li>Parish church: deltager ikke i noget</li>');
    expect(html.stdout).toContain('<li>ungdomsskole: 1 aktivitet uden andre deltagere</li>');
  });
  it('without groups, it says it cannot tell which activities bring groups together', () => {
    const dir = path.join(scratch, 'no-groups');
    mkdirSync(dir);
    copyFileSync(`${ATTENDANCE}/deltagelse.csv`, path.join(dir, 'deltagelse.csv'));
    const run = tuff(['analyse', dir]);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    const at = lines.indexOf('Activities that bring groups together');
    expect(lines.slice(at, at + 6)).toEqual([
      'Activities that bring groups together',
      '  No group column: which activities bring groups together is not computed.',
      '',
      'Actors who share no activity with anyone',
      '  They have no tie in this network: they attend nothing, or only activities nobody else attends.',
      '    byg: 1 activity, nobody else there',
    ]);
  });
});
