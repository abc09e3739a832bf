/**
 * End-to-end: `tuff analyse` as a user runs it, on the bundled example and the
 * shared datasets. Asserts stdout, stderr and the exit code.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tuff, tuffColourable, ROOT } from '../helpers/exec.js';
import { loadExpected, sharedPath } from '../helpers/shared.js';

const EXAMPLE = 'examples/boegely';
const ANSI = /\u001b\[/;
const REPORT_KEYS = [
  'schemaVersion', 'tool', 'input', 'dataQuality', 'summary', 'actors', 'groups', 'eiIndex', 'groupTies',
  'bridges', 'components', 'communities', 'recommendations',
];
const ACTOR_KEYS = [
  'label', 'sector', 'attributes', 'degree', 'strength', 'betweenness', 'weightedBetweenness', 'closeness',
  'harmonic', 'eigenvector', 'pagerank', 'constraint', 'effectiveSize', 'clustering', 'articulationPoint', 'cutOff',
  'component', 'eiIndex', 'participation', 'community',
];

describe('tuff analyse --format json', () => {
  const run = tuff(['analyse', EXAMPLE, '--format', 'json']);

  it('exits 0 with one JSON document on stdout and nothing on stderr', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(ANSI.test(run.stdout)).toBe(false);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });

  it('follows the schemaVersion 1 layout in key order', () => {
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(REPORT_KEYS);
    expect(report.schemaVersion).toBe(1);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(report.tool).toEqual({ name: 'tuff', version: pkg.version });
    expect(report.input.delimiter).toBe(';');
    expect(report.input.encoding).toBe('utf-8');
    expect(report.input.groupBy).toBe('sector');
    expect(report.input.columns.source).toBe('fra');
    for (const actor of Object.values(report.actors)) expect(Object.keys(actor as object)).toEqual(ACTOR_KEYS);
    expect(Object.keys(report.communities)).toEqual(['algorithm', 'seed', 'runs', 'modularity', 'count', 'partition']);
    expect(report.summary.actors).toBe(Object.keys(report.actors).length);
  });

  it('is byte-identical across runs', () => {
    const again = tuff(['analyse', EXAMPLE, '--format', 'json']);
    expect(again.stdout).toBe(run.stdout);
  });

  it('reports the shared karate oracle through the built binary', () => {
    const karate = tuff(['analyse', sharedPath('karate'), '--format', 'json']);
    expect(karate.status).toBe(0);
    const report = JSON.parse(karate.stdout);
    const expected = loadExpected('karate');
    expect(report.summary.transitivity).toBeCloseTo(expected.summary.transitivity as number, 12);
    expect(report.actors['1'].weightedBetweenness).toBeCloseTo(expected.actors['1']!.weightedBetweenness as number, 12);
    expect(report.actors['34'].pagerank).toBeCloseTo(expected.actors['34']!.pagerank as number, 8);
    expect(report.bridges).toEqual(expected.bridges);
    expect(report.communities.modularity).toBeGreaterThanOrEqual(expected.louvain.bestModularity - 0.02);
  });
});

describe('tuff analyse (text report)', () => {
  const run = tuff(['analyse', EXAMPLE, '--lang', 'en']);

  it('prints the facilitator report in English without colour when not a terminal', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(ANSI.test(run.stdout)).toBe(false);
    for (const heading of [
      'What to do next', 'The network', 'Who holds the network together', 'Bonding and bridging by group',
      'Parts, isolated actors and fragile ties', 'Informal clusters (Louvain communities)',
    ]) {
      expect(run.stdout).toContain(heading);
    }
  });

  it('speaks Danish with --lang da and from LANG=da_DK', () => {
    const da = tuff(['analyse', EXAMPLE, '--lang', 'da']);
    expect(da.status).toBe(0);
    expect(da.stdout).toContain('Hvem holder netværket sammen?');
    expect(da.stdout).toContain('Bindende og brobyggende bånd pr. gruppe');
    // The group column is named as the user's file writes it (sektor), not by tuff's canonical name.
    expect(da.stdout).toContain('grupper fra kolonnen "sektor"');
    const fromEnv = tuff(['analyse', EXAMPLE], { LANG: 'da_DK.UTF-8' });
    expect(fromEnv.stdout).toBe(da.stdout);
    const english = tuff(['analyse', EXAMPLE], { LANG: 'en_GB.UTF-8' });
    expect(english.stdout).toBe(run.stdout);
  });

  it('is byte-identical across runs', () => {
    expect(tuff(['analyse', EXAMPLE, '--lang', 'en']).stdout).toBe(run.stdout);
  });

  it('colours only when allowed: FORCE_COLOR colours, NO_COLOR and --no-color do not', () => {
    expect(ANSI.test(tuffColourable(['analyse', EXAMPLE], { FORCE_COLOR: '1' }).stdout)).toBe(true);
    expect(ANSI.test(tuffColourable(['analyse', EXAMPLE], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout)).toBe(false);
    expect(ANSI.test(tuffColourable(['analyse', EXAMPLE, '--no-color'], { FORCE_COLOR: '1' }).stdout)).toBe(false);
  });
});

describe('tuff analyse --out', () => {
  it('writes the report to the file and nothing to stdout', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tuff-out-'));
    try {
      const file = path.join(dir, 'report.json');
      const run = tuff(['analyse', EXAMPLE, '--format', 'json', '--out', file]);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe('');
      expect(readFileSync(file, 'utf8')).toBe(tuff(['analyse', EXAMPLE, '--format', 'json']).stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a folder that does not exist with exit 2 and one line', () => {
    const run = tuff(['analyse', EXAMPLE, '--out', '/nonexistent-dir/report.txt']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^tuff: \/nonexistent-dir\/report\.txt: cannot write the report: the folder does not exist\n$/);
  });
});

describe('command-line contract', () => {
  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const run = tuff(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(pkg.version);
  });

  it('--help lists the commands and exits 0', () => {
    const run = tuff(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('analyse|analyze');
    const sub = tuff(['analyse', '--help']);
    expect(sub.status).toBe(0);
    for (const flag of ['--actors', '--group-by', '--format', '--out', '--lang', '--fail-on', '--seed', '--no-color']) {
      expect(sub.stdout).toContain(flag);
    }
  });

  it('the analyze alias works', () => {
    expect(tuff(['analyze', EXAMPLE, '--format', 'json']).stdout).toBe(tuff(['analyse', EXAMPLE, '--format', 'json']).stdout);
  });

  it.each([
    [['analyse', EXAMPLE, '--bogus'], /^tuff: unknown option '--bogus'/],
    [['analyse', EXAMPLE, '--format', 'pdf'], /^tuff: option '-f, --format <format>' argument 'pdf' is invalid/],
    [['analyse', EXAMPLE, '--seed', 'abc'], /^tuff: --seed must be a whole number/],
    [['analyse', EXAMPLE, '--runs', '0'], /^tuff: --runs must be a whole number/],
    [['analyse'], /^tuff: missing required argument 'input'/],
    [['frobnicate'], /^tuff: unknown command 'frobnicate'/],
  ])('usage error %j exits 2 with one line', (args, pattern) => {
    const run = tuff(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(pattern);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a reader that closes the pipe early (| head) is not an error', () => {
    // sh has no pipefail: print tuff's own exit status after the pipe.
    const run = spawnSync('sh', ['-c', `{ node bin/tuff analyse ${EXAMPLE} --format json; echo "exit=$?" >&2; } | head -c 20`], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      encoding: 'utf8',
    });
    expect(run.stdout).toBe('{\n  "schemaVersion":');
    expect(run.stderr).toBe('exit=0\n');
  });

  it('a missing input is exit 2, one line naming the path', () => {
    const run = tuff(['analyse', 'no/such/network.csv']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^tuff: no\/such\/network\.csv: /);
    expect(run.stderr).not.toContain('    at ');
  });
});
