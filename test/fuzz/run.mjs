#!/usr/bin/env node
/**
 * The deep fuzz run: `npm run fuzz -- --cases N [--seed S] [--from I]`.
 * In-process through dist/ (built by the npm script). Prints every failure with
 * its seed and minimized input, then one summary line; exit 1 on any failure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpus, makeCase, runLibraryCase, describeFailure, ROOT } from './core.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(args[i + 1]);
  if (!Number.isInteger(v) || v < 0) {
    console.error(`--${name} needs a whole number (got ${args[i + 1]})`);
    process.exit(2);
  }
  return v;
};
const cases = opt('cases', 10_000);
const seed = opt('seed', Date.now() % 2 ** 31);
const from = opt('from', 0);

const tuff = await import(join(ROOT, 'dist', 'index.js'));
const fixtures = corpus();
const work = mkdtempSync(join(tmpdir(), 'tuff-fuzz-'));
const counts = { report: 0, 'input-error': 0, 'usage-error': 0 };
let twoMode = 0;
let failures = 0;
const start = Date.now();
try {
  for (let i = from; i < from + cases; i++) {
    const kase = makeCase(fixtures, seed, i);
    const dir = join(work, 'case');
    const result = runLibraryCase(tuff, dir, kase);
    if (result.ok) {
      counts[result.kind]++;
      if (result.shape === 'two-mode') twoMode++;
    } else {
      failures++;
      console.log(describeFailure(tuff, dir, kase, result));
    }
    if ((i - from + 1) % 5000 === 0) console.error(`… ${i - from + 1} cases, ${failures} failures, ${((Date.now() - start) / 1000).toFixed(0)} s`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const secs = ((Date.now() - start) / 1000).toFixed(1);
console.log(`fuzz: ${cases} cases from ${from}, seed ${seed}, ${fixtures.length} fixtures, ${secs} s: ${counts.report} reports (${twoMode} of attendance lists), ${counts['input-error']} input errors, ${counts['usage-error']} usage errors, ${failures} failures`);
process.exit(failures === 0 ? 0 : 1);
