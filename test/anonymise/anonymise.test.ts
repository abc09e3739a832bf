/**
 * anonymise/anonymise.ts and files.ts: what is kept and dropped, small
 * groups, and the round trip — the anonymised files, read back by tuff's own
 * reader, give every metric of the original under the pseudonym mapping.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { anonymiseDataset, findSmallGroups, resolveKeep } from '../../src/anonymise/anonymise.js';
import { encodeText, renderAnonymisedFiles } from '../../src/anonymise/files.js';
import { decodeBytes } from '../../src/io/decode.js';
import { readNetwork } from '../../src/io/read-network.js';
import { sniffDialect } from '../../src/io/anonymise-files.js';
import { buildAnalysisReport } from '../../src/pipeline.js';
import { UsageError } from '../../src/errors.js';
import type { Actor, Dataset } from '../../src/types.js';
import { makeDataset, sharedPath } from '../helpers/shared.js';
import { expectSameNetwork, modularityGap } from '../helpers/mapped-metrics.js';

const KEY = Uint8Array.from({ length: 32 }, (_, i) => 7 * i + 1);

const actor = (id: string, sector: string | null, attributes: Record<string, string> = {}, label: string | null = null): Actor => ({
  id,
  label,
  sector,
  attributes,
});

const small: Dataset = {
  actors: [
    actor('a', 'civil', { vulnerable: 'ja', role: 'chair', club: 'x' }, 'Anna'),
    actor('b', 'civil', { vulnerable: 'nej', role: 'member', club: 'x' }, 'Bo'),
    actor('c', 'public', { vulnerable: 'nej', club: 'y' }, 'Carl'),
    actor('d', 'public', { vulnerable: 'nej', club: 'y' }),
  ],
  ties: [
    { source: 'a', target: 'b', weight: 2 },
    { source: 'b', target: 'c', weight: 1.5 },
  ],
  weighted: true,
  groupBy: 'club',
};

describe('anonymiseDataset', () => {
  it('replaces ids and labels, keeps sector and --keep attributes, drops the rest', () => {
    const r = anonymiseDataset(small, { key: KEY, keep: ['sårbar'], minGroup: 1 });
    expect(r.kept).toEqual(['vulnerable']);
    expect(r.dropped).toEqual(['club', 'role']);
    expect(r.labels).toBe(true);
    const json = JSON.stringify(r.dataset);
    for (const secret of ['Anna', 'Bo', 'Carl', 'chair', '"a"', '"b"']) expect(json).not.toContain(secret);
    for (const a of r.dataset.actors) {
      expect(a.id).toMatch(/^P-[a-z2-7]{12}$/);
      expect(a.label).toBe(a.id);
      expect(Object.keys(a.attributes)).toEqual(['vulnerable']);
    }
    const pa = r.pseudonyms.get('a')!;
    expect(r.dataset.actors.find((x) => x.id === pa)).toMatchObject({ sector: 'civil', attributes: { vulnerable: 'ja' } });
  });

  it('sorts actors and ties by pseudonym, so row order reveals nothing', () => {
    const r = anonymiseDataset(small, { key: KEY, keep: [], minGroup: 1 });
    const ids = r.dataset.actors.map((a) => a.id);
    expect(ids).toEqual([...ids].sort());
    for (const t of r.dataset.ties) expect(t.source < t.target).toBe(true);
    const keys = r.dataset.ties.map((t) => `${t.source} ${t.target}`);
    expect(keys).toEqual([...keys].sort());
    expect(r.dataset.ties.map((t) => t.weight).sort()).toEqual([1.5, 2]);
  });

  it('keeps the groups only when their column is kept', () => {
    expect(anonymiseDataset(small, { key: KEY, keep: [], minGroup: 1 })).toMatchObject({ groupByDropped: 'club' });
    expect(anonymiseDataset(small, { key: KEY, keep: [], minGroup: 1 }).dataset.groupBy).toBeNull();
    const kept = anonymiseDataset(small, { key: KEY, keep: ['Club'], minGroup: 1 });
    expect(kept.groupByDropped).toBeNull();
    expect(kept.dataset.groupBy).toBe('club');
  });

  it('refuses unknown attributes and id/label with a UsageError', () => {
    expect(() => resolveKeep(small, ['age'])).toThrow(UsageError);
    expect(() => resolveKeep(small, ['age'])).toThrow(/club, role, vulnerable/);
    expect(() => resolveKeep(small, ['navn'])).toThrow(UsageError);
    expect(resolveKeep(small, ['sector', 'sektor', ' role ', 'role'])).toEqual(['role']);
  });

  it('gives the same pseudonyms for the same key in another wave', () => {
    const wave2 = { ...small, actors: [...small.actors, actor('e', 'civil')], ties: [{ source: 'a', target: 'e', weight: 1 }] };
    const one = anonymiseDataset(small, { key: KEY, keep: [], minGroup: 1 });
    const two = anonymiseDataset(wave2, { key: KEY, keep: [], minGroup: 1 });
    for (const id of ['a', 'b', 'c', 'd']) expect(two.pseudonyms.get(id)).toBe(one.pseudonyms.get(id));
  });
});

describe('findSmallGroups', () => {
  it('reports combinations of kept values shared by fewer than k actors, fewest first', () => {
    // civil+ja: 1, civil+nej: 1, public+nej: 2
    expect(findSmallGroups(small.actors, ['sector', 'vulnerable'], 2)).toEqual([
      { values: { sector: 'civil', vulnerable: 'ja' }, actors: 1 },
      { values: { sector: 'civil', vulnerable: 'nej' }, actors: 1 },
    ]);
    expect(findSmallGroups(small.actors, ['sector', 'vulnerable'], 3)).toHaveLength(3);
    expect(findSmallGroups(small.actors, ['sector'], 2)).toEqual([]);
    expect(findSmallGroups(small.actors, ['role'], 3)).toEqual([
      { values: { role: 'chair' }, actors: 1 },
      { values: { role: 'member' }, actors: 1 },
      { values: { role: null }, actors: 2 },
    ]);
    expect(findSmallGroups(small.actors, [], 3)).toEqual([]);
  });
});

describe('encodeText', () => {
  it.each([
    ['utf-8', true],
    ['utf-8', false],
    ['windows-1252', false],
    ['utf-16le', true],
    ['utf-16be', true],
  ] as const)('%s (BOM %s) decodes back to the same text', (encoding, bom) => {
    const text = 'id;navn\r\nP-abc;Søren – “Æble” €\r\n';
    const decoded = decodeBytes(encodeText(text, { encoding, bom }), 'x.csv');
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(text);
  });
});

describe('round trip: anonymised files analyse like the original', () => {
  const cases = [
    { name: 'sondervang-excel (BOM, ;, decimal comma, CRLF, Danish headers)', dir: sharedPath('sondervang-excel'), actors: undefined, keep: ['vulnerable'] },
    {
      name: 'sondervang-excel cp1252 (Windows-1252)',
      dir: sharedPath('sondervang-excel', 'ties-cp1252.csv'),
      actors: sharedPath('sondervang-excel', 'actors-cp1252.csv'),
      keep: ['sårbar'],
    },
    { name: 'karate (groups from the club attribute)', dir: sharedPath('karate'), actors: undefined, keep: ['club'] },
    { name: 'florentine (unweighted, an isolate)', dir: sharedPath('florentine'), actors: undefined, keep: [] },
  ];
  it.each(cases)('$name', ({ dir, actors, keep }) => {
    const original = readNetwork(dir, { actors });
    const r = anonymiseDataset(original.dataset, { key: KEY, keep, minGroup: 3 });
    const tiesDialect = sniffDialect(original.input.ties);
    const files = renderAnonymisedFiles(r, original.input, {
      ties: tiesDialect,
      actors: original.input.actors === null ? tiesDialect : sniffDialect(original.input.actors),
    });
    const out = mkdtempSync(path.join(tmpdir(), 'tuff-anon-'));
    try {
      writeFileSync(path.join(out, 'ties.csv'), files.ties);
      writeFileSync(path.join(out, 'actors.csv'), files.actors);
      if (files.meta !== null) writeFileSync(path.join(out, 'meta.json'), files.meta);
      const again = readNetwork(out);
      expect(again.warnings).toEqual([]);
      expect(again.input.delimiter).toBe(original.input.delimiter);
      expect(again.input.encoding).toBe(original.input.encoding);
      expect(sniffDialect(again.input.ties)).toEqual(tiesDialect);
      const before = buildAnalysisReport(original, { seed: 1, lang: 'en' });
      const after = buildAnalysisReport(again, { seed: 1, lang: 'en' });
      expectSameNetwork(before, after, (id) => r.pseudonyms.get(id)!);
      expect(modularityGap(before, after)).toBeLessThanOrEqual(0.02);
      expect(after.input.groupBy).toBe(before.input.groupBy);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('makeDataset sanity', () => {
  it('anonymises an unweighted network without labels or sectors', () => {
    const d = makeDataset([['1', '2'], ['2', '3']]);
    const r = anonymiseDataset(d, { key: KEY, keep: [], minGroup: 3 });
    expect(r.labels).toBe(false);
    expect(r.sector).toBe(false);
    expect(r.smallGroups).toEqual([]);
    expect(r.dataset.ties).toHaveLength(2);
  });
});
