/**
 * Issue 15, "fewer, sharper recommendations", end-to-end on the built bin/tuff with
 * fixtures/recommend/p08-residents (60 actors): the one fact "P08 alone links the residents"
 * came back as a single-broker item, eight vulnerable-citizen warnings, a fragile tie, a hub,
 * a what-if and introductions, and B14 was both critical and warning. Findings with one cause
 * are now one item (src/recommend/combine.ts) that keeps every finding's evidence in `merged`.
 */
import { describe, expect, it } from 'vitest';
import { tuff } from '../helpers/exec.js';

const FIX = 'fixtures/recommend/p08-residents';
const RESIDENTS = ['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B13'];

interface Rec {
  rule: string;
  severity: string;
  actors: string[];
  evidence: Record<string, unknown>;
  message: string;
  merged?: Omit<Rec, 'message' | 'merged'>[];
}

for (const lang of ['en', 'da'] as const) {
  describe(`one cause, one item (${lang})`, () => {
    const run = tuff(['analyse', FIX, '--format', 'json', '--lang', lang]);
    const recs = (JSON.parse(run.stdout) as { recommendations: Rec[] }).recommendations;

    it('tells the 34 findings of the issue as 20 items, none lost', () => {
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      const flat = recs.flatMap((r) => [r, ...(r.merged ?? [])]);
      expect(flat.length).toBe(34);
      expect(recs.length).toBe(20);
      expect(recs.filter((r) => r.severity !== 'info').length).toBe(2);
    });

    it('names P08 and every resident behind it in one item, with the folded evidence', () => {
      const broker = recs.filter((r) => r.rule === 'single-broker');
      expect(broker.length).toBe(1);
      const item = broker[0]!;
      expect(item.severity).toBe('critical');
      expect(item.actors).toEqual([...RESIDENTS, 'P08']);
      const merged = (item.merged ?? []).map((m) => `${m.rule}:${m.actors.join('+')}`);
      for (const id of RESIDENTS) expect(merged).toContain(`vulnerable-citizens-peripheral:${id}`);
      expect(merged).toEqual(
        expect.arrayContaining(['fragile-tie:B07+P08', 'dominant-hub:P08', `what-if-leaves:${[...RESIDENTS, 'P08'].join('+')}`]),
      );
      for (const m of item.merged!.filter((x) => x.rule === 'vulnerable-citizens-peripheral')) {
        expect(m.severity).toBe('warning');
        expect(m.evidence.onlyThrough).toBe('P08');
      }
      expect(item.message).toMatch(lang === 'en' ? /All eight are flagged as vulnerable/ : /Alle otte er markeret som sårbare/);
      // No other item repeats P08's fact.
      for (const rule of ['vulnerable-citizens-peripheral', 'fragile-tie', 'dominant-hub']) {
        expect(recs.filter((r) => r.rule === rule && r.actors.includes('P08'))).toEqual([]);
      }
      expect(recs.filter((r) => r.rule === 'what-if-leaves' && r.actors.includes('P08'))).toEqual([]);
    });

    it('lists no actor at two severities; B14 is critical once, with its first contact inside', () => {
      const severities = new Map<string, Set<string>>();
      for (const r of recs) for (const id of r.actors) severities.set(id, (severities.get(id) ?? new Set()).add(r.severity));
      const twice = [...severities].filter(([, s]) => s.size > 1).map(([id]) => id);
      expect(twice).toEqual([]);
      const b14 = recs.filter((r) => r.actors.includes('B14'));
      expect(b14.map((r) => [r.rule, r.severity])).toEqual([['vulnerable-citizens-peripheral', 'critical']]);
      expect(b14[0]!.merged!.map((m) => [m.rule, m.severity])).toEqual([['isolated-actors', 'warning']]);
      expect(b14[0]!.message).toMatch(lang === 'en' ? /A first contact: for example Beboer 12 \(B12\)/ : /En første kontakt: fx Beboer 12 \(B12\)/);
    });

    it('says each resident once in the text report', () => {
      const text = tuff(['analyse', FIX, '--lang', lang]);
      expect(text.status).toBe(0);
      const todo = text.stdout.slice(0, text.stdout.indexOf(lang === 'en' ? '\nThe network' : '\nNetværket'));
      const bullets = todo.split('•').slice(1);
      for (const id of [...RESIDENTS, 'B14']) expect(bullets.filter((b) => b.includes(`(${id})`)).length, id).toBe(1);
      expect(todo).not.toMatch(lang === 'en' ? /Actors without ties/ : /Aktører uden relationer/);
    });
  });
}

describe('with --facilitator P08 the facilitator item is part of the same story', () => {
  for (const lang of ['en', 'da'] as const) {
    it(`in ${lang}`, () => {
      const run = tuff(['analyse', FIX, '--format', 'json', '--lang', lang, '--facilitator', 'P08']);
      expect(run.status).toBe(0);
      const recs = (JSON.parse(run.stdout) as { recommendations: Rec[] }).recommendations;
      expect(recs.filter((r) => r.rule === 'facilitator-dependence')).toEqual([]);
      const item = recs.find((r) => r.rule === 'single-broker')!;
      const folded = item.merged!.find((m) => m.rule === 'facilitator-dependence')!;
      expect(folded.severity).toBe('warning');
      expect(folded.evidence.cutOff).toBe(8);
      expect(item.message).toMatch(lang === 'en' ? /Boligsocial 08 is the facilitator and lies on 33% of the shortest paths/ : /Boligsocial 08 er facilitator og ligger på 33 % af de korteste veje/);
      const severities = new Map<string, Set<string>>();
      for (const r of recs) for (const id of r.actors) severities.set(id, (severities.get(id) ?? new Set()).add(r.severity));
      expect([...severities].filter(([, s]) => s.size > 1).map(([id]) => id)).toEqual([]);
    });
  }
});
