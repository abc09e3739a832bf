/**
 * i18n/notes: the sentences of the analysis notes, written by the report from
 * the figures the analysis returns (types.ts AnalysisNoteFigures). The English
 * ones are the sentences tuff wrote before notes became data (the figures of a
 * real run of fixtures/sampling/two-stars with --samples 400 and of karate with
 * --samples 5, whose stderr these are); the Danish ones have decimal commas.
 */
import { describe, expect, it } from 'vitest';
import { noteCatalogue, noteMessage } from '../../src/i18n/notes.js';
import { ANALYSIS_NOTE_CODES, type AnalysisNote, type AnalysisNoteFigures } from '../../src/types.js';

const estimated: AnalysisNoteFigures['betweenness-estimated'] = {
  sources: 400, actors: 520, components: 1, epsilon: 0.12572831398363638, delta: 0.1, certifiedTop: 20,
};
const closeness: AnalysisNoteFigures['closeness-estimated'] = {
  sources: 400, distanceBound: 2.229653366073907, inverseDistanceBound: 0.10617396981304318, meanDistanceBound: 1.2238734153404083, delta: 0.1,
};
const replaced: AnalysisNoteFigures['sampling-replaced-by-exact'] = { sources: 5, top: 20, firstUncertain: 1, lastUncertain: 34, ranked: 34 };

/** One note of every code, for the checks that run over all of them. */
const ONE_OF_EACH: readonly AnalysisNote[] = [
  { code: 'betweenness-estimated', figures: estimated },
  { code: 'betweenness-top-uncertain', figures: { top: 20, firstUncertain: 12, lastUncertain: 31, ranked: 600, delta: 0.1 } },
  { code: 'weighted-betweenness-estimated', figures: { sources: 400, epsilon: 0.12572831398363638, delta: 0.1 } },
  { code: 'closeness-estimated', figures: closeness },
  { code: 'diameter-estimated', figures: { lower: 17, upper: 19, searches: 200 } },
  { code: 'sampling-replaced-by-exact', figures: replaced },
  { code: 'eigenvector-not-converged', figures: { products: 10000, eigenvalue: 6.725697727631732 } },
  { code: 'directed-betweenness-estimated', figures: { sources: 1024, actors: 40000, components: 2, epsilon: 0.00042, delta: 0.1, certifiedTop: 20 } },
];

