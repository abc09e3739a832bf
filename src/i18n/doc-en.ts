/** English words of the shareable reports (HTML, Markdown). */

import type { DocMessages } from './doc-messages.js';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const docEn: DocMessages = {
  heading: (name) => `Network analysis: ${name}`,
  warningsHtml: (count) => `${plural(count, 'data warning', 'data warnings')} while reading the input (run tuff with --format json to see them all).`,

  cardDensity: 'Density',
  cardParts: 'Separate parts',
  cardCutPoints: 'Cut points',
  cardBridges: 'Bridges (fragile ties)',
  cardEi: 'E-I index (−1 bonding, +1 bridging)',
  allFigures: 'All figures',
  clusters: 'Informal clusters',
  clustersValue: (count, modularity) => `${count} (modularity ${modularity})`,

  recActors: 'Actors',
  recGroups: 'Groups',
  recEvidence: 'Evidence',
  no: 'no',
  moreRecommendations: (count, severity) => `${severity}: ${plural(count, 'more point', 'more points')}`,
  criticalCount: (count) => `${count} critical`,
  andMore: (count) => `and ${count} more`,

  mapTitle: 'Network map',
  mapHowTo: (column) =>
    `Each circle is an actor and each line a tie. A larger circle lies on more shortest paths between others (betweenness)` +
    (column === null ? '.' : `; the colour shows ${column === 'sector' ? 'the sector' : `"${column}"`}.`) +
    ' Parts that are not connected to the rest sit in dashed boxes.',
  mapAria: (actors, ties) => `Network map with ${plural(actors, 'actor', 'actors')} and ${plural(ties, 'tie', 'ties')}`,
  panelHint: 'Point at or click an actor (on the map or in the table) to see its ties and figures. Click again or press Esc to let go.',
  panelTie: '1 tie',
  panelTies: '{n} ties',
  panelNoTies: 'No ties',
  badgeCutPoint: 'cut point',
  badgeVulnerable: 'vulnerable',
  panelRow: 'Show its row in the table',

  mapFind: 'Find an actor',
  mapFindPlaceholder: 'Name or id',
  mapFindButton: 'Show',
  mapFindNone: 'No actor\u2019s name or id contains "{q}".',
  mapFindMany: '{n} actors match "{q}"; the first is shown. Pick another from the list to see it.',
  mapZoom: 'Zoom',
  mapZoomIn: 'Zoom in',
  mapZoomOut: 'Zoom out',
  mapZoomReset: 'Show the whole map',

  legendColour: (column) => (column === 'sector' ? 'Colour: sector' : `Colour: ${column}`),
  legendOther: (groups, actors) => `other (${plural(groups, 'group', 'groups')}, ${actors})`,
  legendNone: 'no value',
  legendSymbols: 'Symbols',
  legendSize: 'Larger circle: higher betweenness',
  legendCutPoint: 'Dark ring: cut point (the network splits without it)',
  legendBridge: 'Dashed line: bridge (the only tie between two parts)',
  legendVulnerable: 'Black diamond: vulnerable citizen',
  legendDetached: 'Dashed box: not connected to the largest part',
  legendNames: 'Names and zoom',
  legendNamesRule: (px) =>
    `Names are ${px} px on screen at any zoom. Where two would overlap, only the more important is shown: the most central actors ` +
    '(betweenness) first, then cut points, both ends of each bridge, detached parts and vulnerable citizens; zoom in to see the others. ' +
    'Zoom with + and \u2212, the mouse wheel or two fingers, drag to move the map, and the four corners show all of it again.',

  sectionActors: 'All actors',
  actorsHint: 'Sorted by betweenness. Click a column heading to sort; click a name to show the actor on the map.',
  colGroup: (column) => (column === 'sector' ? 'Sector' : column),
  colStrength: 'Strength',
  colCloseness: 'Closeness',
  colEigenvector: 'Eigenvector',
  colClustering: 'Clustering',
  colCluster: 'Cluster',
  colVulnerable: 'Vulnerable',
  colPart: 'Part',
  colMembers: 'Members',

  noBridges: 'No bridges: every tie has another route around it.',
  footerHtml: (version) =>
    `Made with tuff ${version}. This file is self-contained: it makes no network requests and can be opened offline. Definitions of every figure: tuff's README.`,
  footerMarkdown: (version) => `Made with tuff ${version} (tuff analyse … --format markdown). Full figures for every actor: --format csv or json.`,
};
