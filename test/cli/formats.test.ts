/**
 * End-to-end: `tuff analyse --format html|markdown|csv|gexf|graphml` through
 * the built binary — exit codes, stdout versus --out, byte-identical reruns,
 * the CSV dialect chosen from the input or --excel, and the usage error for a
 * bad --excel value. The content of each format is pinned by the golden files
 * (test/report/golden.test.ts); the browser behaviour of the HTML by
 * test/cli/html.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tuff } from '../helpers/exec.js';

const EXAMPLE = 'examples/boegely'; // Danish Excel: `;`, decimal comma
const COMMA = 'fixtures/render/hostile'; // comma-separated
const dir = mkdtempSync(path.join(tmpdir(), 'tuff-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(['html', 'markdown', 'csv', 'gexf', 'graphml'])('tuff analyse --format %s', (format) => {
  const run = tuff(['analyse', EXAMPLE, '--format', format, '--lang', 'en']);

  it('exits 0 with the report on stdout and nothing on stderr', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(1000);
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });

  it('writes the same bytes to --out, and again on a second run', () => {
    const file = path.join(dir, `report.${format}`);
    const written = tuff(['analyse', EXAMPLE, '--format', format, '--lang', 'en', '--out', file]);
    expect(written.status).toBe(0);
    expect(written.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(run.stdout);
    expect(tuff(['analyse', EXAMPLE, '--format', format, '--lang', 'en']).stdout).toBe(run.stdout);
  });
});

describe('tuff analyse --format csv dialects', () => {
  const header = (text: string): string => text.split('\r\n')[0]!;

  it('writes Danish Excel CSV after a ;-separated input: BOM, ";", decimal comma, CRLF', () => {
    const run = tuff(['analyse', EXAMPLE, '--format', 'csv']);
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('\ufeffid;label;sector;vulnerable;')).toBe(true);
    expect(run.stdout.split('\r\n')).toHaveLength(62 + 2); // header, 62 actors, final empty
    // C01 has strength 43.5 (examples/boegely: fourteen ties, halves allowed).
    const c01 = run.stdout.split('\r\n').find((l) => l.startsWith('C01;'))!;
    expect(c01).toContain(';14;43,5;');
  });

  it('writes plain CSV after a comma-separated input and Excel CSV on request', () => {
    const plain = tuff(['analyse', COMMA, '--format', 'csv']);
    expect(plain.status).toBe(0);
    expect(header(plain.stdout)).toBe(
      'id,label,sector,vulnerable,note,degree,strength,betweenness,weightedBetweenness,closeness,harmonic,eigenvector,' +
        'pagerank,constraint,effectiveSize,clustering,articulationPoint,cutOff,component,eiIndex,participation,community',
    );
    const en = tuff(['analyse', EXAMPLE, '--format', 'csv', '--excel', 'en']);
    expect(en.stdout.startsWith('\ufeffid,label,')).toBe(true);
    expect(en.stdout).toContain(',14,43.5,');
    const da = tuff(['analyse', COMMA, '--format', 'csv', '--excel', 'da']);
    expect(da.stdout.startsWith('\ufeffid;label;')).toBe(true);
  });

  it('refuses an unknown --excel value with one line and exit 2', () => {
    const run = tuff(['analyse', EXAMPLE, '--format', 'csv', '--excel', 'de']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^tuff: .*--excel/);
  });
});

describe('tuff analyse --help', () => {
  it('lists the formats and --excel', () => {
    const run = tuff(['analyse', '--help']);
    expect(run.status).toBe(0);
    const help = run.stdout.replace(/\s+/g, ' ');
    expect(help).toContain('choices: "text", "json", "html", "markdown", "csv", "gexf", "graphml"');
    expect(run.stdout).toContain('--excel <locale>');
  });
});
