/**
 * End-to-end: every input fixture through the built binary
 * (`node bin/tuff analyse fixtures/input/<case> --format json`), as a user
 * runs it. Errors: exit 2, nothing on stdout, exactly one stderr line starting
 * `tuff: FILE:LINE: ` (or `tuff: FILE: `), no stack trace. Warnings: exit 0,
 * one JSON document on stdout, one `tuff: warning: FILE:LINE: ` line each.
 * Expectations are shared with the reader's unit tests
 * (test/helpers/input-fixtures.ts). `npm test` builds dist/ first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tuff } from '../helpers/exec.js';
import { FIXTURE_CASES, INPUT_FIXTURES } from '../helpers/input-fixtures.js';
import { NEVER_SUMMARISED, SUMMARY_AFTER } from '../../src/util/warning-lines.js';

const STACK = /^ {4}at /m;
const stderrLines = (stderr: string): string[] => stderr.split('\n').filter((l) => l !== '');

function expectOneErrorLine(run: { stdout: string; stderr: string; status: number | null }, prefix: string): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(STACK.test(run.stderr)).toBe(false);
  const lines = stderrLines(run.stderr);
  expect(lines).toHaveLength(1);
  expect(lines[0]!.startsWith(prefix), `${JSON.stringify(lines[0])} should start with ${JSON.stringify(prefix)}`).toBe(true);
  expect(lines[0]!.length).toBeGreaterThan(prefix.length);
}

describe('tuff analyse fixtures/input/<case> --format json', () => {
  for (const [name, expected] of Object.entries(FIXTURE_CASES)) {
    const folder = path.join(INPUT_FIXTURES, name);
    if (expected.kind === 'error') {
      const file = expected.file === '' ? folder : path.join(folder, expected.file);
      const prefix = expected.line === null ? `tuff: ${file}: ` : `tuff: ${file}:${expected.line}: `;
      it(`${name}: exit 2, one line "${prefix}…"`, () => {
        expectOneErrorLine(tuff(['analyse', folder, '--format', 'json']), prefix);
      });
    } else {
      it(`${name}: exit 0, JSON on stdout, ${expected.warnings.length} warning line(s)`, () => {
        const run = tuff(['analyse', folder, '--format', 'json']);
        expect(run.status).toBe(0);
        expect(STACK.test(run.stderr)).toBe(false);
        const report = JSON.parse(run.stdout) as { dataQuality: { warnings: { file: string; line: number; code: string }[] } };
        const want = expected.warnings.map(([f, line, code]) => [path.join(folder, f), line, code]);
        expect(report.dataQuality.warnings.map((w) => [w.file, w.line, w.code])).toEqual(want);
        // On stderr a kind seen more than SUMMARY_AFTER times is one line (its first warning plus a count), unless it is never summarised.
        const count = (code: string): number => (NEVER_SUMMARISED.has(code) ? 1 : want.filter((w) => w[2] === code).length);
        const shown = want.filter((w, i) => count(w[2] as string) <= SUMMARY_AFTER || want.findIndex((v) => v[2] === w[2]) === i);
        const lines = stderrLines(run.stderr);
        expect(lines).toHaveLength(shown.length);
        lines.forEach((line, i) => {
          const [file, at, code] = shown[i]!;
          if (count(code as string) > SUMMARY_AFTER) expect(line).toContain(`and ${count(code as string) - 1} more ${code as string} warnings`);
          expect(line.startsWith(at === 0 ? `tuff: warning: ${file}: ` : `tuff: warning: ${file}:${at}: `), line).toBe(true);
        });
      });
    }
  }
});

describe('tuff analyse: unusable paths and options', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tuff-e2e-input-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a missing input is one line naming it, not an ENOENT stack', () => {
    const run = tuff(['analyse', 'fixtures/input/does-not-exist', '--format', 'json']);
    expectOneErrorLine(run, 'tuff: fixtures/input/does-not-exist: ');
    expect(run.stderr).not.toContain('ENOENT');
  });

  it('a folder given as --actors is one line naming it', () => {
    expectOneErrorLine(tuff(['analyse', 'fixtures/input/self-loop', '--actors', 'fixtures/input', '--format', 'json']), 'tuff: fixtures/input: ');
  });

  it('--group-by naming no column is exit 2 with one line', () => {
    const run = tuff(['analyse', 'fixtures/input/danish-excel', '--group-by', 'kommune', '--format', 'json']);
    expectOneErrorLine(run, 'tuff: ');
    expect(run.stderr).toContain('sector');
  });

  it('a 50 MB single field is refused with one short line that does not echo it', () => {
    const file = path.join(dir, 'huge.csv');
    writeFileSync(file, `source,target\nA,"${'x'.repeat(50 * 1024 * 1024)}"\n`);
    const run = tuff(['analyse', file, '--format', 'json']);
    expectOneErrorLine(run, `tuff: ${file}:2: `);
    expect(run.stderr.length).toBeLessThan(400);
    expect(run.stderr).not.toContain('xxxxxxxxxx');
  }, 60_000);
});
