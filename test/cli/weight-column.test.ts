/**
 * End-to-end: `--weight COLUMN` / `--weight-means distance` (and meta.json
 * `weight` / `weightMeans`) through the built binary, against the networkx /
 * igraph oracle of fixtures/input/weight-distance (oracle.py → expected.json):
 * strength, PageRank and constraint on strength = 1/d, weighted betweenness
 * on length d.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tuff } from '../helpers/exec.js';

const FIXTURE = 'fixtures/input/weight-distance';
const expected = JSON.parse(readFileSync(path.join(FIXTURE, 'expected.json'), 'utf8')) as {
  actors: Record<string, Record<string, number>>;
};
const scratch = mkdtempSync(path.join(tmpdir(), 'tuff-weight-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The fixture without its meta.json: the options must say what meta.json said. */
function bare(): string {
  const dir = mkdtempSync(path.join(scratch, 'bare-'));
  for (const f of ['ties.csv', 'actors.csv']) copyFileSync(path.join(FIXTURE, f), path.join(dir, f));
  return dir;
}

interface Json {
  input: { weighted: boolean; weightMeans?: string; columns: Record<string, string> };
  actors: Record<string, Record<string, number>>;
  dataQuality: { warnings: { code: string; line: number; message: string }[] };
}

function expectOracle(report: Json): void {
  for (const [id, want] of Object.entries(expected.actors)) {
    for (const [key, value] of Object.entries(want)) {
      const tolerance = key === 'pagerank' ? 1e-6 : 1e-9;
      expect(Math.abs(report.actors[id]![key]! - value), `${id}.${key}: ${report.actors[id]![key]} vs ${value}`).toBeLessThanOrEqual(tolerance);
    }
  }
}

describe('a distance weight chosen in meta.json', () => {
  it('reads hyppighed as a distance and matches networkx/igraph', () => {
    const run = tuff(['analyse', FIXTURE, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Json;
    expect(report.input.weighted).toBe(true);
    expect(report.input.weightMeans).toBe('distance');
    expect(report.input.columns['weight']).toBe('hyppighed');
    expectOracle(report);
  });

  it('says so in the text report, in English and Danish', () => {
    const en = tuff(['analyse', FIXTURE, '--lang', 'en']);
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('the weight column "hyppighed" is read as a distance (a larger number is a weaker tie): strength = 1/value');
    const da = tuff(['analyse', FIXTURE, '--lang', 'da']);
    expect(da.stdout).toContain('vægtkolonnen "hyppighed" læses som en afstand');
  });
});

describe('--weight and --weight-means on the command line', () => {
  it('give the same report as meta.json', () => {
    const dir = bare();
    const run = tuff(['analyse', dir, '--weight', 'Hyppighed', '--weight-means', 'distance', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Json;
    expect(report.input.weightMeans).toBe('distance');
    expectOracle(report);
  });

  it('--weight alone reads the column as strengths', () => {
    const run = tuff(['analyse', bare(), '--weight', 'hyppighed', '--format', 'json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Json;
    expect(report.input.weightMeans).toBe('strength');
    expect(report.actors['beboer']!['strength']).toBe(4 + 1 + 1 + 4 + 2 + 4); // skole, kirke, byg, butik, frivil, kommune
  });

  it('the command line wins over meta.json', () => {
    const run = tuff(['analyse', FIXTURE, '--weight-means', 'strength', '--format', 'json']);
    const report = JSON.parse(run.stdout) as Json;
    expect(report.input.weightMeans).toBe('strength');
    expect(report.actors['beboer']!['strength']).toBe(16);
  });

  it('an unused number column is named once, with the option to use it', () => {
    const dir = bare();
    const run = tuff(['analyse', dir, '--format', 'json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Json;
    expect(report.input.weighted).toBe(false);
    expect(report.dataQuality.warnings.map((w) => [w.code, w.line])).toEqual([['unused-numeric-column', 1]]);
    expect(run.stderr).toBe(
      `tuff: warning: ${path.join(dir, 'ties.csv')}:1: column "hyppighed" holds numbers but is not used (the ties are read as unweighted); ` +
        'to use it as the tie weight give --weight "hyppighed" (and --weight-means distance if a larger number means a weaker or rarer tie, e.g. 1 = daily)\n',
    );
  });

  it('a column that is not there is exit 2 at the header, listing the columns', () => {
    const dir = bare();
    const run = tuff(['analyse', dir, '--weight', 'frequency']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `tuff: ${path.join(dir, 'ties.csv')}:1: --weight "frequency": the ties have no such column; columns found: "fra", "til", "hyppighed", "note"\n`,
    );
  });

  it('an endpoint column is not a weight; a bad --weight-means is a usage error', () => {
    const dir = bare();
    const endpoint = tuff(['analyse', dir, '--weight', 'til']);
    expect(endpoint.status).toBe(2);
    expect(endpoint.stderr).toMatch(/:1: --weight "til" is the target column, not a number per tie\n$/);
    const means = tuff(['analyse', dir, '--weight-means', 'length']);
    expect(means.status).toBe(2);
    expect(means.stderr).toMatch(/^tuff: .*--weight-means.*length/);
  });

  it('a distance of 0 is exit 2 on its line', () => {
    const run = tuff(['analyse', 'fixtures/input/weight-zero', '--weight-means', 'distance']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^tuff: fixtures\/input\/weight-zero\/ties\.csv:4: /);
  });
});

describe('batch and compare take the same options', () => {
  it('batch', () => {
    const out = path.join(scratch, 'batch');
    const run = tuff(['batch', bare(), '--weight', 'hyppighed', '--weight-means', 'distance', '--out', out, '--threads', '1']);
    expect(run.status).toBe(0);
    const summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8')) as { networks: { report: string }[] };
    const report = JSON.parse(readFileSync(path.join(out, summary.networks[0]!.report), 'utf8')) as Json;
    expect(report.input.weightMeans).toBe('distance');
    expectOracle(report);
  });

  it('compare', () => {
    const run = tuff(['compare', bare(), bare(), '--weight', 'hyppighed', '--weight-means', 'distance', '--format', 'json', '--threads', '1']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
