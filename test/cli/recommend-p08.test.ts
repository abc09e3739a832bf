/**
 * End-to-end on fixtures/recommend/p08-residents (60 actors; README.md there):
 * the network of issue 15 where one broker, P08, alone links eight residents.
 * The recommendations must agree with the report's own tables.
 */
import { describe, expect, it } from 'vitest';
import { tuff } from '../helpers/exec.js';

const FIX = 'fixtures/recommend/p08-residents';

/** Actor id → row number in the text report's "who holds the network together" table. */
function tableRows(stdout: string): Map<string, number> {
  const rows = new Map<string, number>();
  for (const m of stdout.matchAll(/^ +(\d+) {2}\S.*?\(([A-Z]\d\d)\) /gm)) if (!rows.has(m[2]!)) rows.set(m[2]!, Number(m[1]));
  return rows;
}

describe('potential bridge-builders state the rank the tables show', () => {
  for (const [lang, pattern] of [
    ['en', /\(([A-Z]\d\d)\) could\s+become a bridge-builder:[^]*?ranked\s+(\d+)(?:st|nd|rd|th)\s+of\s+(\d+)\s+by\s+betweenness,\s+outside\s+the\s+top\s+(\d+)\./g],
    ['da', /\(([A-Z]\d\d)\) kan\s+blive brobygger:[^]*?ligger\s+som\s+nr\.\s+(\d+)\s+af\s+(\d+)\s+efter\s+betweenness,\s+uden\s+for\s+top\s+(\d+)\./g],
  ] as const) {
    it(`in ${lang}`, () => {
      const run = tuff(['analyse', FIX, '--lang', lang, '--top', '60']);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      const rows = tableRows(run.stdout);
      const found = [...run.stdout.matchAll(pattern)];
      expect(found.length).toBeGreaterThanOrEqual(3);
      for (const m of found) {
        const rank = Number(m[2]);
        expect(rows.get(m[1]!)).toBe(rank);
        expect(Number(m[3])).toBe(59); // the isolated B14 has no row
        expect(rank).toBeGreaterThan(Number(m[4]));
      }
      expect(run.stdout).not.toMatch(/not among the most central|ikke blandt de mest centrale/);
    });
  }

  it('carries the rank in the JSON evidence, from the ranking of the actors table', () => {
    const run = tuff(['analyse', FIX, '--format', 'json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as {
      actors: Record<string, { degree: number; betweenness: number }>;
      recommendations: { rule: string; actors: string[]; evidence: { betweennessRank: number } }[];
    };
    const ranking = Object.entries(report.actors)
      .filter(([, a]) => a.degree > 0)
      .sort(([i, a], [j, b]) => b.betweenness - a.betweenness || (i < j ? -1 : 1))
      .map(([id]) => id);
    const recs = report.recommendations.filter((r) => r.rule === 'potential-brokers');
    expect(recs.length).toBeGreaterThanOrEqual(3);
    for (const r of recs) expect(r.evidence.betweennessRank).toBe(ranking.indexOf(r.actors[0]!) + 1);
  });
});
