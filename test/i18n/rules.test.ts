/**
 * i18n/rules: the sentences of the recommendations — Danish plurals and the
 * gender of "one", number words, decimal marks, lists, names.
 */
import { describe, expect, it } from 'vitest';
import { createRuleFormat, ruleCatalogue } from '../../src/i18n/rules.js';
import type { RuleParams } from '../../src/recommend/types.js';

const labels: Record<string, string> = {
  C03: 'Afdelingsbestyrelsen Bøgely Nord',
  K04: 'Bøgely Skole',
  B04: 'Beboer i blok C, nyligt indflyttet',
};
const da = ruleCatalogue('da');
const en = ruleCatalogue('en');
const fda = createRuleFormat(da, (id) => labels[id] ?? null, 'sector');
const fen = createRuleFormat(en, (id) => labels[id] ?? null, 'sector');

const whatIf = (count: number, ties: number): RuleParams['what-if-leaves'] => ({
  actor: 'K04', count, parts: 2, largestPart: 50, cutOff: ['C05', 'C06', 'C07'].slice(0, count), ties, betweenness: 0.2, sectorLinksLost: [],
});

describe('Danish', () => {
  it('says "én aktør" / "to aktører" and "én relation" / "14 relationer"', () => {
    expect(da.messages['what-if-leaves'](whatIf(1, 1), fda)).toBe(
      'Hvis Bøgely Skole (K04) faldt fra, ville én aktør miste forbindelsen til resten af partnerskabet (C05), og én relation ville forsvinde.',
    );
    expect(da.messages['what-if-leaves'](whatIf(2, 14), fda)).toBe(
      'Hvis Bøgely Skole (K04) faldt fra, ville to aktører miste forbindelsen til resten af partnerskabet (C05 og C06), og 14 relationer ville forsvinde.',
    );
  });
  it('agrees "fælles kontakt" with its number', () => {
    const p = (common: number): RuleParams['missing-sector-link'] => ({
      groupA: 'borger', groupB: 'privat', actorsA: 20, actorsB: 10, suggestion: { a: 'B04', b: 'K04', common }, smallGroups: [],
    });
    expect(da.messages['missing-sector-link'](p(1), fda)).toContain('de har allerede én fælles kontakt.');
    expect(da.messages['missing-sector-link'](p(2), fda)).toContain('de har allerede to fælles kontakter.');
    expect(da.messages['missing-sector-link'](p(2), fda)).toMatch(/^Der er ingen relation mellem sektorerne "borger" og "privat" \(20 og 10 aktører\)\./);
  });
  it('says when a sector of one or two actors carries the finding (issue 12), and not otherwise', () => {
    const p: RuleParams['missing-sector-link'] = {
      groupA: 'City', groupB: 'Federal', actorsA: 2, actorsB: 1, suggestion: null,
      smallGroups: [{ group: 'City', actors: 2 }, { group: 'Federal', actors: 1 }],
    };
    expect(da.messages['missing-sector-link'](p, fda)).toMatch(
      / Bemærk: "City" har kun 2 aktører og "Federal" har kun én aktør; et fund om så få aktører handler om netop dem, ikke om et mønster i sektorerne\.$/,
    );
    expect(da.messages['missing-sector-link']({ ...p, smallGroups: [] }, fda)).not.toContain('Bemærk');
  });
  it('writes decimals with a comma and a true minus, percentages with a space', () => {
    const silo = da.messages['sector-silo'](
      { group: 'privat', internal: 14, external: 5, ei: -0.4736, expected: 0.7049, bridgeActors: [] },
      fda,
    );
    expect(silo).toContain('14 af dens 19 relationer er inden for sektoren (E-I-indeks −0,47; ved tilfældig fordeling af relationerne ca. +0,70)');
    const hub = da.messages['dominant-hub']({ actor: 'C03', tieShare: 0.1007, betweenness: 0.263, strong: false }, fda);
    expect(hub).toContain('indgår i 10 % af alle relationer og ligger på 26 % af de korteste veje');
  });
  it('lists names with "og", switches to ";" when a name holds a comma, and cuts long lists with "andre"', () => {
    expect(fda.names(['K04', 'C03'])).toBe('Bøgely Skole (K04) og Afdelingsbestyrelsen Bøgely Nord (C03)');
    expect(fda.names(['B04', 'K04', 'C03'])).toBe('Beboer i blok C, nyligt indflyttet (B04); Bøgely Skole (K04) og Afdelingsbestyrelsen Bøgely Nord (C03)');
    expect(fda.names(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])).toBe('a, b, c, d, e, f og 2 andre');
    expect(fda.names(['a', 'b'], 5)).toBe('a, b og 3 andre');
  });
  it('refers back to a long label by its id, to a short one by the label', () => {
    expect(fda.short('C03')).toBe('C03'); // "Afdelingsbestyrelsen Bøgely Nord": 32 characters
    expect(fda.short('K04')).toBe('Bøgely Skole');
    expect(fda.name('X9')).toBe('X9');
  });
  it('speaks of groups, not sectors, when another column groups the actors', () => {
    const group = createRuleFormat(da, () => null, 'group');
    expect(da.messages['sector-silo']({ group: 'Nord', internal: 3, external: 0, ei: -1, expected: 0.5, bridgeActors: [] }, group)).toMatch(
      /^Gruppen "Nord" holder sig mest for sig selv: alle dens 3 relationer er inden for gruppen/,
    );
    expect(da.titles('group')['missing-sector-link']).toBe('Grupper uden indbyrdes relationer');
  });
});

