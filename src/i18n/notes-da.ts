/**
 * Analysenoternes sætninger på dansk (typet af NoteCatalogue i notes.ts).
 * Tal med decimalkomma; metrikkernes navne som i rapporten (betweenness,
 * closeness), tilvalgene som på kommandolinjen.
 */

import type { NoteCatalogue } from './notes.js';
import { bound, overlapShape, twoDigits } from './notes-format.js';

/** Et tal med decimalkomma (0,0123). */
const dk = (x: string | number): string => String(x).replace('.', ',');
const sure = (delta: number): string => `med sandsynlighed ≥ ${dk(1 - delta)}`;

function overlap(f: { readonly firstUncertain: number; readonly lastUncertain: number; readonly ranked: number }): string {
  switch (overlapShape(f)) {
    case 'range': return `grænserne for aktørerne på plads ${f.firstUncertain}–${f.lastUncertain} overlapper`;
    case 'tail': return `grænserne for aktørerne fra plads ${f.firstUncertain} og nedefter overlapper`;
    case 'all': return 'grænserne er bredere end afstandene mellem de højeste værdier, helt ned til sidste plads';
  }
}

export const notesDa: NoteCatalogue = {
  'betweenness-estimated': (f) =>
    `betweenness er et skøn ud fra ${f.sources} kilder udtrukket tilfældigt (bestemt af seed) blandt de ${f.actors} aktører i ` +
    `${f.components === 1 ? 'den største del' : `${f.components} store dele`} (Brandes & Pich 2007); ${sure(f.delta)} ` +
    `ligger hver aktørs værdi inden for ±${dk(bound(f.epsilon))} af den eksakte (ε = ${dk(bound(f.epsilon))}, δ = ${dk(f.delta)}, ` +
    'empirisk Bernstein-grænse)' +
    (f.certifiedTop === null ? '' : `, og de ${f.certifiedTop} højeste skøn er netop de ${f.certifiedTop} højeste eksakte værdier`) +
    '; brug --exact for eksakte værdier eller --samples K for flere kilder',
  'betweenness-top-uncertain': (f) =>
    `hvilke aktører der har de ${f.top} højeste betweenness-værdier, er usikkert: ${overlap(f)}` +
    (f.firstUncertain > 1 ? `; plads 1–${f.firstUncertain - 1} er blandt dem ${sure(f.delta)}` : '') +
    '; brug --exact for den eksakte rækkefølge',
  'weighted-betweenness-estimated': (f) =>
    `vægtet betweenness er et skøn ud fra de samme ${f.sources} kilder; ${sure(f.delta)} ligger hver aktørs værdi inden for ` +
    `±${dk(bound(f.epsilon))} (ε = ${dk(bound(f.epsilon))}, δ = ${dk(f.delta)})`,
  'closeness-estimated': (f) =>
    `closeness, harmonisk centralitet og den gennemsnitlige afstand i den største del er skøn ud fra de samme ` +
    `${f.sources} kilder (Eppstein & Wang 2004; de udtrukne aktører er eksakte); ${sure(f.delta)} ligger hver aktørs ` +
    `gennemsnitlige afstand inden for ±${dk(bound(f.distanceBound))} skridt og dens gennemsnitlige inverse afstand inden for ` +
    `±${dk(bound(f.inverseDistanceBound))}` +
    (f.meanDistanceBound === null ? '' : `; den gennemsnitlige afstand i den største del inden for ±${dk(bound(f.meanDistanceBound))} skridt`) +
    ` (Hoeffding-grænser, δ = ${dk(f.delta)})`,
  'diameter-estimated': (f) =>
    `diameteren af den største del er mellem ${f.lower} og ${f.upper}; ${f.lower} er angivet ` +
    `(iFUB stoppede efter ${f.searches} søgninger)`,
  'sampling-replaced-by-exact': (f) =>
    `${f.sources} udtrukne kilder kunne ikke udpege de ${f.top} højeste betweenness-værdier (${overlap(f)}), ` +
    'og netværket er lille nok til eksakte værdier, så alle aktører blev gennemsøgt: ' +
    'betweenness, vægtet betweenness, closeness, harmonisk centralitet og den gennemsnitlige afstand er eksakte',
  'eigenvector-not-converged': (f) =>
    `eigenvektorcentraliteten konvergerede ikke inden for ${f.products} matrixprodukter: den største egenværdi ` +
    `(${dk(Number(f.eigenvalue.toPrecision(8)))}) er næsten lige så stor som den næste i én del, så værdierne blander ` +
    'de to førende egenvektorer; brug dem ikke til at rangere aktørerne',
  'directed-betweenness-estimated': (f) =>
    `rettet betweenness er et skøn ud fra ${f.sources} kilder udtrukket tilfældigt (bestemt af seed) blandt de ${f.actors} aktører ` +
    `i ${f.components === 1 ? 'den største svagt sammenhængende del' : `de ${f.components} største svagt sammenhængende dele`}; ` +
    `${sure(f.delta)} ligger hver aktørs værdi inden for ±${dk(twoDigits(f.epsilon))} af den eksakte` +
    (f.certifiedTop === null ? '' : `, og de ${f.certifiedTop} højeste skøn er netop de ${f.certifiedTop} højeste eksakte værdier`) +
    '; brug --exact for eksakte værdier',
};
