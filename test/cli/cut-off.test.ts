/**
 * Issue 15: "cut points are listed by how many actors they cut off, largest first". End-to-end on
 * the built bin/tuff with fixtures/analysis/cut-off (ten cut points, oracle.json from networkx):
 * the JSON carries each actor's cutOff, and the text, Markdown and HTML lists follow it (ties by id), each name with its count.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tuff } from '../helpers/exec.js';

const DIR = 'fixtures/analysis/cut-off';
const ORACLE = (JSON.parse(readFileSync(path.join(ROOT, DIR, 'oracle.json'), 'utf8')) as { cutOff: Record<string, Record<string, number>> })
  .cutOff['cut-off']!;
// Most cut off first, then id: the order every list must show.
const ORDER = Object.entries(ORACLE)
  .filter(([, v]) => v > 0)
  .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
  .map(([id]) => id);

describe('cut points by how many actors they cut off', () => {
  it('JSON: every actor has cutOff, equal to the networkx count', () => {
    const run = tuff(['analyse', DIR, '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const actors = (JSON.parse(run.stdout) as { actors: Record<string, Record<string, unknown>> }).actors;
    for (const [id, value] of Object.entries(ORACLE)) {
      expect(actors[id]!.cutOff, id).toBe(value);
      const keys = Object.keys(actors[id]!);
      expect(keys.indexOf('cutOff'), id).toBe(keys.indexOf('articulationPoint') + 1);
    }
    expect(ORDER).toEqual(['h', 'c1', 'a1', 'a3', 'c4', 's0', 'a4', 'c2', 'd1', 's3']);
  });

  for (const [lang, head, count] of [
    ['en', '10 actors whose departure would split the network (cut points), most cut off first:', (n: number) => `cuts off ${n} actor${n === 1 ? '' : 's'}`],
    ['da', '10 aktører, hvis udtræden ville splitte netværket (snitpunkter), flest afskåret først:', (n: number) => `afskærer ${n} aktør${n === 1 ? '' : 'er'}`],
  ] as const) {
    it(`text (${lang}): listed largest first, each with its count`, () => {
      const run = tuff(['analyse', DIR, '--lang', lang]);
      expect(run.status).toBe(0);
      const lines = run.stdout.split('\n');
      const at = lines.indexOf(`  ${head}`);
      expect(at).toBeGreaterThan(0);
      const listed = lines.slice(at + 1, at + 1 + ORDER.length);
      expect(listed).toEqual(ORDER.map((id) => `    ${id.toUpperCase()} (${id})  (${count(ORACLE[id]!)})`));
    });
  }

  it('Markdown and HTML: the same order, each with its count', () => {
    for (const format of ['markdown', 'html']) {
      const out = tuff(['analyse', DIR, '--format', format, '--lang', 'en']).stdout;
      const line = out.split('\n').find((l) => l.includes('whose departure would split the network'))!;
      // Labels are the ids in capitals; HTML shows the first eight, then "and 2 more".
      const list = line.slice(line.indexOf('first: ') + 7).replace(/<.*$/, '');
      const seen = list.split(/, | and /).filter((x) => /^[A-Z]\d? \(cuts off \d+ actors?\)$/.test(x));
      expect(seen.length, format).toBeGreaterThanOrEqual(8);
      const en = (n: number): string => `cuts off ${n} actor${n === 1 ? '' : 's'}`;
      expect(seen, format).toEqual(ORDER.map((id) => `${id.toUpperCase()} (${en(ORACLE[id]!)})`).slice(0, seen.length));
    }
  });
});
