/**
 * End-to-end (issue 15, "errors and warnings in Danish"): under --lang da, or a
 * Danish locale (LC_ALL, LC_MESSAGES, LANG da…), the built binary writes its
 * warnings and errors in Danish; the `FILE:LINE: ` part and the exit codes are
 * the same as in English, and the JSON report keeps each warning's code while
 * its message follows --lang. `npm test` builds dist/ first.
 */
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
