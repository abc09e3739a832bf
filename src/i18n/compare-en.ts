/** English words of `tuff compare`. */

import type { CompareMessages } from './compare.js';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const compareEn: CompareMessages = {
  title: (before, after) => `tuff · what changed from ${before} to ${after}`,

  sectionActors: 'Actors',
  actorsLine: (before, after, joined, left, stayed) =>
    `${before} → ${after}: ${joined} joined, ${left} left, ${stayed} stayed`,
  joined: 'Joined:',
  left: 'Left:',

  sectionTies: 'Ties',
  tiesLine: (before, after, gained, lost, kept) => `${before} → ${after}: ${gained} gained, ${lost} lost, ${kept} kept`,
  gained: 'Gained:',
  lost: 'Lost:',
  reweighted: (count) => `${plural(count, 'kept tie', 'kept ties')} with a new strength:`,
  jaccard: 'Ties in both waves, as a share of all ties in either (Jaccard similarity):',

  sectionNetwork: 'The network',
  colMeasure: 'Measure',
  colBefore: 'Before',
  colAfter: 'After',
  colChange: 'Change',
  density: 'Density',
  components: 'Separate parts (components)',
  isolates: 'Isolated actors',
  degreeCentralization: 'Degree centralisation',
  transitivity: 'Transitivity',
  modularity: 'Modularity of the clusters',
  networkEi: 'Bridging vs bonding (E-I index)',

  sectionDirected: 'Who names whom (directed answers)',
  directedIntro: 'Reciprocity: the share of the named ties that the other side names back. A tie only one side names is a topic for the next network meeting, not an error.',
  directedOneWave: (before) =>
    `Only the ${before ? 'first' : 'second'} wave is directed answers, so the other has no figures here: reading both with --directed (or "directed": true in meta.json) compares reciprocity.`,
  arcs: 'Named ties (arcs)',
  reciprocity: 'Reciprocity (mutual arcs / all arcs)',
  mutualPairs: 'Pairs naming each other',
  asymmetricPairs: 'Pairs only one side names',
  nullPairs: 'Pairs with no tie',
  responseRate: 'Response rate (%)',
  becameMutual: 'Now name each other:',
  noLongerMutual: 'No longer name each other:',

  sectionGroups: 'Bonding and bridging by group',
  groupsIntro: 'E-I from −1 (all ties inside the group) to +1 (all ties across groups).',
  colGroup: 'Group',
  colActorsBefore: 'Actors before',
  colActorsAfter: 'Actors after',
  colEiBefore: 'E-I before',
  colEiAfter: 'E-I after',
  noGroups: 'No group column in either wave, so no bonding/bridging comparison.',
  groupByDiffers: (before, after) =>
    `Note: the groups come from different columns (before: ${before ?? 'none'}, after: ${after ?? 'none'}).`,

  sectionBrokers: 'Brokers',
  brokersIntro: (top) => `A broker is a cut point (its departure would split the network) or among the top ${top} % by betweenness.`,
  became: 'Became brokers:',
  stopped: 'Stopped being brokers:',
  noBrokerChange: 'The same actors are brokers in both waves.',
  cutPoint: 'cut point',
  topBetweenness: 'top betweenness',
  newcomer: 'new',
  wasBroker: (reasons) => `was ${reasons}`,
  leaver: 'left the network',

  sectionVulnerable: 'Vulnerable citizens',
  noVulnerable: 'No actor is marked vulnerable in either wave.',
  vulnerableLine: (closer, further, same) => `${closer} moved closer, ${further} moved further away, ${same} about the same.`,
  vulnerableRule: (threshold) =>
    `A verdict needs a change that matters, in this order: joining or leaving the largest part, then ties gained or lost, then closeness changing by at least ${threshold}; anything less is about the same.`,
  vulnerableJoined: 'Joined:',
  vulnerableLeft: 'Left:',
  colActor: 'Actor',
  colLargest: 'Largest part',
  colCloseness: 'Closeness',
  colTies: 'Ties',
  colVerdict: 'Verdict',
  verdict: { closer: 'closer', further: 'further away', same: 'about the same' },
  inLargest: 'in',
  outsideLargest: 'outside',

  none: 'none',
  notDefined: 'n/a',
  moreNotShown: (count) => `… and ${count} more (see --format json)`,
};
