/**
 * Issue 15: tuff batch's summary.csv was comma-separated with decimal points
 * and no BOM whatever the inputs, so it broke in Danish Excel. It now follows
 * --excel and the input's dialect as `--format csv` does.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tuff } from '../helpers/exec.js';

const DANISH = 'fixtures/input/actors-beside'; // `;`-separated, as saved by Danish Excel
const PLAIN = 'fixtures/fuzz/subnormal-weight'; // `,`-separated
const root = mkdtempSync(join(tmpdir(), 'tuff-batch-dialect-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function summary(name: string, args: readonly string[]): string {
  const out = join(root, name);
  const r = tuff(['batch', ...args, '--out', out, '--threads', '1']);
  expect(r.status).toBe(0);
  return readFileSync(join(out, 'summary.csv'), 'utf8');
}

describe('batch summary.csv dialect', () => {
  it('is Danish Excel\'s (BOM, ";", decimal comma) when the inputs were ;-separated', () => {
    const csv = summary('da', [DANISH]);
    expect(csv.startsWith('\ufeffname;path;status;')).toBe(true);
    expect(csv).toContain(';0,3333333333333333;');
  });

  it('follows --excel en (BOM, ",", decimal point) and --excel da for any input', () => {
    const en = summary('en', [DANISH, '--excel', 'en']);
    expect(en.startsWith('\ufeffname,path,status,')).toBe(true);
    expect(en).toContain(',0.3333333333333333,');
    const da = summary('da-forced', [PLAIN, '--excel', 'da']);
    expect(da.startsWith('\ufeffname;path;status;')).toBe(true);
  });

  it('stays plain CSV for scripts when an input was ,-separated', () => {
    const mixed = summary('mixed', [DANISH, PLAIN]);
    expect(mixed.startsWith('name,path,status,')).toBe(true);
    expect(mixed).toContain(',0.3333333333333333,');
  });
});
