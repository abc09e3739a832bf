/** Danske ord i de rapporter, der deles (HTML, Markdown). */

import type { DocMessages } from './doc-messages.js';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const docDa: DocMessages = {
  heading: (name) => `Netværksanalyse: ${name}`,
  warningsHtml: (count) => `${plural(count, 'advarsel', 'advarsler')} om data ved indlæsningen (kør tuff med --format json for at se dem alle).`,

  cardDensity: 'Tæthed',
  cardParts: 'Adskilte dele',
  cardCutPoints: 'Snitpunkter',
  cardBridges: 'Broer (skrøbelige bånd)',
  cardEi: 'E-I-indeks (−1 bindende, +1 brobyggende)',
  allFigures: 'Alle tal',
  clusters: 'Uformelle klynger',
  clustersValue: (count, modularity) => `${count} (modularitet ${modularity})`,

  recActors: 'Aktører',
  recGroups: 'Grupper',
  recEvidence: 'Grundlag',
  no: 'nej',
  moreRecommendations: (count, severity) => `${severity}: ${plural(count, 'punkt mere', 'punkter mere')}`,
  criticalCount: (count) => `${count} kritisk${count === 1 ? '' : 'e'}`,
  andMore: (count) => `og ${count} til`,

  mapTitle: 'Netværkskort',
  mapHowTo: (column) =>
    `Hver cirkel er en aktør og hver streg et bånd. Jo større cirkel, jo flere korteste veje mellem andre går gennem aktøren (betweenness)` +
    (column === null ? '.' : `; farven viser ${column === 'sector' ? 'sektoren' : `"${column}"`}.`) +
    ' Dele, der ikke hænger sammen med resten, står i stiplede rammer.',
  mapAria: (actors, ties) => `Netværkskort med ${plural(actors, 'aktør', 'aktører')} og ${plural(ties, 'bånd', 'bånd')}`,
  panelHint: 'Peg på eller klik på en aktør (på kortet eller i tabellen) for at se dens bånd og tal. Klik igen eller tryk Esc for at slippe.',
  panelTie: '1 bånd',
  panelTies: '{n} bånd',
  panelNoTies: 'Ingen bånd',
  badgeCutPoint: 'snitpunkt',
  badgeVulnerable: 'sårbar',
  panelRow: 'Vis rækken i tabellen',

  mapFind: 'Find en aktør',
  mapFindPlaceholder: 'Navn eller id',
  mapFindButton: 'Vis',
  mapFindNone: 'Ingen aktør har "{q}" i sit navn eller id.',
  mapFindMany: '{n} aktører passer til "{q}"; den første vises. Vælg en anden på listen for at se den.',
  mapZoom: 'Zoom',
  mapZoomIn: 'Zoom ind',
  mapZoomOut: 'Zoom ud',
  mapZoomReset: 'Vis hele kortet',

  legendColour: (column) => (column === 'sector' ? 'Farve: sektor' : `Farve: ${column}`),
  legendOther: (groups, actors) => `andre (${plural(groups, 'gruppe', 'grupper')}, ${actors})`,
  legendNone: 'ingen værdi',
  legendSymbols: 'Symboler',
  legendSize: 'Større cirkel: højere betweenness',
  legendCutPoint: 'Mørk ring: snitpunkt (netværket splittes uden aktøren)',
  legendBridge: 'Stiplet streg: bro (det eneste bånd mellem to dele)',
  legendVulnerable: 'Sort rude: sårbar borger',
  legendDetached: 'Stiplet ramme: ikke forbundet med den største del',
  legendNames: 'Navne og zoom',
  legendNamesRule: (px) =>
    `Navnene står i ${px} px på skærmen, uanset zoom. Hvor to ville overlappe, vises kun det vigtigste: de mest centrale aktører ` +
    '(betweenness) først, derefter snitpunkter, begge ender af hver bro, adskilte dele og sårbare borgere; zoom ind for at se de andre. ' +
    'Zoom med + og \u2212, musehjulet eller to fingre, træk for at flytte kortet, og de fire hjørner viser hele kortet igen.',

  sectionActors: 'Alle aktører',
  actorsHint: 'Sorteret efter betweenness. Klik på en kolonneoverskrift for at sortere; klik på et navn for at vise aktøren på kortet.',
  colGroup: (column) => (column === 'sector' ? 'Sektor' : column),
  colStrength: 'Vægt',
  colCloseness: 'Closeness',
  colEigenvector: 'Eigenvektor',
  colClustering: 'Klyngekoeff.',
  colCluster: 'Klynge',
  colVulnerable: 'Sårbar',
  colPart: 'Del',
  colMembers: 'Aktører',

  noBridges: 'Ingen broer: der er en anden vej uden om hvert bånd.',
  footerHtml: (version) =>
    `Lavet med tuff ${version}. Filen er selvstændig: den henter intet over nettet og kan åbnes uden internet. Definitionen af hvert tal: tuffs README.`,
  footerMarkdown: (version) => `Lavet med tuff ${version} (tuff analyse … --format markdown). Alle tal for hver aktør: --format csv eller json.`,
};
