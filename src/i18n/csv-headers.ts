/**
 * The header row of the CSV files tuff writes (the per-actor table of
 * `--format csv`, batch's summary.csv), one set per language. English: the
 * JSON report's names, for scripts. Danish (`--lang da`): the words of the
 * Danish reports, for a facilitator opening the file in Danish Excel; the
 * metric names researchers use in Danish (betweenness, closeness, PageRank
 * kept as they are written in Danish network research). Typed by
 * ActorMetricKey and the summary's columns, so a new column without its Danish
 * header is a compile error. Only the header row changes: column order and
 * values are the same in both languages.
 */

import type { Lang } from '../options.js';
import type { ActorMetricKey } from '../report/columns.js';
import type { SummaryColumn } from '../batch/plan.js';

export interface CsvHeaders {
  readonly id: string;
  readonly label: string;
  readonly sector: string;
  /** The vulnerable flag's column (an attribute read from `sårbar`, `vulnerable`, …). */
  readonly vulnerable: string;
  /** The prefix of an actor attribute whose name clashes with a fixed column: `attribute.degree`. */
  readonly attributePrefix: string;
  readonly metrics: { readonly [K in ActorMetricKey]: string };
  readonly summary: { readonly [K in SummaryColumn]: string };
}

const EN: CsvHeaders = {
  id: 'id',
  label: 'label',
  sector: 'sector',
  vulnerable: 'vulnerable',
  attributePrefix: 'attribute.',
  metrics: {
    degree: 'degree', strength: 'strength', betweenness: 'betweenness', weightedBetweenness: 'weightedBetweenness', closeness: 'closeness',
    harmonic: 'harmonic', eigenvector: 'eigenvector', pagerank: 'pagerank', constraint: 'constraint', effectiveSize: 'effectiveSize',
    clustering: 'clustering', articulationPoint: 'articulationPoint', cutOff: 'cutOff', component: 'component', eiIndex: 'eiIndex',
    participation: 'participation', community: 'community', inDegree: 'inDegree', outDegree: 'outDegree', inStrength: 'inStrength',
    outStrength: 'outStrength', reciprocity: 'reciprocity', respondent: 'respondent', directedPagerank: 'directedPagerank',
    directedBetweenness: 'directedBetweenness',
  },
  summary: {
    name: 'name', path: 'path', status: 'status', error: 'error', report: 'report', actors: 'actors', ties: 'ties', density: 'density',
    components: 'components', isolates: 'isolates', eiIndex: 'eiIndex', modularity: 'modularity', degreeCentralization: 'degreeCentralization',
    critical: 'critical', warning: 'warning', info: 'info', dataWarnings: 'dataWarnings', failOn: 'failOn', shape: 'shape', format: 'format',
    directed: 'directed',
  },
};

const DA: CsvHeaders = {
  id: 'id',
  label: 'navn',
  sector: 'sektor',
  vulnerable: 'sårbar',
  attributePrefix: 'egenskab.',
  metrics: {
    degree: 'grad',
    strength: 'styrke',
    betweenness: 'betweenness',
    weightedBetweenness: 'vægtet betweenness',
    closeness: 'closeness',
    harmonic: 'harmonisk centralitet',
    eigenvector: 'eigenvektor',
    pagerank: 'PageRank',
    constraint: 'constraint',
    effectiveSize: 'effektiv størrelse',
    clustering: 'klyngekoefficient',
    articulationPoint: 'snitpunkt',
    cutOff: 'afskærer',
    component: 'del',
    eiIndex: 'E-I-indeks',
    participation: 'deltagelseskoefficient',
    community: 'klynge',
    inDegree: 'nævnt af',
    outDegree: 'nævner',
    inStrength: 'styrke nævnt af',
    outStrength: 'styrke nævner',
    reciprocity: 'gensidighed',
    respondent: 'svaret',
    directedPagerank: 'rettet PageRank',
    directedBetweenness: 'rettet betweenness',
  },
  summary: {
    name: 'navn',
    path: 'sti',
    status: 'status',
    error: 'fejl',
    report: 'rapport',
    actors: 'aktører',
    ties: 'relationer',
    density: 'tæthed',
    components: 'dele',
    isolates: 'isolerede',
    eiIndex: 'E-I-indeks',
    modularity: 'modularitet',
    degreeCentralization: 'centralisering (grad)',
    critical: 'kritisk',
    warning: 'advarsel',
    info: 'godt at vide',
    dataWarnings: 'advarsler om data',
    failOn: 'fail-on udløst',
    shape: 'form',
    format: 'format',
    directed: 'rettet',
  },
};

export function csvHeaders(lang: Lang): CsvHeaders {
  return lang === 'da' ? DA : EN;
}
