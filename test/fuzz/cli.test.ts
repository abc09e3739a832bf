/**
 * The CLI fuzz suite (issue 12): 200 seeded mutants (test/fuzz/core.mjs) given
 * to the built bin/tuff, two at a time. Each run must exit 0, 1 or 2, never
 * print a stack trace, and on exit 2 print exactly one error line (after any
 * warnings) naming the file. Commands: analyse in every format, and compare of
 * the mutant against its fixture.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// Plain JavaScript shared with the npm run fuzz runner (test/fuzz/run.mjs).
import { corpus, makeCase, readsFolder, writeCase, CASE_LIMIT_MS } from './core.mjs';
import { BIN, ROOT } from '../helpers/exec.js';

const SEED = 4122026;
const CASES = 200;
const POOL = 2;
const FORMATS = ['text', 'json', 'html', 'markdown', 'csv', 'gexf', 'graphml'];
const work = mkdtempSync(join(tmpdir(), 'tuff-fuzz-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  readonly args: string[];
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number | null;
  readonly ms: number;
}

function run(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const start = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), CASE_LIMIT_MS * 3);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ args, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), status, ms: Date.now() - start });
    });
  });
}

/** The CLI contract on one run; empty when it holds. */
function cliProblems(r: Run): string[] {
  const problems: string[] = [];
  if (r.status !== 0 && r.status !== 1 && r.status !== 2) problems.push(`exit ${r.status}`);
  if (/^\s+at .+:\d+:\d+\)?$/m.test(r.stderr) || /\bat (file|node):/.test(r.stderr)) problems.push('stack trace on stderr');
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  const errors = lines.filter((l) => !l.startsWith('tuff: warning:') && !l.startsWith('tuff: advarsel:')); // English or Danish (--lang da)
  if (r.status === 2 && errors.length !== 1) problems.push(`${errors.length} error lines on exit 2`);
  if (r.status === 0 && errors.length !== 0) problems.push(`error lines on exit 0: ${errors[0]}`);
  if (r.status === 0 && r.stdout === '') problems.push('exit 0 with no output');
  if (r.ms > CASE_LIMIT_MS * 3) problems.push(`took ${r.ms} ms`);
  return problems;
}

describe('CLI fuzz', () => {
  it(`${CASES} mutants (seed ${SEED}) through bin/tuff: exit 0/1/2, no stack trace, one error line`, async () => {
    const fixtures = corpus();
    const failures: string[] = [];
    const statuses = new Map<number | null, number>();
    let next = 0;
    const worker = async (slot: number) => {
      while (next < CASES) {
        const i = next++;
        const kase = makeCase(fixtures, SEED, i);
        const dir = join(work, `case-${slot}`);
        writeCase(dir, kase.files);
        const input = readsFolder(kase.input) ? dir : join(dir, kase.input);
        const shape = [...(kase.options.twoMode ? ['--two-mode'] : []), ...(kase.options.projection ? ['--projection', kase.options.projection] : [])];
        const args =
          i % 10 === 9
            ? ['compare', join(ROOT, kase.fixture, readsFolder(kase.input) ? '' : kase.input), input, '--lang', kase.lang, ...shape]
            : ['analyse', input, '--format', FORMATS[i % FORMATS.length]!, '--lang', kase.lang, ...(kase.options.directed ? ['--directed'] : []), ...shape];
        const r = await run(args);
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        const problems = cliProblems(r);
        if (problems.length > 0 && failures.length < 5) {
          failures.push(
            `CLI FUZZ FAILURE seed=${SEED} case=${i} fixture=${kase.fixture} file=${kase.target} steps=${kase.steps.join(',')}: ${problems.join('; ')}\n` +
              `  tuff ${args.join(' ')}\n  stderr: ${JSON.stringify(r.stderr.slice(0, 600))}\n  ${kase.target} (latin1 JSON): ${JSON.stringify(kase.files[kase.target].toString('latin1').slice(0, 600))}`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: POOL }, (_, s) => worker(s)));
    expect(failures.join('\n\n')).toBe('');
    expect(statuses.get(0) ?? 0).toBeGreaterThan(20);
    expect(statuses.get(2) ?? 0).toBeGreaterThan(20);
  }, 600_000);
});
