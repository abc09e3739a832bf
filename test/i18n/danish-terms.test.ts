/**
 * The Danish catalogue in the field's own words (issue 15): bonding/bridging
 * social capital is "bindende"/"brobyggende" (never "samlende"), weights are
 * "vægtet"/"vægt" (not "med styrke"), fragile ties are "skrøbelige" so they
 * never read like "sårbare borgere", and counts of one say "én anden".
 * Reads the source of every Danish catalogue, so a new message cannot bring
 * the old words back unnoticed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesDa } from '../../src/i18n/rules-da.js';
import { compareDa } from '../../src/i18n/compare-da.js';
import { da } from '../../src/i18n/da.js';
import { createRuleFormat } from '../../src/i18n/rules.js';

const FILES = ['da.ts', 'compare-da.ts', 'doc-da.ts', 'rules-da.ts', 'notes-da.ts', 'warnings-da.ts', 'input-da.ts'].map((f) => `src/i18n/${f}`);

describe('Danish terms', () => {
  for (const file of FILES) {
    it(`${file} has no "samlende", "med styrke" or "sårbare bånd"`, () => {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/samlende/iu);
      expect(text).not.toMatch(/(med|uden) (ny )?styrke/iu);
      expect(text).not.toMatch(/sårbare (bånd|relationer)/iu);
    });
    it(`${file} names the metrics as the analyse report does (betweenness, closeness), abbreviates "fx", and no JSON key stands for a metric`, () => {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/mellemcentralitet|nærhed/iu);
      expect(text).not.toMatch(/f\.eks\./u);
      expect(text).not.toMatch(/`(weightedBetweenness|directedBetweenness) er/u);
    });
  }
  it('analyse and compare give the same column the same heading', () => {
    expect(compareDa.colCloseness).toBe(da.doc.colCloseness);
    expect(compareDa.colTies).toBe(da.colTies);
    expect(compareDa.moreNotShown(3)).toBe(da.moreNotShown(3));
    expect(compareDa.topBetweenness).toBe('høj betweenness');
    expect(rulesDa.titles('sector')['fragile-tie']).toBe('Skrøbelige bånd');
  });
  it('counts: "1 ny", "2 nye"; "én aktør, der ikke har svaret"', () => {
    expect(compareDa.tiesLine('a', 'b', 1, 0, 5)).toBe('a → b: 1 ny, 0 mistet, 5 bevaret');
    expect(compareDa.tiesLine('a', 'b', 2, 1, 5)).toBe('a → b: 2 nye, 1 mistet, 5 bevaret');
    expect(da.restsOnNonRespondents(1, 1)).toContain('nævner én aktør, der ikke har svaret');
    const f = createRuleFormat(rulesDa, () => null, 'sector');
    const low = (count: number): string =>
      rulesDa.messages['low-response-rate']({ rate: 0.5, respondents: 2, total: 2 + count, followUp: ['X'], count, oneSided: 1 }, f);
    expect(low(1)).toContain('Den sidste aktørs relationer kendes kun');
    expect(low(2)).toContain('De øvrige to aktørers relationer kendes kun');
  });
  it('says "én anden" for one more and "N andre" for more', () => {
    expect(rulesDa.others(1)).toBe('én anden');
    expect(rulesDa.others(3)).toBe('3 andre');
  });
  it('headlines the two kinds of social capital and the weights in Danish', () => {
    expect(da.sectionSectors).toBe('Bindende og brobyggende bånd pr. gruppe');
    expect(compareDa.sectionGroups).toBe(da.sectionSectors);
    expect(da.networkEi).toBe(compareDa.networkEi);
    expect(compareDa.actorsLine('a', 'b', 2, 1, 60)).toBe('a → b: 2 kommet til, 1 faldet fra, 60 med i begge runder');
  });
});
