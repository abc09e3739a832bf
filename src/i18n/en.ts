/** English words of the text report. */

import type { Messages } from './messages.js';
import { docEn } from './doc-en.js';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const en: Messages = {
  title: (name) => `tuff · network analysis of ${name}`,
  inputLine: (actors, ties, weighted) =>
    `${plural(actors, 'actor', 'actors')}, ${plural(ties, 'tie', 'ties')}, ${weighted ? 'weighted' : 'unweighted'}`,
  groupedBy: (column) => `groups from the column "${column}"`,
  directedLine: (arcs) => `${arcs} named ${arcs === 1 ? 'tie' : 'ties'} (arcs)`,
  responseLine: (respondents, total, rate, oneSided) =>
    `${respondents} of ${total} actors answered (${Math.round(rate * 100)}%); ${oneSided} ${oneSided === 1 ? 'tie' : 'ties'} with a non-respondent ${oneSided === 1 ? 'is' : 'are'} known only from the other side`,
  restsOnNonRespondents: (findings, actors) =>
    `${findings} ${findings === 1 ? 'recommendation names' : 'recommendations name'} ${actors === 1 ? 'an actor' : `${actors} actors`} who did not answer: ${findings === 1 ? 'it rests' : 'they rest'} on ties only the other side reported (see responses.findingsOnNonRespondents in --format json).`,
  sectionDirected: 'Who names whom (survey answers)',
  directedIntro: 'Actors most named by others; reciprocity = share of the ties an actor names that the other side names back (among those who answered).',
  arcs: 'Named ties (arcs)',
  reciprocity: 'Reciprocity (mutual arcs / all arcs)',
  dyads: 'Pairs: mutual / one-sided / none',
  dyadsValue: (mutual, asymmetric, none) => `${mutual} / ${asymmetric} / ${none}`,
  responseRate: 'Response rate',
  reciprocityAmongRespondents: 'Reciprocity among respondents',
  colNamedBy: 'Named by',
  colNames: 'Names',
  colReciprocity: 'Reciprocity',
  answered: (yes) => (yes ? 'yes' : 'no'),
  colAnswered: 'Answered',
  sectionTieTypes: 'Kinds of tie',
  tieTypesIntro: (column, selected) =>
    selected === null
      ? `The column "${column}" gives the kind of each tie; every kind is analysed together. Per kind, the ties, the share of possible ties (density) and which groups they join:`
      : `The column "${column}" gives the kind of each tie; only ${selected.map((k) => `"${k}"`).join(', ')} ${selected.length === 1 ? 'is' : 'are'} analysed (--tie-type). Per kind, the ties, the share of possible ties (density) and which groups they join:`,
  multiplexLine: (pairs, policy) =>
    pairs === 0
      ? 'No pair of actors has more than one kind of tie among the kinds analysed.'
      : `${plural(pairs, 'pair of actors has', 'pairs of actors have')} more than one kind of tie (a multiplex tie, not a repeat): merged into one tie by --duplicates ${policy}.`,
  colKind: 'Kind of tie',
  colDensity: 'Density',
  colAnalysed: 'Analysed',
  colGroupPairs: 'Groups joined (ties)',
  shapeNames: {
    'edge-list': () => 'an edge list (one tie per row)',
    matrix: (d) =>
      d.matrix === null
        ? 'an adjacency matrix'
        : d.matrix.symmetric
          ? `a symmetric adjacency matrix of ${plural(d.matrix.actors, 'actor', 'actors')}`
          : `an asymmetric adjacency matrix of ${plural(d.matrix.actors, 'actor', 'actors')} (each row is what its actor reports)`,

    'two-mode': (d) =>
      d.twoMode === null
        ? 'an attendance list'
        : `an attendance list (${plural(d.twoMode.participations, 'participation', 'participations')} in ${plural(d.twoMode.activities, 'activity', 'activities')})`,
  },
  inputDescription: (shape, d) => {
    const parts = [
      `read from ${shape} ${d.format === 'xlsx' && d.sheets !== null
        ? `in the Excel workbook's sheet "${d.sheets.ties}"${d.sheets.actors === null ? '' : `, actors from the sheet "${d.sheets.actors}"`}`
        : d.format === 'xlsx' ? 'in an Excel workbook' : 'in a CSV file'}`,
    ];
    if (d.directed !== null) {
      parts.push(`directed answers (who names whom); the other measures use ${d.directed.symmetrise === 'union' ? 'every tie either side names (--symmetrise union)' : 'only the ties both sides name (--symmetrise mutual)'}`);
      const r = d.directed.respondents;
      parts.push(r === null
        ? 'nothing says who did not answer: every actor counts as a respondent'
        : r.source === 'column'
          ? `who answered: the actors column "${r.column ?? 'respondent'}"`
          : 'an actor with no row of its own did not answer (--non-respondents no-outgoing)');
    }
    if (d.twoMode !== null) {
      parts.push(d.twoMode.projection === 'count'
        ? 'two actors are tied when they attend the same activity, weighted by the number of activities they share (--projection count)'
        : 'two actors are tied when they attend the same activity, weighted by Newman\'s 1/(participants − 1) per shared activity (--projection newman)');
    }
    if (d.tieTypes !== null) {
      parts.push(d.tieTypes.selected === null
        ? `every kind of tie in the column "${d.tieTypes.column}" analysed together`
        : `only the ${d.tieTypes.selected.length === 1 ? 'kind' : 'kinds'} of tie ${d.tieTypes.selected.map((k) => `"${k}"`).join(', ')} analysed (--tie-type)`);
    }
    return parts.join('; ');
  },
  weightDistanceLine: (column) => `the weight column "${column}" is read as a distance (a larger number is a weaker tie): strength = 1/value`,
  noGroups: 'no group column: bridging and bonding are not computed',
  sectionBringTogether: (sectors) => (sectors ? 'Activities that bring sectors together' : 'Activities that bring groups together'),
  bringTogetherIntro: (column) =>
    `Activities whose participants come from two or more groups of the column "${column}", most groups first: where the partnership meets across its groups.`,
  bringTogetherNoGroups: 'No group column: which activities bring groups together is not computed.',
  activityGroups: (activity, participants, groups) => `${activity} (${plural(participants, 'participant', 'participants')}): ${groups.join(', ')}`,
  noBringTogether: 'No activity has participants from two or more groups.',
  sectionSharingNothing: 'Actors who share no activity with anyone',
  sharingNothingIntro: 'They have no tie in this network: they attend nothing, or only activities nobody else attends.',
  sharesNothing: (name, activities) =>
    activities === 0 ? `${name}: attends nothing` : `${name}: ${plural(activities, 'activity', 'activities')}, nobody else there`,
  everyoneShares: 'Every actor shares at least one activity with another.',
  warningsLine: (count) => `${plural(count, 'data warning', 'data warnings')} (listed on stderr and in the JSON report)`,
  estimatesLine: 'betweenness, closeness and distances are estimates from sampled actors on a network this large (error bounds on stderr and in the JSON report; --exact computes them exactly)',
  topUncertainLine: 'the estimates cannot tell exactly which actors have the 20 highest betweenness values (the ranks in doubt are named in the data warnings; --exact settles them)',
  eigenvectorLine: 'eigenvector centrality did not converge on this network (two nearly equal leading eigenvalues): do not rank actors by it',

  sectionRecommendations: 'What to do next',
  noRecommendations: 'Nothing calls for action.',
  severity: { critical: 'Critical', warning: 'Warning', info: 'Good to know' },

  sectionSummary: 'The network',
  actors: 'Actors',
  ties: 'Ties',
  density: 'Density (share of possible ties)',
  components: 'Separate parts (components)',
  isolates: 'Isolated actors',
  transitivity: 'Transitivity',
  averageClustering: 'Average clustering',
  degreeCentralization: 'Degree centralisation',
  diameter: 'Diameter of the largest part',
  averagePath: 'Average steps between two actors',
  networkEi: 'Bridging vs bonding (E-I index)',
  eiMeaning: (ei) =>
    ei === null
      ? ''
      : ei <= -0.5
        ? 'mostly ties inside groups (bonding)'
        : ei < -0.1
          ? 'more bonding than bridging'
          : ei <= 0.1
            ? 'bonding and bridging in balance'
            : ei < 0.5
              ? 'more bridging than bonding'
              : 'mostly ties across groups (bridging)',
  notDefined: 'n/a',

  sectionBrokers: 'Who holds the network together',
  brokersIntro: 'Actors on the most shortest paths between others (betweenness).',
  colRank: '#',
  colActor: 'Actor',
  colSector: 'Sector',
  colTies: 'Ties',
  colBetweenness: 'Betweenness',
  colConstraint: 'Constraint',
  colEffectiveSize: 'Eff. size',
  colCutPoint: 'Cut point',
  yes: 'yes',
  no: '',
  cutPoints: (count) =>
    `${plural(count, 'actor', 'actors')} whose departure would split the network (cut points), most cut off first:`,
  cutsOff: (count) => `cuts off ${plural(count, 'actor', 'actors')}`,
  noCutPoints: 'No single actor holds the network together: no cut points.',
  lowConstraint: 'Brokers with many non-redundant contacts (lowest constraint, at least 3 ties):',
  noLowConstraint: 'No actor has three or more ties.',

  sectionSectors: 'Bonding and bridging by group',
  sectorsIntro: 'Ties inside the group (bonding) against ties to other groups (bridging); E-I from −1 (all inside) to +1 (all across).',
  colGroup: 'Group',
  colInternal: 'Inside',
  colExternal: 'Across',
  colEi: 'E-I',
  colReading: 'Reading',
  noSectors: 'No group column, so no bonding/bridging table.',

  sectionFragility: 'Parts, isolated actors and fragile ties',
  componentsLine: (count, largest, total) =>
    count === 1
      ? `The network is one connected whole (${plural(total, 'actor', 'actors')}).`
      : `${count} separate parts; the largest holds ${largest} of ${plural(total, 'actor', 'actors')}.`,
  detachedGroup: (index, size) => `Part ${index} (${plural(size, 'actor', 'actors')}):`,
  isolatesLine: (count) => `${plural(count, 'actor', 'actors')} without any tie:`,
  bridgesLine: (count) => `${plural(count, 'tie', 'ties')} that alone connect two parts (bridges):`,
  moreNotShown: (count) => `… and ${count} more (see --format json)`,

  sectionCommunities: 'Informal clusters (Louvain communities)',
  communitiesLine: (count, modularity, runs) =>
    `${plural(count, 'cluster', 'clusters')}, modularity ${modularity === null ? 'n/a' : modularity.toFixed(3)} (best of ${runs} seeded runs; isolated actors count as their own cluster).`,
  communityLine: (index, size) => `Cluster ${index} (${plural(size, 'actor', 'actors')})`,
  communityMix: 'groups',

  footer: 'Full metrics for every actor: tuff analyse … --format json',

  doc: docEn,
};
