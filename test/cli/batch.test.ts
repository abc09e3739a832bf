/**
 * End-to-end: `tuff batch` through the built binary on fixtures/batch (five
 * good networks — two named "alpha", one with spaces and brackets, one single
 * file — and one broken), plus generated networks for Ctrl-C and a worker
 * that runs out of memory.
 */
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BIN, ROOT, tuff } from '../helpers/exec.js';
// @ts-expect-error -- plain JavaScript module without type declarations
import { writePartnership } from '../../bench/generate.mjs';

const TMP = mkdtempSync(path.join(tmpdir(), 'tuff-batch-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const INPUTS = ['fixtures/batch', 'fixtures/batch/gamma.csv', 'fixtures/batch/nested'];
const EXPECTED_FILES = ['Nørre_By_2024.json', 'alpha-2.json', 'alpha.json', 'beta.json', 'gamma.json', 'summary.csv', 'summary.json'];

interface Row {
  name: string;
  path: string;
  status: string;
  error: string | null;
  report: string | null;
  actors: number | null;
  critical: number | null;
  failOn: boolean;
  shape: string | null;
  format: string | null;
  directed: boolean | null;
}
interface Summary {
  complete: boolean;
  counts: Record<string, number>;
  networks: Row[];
}

function readDir(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).sort().map((f) => [f, readFileSync(path.join(dir, f))]));
}
function summaryOf(dir: string): Summary {
  return JSON.parse(readFileSync(path.join(dir, 'summary.json'), 'utf8')) as Summary;
}

describe('tuff batch on the fixtures', () => {
  const one = path.join(TMP, 'one');
  const two = path.join(TMP, 'two');
  const runOne = tuff(['batch', ...INPUTS, '--out', one, '--threads', '1']);
  const runTwo = tuff(['batch', ...[...INPUTS].reverse(), '--out', two, '--threads', '2']);

  it('exits 2 because one network is broken, and still writes every other report', () => {
    expect(runOne.status).toBe(2);
    expect(runTwo.status).toBe(2);
    expect([...readDir(one).keys()]).toEqual(EXPECTED_FILES);
  });

  it('is byte-identical with 1 and 2 threads and with the inputs in another order', () => {
    const a = readDir(one);
    const b = readDir(two);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [file, bytes] of a) expect(b.get(file)!.equals(bytes), file).toBe(true);
  });

  it('names the broken network\'s problem as FILE:LINE in its row', () => {
    const summary = summaryOf(one);
    const broken = summary.networks.find((r) => r.name === 'broken')!;
    expect(broken).toMatchObject({ status: 'failed', report: null, actors: null });
    expect(broken.error).toBe('fixtures/batch/broken/ties.csv:4: weight "abc" is not a number');
    expect(summary.counts).toMatchObject({ networks: 6, ok: 5, failed: 1, crashed: 0, missing: 0 });
    expect(summary.complete).toBe(true);
    const csv = readFileSync(path.join(one, 'summary.csv'), 'utf8').split('\n');
    expect(csv[0]).toBe(
      'name,path,status,error,report,actors,ties,density,components,isolates,eiIndex,modularity,degreeCentralization,critical,warning,info,dataWarnings,failOn,shape,format,directed',
    );
    expect(csv).toContain('broken,fixtures/batch/broken,failed,"fixtures/batch/broken/ties.csv:4: weight ""abc"" is not a number",,,,,,,,,,,,,,false,,,');
  });

  it('sorts rows by name and gives colliding names distinct files', () => {
    const rows = summaryOf(one).networks;
    expect(rows.map((r) => [r.name, r.path, r.report])).toEqual([
      ['Nørre By (2024)', 'fixtures/batch/Nørre By (2024)', 'Nørre_By_2024.json'],
      ['alpha', 'fixtures/batch/alpha', 'alpha.json'],
      ['alpha', 'fixtures/batch/nested/alpha', 'alpha-2.json'],
      ['beta', 'fixtures/batch/beta', 'beta.json'],
      ['broken', 'fixtures/batch/broken', null],
      ['gamma', 'fixtures/batch/gamma.csv', 'gamma.json'],
    ]);
    // Each row says which shape was read; the failed one says nothing.
    expect(rows.map((r) => [r.shape, r.format, r.directed])).toEqual([
      ...Array(4).fill(['edge-list', 'csv', false]), [null, null, null], ['edge-list', 'csv', false],
    ]);
  });

  it('writes for each network exactly the report tuff analyse prints', () => {
    for (const row of summaryOf(one).networks.filter((r) => r.status === 'ok')) {
      const single = tuff(['analyse', row.path, '--format', 'json']);
      expect(single.status === 0 || single.status === 1).toBe(true);
      expect(readFileSync(path.join(one, row.report!), 'utf8')).toBe(single.stdout);
      expect(JSON.parse(single.stdout).summary.actors).toBe(row.actors);
    }
  });

  it('prints plain progress lines on a non-terminal stderr and nothing on stdout', () => {
    expect(runOne.stdout).toBe('');
    expect(runOne.stderr).toContain('tuff: batch: 6 networks\n');
    expect(runOne.stderr).toMatch(/tuff: batch \[6\/6\] /);
    expect(runOne.stderr).toContain('failed broken: fixtures/batch/broken/ties.csv:4: weight "abc" is not a number');
    expect(runOne.stderr).toMatch(/tuff: batch: 5 ok, 1 failed, 0 crashed, 0 missing; summary in .*summary\.json/);
  });
});

