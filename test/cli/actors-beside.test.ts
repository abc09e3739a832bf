/**
 * Issue 15: `tuff analyse DIR/ties.csv` ignored the actors file beside it, so
 * the isolates (a vulnerable resident among them), the sectors and every sector
 * rule vanished without a word. fixtures/input/actors-beside holds Danish file
 * names: relationer.csv and aktører.csv; V1, vulnerable, has no ties.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tuff } from '../helpers/exec.js';

const DIR = 'fixtures/input/actors-beside';
const TIES = join(DIR, 'relationer.csv');
const ACTORS = join(DIR, 'aktører.csv');

describe('an actors file beside a ties file named on its own (fixtures/input/actors-beside)', () => {
  it('is read with it, and a warning says so', () => {
    const r = tuff(['analyse', TIES, '--format', 'json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`tuff: warning: ${TIES}: the actors file beside it, ${ACTORS}, was read with it (give --actors to choose another)\n`);
    const report = JSON.parse(r.stdout);
    expect(report.input.actors).toBe(ACTORS);
    expect(Object.keys(report.actors)).toEqual(['B1', 'F1', 'K1', 'V1']);
    expect(report.summary.isolates).toBe(1);
    expect(Object.keys(report.groups)).toEqual(['Borger', 'Frivillig', 'Offentlig', 'Privat']);
    expect(report.recommendations.some((x: { rule: string; actors: string[] }) => x.rule === 'vulnerable-citizens-peripheral' && x.actors.includes('V1'))).toBe(true);
  });

  it('gives the same report as the folder, which is recognised by its Danish file names', () => {
    const file = tuff(['analyse', TIES, '--format', 'json']);
    const folder = tuff(['analyse', DIR, '--format', 'json']);
    expect(folder.status).toBe(0);
    expect(folder.stderr).toBe('');
    const strip = (out: string): unknown => {
      const report = JSON.parse(out);
      report.dataQuality.warnings = [];
      return report;
    };
    expect(strip(folder.stdout)).toEqual(strip(file.stdout));
  });

  it('is not read when --actors names another, nor for a ties file with no actors file beside it', () => {
    const other = tuff(['analyse', TIES, '--actors', ACTORS, '--format', 'json']);
    expect(other.status).toBe(0);
    expect(other.stderr).toBe('');
    const alone = tuff(['analyse', 'fixtures/fuzz/subnormal-weight/ties.csv', '--format', 'json']);
    expect(alone.status).toBe(0);
    expect(JSON.parse(alone.stdout).input.actors).toBeNull();
  });

  it('is read by tuff batch too, for the file and for a folder of Danish-named files', () => {
    const out = mkdtempSync(join(tmpdir(), 'tuff-beside-'));
    try {
      const r = tuff(['batch', TIES, DIR, '--out', out, '--threads', '1']);
      expect(r.status).toBe(0);
      const rows = readFileSync(join(out, 'summary.csv'), 'utf8').trim().split('\n');
      const header = rows[0]!.replace(/^\ufeff/, '').split(';');
      const actors = header.indexOf('actors');
      const isolates = header.indexOf('isolates');
      expect(rows.length).toBe(3);
      for (const row of rows.slice(1)) {
        const cells = row.split(';'); // the inputs are ;-separated, so summary.csv is Danish Excel's
        expect([cells[actors], cells[isolates]]).toEqual(['4', '1']);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
