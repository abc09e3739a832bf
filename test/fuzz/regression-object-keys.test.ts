/**
 * Replay of a bug the fuzzer found (fixtures/fuzz/object-key-ids): ids and sector
 * names that are JavaScript object keys keep their actors in every output.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FORMATS, analyse, readNetwork, renderReport } from '../../dist/index.js';
import { ROOT, tuff } from '../helpers/exec.js';

const DIR = join(ROOT, 'fixtures', 'fuzz', 'object-key-ids');
const IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'valueOf'];
const mdEscaped = (id: string) => id.replace(/_/g, '\\_');

describe('object-key ids (fixtures/fuzz/object-key-ids)', () => {
  const read = readNetwork(DIR);
  const report = analyse(read);

  it('analyse keeps every actor and sector as an own key', () => {
    expect(Object.keys(report.actors).sort()).toEqual([...IDS].sort());
    expect(Object.keys(report.groups).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(report.summary.ties).toBe(6);
    expect(report.actors['__proto__']!.degree).toBe(3);
  });

  for (const format of FORMATS) {
    it(`${format} names every actor`, () => {
      const out = renderReport({ report, dataset: read.dataset }, { format });
      for (const id of IDS) expect(out.includes(id) || out.includes(mdEscaped(id)), `${format} lacks ${id}`).toBe(true);
    });
  }

  it('the built binary: analyse in every format, compare, batch and anonymise keep them', () => {
    for (const format of ['json', 'csv', 'graphml', 'gexf']) {
      const r = tuff(['analyse', DIR, '--format', format]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      for (const id of IDS) expect(r.stdout).toContain(id);
    }
    const json = JSON.parse(tuff(['analyse', DIR, '--format', 'json']).stdout);
    expect(Object.keys(json.actors).sort()).toEqual([...IDS].sort());
    const cmp = tuff(['compare', DIR, DIR, '--format', 'json']);
    expect(cmp.status).toBe(0);
    expect(cmp.stdout).toContain('__proto__');
    const out = mkdtempSync(join(tmpdir(), 'tuff-fuzz-anon-'));
    try {
      const anon = tuff(['anonymise', DIR, '--out', join(out, 'a')]);
      expect(anon.stderr.split('\n').filter((l) => /Error|at /.test(l))).toEqual([]);
      expect(anon.status).toBe(0);
      const batch = tuff(['batch', DIR, '--out', join(out, 'b'), '--threads', '1']);
      expect(batch.status).toBe(0);
      const batched = JSON.parse(readFileSync(join(out, 'b', 'object-key-ids.json'), 'utf8'));
      expect(Object.keys(batched.actors).sort()).toEqual([...IDS].sort());
      const files = readdirSync(join(out, 'a'));
      const actors = readFileSync(join(out, 'a', files.find((f) => f.startsWith('actors'))!), 'utf8');
      expect(actors.trim().split(/\r?\n/).length).toBe(1 + IDS.length);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
