/**
 * End-to-end (issue 15, "no silent change of the analysis"): what a
 * facilitator saw through the built binary, reproduced on fixtures.
 * `npm test` builds dist/ first.
 */
import { describe, expect, it } from 'vitest';
import { tuff } from '../helpers/exec.js';

interface Report {
  groups: Record<string, { actors: number }>;
  dataQuality: { warnings: { file: string; line: number; code: string; message: string }[] };
  recommendations: { rule: string; actors: string[]; groups: string[]; message: string; merged?: { rule: string; actors: string[] }[] }[];
}
const analyse = (folder: string, args: string[] = []): { report: Report; stderr: string; status: number | null } => {
  const run = tuff(['analyse', folder, '--format', 'json', ...args]);
  expect(run.status, run.stderr).toBe(0);
  return { report: JSON.parse(run.stdout) as Report, stderr: run.stderr, status: run.status };
};

describe('sector values spelled two ways (fixtures/input/sector-variants)', () => {
  const F = 'fixtures/input/sector-variants';
  it('merges Offentlig/offentlig and Borgere/borger into one group each, with one warning naming variants and lines', () => {
    const { report, stderr } = analyse(F);
    expect(Object.keys(report.groups).sort()).toEqual(['Borgere', 'Frivilig', 'Frivillig', 'Offentlig']);
    expect(report.groups.Offentlig!.actors).toBe(3);
    expect(report.groups.Borgere!.actors).toBe(3);
    const lines = stderr.split('\n').filter((l) => l !== '');
    expect(lines).toContain(
      `tuff: warning: ${F}/actors.csv:3: "sector" values "Offentlig" (lines 2, 4), "offentlig" (line 3) differ only by case, ` +
        'spacing or a plural ending; merged as "Offentlig"',
    );
    expect(lines).toContain(
      `tuff: warning: ${F}/actors.csv:6: "sector" values "Borgere" (lines 5, 7), "borger" (line 6) differ only by case, ` +
        'spacing or a plural ending; merged as "Borgere"',
    );
  });
  it('names a near-variant it does not merge (Frivillig/Frivilig)', () => {
    const { stderr } = analyse(F);
    expect(stderr).toContain('"Frivillig" (line 8) and "Frivilig" (line 9) differ by one letter; kept as two groups');
  });
  it('no finding speaks of "offentlig" or "borger" as a sector of its own', () => {
    const { report } = analyse(F);
    const groups = report.recommendations.flatMap((r) => r.groups);
    expect(groups).not.toContain('offentlig');
    expect(groups).not.toContain('borger');
  });
});

describe('a sårbar column ticked with x (fixtures/input/vulnerable-x)', () => {
  it('flags the actors marked x or X: the vulnerable-citizen analysis names them', () => {
    const { report, stderr } = analyse('fixtures/input/vulnerable-x');
    expect(stderr).toBe('');
    // B1 and B2 reach the rest only through F1: their findings are inside F1's single-broker item (`merged`).
    const flagged = report.recommendations
      .flatMap((r) => [r, ...(r.merged ?? [])])
      .filter((r) => r.rule === 'vulnerable-citizens-peripheral')
      .flatMap((r) => r.actors);
    expect(flagged).toContain('B1');
    expect(flagged).toContain('B2');
    expect(flagged).not.toContain('B3');
  });
});

describe('a vulnerable column with only unknown words (fixtures/input/vulnerable-unrecognised)', () => {
  it('warns listing the values instead of silently flagging no one', () => {
    const { report, stderr } = analyse('fixtures/input/vulnerable-unrecognised');
    expect(stderr).toContain(
      'tuff: warning: fixtures/input/vulnerable-unrecognised/actors.csv:2: "vulnerable" has only values that are neither yes nor no ("måske", "?")',
    );
    expect(report.dataQuality.warnings.map((w) => w.code)).toEqual(['vulnerable-unrecognised']);
    expect(report.recommendations.filter((r) => r.rule === 'vulnerable-citizens-peripheral')).toEqual([]);
  });
});

describe('an id differing from a known one only by case (fixtures/input/id-case-variant)', () => {
  const F = 'fixtures/input/id-case-variant';
  it('says "did you mean" on its own line, with the four "spaces removed" warnings summarised in one line', () => {
    const run = tuff(['analyse', F, '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr.split('\n').filter((l) => l !== '')).toEqual([
      `tuff: warning: ${F}/ties.csv:2: id " Hillerød Kommune – Børn og Unge " read as "Hillerød Kommune – Børn og Unge" ` +
        '(surrounding spaces removed; reported once) — and 3 more id-normalised warnings (lines 3, 4; all in --format json)',
      `tuff: warning: ${F}/ties.csv:6: actor "HILLERØD KOMMUNE – BØRN OG UNGE" differs from "Hillerød Kommune – Børn og Unge" ` +
        'only by case and is read as another actor; did you mean "Hillerød Kommune – Børn og Unge"?',
    ]);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.dataQuality.warnings).toHaveLength(5);
  });
});
