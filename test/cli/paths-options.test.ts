/**
 * End-to-end: --threads, --exact and --samples of `tuff analyse` through the
 * built binary. The report is byte-identical for any thread count; sampled
 * estimates are marked in dataQuality.warnings (file = the ties file, line 0)
 * and on stderr; bad combinations are usage errors (exit 2, one line).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tuff } from '../helpers/exec.js';
import { sharedPath } from '../helpers/shared.js';
// @ts-expect-error -- plain JavaScript module without type declarations
import { writePartnership } from '../../bench/generate.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'tuff-threads-'));
const network = path.join(dir, 'partnership');
// 2,500 actors: enough search work for analysis to use the threads it is given.
(writePartnership as (folder: string, n: number, seed: number) => unknown)(network, 2500, 3);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tuff analyse --threads', () => {
  it('1 thread and 2 threads give byte-identical JSON', () => {
    const one = tuff(['analyse', network, '--format', 'json', '--threads', '1']);
    const two = tuff(['analyse', network, '--format', 'json', '--threads', '2']);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(one.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).summary.actors).toBe(2500);
  });

  it('--samples that cannot single out the top 20: the exact pass instead, byte-identical for 1 and 2 threads', () => {
    const one = tuff(['analyse', network, '--format', 'json', '--threads', '1', '--samples', '400']);
    const two = tuff(['analyse', network, '--format', 'json', '--threads', '2', '--samples', '400']);
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const sampled = JSON.parse(one.stdout);
    expect(sampled.dataQuality.warnings.map((w: { code: string }) => w.code)).toEqual(['sampling-replaced-by-exact']);
    const exact = JSON.parse(tuff(['analyse', network, '--format', 'json', '--exact']).stdout);
    expect(sampled.actors).toEqual(exact.actors);
    expect(sampled.summary).toEqual(exact.summary);
  });

  it('rejects --threads 0 as a usage error', () => {
    const run = tuff(['analyse', network, '--threads', '0']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('--threads');
  });
});

describe('tuff analyse --samples / --exact', () => {
  // Two stars joined by a chain of 18 brokers: a sample of 400 of its 520 actors singles out the top 20.
  const stars = 'fixtures/sampling/two-stars';
  const ties = path.join(stars, 'ties.csv');

  it('marks a sampled estimate in dataQuality.warnings (ties file, line 0) and on stderr', () => {
    const run = tuff(['analyse', stars, '--format', 'json', '--samples', '400', '--seed', '3']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.schemaVersion).toBe(1);
    const codes = report.dataQuality.warnings.map((w: { code: string }) => w.code);
    expect(codes).toEqual(['betweenness-estimated', 'weighted-betweenness-estimated', 'closeness-estimated']);
    const first = report.dataQuality.warnings[0];
    expect(first.file).toBe(ties);
    expect(first.line).toBe(0);
    expect(first.figures).toEqual({ sources: 400, actors: 520, components: 1, epsilon: first.figures.epsilon, delta: 0.1, certifiedTop: 20 });
    expect(first.figures.epsilon).toBeGreaterThan(0);
    expect(first.figures.epsilon).toBeLessThan(1);
    // stderr: one line per note, the JSON's sentence.
    expect(run.stderr.split('\n').filter((l) => l !== '')).toEqual(
      report.dataQuality.warnings.map((w: { message: string }) => `tuff: warning: ${ties}: ${w.message}`),
    );
    // Deterministic from --seed.
    expect(tuff(['analyse', stars, '--format', 'json', '--samples', '400', '--seed', '3']).stdout).toBe(run.stdout);
    // Really an estimate, with the exact top 20.
    const exact = JSON.parse(tuff(['analyse', stars, '--format', 'json']).stdout);
    const top = (r: { actors: Record<string, { betweenness: number }> }): string[] =>
      Object.entries(r.actors).sort((a, b) => b[1].betweenness - a[1].betweenness || (a[0] < b[0] ? -1 : 1)).slice(0, 20).map(([id]) => id).sort();
    expect(report.actors.hubA.betweenness).not.toBe(exact.actors.hubA.betweenness);
    expect(top(report)).toEqual(top(exact));
  });

  it('replaces a sample that cannot single out the top 20 by the exact pass on a small network, and says so', () => {
    const run = tuff(['analyse', sharedPath('sondervang'), '--format', 'json', '--samples', '10']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.dataQuality.warnings.map((w: { code: string; figures: unknown }) => [w.code, w.figures])).toEqual([
      ['sampling-replaced-by-exact', { sources: 10, top: 20, firstUncertain: 1, lastUncertain: 44, ranked: 44 }],
    ]);
    expect(run.stderr).toMatch(/^tuff: warning: .*ties\.csv: [^\n]+\n$/);
    const exact = JSON.parse(tuff(['analyse', sharedPath('sondervang'), '--format', 'json']).stdout);
    expect(report.actors).toEqual(exact.actors);
    expect(report.summary).toEqual(exact.summary);
  });

  it('says so in the text report, in English and Danish', () => {
    const en = tuff(['analyse', stars, '--samples', '400', '--lang', 'en']);
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('betweenness, closeness and distances are estimates from sampled actors');
    const da = tuff(['analyse', stars, '--samples', '400', '--lang', 'da']);
    expect(da.stdout).toContain('betweenness, closeness og afstande er skøn');
    expect(tuff(['analyse', sharedPath('sondervang'), '--lang', 'en']).stdout).not.toContain('are estimates');
  });

  it('writes the notes in the report\'s language: the same figures, Danish sentences on stderr and in the JSON', () => {
    const en = tuff(['analyse', stars, '--format', 'json', '--samples', '400', '--lang', 'en']);
    const da = tuff(['analyse', stars, '--format', 'json', '--samples', '400', '--lang', 'da']);
    expect(da.status).toBe(0);
    type Warning = { code: string; message: string; figures: Record<string, number | null> };
    const enNotes: Warning[] = JSON.parse(en.stdout).dataQuality.warnings;
    const daNotes: Warning[] = JSON.parse(da.stdout).dataQuality.warnings;
    expect(daNotes.map((w) => [w.code, w.figures])).toEqual(enNotes.map((w) => [w.code, w.figures]));
    expect(enNotes[0]!.message).toMatch(/^betweenness is an estimate from 400 sources /);
    expect(daNotes[0]!.message).toMatch(/^betweenness er et skøn ud fra 400 kilder /);
    expect(da.stderr).toContain(`tuff: advarsel: ${ties}: ${daNotes[2]!.message}\n`);
    expect(da.stderr).not.toContain('estimate');
  });

  it('is exact, with no estimate warning, on a small network by default and with --exact', () => {
    for (const extra of [[], ['--exact']]) {
      const run = tuff(['analyse', sharedPath('sondervang'), '--format', 'json', ...extra]);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      const codes = JSON.parse(run.stdout).dataQuality.warnings.map((w: { code: string }) => w.code);
      expect(codes.filter((c: string) => c.endsWith('-estimated'))).toEqual([]);
    }
  });

  it('refuses --exact together with --samples', () => {
    const run = tuff(['analyse', sharedPath('sondervang'), '--exact', '--samples', '100']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('--exact');
  });
});
