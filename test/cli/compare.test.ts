/**
 * End-to-end: `tuff compare` through the built binary on the two fixture
 * waves (differences hand-checked in fixtures/compare/README.md): text in
 * English and Danish, JSON, Markdown, --out, and unusable input.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tuff } from '../helpers/exec.js';
import { compareReportOptions } from '../../src/commands/compare.js';
// @ts-expect-error -- plain JavaScript module without type declarations
import { writePartnership } from '../../bench/generate.mjs';

const TMP = mkdtempSync(path.join(tmpdir(), 'tuff-compare-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const W1 = 'fixtures/compare/wave1';
const W2 = 'fixtures/compare/wave2';

describe('tuff compare', () => {
  it('text (English): exit 0, the changes on stdout, nothing on stderr', () => {
    const run = tuff(['compare', W1, W2, '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('tuff · what changed from wave1 to wave2');
    for (const line of [
      '  10 → 10: 1 joined, 1 left, 9 stayed',
      '  Joined: Frivilligcentret (N1)',
      '  Left: Hardware store (X1)',
      '  9 → 12: 5 gained, 2 lost, 7 kept',
      '  Gained: B2 – K2, B3 – B4, B3 – N1, C2 – N1, K1 – P1',
      '  Lost: B4 – K1, P1 – X1',
      '  1 kept tie with a new strength: C1 – K1: 2.00 → 3.00',
      '  Ties in both waves, as a share of all ties in either (Jaccard similarity): 0.50',
      '  Became brokers:',
      '    Beboer Carl (B3): cut point',
      '    Frivilligcentret (N1): new, cut point',
      '    Boligforeningen (C1): was cut point, top betweenness',
      '  2 moved closer, 1 moved further away, 1 about the same.',
    ]) {
      expect(lines).toContain(line);
    }
    expect(lines.some((l) => /^ {2}Separate parts \(components\) +2 +1 +−1$/.test(l))).toBe(true);
    expect(lines.some((l) => /^ {2}privat +2 +1 +0\.00 +1\.00 +\+1\.00$/.test(l))).toBe(true);
    expect(lines.some((l) => /^ {2}Beboer Carl \(B3\) +outside → in +0\.000 → 0\.333 +0 → 2 +closer$/.test(l))).toBe(true);
  });

  it('text (Danish) from --lang da or LANG', () => {
    const run = tuff(['compare', W1, W2, '--lang', 'da']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('tuff · hvad har ændret sig fra wave1 til wave2');
    expect(run.stdout).toContain('  Faldet fra: Hardware store (X1)');
    expect(run.stdout).toContain('Relationer i begge runder som andel af alle relationer i mindst én (Jaccard-lighed): 0,50');
    expect(run.stdout).toContain('  2 tættere på, 1 længere væk, 1 omtrent uændret.');
    expect(tuff(['compare', W1, W2], { LANG: 'da_DK.UTF-8' }).stdout).toBe(run.stdout);
  });

  it('JSON: one document with the hand-checked figures', () => {
    const run = tuff(['compare', W1, W2, '--format', 'json']);
    expect(run.status).toBe(0);
    const c = JSON.parse(run.stdout);
    expect(Object.keys(c)).toEqual([
      'schemaVersion', 'kind', 'tool', 'before', 'after', 'actors', 'ties', 'summary', 'eiIndex', 'groups', 'brokers', 'vulnerable',
    ]);
    expect(c.before).toEqual({
      name: 'wave1', ties: 'fixtures/compare/wave1/ties.csv', groupBy: 'sector',
      input: { shape: 'edge-list', format: 'csv', sheets: null, matrix: null, directed: null, tieTypes: null, twoMode: null },
    });
    expect(c.ties.jaccard).toBe(0.5);
    expect(c.ties.lost).toEqual([['B4', 'K1'], ['P1', 'X1']]);
    expect(c.summary.components).toEqual({ before: 2, after: 1, change: -1 });
    expect(c.brokers.stopped.map((b: { id: string }) => b.id)).toEqual(['B1', 'C1', 'K1', 'P1']);
    expect(c.vulnerable.actors.map((a: { id: string; verdict: string }) => `${a.id}:${a.verdict}`)).toEqual([
      'B1:same', 'B2:closer', 'B3:closer', 'B4:further',
    ]);
    expect(tuff(['compare', W1, W2, '--format', 'json']).stdout).toBe(run.stdout);
  });

  it('Markdown to a file with --out', () => {
    const out = path.join(TMP, 'changes.md');
    const run = tuff(['compare', W1, W2, '--format', 'markdown', '--out', out, '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const md = readFileSync(out, 'utf8');
    expect(md.startsWith(
      '# tuff · what changed from wave1 to wave2\n\nwave1: read from an edge list (one tie per row) in a CSV file\n\n' +
        'wave2: read from an edge list (one tie per row) in a CSV file\n\n## Actors\n',
    )).toBe(true);
    expect(md).toContain('| Measure | Before | After | Change |');
    expect(md).toContain('\n- Frivilligcentret (N1): new, cut point\n');
    expect(md).not.toContain('\n\n\n');
  });

  it('an unusable wave is exit 2 with FILE: or FILE:LINE:', () => {
    const missing = tuff(['compare', W1, 'fixtures/compare/wave3']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('tuff: fixtures/compare/wave3: no such file or folder\n');
    const broken = tuff(['compare', W1, 'fixtures/batch/broken']);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toBe('tuff: fixtures/batch/broken/ties.csv:4: weight "abc" is not a number\n');
    const format = tuff(['compare', W1, W2, '--format', 'html']);
    expect(format.status).toBe(2);
  });
});

describe('tuff compare: a verdict needs a change that matters (issue 12)', () => {
  // fixtures/compare/lost-tie: V loses a tie (4 → 3) while closeness rises 0.2361 → 0.2394 (networkx, oracle.json).
  const B = 'fixtures/compare/lost-tie/before';
  const A = 'fixtures/compare/lost-tie/after';
  const oracle = JSON.parse(readFileSync('fixtures/compare/lost-tie/oracle.json', 'utf8')) as Record<'before' | 'after', { closeness: number; degree: number }>;

  it('JSON: a lost tie is "further" even though closeness rose a little; the threshold and reason are in the report', () => {
    const run = tuff(['compare', B, A, '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const v = JSON.parse(run.stdout).vulnerable;
    expect(v.closenessThreshold).toBe(0.02);
    expect(v).toMatchObject({ closer: 0, further: 1, same: 0 });
    const vera = v.actors[0];
    expect(vera.closeness.before).toBeCloseTo(oracle.before.closeness, 12);
    expect(vera.closeness.after).toBeCloseTo(oracle.after.closeness, 12);
    expect(vera.closeness.change).toBeGreaterThan(0);
    expect(vera.degree).toEqual({ before: oracle.before.degree, after: oracle.after.degree, change: -1 });
    expect(vera).toMatchObject({ id: 'V', verdict: 'further', reason: 'lost-ties' });
  });

  it('text in English and Danish: the verdict and the rule', () => {
    const en = tuff(['compare', B, A, '--lang', 'en']);
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('  0 moved closer, 1 moved further away, 0 about the same.\n');
    expect(en.stdout).toContain('then closeness changing by at least 0.02; anything less is about the same.');
    expect(en.stdout.split('\n').some((l) => /^ {2}Resident Vera \(V\) +in → in +0\.236 → 0\.239 +4 → 3 +further away$/.test(l))).toBe(true);
    const da = tuff(['compare', B, A, '--lang', 'da']);
    expect(da.status).toBe(0);
    expect(da.stdout).toContain('  0 tættere på, 1 længere væk, 0 omtrent uændret.\n');
    expect(da.stdout).toContain('dernæst en ændring i closeness på mindst 0,02; alt mindre er omtrent uændret.');
    expect(da.stdout.split('\n').some((l) => /^ {2}Resident Vera \(V\) +med → med +0,236 → 0,239 +4 → 3 +længere væk$/.test(l))).toBe(true);
  });

  it('the same wave against itself: everyone about the same', () => {
    const run = tuff(['compare', B, B, '--lang', 'en']);
    expect(run.stdout).toContain('  0 moved closer, 0 moved further away, 1 about the same.\n');
    expect(run.stdout.split('\n').some((l) => /Resident Vera \(V\) .* about the same$/.test(l))).toBe(true);
  });
});

describe('tuff compare --threads / --exact', () => {
  // Two generated 2,500-actor waves: enough search work for the analyses to use the threads they are given.
  const dir = mkdtempSync(path.join(tmpdir(), 'tuff-compare-threads-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const [before, after] = [path.join(dir, 'before'), path.join(dir, 'after')];
  (writePartnership as (folder: string, n: number, seed: number) => unknown)(before, 2500, 3);
  (writePartnership as (folder: string, n: number, seed: number) => unknown)(after, 2500, 4);

  it('1 and 2 threads give byte-identical JSON, and --exact changes nothing on networks this small', () => {
    const one = tuff(['compare', before, after, '--format', 'json', '--threads', '1']);
    expect(one.status).toBe(0);
    expect(one.stderr).toBe('');
    expect(tuff(['compare', before, after, '--format', 'json', '--threads', '2']).stdout).toBe(one.stdout);
    expect(tuff(['compare', before, after, '--format', 'json', '--exact']).stdout).toBe(one.stdout);
  });

  it('a bad --threads is a usage error: exit 2, one line', () => {
    const run = tuff(['compare', W1, W2, '--threads', '0']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('--threads');
  });
});

describe('compareReportOptions', () => {
  it('passes the shared analyse options, threads and exact included, to both waves', () => {
    const options = {
      before: 'a', after: 'b', groupBy: undefined, duplicates: 'sum' as const, format: 'json' as const, lang: 'da' as const,
      out: undefined, seed: 7, runs: 3, threads: 2, exact: true,
    };
    expect(compareReportOptions(options)).toEqual({ seed: 7, runs: 3, lang: 'da', threads: 2, exact: true });
  });
});
