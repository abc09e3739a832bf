/**
 * The library API (src/index.ts): it gives the report the CLI prints, the
 * renderers and compare work from it, and the built package resolves as
 * `import('tuff')` through package.json `exports` from another project.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyse, compareNetworks, readNetwork, renderComparison, renderReport } from '../../src/index.js';
import { ROOT, tuff } from '../helpers/exec.js';
import { sharedPath } from '../helpers/shared.js';

const TMP = mkdtempSync(path.join(tmpdir(), 'tuff-api-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe('analyse + renderReport', () => {
  it.each(['examples/boegely', 'fixtures/compare/wave2', sharedPath('karate')])('%s: the same JSON as tuff analyse --format json', (input) => {
    const read = readNetwork(input);
    const report = analyse(read);
    const cli = tuff(['analyse', input, '--format', 'json'], {}, ROOT);
    expect(renderReport({ report, dataset: read.dataset }, { format: 'json' })).toBe(cli.stdout);
  });

  it('renders text in Danish and Markdown', () => {
    const read = readNetwork('examples/boegely');
    const report = analyse(read, { lang: 'da' });
    const text = renderReport({ report, dataset: read.dataset }, { lang: 'da', name: 'boegely' });
    expect(text).toBe(tuff(['analyse', 'examples/boegely', '--lang', 'da']).stdout);
    expect(renderReport({ report, dataset: read.dataset }, { format: 'markdown', name: 'boegely' }).startsWith('#')).toBe(true);
  });

  it('reads an attendance list as the CLI does: twoMode and projection, the same JSON as tuff analyse --two-mode --projection newman', () => {
    const file = 'fixtures/two-mode/attendance/deltagelse.csv';
    const read = readNetwork(file, { twoMode: true, projection: 'newman' });
    expect(read.input.shape).toBe('two-mode');
    expect(read.dataset.twoMode?.activities.find((a) => a.activity === 'Styregruppe')?.actors).toEqual(['kommune', 'skole']);
    const cli = tuff(['analyse', '--two-mode', file, '--projection', 'newman', '--format', 'json'], {}, ROOT);
    expect(renderReport({ report: analyse(read), dataset: read.dataset }, { format: 'json' })).toBe(cli.stdout);
    expect(() => readNetwork(file, { twoMode: true, weight: 'Vægt' })).toThrow(/--weight does not apply to an attendance list/);
  });

  it('compares two reports', () => {
    const [a, b] = ['fixtures/compare/wave1', 'fixtures/compare/wave2'].map((p) => {
      const read = readNetwork(p);
      return { dataset: read.dataset, report: analyse(read), name: path.basename(p) };
    });
    const c = compareNetworks(a!, b!);
    expect(c.ties.jaccard).toBe(0.5);
    expect(renderComparison(c, 'json', { lang: 'en' })).toBe(tuff(['compare', 'fixtures/compare/wave1', 'fixtures/compare/wave2', '--format', 'json']).stdout);
  });
});

describe('the built package', () => {
  it('package.json exports point at built files', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', import: './dist/index.js' });
    expect(existsSync(path.join(ROOT, 'dist', 'index.js'))).toBe(true);
    expect(existsSync(path.join(ROOT, 'dist', 'index.d.ts'))).toBe(true);
  });

  it('resolves as import("tuff") from another project', () => {
    const project = path.join(TMP, 'project');
    mkdirSync(path.join(project, 'node_modules'), { recursive: true });
    writeFileSync(path.join(project, 'package.json'), '{"name":"consumer","type":"module","private":true}\n');
    symlinkSync(ROOT, path.join(project, 'node_modules', 'tuff'), 'dir');
    const script = `
      const m = await import('tuff');
      const read = m.readNetwork(${JSON.stringify(path.join(ROOT, 'fixtures', 'compare', 'wave1'))});
      const report = m.analyse(read);
      console.log(JSON.stringify({ names: Object.keys(m).sort(), actors: report.summary.actors, version: m.VERSION }));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    expect(out.actors).toBe(10);
    expect(out.version).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    for (const name of ['readNetwork', 'analyse', 'renderReport', 'compareNetworks', 'renderComparison', 'anonymiseDataset', 'pseudonym', 'buildReport', 'computeAnalysis', 'InputError']) {
      expect(out.names).toContain(name);
    }
  });
});
