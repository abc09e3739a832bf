/**
 * End-to-end: directed answers through the built binary — every option
 * (--directed, --symmetrise, --non-respondents) and every bad input, with
 * stdout, stderr and the exit code checked. `npm test` builds dist/ first.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { tuff, ROOT } from '../helpers/exec.js';
import { SURVEY, loadSurveyExpected } from '../helpers/directed.js';

const FIXTURES = path.join(ROOT, 'fixtures', 'directed');
const expected = loadSurveyExpected();
const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');

function json(args: string[]): { report: Record<string, any>; stderr: string[] } {
  const run = tuff(['analyse', ...args, '--format', 'json']);
  expect(run.status, run.stderr).toBe(0);
  return { report: JSON.parse(run.stdout) as Record<string, any>, stderr: lines(run.stderr) };
}

function oneError(args: string[], text: string): void {
  const run = tuff(args);
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(lines(run.stderr)).toEqual([text]);
}

describe('tuff analyse on directed answers', () => {
  it('reads meta.json "directed": true, says so in the input block, and warns once per same-direction repeat', () => {
    const { report, stderr } = json([SURVEY]);
    expect(report.input.directed).toBe(true);
    expect(report.input.symmetrise).toBe('union');
    expect(report.summary.ties).toBe(expected.union.summary.ties);
    expect(stderr.filter((l) => l.includes('repeated tie'))).toHaveLength(2);
    expect(stderr.every((l) => /^tuff: warning: \S+ties\.csv:\d+: repeated tie "[^"]+"→"[^"]+"/.test(l))).toBe(true);
  });

  it('--directed on a ties file reads it as answers (A,B and B,A are not a repeat)', () => {
    const { report, stderr } = json([path.join(SURVEY, 'ties.csv'), '--directed', '--actors', path.join(SURVEY, 'actors.csv')]);
    expect(report.input.directed).toBe(true);
    expect(stderr.filter((l) => l.includes('repeated tie'))).toHaveLength(2);
  });

  it('without --directed the same file is undirected: every reversed answer is a repeat', () => {
    const { report, stderr } = json([path.join(SURVEY, 'ties.csv'), '--actors', path.join(SURVEY, 'actors.csv')]);
    expect(report.input.directed).toBeUndefined();
    // More than three of a kind are one stderr line with the count (issue 15); all of them are in the JSON.
    const repeats = stderr.filter((l) => l.includes('repeated tie'));
    expect(repeats).toHaveLength(1);
    expect(repeats[0]).toContain(`and ${1 + expected.directed.summary.dyadCensus.mutual} more duplicate-tie warnings`);
    const all = (report as { dataQuality: { warnings: { code: string }[] } }).dataQuality.warnings;
    expect(all.filter((w) => w.code === 'duplicate-tie')).toHaveLength(2 + expected.directed.summary.dyadCensus.mutual);
  });

  it('--symmetrise mutual keeps only confirmed ties', () => {
    const { report } = json([SURVEY, '--symmetrise', 'mutual']);
    expect(report.input.symmetrise).toBe('mutual');
    expect(report.summary.ties).toBe(expected.mutual.summary.ties);
    expect(report.summary.isolates).toBe(expected.mutual.summary.isolates);
  });

  it('--symmetrise with a bad value: exit 2, one line', () => {
    oneError(['analyse', SURVEY, '--symmetrise', 'both'], 'tuff: --symmetrise must be one of union, mutual (got "both")');
  });

  it('--symmetrise or --non-respondents on undirected data: exit 2, one line saying what to add', () => {
    const boegely = path.join(ROOT, 'examples', 'boegely');
    const hint = 'applies to directed answers only: add --directed (or "directed": true in meta.json)';
    oneError(['analyse', boegely, '--symmetrise', 'mutual'], `tuff: --symmetrise ${hint}`);
    oneError(['analyse', boegely, '--non-respondents', 'no-outgoing'], `tuff: --non-respondents ${hint}`);
  });

  it('meta.json "symmetrise" on undirected data: exit 2, one line naming meta.json and the line of the key, not a CLI option', () => {
    const folder = path.join(FIXTURES, 'meta-symmetrise-undirected');
    oneError(['analyse', folder],
      `tuff: ${path.join(folder, 'meta.json')}:4: "symmetrise" applies to directed answers only: set "directed": true (or give --directed), or remove "symmetrise"`);
  });

  it('--non-respondents with a bad value: exit 2, one line', () => {
    oneError(['analyse', SURVEY, '--non-respondents', 'all'], 'tuff: --non-respondents must be one of no-outgoing (got "all")');
  });

  it('meta.json "directed" that is not a boolean: exit 2, one line on meta.json', () => {
    const folder = path.join(FIXTURES, 'meta-directed-not-boolean');
    oneError(['analyse', folder], `tuff: ${path.join(folder, 'meta.json')}: "directed" must be true or false`);
  });

  it('a respondent column with unrecognised or empty values: a warning naming each line, decided by the rows', () => {
    const folder = path.join(FIXTURES, 'respondent-unrecognised');
    const { stderr } = json([folder]);
    const actors = path.join(folder, 'actors.csv');
    expect(stderr).toEqual([
      `tuff: warning: ${actors}:3: "besvaret" is "måske" for "b": not a yes/no value (yes, ja, x / no, nej); counted as answered: it has rows of its own`,
      `tuff: warning: ${actors}:4: "besvaret" is empty on line 4; whether those actors answered is taken from their rows`,
      `tuff: warning: ${actors}:5: "besvaret" is "?" for "d": not a yes/no value (yes, ja, x / no, nej); counted as not answered: it has no row of its own`,
    ]);
  });

  it('an actor marked as not answering who reports ties: a warning on its first row, counted as a respondent', () => {
    const folder = path.join(FIXTURES, 'marked-but-answered');
    const { stderr } = json([folder]);
    expect(stderr).toEqual([
      `tuff: warning: ${path.join(folder, 'ties.csv')}:4: "c" is marked as not answering (${path.join(folder, 'actors.csv')}:4) but reports ties from this line; counted as a respondent`,
    ]);
  });

  it('JSON carries the directed metrics of the oracle, and the responses block', () => {
    const { report } = json([SURVEY]);
    const d = expected.directed;
    expect(report.summary.arcs).toBe(d.summary.arcs);
    expect(report.summary.dyadCensus).toEqual(d.summary.dyadCensus);
    expect(Math.abs(report.summary.reciprocity - d.summary.reciprocity)).toBeLessThanOrEqual(1e-9);
    expect(report.summary.responseRate).toBe(d.summary.responseRate);
    const ole = report.actors['bor-ole'];
    expect([ole.inDegree, ole.outDegree, ole.reciprocity, ole.respondent]).toEqual([1, 0, null, false]);
    expect(Object.keys(ole).slice(-9)).toEqual(['community', 'inDegree', 'outDegree', 'inStrength', 'outStrength', 'reciprocity', 'respondent', 'directedPagerank', 'directedBetweenness']);
    expect(Math.abs(report.actors['kom-skole'].directedBetweenness - (d.actors['kom-skole']!.directedBetweenness as number))).toBeLessThanOrEqual(1e-9);
    expect(report.responses.nonRespondents).toEqual(d.nonRespondents);
    expect(Object.keys(report).slice(-2)).toEqual(['responses', 'recommendations']);
    for (const f of report.responses.findingsOnNonRespondents) {
      expect(report.recommendations[f.recommendation].rule).toBe(f.rule);
      for (const id of f.actors) expect(d.nonRespondents).toContain(id);
    }
  });

  it('an undirected report has none of the directed keys', () => {
    const { report } = json([path.join(ROOT, 'examples', 'boegely')]);
    expect(report.input.directed).toBeUndefined();
    expect(report.summary.arcs).toBeUndefined();
    expect(report.responses).toBeUndefined();
    expect(Object.values(report.actors).some((a: any) => 'inDegree' in a)).toBe(false);
  });
});
