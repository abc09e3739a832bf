/**
 * End-to-end: `tuff anonymise` through the built binary — the key file, the
 * input's dialect kept, nothing secret in any output, the anonymise →
 * analyse round trip (every metric equal under the pseudonym mapping), the
 * same key across waves, and the refusals.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pseudonym } from '../../src/anonymise/pseudonym.js';
import type { Report } from '../../src/types.js';
import { tuff } from '../helpers/exec.js';
import { expectSameNetwork, modularityGap } from '../helpers/mapped-metrics.js';

const TMP = mkdtempSync(path.join(tmpdir(), 'tuff-anonymise-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const EXAMPLE = 'examples/boegely';

function report(input: string): Report {
  const run = tuff(['analyse', input, '--format', 'json']);
  expect(run.status === 0 || run.status === 1, run.stderr).toBe(true);
  return JSON.parse(run.stdout) as Report;
}
function keyOf(file: string): Buffer {
  return Buffer.from(readFileSync(file, 'latin1').trim(), 'hex');
}

describe('tuff anonymise without --key', () => {
  const out = path.join(TMP, 'boegely-anon');
  const run = tuff(['anonymise', EXAMPLE, '--out', out, '--keep', 'sårbar']);
  const keyFile = `${out}.key`;

  it('writes a new 32-byte key beside the output, owner-only, and says to keep it private', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(existsSync(keyFile)).toBe(true);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(keyFile, 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
    expect(run.stderr).toContain(`tuff: wrote a new secret key to ${keyFile} (readable by you only). Keep it private`);
    expect(readdirSync(out).sort()).toEqual(['actors.csv', 'ties.csv']);
  });

  it('never shows the key, the ids or the labels in any output', () => {
    const key = readFileSync(keyFile, 'utf8').trim();
    const outputs = [run.stdout, run.stderr, ...readdirSync(out).map((f) => readFileSync(path.join(out, f), 'utf8'))].join('\n');
    expect(outputs).not.toContain(key);
    expect(outputs).not.toContain(key.slice(0, 16));
    for (const secret of ['K01', 'Bøgely Kommune', 'Jobcenter', 'hele Bøgely', 'styregruppe']) expect(outputs).not.toContain(secret);
  });

  it('writes actors.csv and ties.csv in the input\'s own dialect (BOM, ;, CRLF, decimal comma, Danish headers)', () => {
    const ties = readFileSync(path.join(out, 'ties.csv'));
    const actors = readFileSync(path.join(out, 'actors.csv'));
    expect([...ties.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...actors.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const tiesText = ties.subarray(3).toString('utf8');
    expect(tiesText.startsWith('fra;til;styrke\r\n')).toBe(true);
    expect(tiesText).toMatch(/;2,5\r\n/);
    expect(tiesText.split('\r\n').every((line) => line === '' || /^(fra;til;styrke|P-[a-z2-7]{12};P-[a-z2-7]{12};\d+(,\d+)?)$/.test(line))).toBe(true);
    expect(actors.subarray(3).toString('utf8').split('\r\n')[0]).toBe('id;navn;sektor;sårbar');
  });

  it('analyses to the same metrics under the pseudonym mapping', () => {
    const key = keyOf(keyFile);
    const original = report(EXAMPLE);
    const anonymised = report(out);
    expectSameNetwork(original, anonymised, (id) => pseudonym(key, id));
    expect(modularityGap(original, anonymised)).toBeLessThanOrEqual(0.02);
    expect(anonymised.input.delimiter).toBe(';');
    for (const [id, a] of Object.entries(original.actors)) {
      expect(anonymised.actors[pseudonym(key, id)]!.attributes).toEqual(
        a.attributes.vulnerable === undefined ? {} : { vulnerable: a.attributes.vulnerable },
      );
    }
  });

  it('will not overwrite an existing key', () => {
    const again = tuff(['anonymise', EXAMPLE, '--out', out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toBe(`tuff: ${keyFile} already exists: pass it with --key ${keyFile} to reuse that key (same pseudonyms), or remove it\n`);
  });
});

describe('tuff anonymise with --key across two waves', () => {
  const keyFile = path.join(TMP, 'waves.key');
  writeFileSync(keyFile, `${'ab'.repeat(32)}\n`, { mode: 0o600 });
  const w1 = path.join(TMP, 'w1');
  const w2 = path.join(TMP, 'w2');
  const r1 = tuff(['anonymise', 'fixtures/compare/wave1', '--out', w1, '--key', keyFile, '--keep', 'vulnerable', '--min-group', '2']);
  const r2 = tuff(['anonymise', 'fixtures/compare/wave2', '--out', w2, '--key', keyFile, '--keep', 'vulnerable', '--min-group', '5']);

  it('uses the given key and creates none', () => {
    expect(r1.status).toBe(0);
    expect(r2.status).toBe(0);
    expect(existsSync(`${w1}.key`)).toBe(false);
    expect(readFileSync(path.join(w1, 'ties.csv'), 'utf8').split('\n')[0]).toBe('source,target,weight');
  });

  it('gives the same pseudonyms in both waves, so the anonymised waves compare like the originals', () => {
    const plain = JSON.parse(tuff(['compare', 'fixtures/compare/wave1', 'fixtures/compare/wave2', '--format', 'json']).stdout);
    const anon = JSON.parse(tuff(['compare', w1, w2, '--format', 'json']).stdout);
    const key = keyOf(keyFile);
    const p = (id: string) => pseudonym(key, id);
    expect(anon.actors.joined.map((a: { id: string }) => a.id)).toEqual(['N1'].map(p));
    expect(anon.actors.left.map((a: { id: string }) => a.id)).toEqual(['X1'].map(p));
    expect(anon.ties.kept).toBe(plain.ties.kept);
    expect(anon.ties.jaccard).toBe(plain.ties.jaccard);
    expect(anon.ties.gained.length).toBe(plain.ties.gained.length);
    expect([...anon.brokers.became.map((b: { id: string }) => b.id)].sort()).toEqual(plain.brokers.became.map((b: { id: string }) => p(b.id)).sort());
    expect(anon.vulnerable).toMatchObject({ closer: 2, further: 1, same: 1 });
    expect(anon.groups).toEqual(plain.groups);
  });

  it('warns about combinations of kept values shared by fewer than --min-group actors', () => {
    // wave2: civil+nej 3, offentlig+nej 2, privat+nej 1, borger+ja 4 — all under 5.
    const lines = r2.stderr.split('\n').filter((l) => l.includes('fewer than --min-group 5'));
    expect(lines).toEqual([
      'tuff: warning: only 1 actor has sector="privat", vulnerable="nej" (fewer than --min-group 5): such a small group can identify people; consider dropping or merging values',
      'tuff: warning: only 2 actors have sector="offentlig", vulnerable="nej" (fewer than --min-group 5): such a small group can identify people; consider dropping or merging values',
      'tuff: warning: only 3 actors have sector="civil", vulnerable="nej" (fewer than --min-group 5): such a small group can identify people; consider dropping or merging values',
      'tuff: warning: only 4 actors have sector="borger", vulnerable="ja" (fewer than --min-group 5): such a small group can identify people; consider dropping or merging values',
    ]);
    // wave1: civil+no 2, offentlig+no 2, privat+no 2, borger+yes 4 — none under 2.
    expect(r1.stderr).not.toContain('fewer than');
  });
});

describe('tuff anonymise refusals (exit 2, nothing written)', () => {
  it('an unknown --keep attribute lists the ones there are, before any key or file is written', () => {
    const out = path.join(TMP, 'bad-keep');
    const run = tuff(['anonymise', EXAMPLE, '--out', out, '--keep', 'alder']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('tuff: --keep alder: no actor has this attribute; attributes: område, rolle, vulnerable\n');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.key`)).toBe(false);
  });

  it('an output folder that would overwrite the input', () => {
    const run = tuff(['anonymise', 'fixtures/compare/wave1', '--out', 'fixtures/compare/wave1', '--key', path.join(TMP, 'waves.key')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^tuff: --out fixtures\/compare\/wave1: would overwrite the input /);
  });

  it('a key file inside the output folder', () => {
    const out = path.join(TMP, 'with-key-inside');
    const run = tuff(['anonymise', EXAMPLE, '--out', out, '--key', path.join(out, 'k.key')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is inside --out');
  });

  it('a key that is too short', () => {
    const short = path.join(TMP, 'short.key');
    writeFileSync(short, 'abcd\n');
    const run = tuff(['anonymise', EXAMPLE, '--out', path.join(TMP, 'short-out'), '--key', short]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`tuff: --key ${short}: a key must have at least 32 bytes (64 hex digits); this one has 2\n`);
  });

  // Issue 12: a refused command changes nothing on disk.
  it('a refused key creates no output folder', () => {
    const short = path.join(TMP, 'short2.key');
    writeFileSync(short, 'abcd\n');
    const out = path.join(TMP, 'refused', 'deeper');
    const run = tuff(['anonymise', EXAMPLE, '--out', out, '--key', short]);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(existsSync(path.join(TMP, 'refused'))).toBe(false);
  });

  it('an existing default key file is refused before the output folder is made', () => {
    const out = path.join(TMP, 'has-key');
    writeFileSync(`${out}.key`, `${'ab'.repeat(32)}\n`);
    const run = tuff(['anonymise', EXAMPLE, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`tuff: ${out}.key already exists: pass it with --key ${out}.key to reuse that key (same pseudonyms), or remove it\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('an --out below a file is refused before a new key is written', () => {
    const file = path.join(TMP, 'a-file');
    writeFileSync(file, 'x');
    const out = path.join(file, 'sub');
    const run = tuff(['anonymise', EXAMPLE, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`tuff: ${out}: cannot create the output folder: a part of the path is a file, not a folder\n`);
    const fresh = tuff(['anonymise', EXAMPLE, '--out', path.join(TMP, 'a-file')]);
    expect(fresh.status).toBe(2);
    expect(fresh.stderr).toBe(`tuff: ${path.join(TMP, 'a-file')}: --out must be a folder, and this is a file\n`);
    expect(existsSync(path.join(TMP, 'a-file.key'))).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });
});
