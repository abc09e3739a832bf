/**
 * The in-process fuzz suite (issue 12): 2,000 seeded mutants of the real
 * fixtures through readNetwork → analyse → renderReport. Each must give a
 * report whose invariants hold or an input error starting `FILE:`; a failure
 * is printed with its seed, case and minimized input (test/fuzz/core.mjs).
 * Deeper: `npm run fuzz -- --cases 100000 [--seed S]`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// Plain JavaScript shared with the npm run fuzz runner (test/fuzz/run.mjs).
import { corpus, makeCase, runLibraryCase, describeFailure } from './core.mjs';
import * as tuff from '../../dist/index.js';

const SEED = 20261204;
const CASES = 2000;
const work = mkdtempSync(join(tmpdir(), 'tuff-fuzz-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('library fuzz', () => {
  it(`${CASES} mutants (seed ${SEED}): a report whose invariants hold, or a FILE: input error`, () => {
    const fixtures = corpus();
    expect(fixtures.length).toBeGreaterThan(50);
    const failures: string[] = [];
    const kinds = new Map<string, number>();
    const shapes = new Map<string, number>();
    for (let i = 0; i < CASES; i++) {
      const kase = makeCase(fixtures, SEED, i);
      const dir = join(work, 'case');
      const result = runLibraryCase(tuff, dir, kase);
      if (result.ok) {
        kinds.set(result.kind, (kinds.get(result.kind) ?? 0) + 1);
        if (result.shape !== undefined) shapes.set(result.shape, (shapes.get(result.shape) ?? 0) + 1);
      } else if (failures.length < 5) failures.push(describeFailure(tuff, dir, kase, result));
    }
    expect(failures.join('\n\n')).toBe('');
    // The mutants reach both outcomes, so the invariants are exercised and not only the error path.
    expect(kinds.get('report') ?? 0).toBeGreaterThan(200);
    expect(kinds.get('input-error') ?? 0).toBeGreaterThan(200);
    // The attendance lists (fixtures/two-mode: a folder's deltagelse.csv, meta.json "twoMode") are fuzzed through the two-mode reader.
    expect(fixtures.filter((f: { dir: string }) => f.dir.startsWith('fixtures/two-mode/')).map((f: { dir: string; input: string }) => `${f.dir}/${f.input}`)).toEqual([
      'fixtures/two-mode/attendance/deltagelse.csv', 'fixtures/two-mode/attendance-xlsx/deltagelse.xlsx', 'fixtures/two-mode/working-groups/participation.csv',
    ]);
    expect(shapes.get('two-mode') ?? 0).toBeGreaterThan(10);
  }, 300_000);
});
