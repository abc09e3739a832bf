/**
 * Issue 15: "keep the text report's first screen to what a facilitator can act on this month".
 * The text report's first section holds the critical and warning items only; the "good to know"
 * items are announced there in one line and listed at the end of the report, under their own
 * heading (docs/recommendations.md "Where they appear"). End-to-end on the built bin/tuff.
 */
import { describe, expect, it } from 'vitest';
import { tuff } from '../helpers/exec.js';

const P08 = 'fixtures/recommend/p08-residents';
const CALM = 'fixtures/recommend/well-connected';

const WORDS = {
  en: { todo: 'What to do next', next: 'The network', info: 'Good to know', later: 'More suggestions', critical: 'Critical', warning: 'Warning' },
  da: { todo: 'Hvad nu?', next: 'Netværket', info: 'Godt at vide', later: 'Flere forslag', critical: 'Kritisk', warning: 'Advarsel' },
} as const;

function infoCount(dir: string): number {
  const run = tuff(['analyse', dir, '--format', 'json']);
  return (JSON.parse(run.stdout) as { recommendations: { severity: string }[] }).recommendations.filter((r) => r.severity === 'info').length;
}

for (const lang of ['en', 'da'] as const) {
  const w = WORDS[lang];
  describe(`the text report's first screen (${lang})`, () => {
    it('p08-residents: the two critical items first, the 18 others announced and listed at the end', () => {
      const run = tuff(['analyse', P08, '--lang', lang]);
      expect(run.status).toBe(0);
      const lines = run.stdout.split('\n');
      const start = lines.indexOf(w.todo);
      const end = lines.indexOf(w.next);
      expect(start).toBeGreaterThan(0);
      const first = lines.slice(start, end);
      expect(first.length).toBeLessThanOrEqual(25); // 92 lines before (issue 15): 34 items, 23 of them "good to know"
      const text = first.join('\n');
      expect(text).toContain(`${w.critical} (2)`);
      expect(text).not.toContain(w.warning);
      expect(text).not.toContain(w.info + ' (');
      expect(infoCount(P08)).toBe(18);
      expect(text.replace(/\s+/g, ' ')).toContain(
        lang === 'en'
          ? '18 more suggestions (good to know) are listed at the end of this report; --format markdown, html and json show everything in one list.'
          : '18 forslag mere (godt at vide) står sidst i rapporten; --format markdown, html og json viser det hele i én liste.',
      );
      const later = lines.indexOf(w.later);
      expect(later).toBeGreaterThan(end);
      // Last section: after it only the footer.
      const tail = lines.slice(later);
      expect(tail.filter((l) => /^\S/.test(l)).length).toBe(2); // the heading and the footer line
      expect(tail.join('\n')).toContain(`${w.info} (18)`);
      expect(tail.filter((l) => l.startsWith('    • ')).length).toBeGreaterThanOrEqual(9);
    });

    it('a network with nothing critical says so first and keeps its suggestions for the end', () => {
      const run = tuff(['analyse', CALM, '--lang', lang]);
      expect(run.status).toBe(0);
      const lines = run.stdout.split('\n');
      const first = lines.slice(lines.indexOf(w.todo), lines.indexOf(w.next)).join('\n');
      expect(first).toContain(
        lang === 'en' ? 'Nothing critical and no warnings: nothing needs acting on this month.' : 'Intet kritisk og ingen advarsler: intet kræver handling i denne måned.',
      );
      const n = infoCount(CALM);
      expect(n).toBeGreaterThan(0);
      expect(first.replace(/\s+/g, ' ')).toMatch(lang === 'en' ? new RegExp(`\\b${n} suggestions|\\b[A-Z][a-z]+ suggestions`) : / forslag \(godt at vide\)/);
      expect(first).not.toContain('•');
      expect(lines.indexOf(w.later)).toBeGreaterThan(lines.indexOf(w.next));
    });
  });
}