describe('analysis notes in English', () => {
  it('betweenness and closeness estimates: three significant digits of each bound', () => {
    expect(noteMessage({ code: 'betweenness-estimated', figures: estimated }, 'en')).toBe(
      'betweenness is an estimate from 400 sources drawn at random (seed-determined) among the 520 actors of the largest ' +
        'component (Brandes & Pich 2007); with probability ≥ 0.9 every actor\'s value is within ±0.126 of the exact one ' +
        '(ε = 0.126, δ = 0.1, empirical Bernstein bound), and the 20 highest estimates are the exact top 20; use --exact for ' +
        'exact values or --samples K for more sources',
    );
    expect(noteMessage({ code: 'betweenness-estimated', figures: { ...estimated, components: 3, certifiedTop: null } }, 'en')).toContain(
      'among the 520 actors of 3 large components (Brandes & Pich 2007); with probability ≥ 0.9 every actor\'s value is within ±0.126 ' +
        'of the exact one (ε = 0.126, δ = 0.1, empirical Bernstein bound); use --exact',
    );
    expect(noteMessage({ code: 'closeness-estimated', figures: closeness }, 'en')).toBe(
      'closeness, harmonic centrality and the mean distance of the largest component are estimates from the same 400 sources ' +
        '(Eppstein & Wang 2004; drawn actors are exact); with probability ≥ 0.9 every actor\'s mean distance is within ±2.23 hops ' +
        'and its mean inverse distance within ±0.106; the mean distance of the largest component within ±1.22 hops (Hoeffding bounds, δ = 0.1)',
    );
    expect(noteMessage({ code: 'closeness-estimated', figures: { ...closeness, meanDistanceBound: null } }, 'en')).toContain(
      'within ±0.106 (Hoeffding bounds, δ = 0.1)',
    );
  });

  it('names the uncertain ranks in three shapes', () => {
    const top = (firstUncertain: number, lastUncertain: number): string =>
      noteMessage({ code: 'betweenness-top-uncertain', figures: { top: 20, firstUncertain, lastUncertain, ranked: 600, delta: 0.1 } }, 'en');
    expect(top(12, 31)).toBe('which actors have the 20 highest betweenness values is uncertain: the bounds of the actors ranked 12–31 ' +
      'overlap; ranks 1–11 are among them with probability ≥ 0.9; use --exact for the exact ranking');
    expect(top(12, 600)).toBe('which actors have the 20 highest betweenness values is uncertain: the bounds of the actors ranked 12 ' +
      'and below overlap; ranks 1–11 are among them with probability ≥ 0.9; use --exact for the exact ranking');
    expect(top(1, 600)).toBe('which actors have the 20 highest betweenness values is uncertain: the bounds are wider than the gaps ' +
      'between the highest values, down to the last rank; use --exact for the exact ranking');
    expect(noteMessage({ code: 'sampling-replaced-by-exact', figures: replaced }, 'en')).toBe(
      '5 sampled sources could not single out the 20 highest betweenness values (the bounds are wider than the gaps between the ' +
        'highest values, down to the last rank) and the network is small enough for exact values, so every actor was searched: ' +
        'betweenness, weighted betweenness, closeness, harmonic centrality and the mean distance are exact',
    );
  });

  it('directed betweenness: two significant digits, exponent notation below 0.001', () => {
    expect(noteMessage(ONE_OF_EACH[7]!, 'en')).toBe(
      'directedBetweenness is an estimate from 1024 sources drawn at random (seed-determined) among the 40000 actors of the largest ' +
        'weakly connected parts; with probability ≥ 0.9 every actor\'s value is within ±4.2e-4 of the exact one, and the 20 highest ' +
        'estimates are the exact top 20; use --exact for exact values',
    );
    expect(noteMessage(ONE_OF_EACH[7]!, 'da')).toContain('inden for ±4,2e-4 af den eksakte');
  });

  it('the diameter and the eigenvector', () => {
    expect(noteMessage(ONE_OF_EACH[4]!, 'en')).toBe(
      'the diameter of the largest component is between 17 and 19; 17 is reported (iFUB stopped after 200 searches)',
    );
    expect(noteMessage(ONE_OF_EACH[6]!, 'en')).toBe(
      'eigenvector centrality did not converge within 10000 matrix products: the largest eigenvalue (6.7256977) is nearly tied ' +
        'with the next inside one component, so the values mix the two leading eigenvectors; do not rank actors by them',
    );
  });
});

describe('analysis notes in Danish', () => {
  it('the same figures, in Danish, with decimal commas', () => {
    expect(noteMessage({ code: 'betweenness-estimated', figures: estimated }, 'da')).toBe(
      'betweenness er et skøn ud fra 400 kilder udtrukket tilfældigt (bestemt af seed) blandt de 520 aktører i den største del ' +
        '(Brandes & Pich 2007); med sandsynlighed ≥ 0,9 ligger hver aktørs værdi inden for ±0,126 af den eksakte (ε = 0,126, ' +
        'δ = 0,1, empirisk Bernstein-grænse), og de 20 højeste skøn er netop de 20 højeste eksakte værdier; brug --exact for ' +
        'eksakte værdier eller --samples K for flere kilder',
    );
    expect(noteMessage(ONE_OF_EACH[1]!, 'da')).toBe('hvilke aktører der har de 20 højeste betweenness-værdier, er usikkert: ' +
      'grænserne for aktørerne på plads 12–31 overlapper; plads 1–11 er blandt dem med sandsynlighed ≥ 0,9; brug --exact for ' +
      'den eksakte rækkefølge');
    expect(noteMessage(ONE_OF_EACH[6]!, 'da')).toContain('den største egenværdi (6,7256977)');
  });

  it('writes no English words and no decimal point', () => {
    for (const note of ONE_OF_EACH) {
      const da = noteMessage(note, 'da');
      expect(da, note.code).not.toMatch(/\b(the|is|are|of|within|and|from|with)\b/);
      expect(da, note.code).not.toMatch(/[0-9]\.[0-9]/);
    }
  });
});

describe('note catalogues', () => {
  it('have a sentence for every note code in both languages, each different', () => {
    expect(ONE_OF_EACH.map((n) => n.code)).toEqual([...ANALYSIS_NOTE_CODES]);
    for (const lang of ['en', 'da'] as const) {
      expect(Object.keys(noteCatalogue(lang)).sort()).toEqual([...ANALYSIS_NOTE_CODES].sort());
      const sentences = ONE_OF_EACH.map((n) => noteMessage(n, lang));
      expect(new Set(sentences).size).toBe(sentences.length);
    }
  });
});
