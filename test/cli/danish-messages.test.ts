/**
 * End-to-end (issue 15, "errors and warnings in Danish"): under --lang da, or a
 * Danish locale (LC_ALL, LC_MESSAGES, LANG da…), the built binary writes its
 * warnings and errors in Danish; the `FILE:LINE: ` part and the exit codes are
 * the same as in English, and the JSON report keeps each warning's code while
 * its message follows --lang. `npm test` builds dist/ first.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tuff } from '../helpers/exec.js';

const lines = (stderr: string): string[] => stderr.split('\n').filter((l) => l !== '');

interface Report {
  dataQuality: { warnings: { file: string; line: number; code: string; message: string }[] };
}

describe('warnings in Danish', () => {
  const F = 'fixtures/input/self-loop';
  const DANISH = `tuff: advarsel: ${F}/ties.csv:3: relationen "B"–"B" går fra en aktør til den samme aktør og er udeladt`;
  it('--lang da: the warning line in Danish, exit 0', () => {
    const run = tuff(['analyse', F, '--lang', 'da']);
    expect(run.status, run.stderr).toBe(0);
    expect(lines(run.stderr)).toEqual([DANISH]);
  });
  it('a Danish locale without --lang: the same line; --lang en wins over the locale', () => {
    expect(lines(tuff(['analyse', F], { LANG: 'da_DK.UTF-8' }).stderr)).toEqual([DANISH]);
    expect(lines(tuff(['analyse', F], { LC_ALL: 'da_DK.UTF-8', LANG: 'en_GB.UTF-8' }).stderr)).toEqual([DANISH]);
    expect(lines(tuff(['analyse', F, '--lang', 'en'], { LANG: 'da_DK.UTF-8' }).stderr)).toEqual([
      `tuff: warning: ${F}/ties.csv:3: self-loop "B"–"B" dropped`,
    ]);
  });
  it('JSON: the code stays, the message follows --lang', () => {
    const da = JSON.parse(tuff(['analyse', F, '--lang', 'da', '--format', 'json']).stdout) as Report;
    const en = JSON.parse(tuff(['analyse', F, '--format', 'json']).stdout) as Report;
    expect(da.dataQuality.warnings).toEqual([
      { file: `${F}/ties.csv`, line: 3, code: 'self-loop', message: 'relationen "B"–"B" går fra en aktør til den samme aktør og er udeladt' },
    ]);
    expect(en.dataQuality.warnings).toEqual([{ file: `${F}/ties.csv`, line: 3, code: 'self-loop', message: 'self-loop "B"–"B" dropped' }]);
  });
  it('a repeated kind is one Danish line with its count', () => {
    const run = tuff(['analyse', 'fixtures/input/duplicate-tie', '--lang', 'da']);
    expect(run.status).toBe(0);
    expect(lines(run.stderr)).toEqual([
      'tuff: advarsel: fixtures/input/duplicate-tie/ties.csv:4: gentaget relation "A"–"B" (første gang på linje 2) slået sammen med --duplicates sum: vægt 3,5',
      'tuff: advarsel: fixtures/input/duplicate-tie/ties.csv:5: gentaget relation "A"–"B" (første gang på linje 2) slået sammen med --duplicates sum: vægt 7,5',
    ]);
  });
  it('compare writes the waves\' warnings in Danish too', () => {
    const run = tuff(['compare', F, F, '--lang', 'da']);
    expect(run.status, run.stderr).toBe(0);
    expect(lines(run.stderr)).toEqual([DANISH, DANISH]);
  });
});

describe('errors in Danish', () => {
  const expectError = (args: string[], env: Record<string, string>, line: string): void => {
    const run = tuff(args, env);
    expect(run.status, run.stderr).toBe(2);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toEqual([line]);
  };
  it('a bad number: the same FILE:LINE:, the sentence in Danish, exit 2', () => {
    const F = 'fixtures/input/weight-text';
    expectError(['analyse', F, '--lang', 'da'], {}, `tuff: ${F}/ties.csv:4: vægten "stærk" er ikke et tal`);
    expectError(['analyse', F], { LC_MESSAGES: 'da_DK.UTF-8' }, `tuff: ${F}/ties.csv:4: vægten "stærk" er ikke et tal`);
    expectError(['analyse', F], {}, `tuff: ${F}/ties.csv:4: weight "stærk" is not a number`);
  });
  it('a missing column, a ragged row, a duplicate id, an unclosed quote', () => {
    expectError(['analyse', 'fixtures/input/missing-target-column', '--lang', 'da'], {},
      'tuff: fixtures/input/missing-target-column/ties.csv:1: ingen til-kolonne (en overskrift som til, mål, to, target); ' +
        'fundne kolonner: "source", "weight", "note"');
    expectError(['analyse', 'fixtures/input/too-few-fields', '--lang', 'da'], {},
      'tuff: fixtures/input/too-few-fields/ties.csv:3: denne række har 2 felter, overskriftsrækken har 3');
    expectError(['analyse', 'fixtures/input/duplicate-actor-id', '--lang', 'da'], {},
      'tuff: fixtures/input/duplicate-actor-id/actors.csv:4: aktør-id\'et "A" forekommer to gange (også på linje 2)');
    expectError(['analyse', 'fixtures/input/unterminated-quote', '--lang', 'da'], {},
      'tuff: fixtures/input/unterminated-quote/ties.csv:3: et anførselstegn (") åbnes på denne linje og lukkes aldrig');
  });
  it('a workbook cell keeps its BOOK:SHEET!CELL prefix', () => {
    expectError(['analyse', 'fixtures/input/xlsx-bad-weight', '--lang', 'da'], {},
      'tuff: fixtures/input/xlsx-bad-weight/ties.xlsx:ties!C4: vægten "stærk" er ikke et tal');
  });
  it('a file that is not there, and bad option values (--lang=da, or the locale when --lang comes after)', () => {
    expectError(['analyse', 'fixtures/input/nowhere', '--lang', 'da'], {}, 'tuff: fixtures/input/nowhere: filen eller mappen findes ikke');
    expectError(['analyse', 'fixtures/input/self-loop', '--runs', 'x', '--lang=da'], {}, 'tuff: --runs skal være et helt tal fra 1 til 1000 (fik "x")');
    expectError(['analyse', 'fixtures/input/self-loop', '--top', '0'], { LANG: 'da_DK.UTF-8' }, 'tuff: --top skal være et helt tal fra 1 til 1000000 (fik "0")');
    expectError(['compare', 'fixtures/input/self-loop', 'fixtures/input/self-loop', '--symmetrise', 'x', '--lang', 'da'], {},
      'tuff: --symmetrise skal være en af union, mutual (fik "x")');
    expectError(['analyse', 'fixtures/input/self-loop', '--facilitator', 'nobody', '--lang', 'da'], {},
      'tuff: --facilitator: ingen aktør med id\'et "nobody" i netværket (id\'er skal stemme præcist, også store og små bogstaver)');
  });
  it('the command-line parser\'s own errors: the common ones in Danish, with the same exit code 2', () => {
    const F = 'fixtures/input/self-loop';
    expectError(['analyse', F, '--format', 'pdf'], { LANG: 'da_DK.UTF-8' },
      'tuff: tilvalget \'-f, --format <format>\' skal være en af text, json, html, markdown, csv, gexf, graphml (fik "pdf") (se tuff --help)');
    expectError(['analyse', F, '--frmat', 'x', '--lang', 'da'], {}, 'tuff: ukendt tilvalg \'--frmat\' (mente du --format?) (se tuff --help)');
    expectError(['analyse', '--lang', 'da'], {}, 'tuff: argumentet \'input\' mangler (se tuff --help)');
    expectError(['analyse', F, '--format', 'pdf'], {},
      'tuff: option \'-f, --format <format>\' argument \'pdf\' is invalid. Allowed choices are text, json, html, markdown, csv, gexf, graphml. (see tuff --help)');
  });
  it('batch: a network that fails is named in Danish in the summary', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'tuff-danish-'));
    try {
      const run = tuff(['batch', 'fixtures/input/weight-text', '--out', out, '--lang', 'da', '--threads', '1']);
      expect(run.status).toBe(2);
      const summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8')) as { networks: { error?: string }[] };
      expect(summary.networks.map((n) => n.error)).toEqual(['fixtures/input/weight-text/ties.csv:4: vægten "stærk" er ikke et tal']);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('CSV headers in Danish', () => {
  it('--format csv --lang da: the header row in Danish, the rows as in English', () => {
    const da = tuff(['analyse', 'examples/boegely', '--format', 'csv', '--lang', 'da']);
    const en = tuff(['analyse', 'examples/boegely', '--format', 'csv', '--lang', 'en']);
    expect(da.status, da.stderr).toBe(0);
    const [daHead, ...daRows] = da.stdout.split('\r\n');
    const [enHead, ...enRows] = en.stdout.split('\r\n');
    expect(daHead!.replace(/^\ufeff/, '').split(';').slice(0, 8)).toEqual(['id', 'navn', 'sektor', 'sårbar', 'rolle', 'område', 'grad', 'styrke']);
    expect(enHead!.replace(/^\ufeff/, '').split(';').slice(0, 7)).toEqual(['id', 'label', 'sector', 'vulnerable', 'rolle', 'område', 'degree']);
    expect(daRows).toEqual(enRows);
  });
  it('batch --lang da: summary.csv has Danish headers, the same columns and values', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'tuff-danish-'));
    try {
      for (const lang of ['da', 'en']) {
        const run = tuff(['batch', 'examples/boegely', '--out', path.join(out, lang), '--lang', lang, '--threads', '1']);
        expect(run.status, run.stderr).toBe(0);
      }
      const [daHead, ...daRows] = readFileSync(path.join(out, 'da', 'summary.csv'), 'utf8').split('\r\n');
      const [enHead, ...enRows] = readFileSync(path.join(out, 'en', 'summary.csv'), 'utf8').split('\r\n');
      expect(daHead!.replace(/^\ufeff/, '').split(';')).toEqual([
        'navn', 'sti', 'status', 'fejl', 'rapport', 'aktører', 'relationer', 'tæthed', 'dele', 'isolerede', 'E-I-indeks', 'modularitet',
        'centralisering (grad)', 'kritisk', 'advarsel', 'godt at vide', 'advarsler om data', 'fail-on udløst', 'form', 'format', 'rettet',
      ]);
      expect(enHead!.replace(/^\ufeff/, '').split(';')[0]).toBe('name');
      expect(daRows.map((r) => r.replace(/boegely\.[a-z]+/, ''))).toEqual(enRows.map((r) => r.replace(/boegely\.[a-z]+/, '')));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('the commands\' own lines in Danish', () => {
  it('anonymise under a Danish locale: its notices, small-group warnings and errors', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tuff-danish-'));
    try {
      const out = path.join(dir, 'ud');
      const run = tuff(['anonymise', 'fixtures/compare/wave2', '--out', out, '--keep', 'vulnerable', '--min-group', '5'], { LANG: 'da_DK.UTF-8' });
      expect(run.status, run.stderr).toBe(0);
      const got = lines(run.stderr);
      expect(got[0]).toBe(`tuff: skrev en ny hemmelig nøgle til ${out}.key (kun du kan læse den). Hold den for dig selv og adskilt fra data: ` +
        `den, der har den, kan genkende aktører, vedkommende kender. Angiv den med --key ${out}.key ved senere runder, så de samme aktører får de samme pseudonymer`);
      expect(got).toContain('tuff: advarsel: kun 1 aktør har sector="privat", vulnerable="nej" (færre end --min-group 5): så lille en gruppe kan udpege personer; ' +
        'overvej at udelade eller slå værdier sammen');
      expect(got.at(-1)).toMatch(/^tuff: anonymiserede \d+ aktører og \d+ relationer til .*actors\.csv, .*ties\.csv \(beholdt: sector, vulnerable; udeladt: /);
      const again = tuff(['anonymise', 'fixtures/compare/wave2', '--out', path.join(dir, 'x'), '--key', path.join(dir, 'none.key')], { LANG: 'da_DK.UTF-8' });
      expect(again.status).toBe(2);
      expect(lines(again.stderr)).toEqual([`tuff: --key ${path.join(dir, 'none.key')}: filen eller mappen findes ikke`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('batch --lang da: the tally in Danish', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'tuff-danish-'));
    try {
      const run = tuff(['batch', 'examples/boegely', 'fixtures/input/weight-text', '--out', out, '--lang', 'da', '--threads', '1']);
      expect(run.status).toBe(2);
      expect(lines(run.stderr)[0]).toBe('tuff: batch: 2 netværk');
      expect(lines(run.stderr).at(-1)).toBe(
        `tuff: batch: 1 ok, 1 fejlede, 0 brød sammen, 0 mangler; oversigt i ${path.join(out, 'summary.json')} og ${path.join(out, 'summary.csv')}`,
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
