/** English sentences of the analysis notes (typed by NoteCatalogue in notes.ts). */

import type { NoteCatalogue } from './notes.js';
import { bound, overlapShape, twoDigits } from './notes-format.js';

const sure = (delta: number): string => `with probability ≥ ${1 - delta}`;

function overlap(f: { readonly firstUncertain: number; readonly lastUncertain: number; readonly ranked: number }): string {
  switch (overlapShape(f)) {
    case 'range': return `the bounds of the actors ranked ${f.firstUncertain}–${f.lastUncertain} overlap`;
    case 'tail': return `the bounds of the actors ranked ${f.firstUncertain} and below overlap`;
    case 'all': return 'the bounds are wider than the gaps between the highest values, down to the last rank';
  }
}

export const notesEn: NoteCatalogue = {
  'betweenness-estimated': (f) =>
    `betweenness is an estimate from ${f.sources} sources drawn at random (seed-determined) among the ${f.actors} actors of ` +
    `${f.components === 1 ? 'the largest component' : `${f.components} large components`} (Brandes & Pich 2007); ${sure(f.delta)} ` +
    `every actor's value is within ±${bound(f.epsilon)} of the exact one (ε = ${bound(f.epsilon)}, δ = ${f.delta}, empirical Bernstein bound)` +
    (f.certifiedTop === null ? '' : `, and the ${f.certifiedTop} highest estimates are the exact top ${f.certifiedTop}`) +
    '; use --exact for exact values or --samples K for more sources',
  'betweenness-top-uncertain': (f) =>
    `which actors have the ${f.top} highest betweenness values is uncertain: ${overlap(f)}` +
    (f.firstUncertain > 1 ? `; ranks 1–${f.firstUncertain - 1} are among them ${sure(f.delta)}` : '') +
    '; use --exact for the exact ranking',
  'weighted-betweenness-estimated': (f) =>
    `weightedBetweenness is an estimate from the same ${f.sources} sources; ${sure(f.delta)} every actor's value is within ` +
    `±${bound(f.epsilon)} (ε = ${bound(f.epsilon)}, δ = ${f.delta})`,
  'closeness-estimated': (f) =>
    `closeness, harmonic centrality and the mean distance of the largest component are estimates from the same ` +
    `${f.sources} sources (Eppstein & Wang 2004; drawn actors are exact); ${sure(f.delta)} every actor's mean distance is within ` +
    `±${bound(f.distanceBound)} hops and its mean inverse distance within ±${bound(f.inverseDistanceBound)}` +
    (f.meanDistanceBound === null ? '' : `; the mean distance of the largest component within ±${bound(f.meanDistanceBound)} hops`) +
    ` (Hoeffding bounds, δ = ${f.delta})`,
  'diameter-estimated': (f) =>
    `the diameter of the largest component is between ${f.lower} and ${f.upper}; ${f.lower} is reported ` +
    `(iFUB stopped after ${f.searches} searches)`,
  'sampling-replaced-by-exact': (f) =>
    `${f.sources} sampled sources could not single out the ${f.top} highest betweenness values (${overlap(f)}) ` +
    'and the network is small enough for exact values, so every actor was searched: ' +
    'betweenness, weighted betweenness, closeness, harmonic centrality and the mean distance are exact',
  'eigenvector-not-converged': (f) =>
    `eigenvector centrality did not converge within ${f.products} matrix products: the largest eigenvalue ` +
    `(${Number(f.eigenvalue.toPrecision(8))}) is nearly tied with the next inside one component, so the values mix ` +
    'the two leading eigenvectors; do not rank actors by them',
  'directed-betweenness-estimated': (f) =>
    `directedBetweenness is an estimate from ${f.sources} sources drawn at random (seed-determined) among the ${f.actors} actors ` +
    `of the largest weakly connected part${f.components === 1 ? '' : 's'}; ${sure(f.delta)} every actor's value ` +
    `is within ±${twoDigits(f.epsilon)} of the exact one` +
    (f.certifiedTop === null ? '' : `, and the ${f.certifiedTop} highest estimates are the exact top ${f.certifiedTop}`) +
    '; use --exact for exact values',
};
