/**
 * Replay of a bug the deep fuzz run found (fixtures/fuzz/subnormal-weight): an
 * actor whose only tie weighs 5e-324 has a strength whose reciprocal is
 * Infinity, and PageRank came out Infinity (the JSON report refused it, exit 3).
 * Expected values: networkx's row-normalised PageRank (oracle.py), to 1e-9.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tuff } from '../helpers/exec.js';

const DIR = join(ROOT, 'fixtures', 'fuzz', 'subnormal-weight');
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Record<string, number>>;

describe('a weight of 5e-324 (fixtures/fuzz/subnormal-weight)', () => {
  for (const [mode, key, args] of [
    ['undirected', 'pagerank', []],
    ['directed', 'directedPagerank', ['--directed']],
  ] as const) {
    it(`gives the finite ${mode} PageRank networkx gives, through the built binary`, () => {
      const r = tuff(['analyse', DIR, '--format', 'json', ...args]);
      expect(r.stderr).not.toMatch(/Infinity|internal error/);
      expect(r.status).toBe(0);
      const actors = JSON.parse(r.stdout).actors as Record<string, Record<string, number>>;
      expect(Object.keys(actors).sort()).toEqual(Object.keys(expected[mode]!).sort());
      for (const [id, value] of Object.entries(expected[mode]!)) {
        expect(actors[id]![key]).toBeCloseTo(value, 9);
      }
    });
  }
});
