/** Danske ord i `tuff compare`. */

import type { CompareMessages } from './compare.js';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const compareDa: CompareMessages = {
  title: (before, after) => `tuff · hvad har ændret sig fra ${before} til ${after}`,

  sectionActors: 'Aktører',
  actorsLine: (before, after, joined, left, stayed) =>
    `${before} → ${after}: ${joined} kommet til, ${left} faldet fra, ${stayed} med i begge runder`,
  joined: 'Kommet til:',
  left: 'Faldet fra:',

  sectionTies: 'Relationer',
  tiesLine: (before, after, gained, lost, kept) => `${before} → ${after}: ${gained} ${gained === 1 ? 'ny' : 'nye'}, ${lost} mistet, ${kept} bevaret`,
  gained: 'Nye:',
  lost: 'Mistet:',
  reweighted: (count) => `${plural(count, 'bevaret relation', 'bevarede relationer')} med ny vægt:`,
  jaccard: 'Relationer i begge runder som andel af alle relationer i mindst én (Jaccard-lighed):',

  sectionNetwork: 'Netværket',
  colMeasure: 'Mål',
  colBefore: 'Før',
  colAfter: 'Efter',
  colChange: 'Ændring',
  density: 'Tæthed',
  components: 'Adskilte dele (komponenter)',
  isolates: 'Isolerede aktører',
  degreeCentralization: 'Centralisering (grad)',
  transitivity: 'Transitivitet',
  modularity: 'Modularitet af klyngerne',
  networkEi: 'Brobyggende mod bindende bånd (E-I-indeks)',

  sectionDirected: 'Hvem nævner hvem (rettede svar)',
  directedIntro: 'Gensidighed: andelen af de nævnte relationer, som den anden part nævner tilbage. En relation, som kun den ene part nævner, er et emne til næste netværksmøde, ikke en fejl.',
  directedOneWave: (before) =>
    `Kun den ${before ? 'første' : 'anden'} runde er rettede svar, så den anden har ingen tal her: læs begge med --directed (eller "directed": true i meta.json) for at sammenligne gensidigheden.`,
  arcs: 'Nævnte relationer (pile)',
  reciprocity: 'Gensidighed (gensidige pile / alle pile)',
  mutualPairs: 'Par, der nævner hinanden',
  asymmetricPairs: 'Par, hvor kun den ene nævner den anden',
  nullPairs: 'Par uden relation',
  responseRate: 'Svarprocent',
  becameMutual: 'Nævner nu hinanden:',
  noLongerMutual: 'Nævner ikke længere hinanden:',

  sectionGroups: 'Bindende og brobyggende bånd pr. gruppe',
  groupsIntro: 'E-I fra −1 (alle relationer inden for gruppen) til +1 (alle på tværs af grupper).',
  colGroup: 'Gruppe',
  colActorsBefore: 'Aktører før',
  colActorsAfter: 'Aktører efter',
  colEiBefore: 'E-I før',
  colEiAfter: 'E-I efter',
  noGroups: 'Ingen gruppekolonne i nogen af runderne, så ingen sammenligning af bindende og brobyggende bånd.',
  groupByDiffers: (before, after) =>
    `Bemærk: grupperne kommer fra forskellige kolonner (før: ${before ?? 'ingen'}, efter: ${after ?? 'ingen'}).`,

  sectionBrokers: 'Brobyggere',
  brokersIntro: (top) =>
    `En brobygger er et snitpunkt (netværket deles, hvis aktøren forsvinder) eller blandt de ${top} % med højest betweenness.`,
  became: 'Blevet brobyggere:',
  stopped: 'Ikke længere brobyggere:',
  noBrokerChange: 'De samme aktører er brobyggere i begge runder.',
  cutPoint: 'snitpunkt',
  topBetweenness: 'høj betweenness',
  newcomer: 'ny',
  wasBroker: (reasons) => `var ${reasons}`,
  leaver: 'faldet fra',

  sectionVulnerable: 'Sårbare borgere',
  noVulnerable: 'Ingen aktør er markeret som sårbar i nogen af runderne.',
  vulnerableLine: (closer, further, same) => `${closer} tættere på, ${further} længere væk, ${same} omtrent uændret.`,
  vulnerableRule: (threshold) =>
    `En vurdering kræver en ændring, der betyder noget, i denne rækkefølge: at komme med i eller falde ud af den største del, dernæst relationer vundet eller mistet, dernæst en ændring i closeness på mindst ${threshold}; alt mindre er omtrent uændret.`,
  vulnerableJoined: 'Kommet til:',
  vulnerableLeft: 'Faldet fra:',
  colActor: 'Aktør',
  colLargest: 'Største del',
  colCloseness: 'Closeness',
  colTies: 'Bånd',
  colVerdict: 'Vurdering',
  verdict: { closer: 'tættere på', further: 'længere væk', same: 'omtrent uændret' },
  inLargest: 'med',
  outsideLargest: 'udenfor',

  none: 'ingen',
  notDefined: '–',
  moreNotShown: (count) => `… og ${count} til (se --format json)`,
};
