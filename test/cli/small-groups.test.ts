/**
 * Issue 12: recommendations that compare sectors must not build claims on one
 * or two actors without saying so (seen: "the first tie between City and
 * Federal" for sectors of 2 and 1 actors). fixtures/recommend/small-sectors:
 * City (2) and Federal (1) have no tie, nor have Civic (4) and Business (3).
 */
import { describe, expect, it } from 'vitest';
import { tuff } from '../helpers/exec.js';

const DIR = 'fixtures/recommend/small-sectors';
type Rec = {
  rule: string;
  groups: string[];
  actors: string[];
  evidence: { reasons?: string[]; smallGroups: { group: string; actors: number }[] };
  message: string;
  merged?: Omit<Rec, 'message' | 'merged'>[];
};

function recommendations(lang: string): Rec[] {
  const r = tuff(['analyse', DIR, '--format', 'json', '--lang', lang]);
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout).recommendations as Rec[];
}

describe('small sectors get a note on findings that compare sectors (fixtures/recommend/small-sectors)', () => {
  it('missing-sector-link and a first-tie introduction between City and Federal name the small sectors, in JSON and the message', () => {
    const recs = recommendations('en');
    const gap = recs.find((x) => x.rule === 'missing-sector-link' && x.groups.join() === 'City,Federal')!;
    expect(gap.evidence.smallGroups).toEqual([{ group: 'City', actors: 2 }, { group: 'Federal', actors: 1 }]);
    expect(gap.message).toContain('Note: "City" has only 2 actors and "Federal" has only one actor; a finding about so few actors is about these people, not a pattern of the sectors.');
    // The first-tie introduction is the gap's own suggestion: it is folded into the gap's item (combine.ts),
    // keeping its evidence there, and is not told a second time.
    expect(recs.filter((x) => x.rule === 'introductions' && x.groups.join() === 'City,Federal')).toEqual([]);
    const intro = gap.merged!.find((x) => x.rule === 'introductions')!;
    expect(intro.actors).toEqual(['F1', 'K1']);
    expect(intro.evidence.reasons).toContain('new-sector-link');
    expect(intro.evidence.smallGroups).toEqual([{ group: 'Federal', actors: 1 }, { group: 'City', actors: 2 }]);
    expect(gap.message).toContain('A first step: introduce City Hall (K1) and Federal Agency (F1) to each other');
  });

  it('sectors of three or more, and introductions that claim no first tie, get no note', () => {
    const recs = recommendations('en');
    const big = recs.find((x) => x.rule === 'missing-sector-link' && x.groups.join() === 'Business,Civic')!;
    expect(big.evidence.smallGroups).toEqual([]);
    expect(big.message).not.toContain('Note:');
    for (const x of recs.filter((r) => r.rule === 'introductions' && !(r.evidence.reasons ?? []).includes('new-sector-link'))) {
      expect(x.evidence.smallGroups).toEqual([]);
      expect(x.message).not.toContain('Note:');
    }
  });

  it('says it in Danish under --lang da, in the text report too', () => {
    const gap = recommendations('da').find((x) => x.rule === 'missing-sector-link' && x.groups.join() === 'City,Federal')!;
    expect(gap.message).toContain('Bemærk: "City" har kun 2 aktører og "Federal" har kun én aktør; et fund om så få aktører handler om netop dem, ikke om et mønster i sektorerne.');
    const text = tuff(['analyse', DIR, '--lang', 'da']);
    expect(text.status).toBe(0);
    expect(text.stdout.replace(/\s+/g, ' ')).toContain('Bemærk: "City" har kun 2 aktører');
  });
});
