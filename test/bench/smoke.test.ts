/**
 * The benchmark's smoke mode (`node bench/run.mjs --smoke`): generates the
 * 1k network, runs the built CLI and the library timing once, no peers, and
 * prints the tables without writing bench/results.md. Not a timing test:
 * it only checks that the bench still runs end to end.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/exec.js';

describe('bench/run.mjs --smoke', () => {
  it('runs tuff on the generated 1k network and prints the result tables', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bench', 'run.mjs'), '--smoke'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('# tuff benchmark results');
    expect(run.stdout).toMatch(/\| 1k \| 1000 \| \d+ \|/);
    expect(run.stdout).toContain('| paths |');
    expect(run.stdout).toContain('Peers: not run');
    expect(run.stdout).toMatch(/\| tuff computeDirectedPaths on D \| [0-9.]+ \| [0-9.]+ \| [0-9.]+× \|/);
    // Issue 11's limit, whole CLI runs: the directed survey network against its symmetrised union …
    expect(run.stdout).toMatch(/\| weighted \(the survey's rating column\) \| [0-9.]+ \| [0-9.]+ \| [0-9.]+ \| [0-9.]+ \| [0-9.]+× \| \*\*[0-9.]+×\*\* \|/);
    expect(run.stdout).toContain('Each directed report agrees with its undirected one on every undirected metric');
    // … and the attendance list against its projection (or a plain "not measured" without --two-mode).
    expect(run.stdout).toContain('## Attendance list (two-mode), full analysis');
    expect(run.stdout).toMatch(/\| \*\*two-mode \/ undirected\*\* \| [0-9.]+× \| \*\*[0-9.]+×\*\* \||\*\*Not measured\*\*: the built CLI has no `--two-mode` option/);
  });
});