describe('English', () => {
  it('uses number words up to ten and agrees nouns', () => {
    expect(en.messages['what-if-leaves'](whatIf(1, 1), fen)).toBe(
      'If Bøgely Skole (K04) left, one actor would lose their connection to the rest of the partnership (C05), and one tie would go.',
    );
    expect(en.messages['what-if-leaves'](whatIf(3, 12), fen)).toContain('three actors would lose');
    expect(en.messages['what-if-leaves'](whatIf(3, 12), fen)).toContain('(C05, C06 and C07), and 12 ties would go.');
  });
  it('writes decimals with a point and percentages without a space', () => {
    const hub = en.messages['dominant-hub']({ actor: 'K04', tieShare: 0.75, betweenness: 0.004, strong: true }, fen);
    expect(hub).toContain('takes part in 75% of all ties and lies on under 1% of the shortest paths');
    expect(en.messages['potential-brokers']({ actor: 'K04', degree: 8, effectiveSize: 6.75, groupsReached: 4, role: 'liaison', betweennessRank: 5, ranked: 60, centralRanks: 3 }, fen)).toContain(
      'eight ties to contacts who mostly do not know each other (effective size 6.8), spread over four sectors',
    );
  });
});

describe('both catalogues', () => {
  it('have a title for every rule in both kinds of grouping', () => {
    for (const c of [da, en]) {
      for (const kind of ['sector', 'group'] as const) {
        for (const title of Object.values(c.titles(kind))) expect(title.length).toBeGreaterThan(3);
      }
    }
  });
});

describe('folded vulnerable members (combine.ts), by how many of the group are flagged', () => {
  const vulnerable = (ids: readonly string[], of: number, lang: 'en' | 'da'): string =>
    (lang === 'da' ? da : en).merged.vulnerable(ids, of, lang === 'da' ? fda : fen);
  it('never says "Alle én" / "All one" of a group of one', () => {
    expect(vulnerable(['B04'], 1, 'da')).toMatch(/^Personen er markeret som sårbar: /);
    expect(vulnerable(['B04'], 1, 'en')).toMatch(/^They are flagged as vulnerable: /);
  });
  it('says "Begge" / "Both" of two and "Alle tre" / "All three" of three', () => {
    expect(vulnerable(['B04', 'C03'], 2, 'da')).toMatch(/^Begge er markeret som sårbare: /);
    expect(vulnerable(['B04', 'C03'], 2, 'en')).toMatch(/^Both are flagged as vulnerable: /);
    expect(vulnerable(['B04', 'C03', 'K04'], 3, 'da')).toMatch(/^Alle tre er markeret som sårbare: /);
    expect(vulnerable(['B04', 'C03', 'K04'], 3, 'en')).toMatch(/^All three are flagged as vulnerable: /);
  });
  it('names the flagged ones when only some of the group are', () => {
    expect(vulnerable(['B04'], 3, 'da')).toMatch(/er markeret som sårbar: /);
    expect(vulnerable(['B04'], 3, 'en')).toMatch(/ is flagged as vulnerable: /);
  });
});
