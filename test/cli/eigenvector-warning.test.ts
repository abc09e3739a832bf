/**
 * End-to-end: an eigenvector that cannot converge (two dense clusters joined
 * by a long path, λ1 − λ2 ≈ 2e-8; see analysis/eigenvector.ts) is reported as
 * a warning on stderr and in dataQuality, not passed off as a ranking; a
 * network where it converges has no such warning.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, tuff } from '../helpers/exec.js';
import { sharedPath } from '../helpers/shared.js';

const nearTie = 'fixtures/analysis/eigenvector-near-tie';

describe('tuff analyse: eigenvector convergence', () => {
  it('warns when the eigenvector did not converge, and still reports non-negative values of norm 1', () => {
    const run = tuff(['analyse', nearTie, '--format', 'json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.dataQuality.warnings.map((w: { code: string; line: number }) => [w.code, w.line])).toEqual([['eigenvector-not-converged', 0]]);
    const { figures, message } = report.dataQuality.warnings[0];
    expect(figures.products).toBe(100000);
    // The leading eigenvalue (numpy, fixtures/analysis/eigenvector-near-tie/oracle.py), 2e-8 above the next.
    const oracle = JSON.parse(readFileSync(path.join(ROOT, nearTie, 'oracle.json'), 'utf8')) as { lambda1: number; lambda2: number };
    expect(Math.abs(figures.eigenvalue - oracle.lambda1)).toBeLessThan(1e-9);
    expect(run.stderr).toBe(`tuff: warning: fixtures/analysis/eigenvector-near-tie/ties.csv: ${message}\n`);
    const values = Object.values(report.actors).map((a) => (a as { eigenvector: number }).eigenvector);
    expect(values.every((v) => v >= 0)).toBe(true);
    expect(Math.hypot(...values)).toBeCloseTo(1, 12);
  });

  it('no warning where it converges (karate)', () => {
    const run = tuff(['analyse', sharedPath('karate'), '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).dataQuality.warnings).toEqual([]);
  });
});