describe('tuff batch options and refusals', () => {
  it('expands a glob itself (quoted, so no shell did it)', () => {
    const out = path.join(TMP, 'glob');
    const run = tuff(['batch', 'fixtures/batch/*', '--out', out, '--threads', '2']);
    expect(run.status).toBe(2);
    expect(summaryOf(out).networks.map((r) => r.path)).toEqual([
      'fixtures/batch/Nørre By (2024)',
      'fixtures/batch/alpha',
      'fixtures/batch/nested/alpha',
      'fixtures/batch/beta',
      'fixtures/batch/broken',
      'fixtures/batch/gamma.csv',
    ]);
  });

  it('--fail-on: exit 1 when a network trips it and none failed; the row says which', () => {
    const out = path.join(TMP, 'gate');
    const run = tuff(['batch', 'fixtures/batch/alpha', 'fixtures/batch/beta', '--out', out, '--fail-on', 'info']);
    const summary = summaryOf(out);
    expect(summary.counts.failOn).toBeGreaterThan(0);
    expect(run.status).toBe(1);
    const strict = tuff(['batch', 'fixtures/batch/alpha', 'fixtures/batch/beta', '--out', path.join(TMP, 'gate2'), '--fail-on', 'critical']);
    const rows = summaryOf(path.join(TMP, 'gate2')).networks;
    for (const row of rows) expect(row.failOn).toBe((row.critical ?? 0) > 0);
    expect(strict.status).toBe(rows.some((r) => r.failOn) ? 1 : 0);
  });

  it('--format text writes .txt reports', () => {
    const out = path.join(TMP, 'text');
    const run = tuff(['batch', 'fixtures/batch/alpha', '--out', out, '--format', 'text', '--lang', 'da']);
    expect(run.status === 0 || run.status === 1).toBe(true);
    expect(readFileSync(path.join(out, 'alpha.txt'), 'utf8')).toContain('netværksanalyse af alpha');
  });

  it('an unwritable --out is a clear error before any work', () => {
    const out = path.join('fixtures', 'batch', 'gamma.csv', 'reports');
    const run = tuff(['batch', 'fixtures/batch/alpha', '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`tuff: ${out}: cannot create the output folder: a part of the path is a file, not a folder\n`);
  });

  it('refuses a missing --out, a bad --threads and a pattern that matches nothing', () => {
    expect(tuff(['batch', 'fixtures/batch/alpha']).stderr).toMatch(/^tuff: --out <folder> is required/);
    const bad = tuff(['batch', 'fixtures/batch/alpha', '--out', path.join(TMP, 'x'), '--threads', '0']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--threads must be a whole number from 1 to 1024');
    const none = tuff(['batch', 'fixtures/nothing-*', '--out', path.join(TMP, 'y')]);
    expect(none.status).toBe(2);
    expect(none.stderr).toBe('tuff: fixtures/nothing-*: no network matches this pattern (a folder with ties.csv, or a .csv file)\n');
  });

  it('a path that does not exist is a failed row, not the end of the batch', () => {
    const out = path.join(TMP, 'missing-input');
    const run = tuff(['batch', 'fixtures/batch/alpha', 'no/such/network', '--out', out]);
    expect(run.status).toBe(2);
    const row = summaryOf(out).networks.find((r) => r.path === 'no/such/network')!;
    expect(row).toMatchObject({ status: 'failed', error: 'no/such/network: no such file or folder' });
  });
});

/** Networks big enough to take a moment each: a ring with chords. */
function generate(dir: string, count: number, n: number): string[] {
  const paths: string[] = [];
  for (let j = 0; j < count; j++) {
    const folder = path.join(dir, `n${String(j).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    const lines = ['source,target'];
    for (let i = 0; i < n; i++) for (let k = 1; k <= 3; k++) lines.push(`${i},${(i * 7 + k * 13 + j) % n}`);
    writeFileSync(path.join(folder, 'ties.csv'), `${lines.join('\n')}\n`);
    paths.push(folder);
  }
  return paths;
}

describe('tuff batch when interrupted or a worker crashes', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s keeps the finished reports, leaves no temporary file, and the summary names the missing networks', async (signal) => {
    const inputs = generate(path.join(TMP, `many-${signal}`), 8, 3000);
    const out = path.join(TMP, `interrupted-${signal}`);
    const child = spawn(process.execPath, [BIN, 'batch', ...inputs, '--out', out, '--threads', '1'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    });
    let stderr = '';
    let sent = false;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (!sent && /\[1\/8\] ok/.test(stderr)) {
        sent = true;
        child.kill(signal);
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(sent).toBe(true);
    expect(code).toBe(130);
    const summary = summaryOf(out);
    expect(summary.complete).toBe(false);
    expect(summary.counts.missing).toBeGreaterThan(0);
    expect(summary.counts.ok + summary.counts.missing).toBe(8);
    for (const row of summary.networks) {
      if (row.status === 'ok') expect(JSON.parse(readFileSync(path.join(out, row.report!), 'utf8')).summary.actors).toBe(3000);
      else expect(row).toMatchObject({ status: 'missing', report: null });
    }
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('refused before any work: no --out folder is left behind', () => {
    const out = path.join(TMP, 'refused-batch', 'reports');
    const none = tuff(['batch', 'fixtures/nothing-*', '--out', out]);
    expect(none.status).toBe(2);
    expect(existsSync(path.join(TMP, 'refused-batch'))).toBe(false);
    const bad = tuff(['batch', 'fixtures/batch/alpha', '--out', out, '--format', 'pdf']);
    expect(bad.status).toBe(2);
    expect(existsSync(path.join(TMP, 'refused-batch'))).toBe(false);
  });

  it('a worker that runs out of memory is a crashed row (exit 3); the others finish', () => {
    const big = generate(path.join(TMP, 'big'), 1, 60_000)[0]!;
    const out = path.join(TMP, 'crashed');
    const run = tuff(['batch', 'fixtures/batch/alpha', big, 'fixtures/batch/beta', '--out', out, '--threads', '1', '--max-memory', '32']);
    expect(run.status).toBe(3);
    const rows = summaryOf(out).networks;
    expect(rows.map((r) => [r.name, r.status])).toEqual([['alpha', 'ok'], ['beta', 'ok'], ['n00', 'crashed']]);
    expect(rows[2]!.error).toBe('the worker ran out of memory (raise --max-memory)');
    expect(existsSync(path.join(out, 'alpha.json'))).toBe(true);
    expect(existsSync(path.join(out, 'beta.json'))).toBe(true);
    expect(existsSync(path.join(out, 'n00.json'))).toBe(false);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});

describe('tuff batch on a full disk', () => {
  // A 64 KiB tmpfs: the small fixture reports fit, the generated 3000-actor ones (≈ 1 MB each) do not.
  const disk = path.join(TMP, 'disk');
  mkdirSync(disk, { recursive: true });
  // Probe once whether a tmpfs can be mounted (and unmount at once): the test mounts its own and always unmounts it,
  // so a filtered run (-t) never leaves a mount behind.
  const probe = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk], { encoding: 'utf8' });
  if (probe.status === 0) spawnSync('umount', [disk]);
  const mount = probe;
  const why = probe.error?.message ?? probe.stderr.trim();

  it.skipIf(mount.status !== 0)(`--out on a full tmpfs: one clear line per report that did not fit, exit 2, no half-written report${mount.status === 0 ? '' : ` (skipped: cannot mount a tmpfs here: ${why})`}`, () => {
    const big = generate(path.join(TMP, 'too-big'), 2, 3000);
    const out = path.join(disk, 'reports');
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk]).status).toBe(0);
    onTestFinished(() => {
      spawnSync('umount', [disk]);
    });
    const run = tuff(['batch', 'fixtures/batch/alpha', ...big, '--out', out, '--threads', '1']);
    expect(run.status).toBe(2);
    // One line per network that did not fit, naming the file and the reason; the others as usual.
    const failed = run.stderr.split('\n').filter((l) => l.includes(' failed '));
    expect(failed).toEqual(['n00', 'n01'].map((n, i) => `tuff: batch [${i + 2}/3] failed ${n}: ${path.join(out, `${n}.json`)}: cannot write the report: no space left on the device`));
    expect(run.stderr).toContain('tuff: batch: 1 ok, 2 failed, 0 crashed, 0 missing;');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(summaryOf(out).networks.map((r) => [r.name, r.status, r.report])).toEqual([['alpha', 'ok', 'alpha.json'], ['n00', 'failed', null], ['n01', 'failed', null]]);
    const files = readdirSync(out);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Whatever is there is whole: every JSON file parses, and no report of a network that did not fit.
    for (const f of files.filter((f) => f.endsWith('.json'))) expect(() => JSON.parse(readFileSync(path.join(out, f), 'utf8'))).not.toThrow();
    expect(files.filter((f) => /^n0\d\.json$/.test(f))).toEqual([]);
  });
});

describe('tuff batch: threads for one large network', () => {
  it('a batch of one network gives it the threads (path workers inside the batch worker), same report as analyse', () => {
    const input = path.join(TMP, 'large', 'partnership');
    (writePartnership as (folder: string, n: number, seed: number) => unknown)(input, 2500, 5);
    const out = path.join(TMP, 'large-out');
    const run = tuff(['batch', input, '--out', out, '--threads', '2']);
    expect(run.status).toBe(0);
    const single = path.join(TMP, 'large-single.json');
    expect(tuff(['analyse', input, '--format', 'json', '--threads', '1', '--out', single]).status).toBe(0);
    expect(readFileSync(path.join(out, 'partnership.json'), 'utf8')).toBe(readFileSync(single, 'utf8'));
  });
});
