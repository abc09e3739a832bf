/**
 * End-to-end: `tuff template DIR` writes the empty files a facilitator sends
 * out, in Danish Excel's CSV dialect, with a README and a workbook tuff finds
 * its sheets in; filled in, they analyse as they are; nothing is overwritten.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tuff } from '../helpers/exec.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'tuff-template-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const BOM = '\uFEFF';

describe('tuff template DIR --lang da', () => {
  const dir = path.join(scratch, 'da', 'skabelon');
  const run = tuff(['template', dir, '--lang', 'da']);
  it('writes actors.csv, ties.csv, README.txt and netvaerk.xlsx, and says so', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const files = ['actors.csv', 'ties.csv', 'README.txt', 'netvaerk.xlsx'].map((f) => path.join(dir, f));
    expect(run.stderr).toBe(`tuff: skrev ${files.join(", ")}\n`);
    expect(readdirSync(dir).sort()).toEqual(['README.txt', 'actors.csv', 'netvaerk.xlsx', 'ties.csv']);
  });
  it('in Danish Excel\'s dialect: ;, BOM, CRLF, the Danish headers tuff reads', () => {
    expect(readFileSync(path.join(dir, 'ties.csv'), 'utf8')).toBe(`${BOM}fra;til;styrke;type af relation\r\n`);
    expect(readFileSync(path.join(dir, 'actors.csv'), 'utf8')).toBe(`${BOM}aktør;navn;sektor;sårbar\r\n`);
    const readme = readFileSync(path.join(dir, 'README.txt'), 'utf8');
    expect(readme.startsWith(`${BOM}Partnerskabets netværk`)).toBe(true);
    expect(readme.split('\r\n').length).toBeGreaterThan(10);
    expect(readme.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(readme).toContain('type af relation');
  });
  it('the same bytes on every run', () => {
    const again = path.join(scratch, 'da-again');
    expect(tuff(['template', again, '--lang', 'da']).status).toBe(0);
    for (const f of readdirSync(dir)) expect(readFileSync(path.join(again, f)).equals(readFileSync(path.join(dir, f))), f).toBe(true);
  });
  it('the workbook has the sheets tuff looks for (empty: only headers)', () => {
    const book = tuff(['analyse', path.join(dir, 'netvaerk.xlsx')]);
    expect(book.status).toBe(2);
    expect(book.stderr).toBe(`tuff: ${path.join(dir, 'netvaerk.xlsx')}:Relationer: no ties and no actors: both files have only a header\n`);
  });
  it('filled in, in the same dialect, the folder analyses as it is', () => {
    appendFileSync(path.join(dir, 'actors.csv'), 'skole;Skolen;offentlig;nej\r\nklub;Klubben;civil;nej\r\nbeboer;Beboer;borger;ja\r\n');
    appendFileSync(path.join(dir, 'ties.csv'), 'skole;klub;2,5;information\r\nklub;beboer;1;fælles aktivitet\r\n');
    const filled = tuff(['analyse', dir, '--format', 'json']);
    expect(filled.stderr).toBe('');
    expect(filled.status).toBe(0);
    const report = JSON.parse(filled.stdout) as { summary: { actors: number; ties: number }; input: { columns: Record<string, string> }; actors: Record<string, { strength: number }> };
    expect(report.summary).toMatchObject({ actors: 3, ties: 2 });
    expect(report.actors['klub']!.strength).toBe(3.5);
    expect(report.input.columns).toMatchObject({ source: 'fra', target: 'til', weight: 'styrke', tieType: 'type af relation', 'actors.vulnerable': 'sårbar' });
  });
});

describe('tuff template DIR (English) and what it refuses', () => {
  it('English headers and network.xlsx', () => {
    const dir = path.join(scratch, 'en');
    expect(tuff(['template', dir, '--lang', 'en']).status).toBe(0);
    expect(readFileSync(path.join(dir, 'ties.csv'), 'utf8')).toBe(`${BOM}source;target;weight;type\r\n`);
    expect(readFileSync(path.join(dir, 'actors.csv'), 'utf8')).toBe(`${BOM}id;label;sector;vulnerable\r\n`);
    expect(existsSync(path.join(dir, 'network.xlsx'))).toBe(true);
  });
  it('never overwrites: one existing file and nothing is written', () => {
    const dir = path.join(scratch, 'taken');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'ties.csv'), 'mine\n');
    const run = tuff(['template', dir, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`tuff: ${path.join(dir, 'ties.csv')}: already exists; tuff template never overwrites a file (nothing was written)\n`);
    expect(readdirSync(dir)).toEqual(['ties.csv']);
    expect(readFileSync(path.join(dir, 'ties.csv'), 'utf8')).toBe('mine\n');
  });
});
