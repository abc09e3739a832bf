/**
 * Golden files of the shareable formats. Each case in fixtures/render/<case>/
 * holds the input (ties.csv, actors.csv), case.json (language, --top and a
 * fixed list of recommendations, so the files do not change when the
 * recommendation rules are reworded), report.json (the report those give)
 * and expected/report.<ext> for html, md, csv, gexf and graphml.
 *
 * - The renderers run on the stored report.json plus the dataset read from
 *   the input, through the registry; the output must equal expected/report.<ext>
 *   byte for byte. Feeding the stored report keeps the golden files about
 *   rendering: a refactor of a metric kernel that moves the last bit of a
 *   double does not touch them.
 * - report.json must agree with what the pipeline (reader → analysis →
 *   report builder) gives today: same keys, strings and booleans, numbers
 *   within 1e-12 relative, so the stored report cannot go stale.
 *
 * The stored files are changed only on purpose: after checking that a change
 * of output is intended, run
 *
 *   UPDATE_GOLDEN=1 npx vitest run test/report/golden.test.ts
 *
 * (rewrites report.json and every expected/report.<ext>) and review the diff of
 * fixtures/render/ before committing it.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Chalk } from 'chalk';
import { ROOT } from '../helpers/exec.js';
import { readNetwork } from '../../src/io/read-network.js';
import { computeAnalysis } from '../../src/analysis/index.js';
import { buildReport } from '../../src/report/build.js';
import { RENDERERS } from '../../src/report/index.js';
import { renderJson } from '../../src/report/json.js';
import type { Format, Lang } from '../../src/options.js';
import type { Recommendation, Report } from '../../src/types.js';

const CASES = ['hostile', 'danish'];
const FORMATS: readonly [Format, string][] = [
  ['html', 'html'],
  ['markdown', 'md'],
  ['csv', 'csv'],
  ['gexf', 'gexf'],
  ['graphml', 'graphml'],
];
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface Case {
  readonly lang: Lang;
  readonly top: number;
  readonly recommendations: Recommendation[];
}

for (const name of CASES) {
  describe(`golden files: fixtures/render/${name}`, () => {
    const dir = path.join(ROOT, 'fixtures', 'render', name);
    const spec = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as Case;
    const read = readNetwork(dir, { duplicates: 'sum' });
    const analysis = computeAnalysis(read.dataset, { seed: 1, runs: 5 });
    const live = portable(buildReport({ ...read, analysis, recommendations: spec.recommendations }));
    const stored = path.join(dir, 'report.json');
    if (UPDATE) writeFileSync(stored, renderJson(live));
    const report = JSON.parse(readFileSync(stored, 'utf8')) as Report;

    it('has a stored report.json that agrees with the pipeline (numbers within 1e-12)', () => {
      expectClose(report, JSON.parse(renderJson(live)), 'report');
    });
    const options = { chalk: new Chalk({ level: 0 }), lang: spec.lang, top: spec.top, name, excel: undefined };

    for (const [format, ext] of FORMATS) {
      it(`renders --format ${format} exactly as expected/report.${ext}`, () => {
        const rendered = Buffer.from(RENDERERS[format]({ report, dataset: read.dataset }, options), 'utf8');
        // In a subfolder: a report.csv beside ties.csv would be a file of the input folder that is not read (a warning).
        const file = path.join(dir, 'expected', `report.${ext}`);
        if (UPDATE) writeFileSync(file, rendered);
        expect(existsSync(file), `${file} is missing: create it with UPDATE_GOLDEN=1 (see the header)`).toBe(true);
        const expected = readFileSync(file);
        if (!rendered.equals(expected)) {
          // Show the first differing line, then fail.
          const a = rendered.toString('utf8').split('\n');
          const b = expected.toString('utf8').split('\n');
          const line = a.findIndex((l, i) => l !== b[i]);
          expect(a[line], `line ${line + 1} of expected/report.${ext}`).toBe(b[line]);
          expect(rendered.length).toBe(expected.length);
        }
        expect(rendered.equals(expected)).toBe(true);
      });
    }

    it('renders the same bytes twice (deterministic)', () => {
      for (const [format] of FORMATS) {
        const once = RENDERERS[format]({ report, dataset: read.dataset }, options);
        const twice = RENDERERS[format]({ report, dataset: read.dataset }, options);
        expect(twice).toBe(once);
      }
    });
  });
}

/** The report with input paths relative to the repository (they are the only machine-specific part). */
function portable(report: Report): Report {
  const rel = (file: string): string => path.relative(ROOT, file).split(path.sep).join('/');
  return { ...report, input: { ...report.input, ties: rel(report.input.ties), actors: report.input.actors === null ? null : rel(report.input.actors) } };
}

/** Same shape, keys in the same order, equal strings/booleans/nulls, numbers within 1e-12 relative. */
function expectClose(actual: unknown, expected: unknown, where: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const tolerance = 1e-12 * Math.max(1, Math.abs(expected));
    expect(Math.abs(actual - expected) <= tolerance, `${where}: ${actual} vs ${expected}`).toBe(true);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), where).toBe(true);
    expect((actual as unknown[]).length, `${where}.length`).toBe(expected.length);
    expected.forEach((e, i) => expectClose((actual as unknown[])[i], e, `${where}[${i}]`));
  } else if (expected !== null && typeof expected === 'object') {
    expect(actual !== null && typeof actual === 'object', where).toBe(true);
    expect(Object.keys(actual as object), `${where} keys`).toEqual(Object.keys(expected));
    for (const [k, e] of Object.entries(expected)) expectClose((actual as Record<string, unknown>)[k], e, `${where}.${k}`);
  } else {
    expect(actual, where).toBe(expected);
  }
}
