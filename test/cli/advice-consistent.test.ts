/**
 * Issue 15, "advice must not contradict itself", end-to-end on the built bin/tuff:
 * - detached-groups says "who has the same sector" only when the member to
 *   introduce really shares it (fixtures/recommend/detached-entry: the contact
 *   shares the sector of the group's residents, not of its civil entry C12);
 * - no introduction makes a single broker one of its ends, and an introduction
 *   about a group hanging on a broker goes around it (fixtures/recommend/p08-residents).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, tuff } from '../helpers/exec.js';

interface Rec {
  rule: string;
  severity: string;
  actors: string[];
  evidence: Record<string, unknown>;
  message: string;
  merged?: Rec[];
}

function sectors(dir: string): Map<string, string> {
  const lines = readFileSync(path.join(ROOT, dir, 'actors.csv'), 'utf8').trim().split('\n');
  const head = lines[0]!.split(',');
  const col = head.indexOf('sector');
  return new Map(lines.slice(1).map((l) => [l.split(',')[0]!, l.split(',')[col]!] as const));
}

function recs(dir: string, lang: string): Rec[] {
  const run = tuff(['analyse', dir, '--format', 'json', '--lang', lang]);
  expect(run.status).toBe(0);
  return (JSON.parse(run.stdout) as { recommendations: Rec[] }).recommendations;
}

describe('detached-groups: "the same sector" is said only when it is true (issue 15)', () => {
  const DIR = 'fixtures/recommend/detached-entry';
  const sector = sectors(DIR);
  for (const [lang, wrong, right] of [
    ['en', /to Beboer 01 \(B01\), who has the\s+same sector\./, /to Beboer 01 \(B01\), who has the\s+same\s+sector\s+as\s+other\s+members\s+of\s+the\s+group\./],
    ['da', /for Beboer 01 \(B01\),\s+der har samme sektor\./, /for Beboer 01 \(B01\),\s+der\s+har\s+samme\s+sektor\s+som\s+andre\s+i\s+gruppen\./],
  ] as const) {
    it(`in ${lang}`, () => {
      const detached = recs(DIR, lang).filter((r) => r.rule === 'detached-groups');
      expect(detached.length).toBe(1);
      const ev = detached[0]!.evidence;
      expect(ev.entry).toBe('C12');
      expect(ev.contact).toBe('B01');
      expect(sector.get('C12')).not.toBe(sector.get('B01'));
      expect(ev.sharedAttributes).toEqual(['sector']);
      expect(ev.sharedWithEntry).toEqual([]);
      const text = tuff(['analyse', DIR, '--lang', lang]);
      expect(text.status).toBe(0);
      expect(text.stdout).toMatch(right);
      expect(text.stdout).not.toMatch(wrong);
    });
  }
});

describe('introductions route around the single broker, never through it (issue 15)', () => {
  const DIR = 'fixtures/recommend/p08-residents';
  for (const lang of ['en', 'da']) {
    it(`in ${lang}`, () => {
      const all = recs(DIR, lang);
      const brokers = new Map<string, Set<string>>();
      for (const r of all) {
        if (r.rule !== 'single-broker') continue;
        const broker = (r.message.match(/\(([A-Z]\d\d)\)/) ?? [])[1]!;
        brokers.set(broker, new Set(r.actors.filter((id) => id !== broker)));
      }
      expect([...brokers.keys()]).toEqual(['P08']);
      // Introductions going around P08 are told inside P08's single-broker item (combine.ts): look at all.
      const intros = all.flatMap((r) => [r, ...(r.merged ?? [])]).filter((r) => r.rule === 'introductions');
      expect(intros.length).toBeGreaterThanOrEqual(3);
      let around = 0;
      for (const r of intros) {
        for (const [broker, behind] of brokers) {
          expect(r.actors).not.toContain(broker);
          const inside = r.actors.filter((id) => behind.has(id)).length;
          // Either unrelated to the broker's group, or one end inside and one outside: a second route.
          if (inside > 0) {
            expect(inside).toBe(1);
            expect(r.evidence.around).toBe(broker);
            around++;
          }
          if (r.evidence.vulnerable !== null) expect(inside).not.toBe(2);
        }
      }
      expect(around).toBeGreaterThanOrEqual(1);
      const text = tuff(['analyse', DIR, '--lang', lang, '--format', 'markdown']).stdout;
      expect(text).not.toMatch(lang === 'en' ? /Introduce [^.]*\(P08\) to each other/ : /Introducér [^.]*\(P08\) for hinanden/);
    });
  }
});

describe('p08-residents: every "same sector" a first contact is given for is true (issue 15)', () => {
  const DIR = 'fixtures/recommend/p08-residents';
  const sector = sectors(DIR);
  for (const [lang, phrase] of [
    ['en', /with\s+the\s+same\s+sector|who\s+has\s+the\s+same\s+sector/],
    ['da', /der\s+har\s+samme\s+sektor/],
  ] as const) {
    it(`in ${lang}`, () => {
      const all = recs(DIR, lang).flatMap((r) => [r, ...(r.merged ?? [])]);
      const withContact = all.filter((r) => typeof r.evidence.contact === 'string');
      expect(withContact.length).toBeGreaterThanOrEqual(1);
      for (const r of withContact) {
        const said = (r.rule === 'detached-groups' ? r.evidence.sharedWithEntry : r.evidence.sharedAttributes) as string[];
        const who = r.rule === 'detached-groups' ? (r.evidence.entry as string) : r.actors[0]!;
        if (said.includes('sector')) expect(sector.get(who), `${r.rule} ${who}`).toBe(sector.get(r.evidence.contact as string));
      }
      const text = tuff(['analyse', DIR, '--lang', lang]).stdout;
      expect(text).toMatch(phrase); // B14 and B12, both "borger"
      expect(sector.get('B14')).toBe(sector.get('B12'));
    });
  }
});
