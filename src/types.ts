/**
 * The data that flows through tuff, as plain JSON-serialisable types:
 *
 *   bytes → rows → Dataset → Network (CSR) → Analysis → Recommendation[] → Report → string
 *
 * Everything but `Network` (typed arrays) is plain data. Metric names and
 * meanings are the contract in fixtures/oracles/README.md and the report
 * layout is docs/report-schema.md (schemaVersion 1).
 */

import type { WarningProblem } from './i18n/warnings.js';

export type Severity = 'critical' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = Object.freeze(['critical', 'warning', 'info']);

export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/**
 * A recoverable problem in the input, or a note of the analysis on how values
 * were computed (a code of ANALYSIS_NOTE_CODES, on the ties file, line 0);
 * reported on stderr and in `dataQuality`.
 */
export interface DataWarning {
  readonly file: string;
  /** 1-based physical line where the record starts; 0 for a file-level warning or an analysis note. */
  readonly line: number;
  readonly code: string;
  readonly message: string;
  /** A reader's warning: its code and the values its message is written from, to write it in either language (i18n/warnings.ts). */
  readonly problem?: WarningProblem;
  /** An analysis note's figures (AnalysisNoteFigures of its code), beside the sentence the report wrote from them. */
  readonly figures?: Readonly<Record<string, number | null>>;
}

export interface Actor {
  /** Trimmed, NFC-normalised; compared by UTF-16 code units. */
  readonly id: string;
  readonly label: string | null;
  readonly sector: string | null;
  /** Every other actor column, by its (alias-resolved) header name; empty cells are left out. */
  readonly attributes: Readonly<Record<string, string>>;
}

/** One undirected tie; `source < target` by code units, no self-loops, no duplicates. */
export interface Tie {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
}

/** A validated network: actors sorted by id, ties sorted by (source, target). */
export interface Dataset {
  readonly actors: readonly Actor[];
  /** Undirected ties; for directed data the symmetrised network (DirectedData.symmetrise). */
  readonly ties: readonly Tie[];
  /** true when the ties file has a weight column. */
  readonly weighted: boolean;
  /** The actor column used for groups (E-I, participation), or null. `sector` means Actor.sector. */
  readonly groupBy: string | null;
  /** Present when the rows are directed answers (`--directed`, meta.json `"directed": true`). */
  readonly directed?: DirectedData;
  /** Present when the ties file has a tie-type column (multiplex data). */
  readonly tieTypes?: TieTypeData;
  /** Present when the input was an attendance list (two-mode data, `--two-mode`): the ties are its projection. */
  readonly twoMode?: TwoModeData;
}

/** What an attendance list says beyond its projection (analysis/two-mode.ts): report key `twoMode`. */
export interface TwoModeReport {
  /** Activities whose participants come from at least two groups: most groups first, then most participants, then by name. */
  readonly bringTogether: readonly { readonly activity: string; readonly participants: number; readonly groups: readonly string[] }[];
  /** Actors who attend nothing (activities 0) or only activities nobody else attends: by id. */
  readonly sharingNothing: readonly { readonly actor: string; readonly activities: number }[];
}

/** An attendance list (who took part in which activity) and how it was projected onto the actors (model/two-mode.ts). */
export interface TwoModeData {
  /** `count`: a tie's weight is the number of activities both attend; `newman`: Σ 1/(participants − 1) over them. */
  readonly projection: 'count' | 'newman';
  /** Data rows read, repeats included. */
  readonly rows: number;
  /** Actor–activity pairs after merging repeated rows. */
  readonly participations: number;
  /** Every activity with its participants (sorted ids), sorted by activity. */
  readonly activities: readonly { readonly activity: string; readonly actors: readonly string[] }[];
}

/** The kinds of tie of a ties file with a tie-type column (`type`, `relation`, `relationstype`, …). */
export interface TieTypeData {
  /** The column's header as written. */
  readonly column: string;
  /** Every kind in the file (empty cells left out), sorted by code units. */
  readonly kinds: readonly string[];
  /** The kinds analysed (--tie-type, as written in the file), or null: every kind, merged. */
  readonly selected: readonly string[] | null;
  /** Per kind, its pairs (`source < target`), repeats merged by the duplicates policy; sorted. */
  readonly ties: Readonly<Record<string, readonly Tie[]>>;
  /** Pairs among the analysed ties that have more than one kind of tie. */
  readonly multiplexPairs: number;
  /** How such a pair's kinds were merged into one tie: the --duplicates policy. */
  readonly mergedBy: 'sum' | 'max' | 'first';
}

/** One kind of tie in the report: its density and its mix of groups (docs/metrics.md, "Kinds of tie"). */
export interface TieTypeStats {
  readonly type: string;
  /** true when this kind is part of the analysed network (every kind without --tie-type). */
  readonly analysed: boolean;
  readonly ties: number;
  /** 2·ties / (n(n−1)), n = every actor of the analysed network; 0 when n < 2. */
  readonly density: number;
  /** Ties inside one group / between two groups (ties with an ungrouped end are in neither). */
  readonly internalTies: number;
  readonly externalTies: number;
  /** Ties per pair of groups (a group with itself for internal ties), most first, then by names. */
  readonly groupPairs: readonly { readonly groups: readonly [string, string]; readonly ties: number }[];
}

/** The report's `tieTypes` block. */
export interface TieTypesReport {
  readonly column: string;
  readonly selected: readonly string[] | null;
  readonly multiplexPairs: number;
  readonly mergedBy: 'sum' | 'max' | 'first';
  readonly types: readonly TieTypeStats[];
}

/** One directed answer: `source` reports a tie to `target`; no self-loops, one arc per direction. */
export interface Arc {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
}

/** --symmetrise: how directed answers become the undirected network of the undirected metrics. */
export const SYMMETRISATIONS = ['union', 'mutual'] as const;
export type Symmetrise = (typeof SYMMETRISATIONS)[number];

/** --non-respondents: how tuff knows who did not answer when no actors column says so. */
export const NON_RESPONDENT_RULES = ['no-outgoing'] as const;
export type NonRespondentRule = (typeof NON_RESPONDENT_RULES)[number];

/** Who answered the survey. */
export interface Respondents {
  /** `column`: the actors file's respondent column; `no-outgoing`: an actor with no outgoing row did not answer. */
  readonly source: 'column' | NonRespondentRule;
  /** The column's header as written (source `column`), else null. */
  readonly column: string | null;
  /** Ids of the actors who did not answer, sorted by code units. */
  readonly nonRespondents: readonly string[];
}

/** The directed side of a Dataset: the answers as given, and how they were symmetrised. */
export interface DirectedData {
  /** Arcs sorted by (source, target); repeated rows in the same direction merged by the duplicates policy. */
  readonly arcs: readonly Arc[];
  readonly symmetrise: Symmetrise;
  /** null: nothing says who did not answer (every actor counts as a respondent). */
  readonly respondents: Respondents | null;
}

/**
 * The shapes of data tuff reads (`input.shape`): an edge list (one tie per row) or an adjacency matrix.
 * A shape added here needs its phrase in both catalogues (Messages.shapeNames: a compile error otherwise);
 * every report format then names it through report/input-shape.ts.
 */
export type InputShape = 'edge-list' | 'matrix' | 'two-mode';

/** Where the dataset came from; the `input` block of the report. */
export interface InputInfo {
  readonly ties: string;
  readonly actors: string | null;
  readonly groupBy: string | null;
  readonly weighted: boolean;
  /** Present when weighted: `strength` (a larger number is a stronger tie) or `distance` (a longer one; strength = 1/value). */
  readonly weightMeans?: 'strength' | 'distance';
  readonly delimiter: string;
  readonly encoding: Encoding;
  /** canonical column name → header as written in the ties file (and actors file, prefixed `actors.`). */
  readonly columns: Readonly<Record<string, string>>;
  /** Which shape the ties were read from: an edge list (one tie per row), an adjacency matrix, or an attendance list projected onto the actors. */
  readonly shape?: InputShape;
  /** The file format the ties were read from: `csv` (text) or `xlsx` (an Excel workbook). */
  readonly format?: 'csv' | 'xlsx';
  /** Only for a workbook: the sheets read (actors null when the actors came from no sheet). */
  readonly sheets?: { readonly ties: string; readonly actors: string | null };
  /** Only for a matrix: its actors, and whether it was symmetric (an asymmetric one is directed data). */
  readonly matrix?: { readonly actors: number; readonly symmetric: boolean };
  /** Only for an attendance list (shape `two-mode`): the projection, the activities, the data rows and the actor–activity pairs they hold. */
  readonly twoMode?: { readonly projection: 'count' | 'newman'; readonly activities: number; readonly rows: number; readonly participations: number };
  /** Only for directed answers (absent otherwise): `true`. */
  readonly directed?: true;
  /** Only for directed answers: how the undirected metrics' network was made. */
  readonly symmetrise?: Symmetrise;
}

/**
 * What every report format says about the input's shape (report/input-shape.ts inputDescription):
 * gathered from the report's `input`, `responses` and `tieTypes` blocks in one place.
 */
export interface InputDescription {
  /** `input.shape`; an edge list when the report does not say (a hand-built ReadResult). */
  readonly shape: InputShape;
  readonly format: 'csv' | 'xlsx';
  /** The workbook's sheets read (format xlsx), else null. */
  readonly sheets: { readonly ties: string; readonly actors: string | null } | null;
  readonly matrix: { readonly actors: number; readonly symmetric: boolean } | null;
  /** Directed answers: how they were symmetrised, and how tuff knows who did not answer (null: nothing says). */
  readonly directed: {
    readonly symmetrise: Symmetrise;
    readonly respondents: { readonly source: 'column' | NonRespondentRule; readonly column: string | null } | null;
  } | null;
  /** A tie-type column: its header and the kinds analysed (null: every kind, merged). */
  readonly tieTypes: { readonly column: string; readonly selected: readonly string[] | null } | null;
  /** An attendance list (shape `two-mode`): its projection, activities and actor–activity pairs, else null. */
  readonly twoMode: { readonly projection: 'count' | 'newman'; readonly activities: number; readonly participations: number } | null;
}

export interface ReadResult {
  readonly dataset: Dataset;
  readonly input: InputInfo;
  readonly warnings: readonly DataWarning[];
}

export interface Summary {
  readonly actors: number;
  readonly ties: number;
  readonly density: number;
  readonly components: number;
  readonly isolates: number;
  readonly transitivity: number;
  readonly averageClustering: number;
  readonly degreeCentralization: number | null;
  readonly diameterOfLargestComponent: number;
  readonly averageShortestPathLargestComponent: number;
}

export interface ActorMetrics {
  readonly degree: number;
  readonly strength: number;
  readonly betweenness: number;
  readonly weightedBetweenness: number;
  readonly closeness: number;
  readonly harmonic: number;
  readonly eigenvector: number;
  readonly pagerank: number;
  readonly constraint: number | null;
  readonly effectiveSize: number | null;
  readonly clustering: number;
  readonly articulationPoint: boolean;
  /** Actors that lose their connection to the centre of the component if this actor leaves (docs/metrics.md); 0 unless a cut point. */
  readonly cutOff: number;
  readonly component: number;
  readonly eiIndex: number | null;
  readonly participation: number | null;
  readonly community: number;
}

export interface GroupStats {
  readonly actors: number;
  readonly internalTies: number;
  readonly externalTies: number;
  readonly eiIndex: number | null;
}

export interface ComponentInfo {
  readonly index: number;
  readonly size: number;
  readonly actors: readonly string[];
}

export interface Communities {
  readonly algorithm: 'louvain';
  readonly seed: number;
  readonly runs: number;
  /** Modularity of the returned partition; null on an edgeless network (undefined there). */
  readonly modularity: number | null;
  readonly count: number;
  readonly partition: Readonly<Record<string, number>>;
}

/** How betweenness was computed: exact, or a sampled estimate with its error bound. */
export interface BetweennessMethod {
  readonly exact: boolean;
  readonly samples: number | null;
  readonly epsilon: number | null;
  readonly delta: number | null;
}

/**
 * What the analysis says about how its values were computed: an estimate with
 * its stated bound (large networks), a sample replaced by exact values, an
 * eigenvector that did not converge. A note is data, a code and the figures its
 * sentence is made of; the report writes the sentence in its language
 * (src/i18n/notes-en.ts, notes-da.ts) as a warning on the ties file, line 0,
 * with the figures beside it (docs/report-schema.md, "Analysis notes").
 *
 * To add a note: its code and figures here (numbers or null, so JSON keeps them
 * as they are), its sentence in both catalogues (the compiler asks for them),
 * its row in docs/report-schema.md; then return it from the analysis in
 * `Analysis.estimates`.
 */
export interface AnalysisNoteFigures {
  /** Betweenness sampled: `sources` drawn among the `actors` of `components` large components; every value within ±epsilon with probability ≥ 1 − delta; certifiedTop: the k highest estimates are the exact top k (else null). */
  readonly 'betweenness-estimated': {
    readonly sources: number; readonly actors: number; readonly components: number;
    readonly epsilon: number; readonly delta: number; readonly certifiedTop: number | null;
  };
  /** Which actors have the `top` highest betweenness values is uncertain: the bounds of ranks firstUncertain–lastUncertain (of `ranked`) overlap. */
  readonly 'betweenness-top-uncertain': {
    readonly top: number; readonly firstUncertain: number; readonly lastUncertain: number; readonly ranked: number; readonly delta: number;
  };
  /** Weighted betweenness from the same `sources`: every value within ±epsilon with probability ≥ 1 − delta. */
  readonly 'weighted-betweenness-estimated': { readonly sources: number; readonly epsilon: number; readonly delta: number };
  /** Closeness, harmonic and mean distance from the same `sources`: mean distance within ±distanceBound hops, mean inverse distance within ±inverseDistanceBound, the largest component's mean distance within ±meanDistanceBound hops (null: not sampled). */
  readonly 'closeness-estimated': {
    readonly sources: number; readonly distanceBound: number; readonly inverseDistanceBound: number;
    readonly meanDistanceBound: number | null; readonly delta: number;
  };
  /** The diameter of the largest component is between lower (reported) and upper; the iFUB search stopped after `searches` searches. */
  readonly 'diameter-estimated': { readonly lower: number; readonly upper: number; readonly searches: number };
  /** `sources` sampled could not single out the `top` highest values (ranks firstUncertain–lastUncertain of `ranked` overlap): every actor was searched. */
  readonly 'sampling-replaced-by-exact': {
    readonly sources: number; readonly top: number; readonly firstUncertain: number; readonly lastUncertain: number; readonly ranked: number;
  };
  /** Eigenvector centrality stopped after `products` matrix products with leading eigenvalue `eigenvalue` nearly tied with the next. */
  readonly 'eigenvector-not-converged': { readonly products: number; readonly eigenvalue: number };
  /** Directed betweenness sampled (analysis/directed.ts): `sources` drawn among the `actors` of the `components` largest weakly connected parts; within ±epsilon with probability ≥ 1 − delta; certifiedTop as for betweenness-estimated. */
  readonly 'directed-betweenness-estimated': {
    readonly sources: number; readonly actors: number; readonly components: number;
    readonly epsilon: number; readonly delta: number; readonly certifiedTop: number | null;
  };
}
export type AnalysisNoteCode = keyof AnalysisNoteFigures;

/** One of each code: a Record, so a code added above and not here (or the reverse) is a compile error. */
const NOTE_CODES: Readonly<Record<AnalysisNoteCode, true>> = {
  'betweenness-estimated': true,
  'betweenness-top-uncertain': true,
  'weighted-betweenness-estimated': true,
  'closeness-estimated': true,
  'diameter-estimated': true,
  'sampling-replaced-by-exact': true,
  'eigenvector-not-converged': true,
  'directed-betweenness-estimated': true,
};
export const ANALYSIS_NOTE_CODES: readonly AnalysisNoteCode[] = Object.freeze(Object.keys(NOTE_CODES) as AnalysisNoteCode[]);

/** A note of one code with that code's figures. */
export type AnalysisNoteOf<C extends AnalysisNoteCode> = { readonly code: C; readonly figures: AnalysisNoteFigures[C] };
export type AnalysisNote = { [C in AnalysisNoteCode]: AnalysisNoteOf<C> }[AnalysisNoteCode];
/** The former name of AnalysisNote (the first notes were all estimates). */
export type EstimateNote = AnalysisNote;

/** Per-actor metrics of directed answers (docs/metrics.md, "Directed ties"). */
export interface DirectedActorMetrics {
  readonly inDegree: number;
  readonly outDegree: number;
  readonly inStrength: number;
  readonly outStrength: number;
  /** Share of the ties the actor reports to respondents that they report back; null when undefined. */
  readonly reciprocity: number | null;
  /** Whether the actor answered; null when nothing says who answered. */
  readonly respondent: boolean | null;
  readonly directedPagerank: number;
  /** Betweenness on the arcs (networkx DiGraph definition); absent when not computed. */
  readonly directedBetweenness?: number;
}

export interface DyadCensus {
  readonly mutual: number;
  readonly asymmetric: number;
  readonly null: number;
}

/** Network-level metrics of directed answers. */
export interface DirectedSummary {
  readonly arcs: number;
  /** Mutual arcs / all arcs (nx.reciprocity); null without arcs. */
  readonly reciprocity: number | null;
  readonly dyadCensus: DyadCensus;
  /** Respondents / actors; null when nothing says who answered. */
  readonly responseRate: number | null;
}

/** Who answered, and what rests on those who did not. */
export interface ResponseInfo {
  readonly source: 'column' | NonRespondentRule;
  readonly column: string | null;
  readonly respondents: number;
  readonly nonRespondents: readonly string[];
  /** Mutual arcs / arcs between two respondents; null without such arcs. */
  readonly reciprocityAmongRespondents: number | null;
  /** Ties of the symmetrised network with a non-respondent at one end or both: known only from the other side. */
  readonly tiesKnownFromOneSide: number;
}

export interface DirectedAnalysis {
  readonly symmetrise: Symmetrise;
  readonly summary: DirectedSummary;
  readonly actors: Readonly<Record<string, DirectedActorMetrics>>;
  readonly responses: ResponseInfo | null;
}

export interface Analysis {
  readonly summary: Summary;
  readonly actors: Readonly<Record<string, ActorMetrics>>;
  readonly groups: Readonly<Record<string, GroupStats>>;
  readonly eiIndex: number | null;
  readonly groupTies: { readonly internal: number; readonly external: number };
  readonly bridges: readonly (readonly [string, string])[];
  readonly components: readonly ComponentInfo[];
  readonly communities: Communities;
  readonly betweennessMethod: BetweennessMethod;
  /** Notes on how values were computed (estimates and their bounds, …); absent or empty when there is nothing to say. */
  readonly estimates?: readonly EstimateNote[];
  /** The directed metrics, for directed answers only. */
  readonly directed?: DirectedAnalysis;
  /** Density and group mix per kind of tie, when the ties have a tie-type column. */
  readonly tieTypes?: TieTypesReport;
}

export interface Recommendation {
  readonly rule: string;
  readonly severity: Severity;
  readonly actors: readonly string[];
  readonly groups: readonly string[];
  readonly evidence: Readonly<Record<string, unknown>>;
  readonly message: string;
  /**
   * Only on an item into which findings with the same cause were folded
   * (src/recommend/combine.ts): each of them with its own rule, severity,
   * actors, groups and evidence, in output order.
   */
  readonly merged?: readonly MergedFinding[];
}

/** A finding said inside another recommendation with the same cause. */
export interface MergedFinding {
  readonly rule: string;
  readonly severity: Severity;
  readonly actors: readonly string[];
  readonly groups: readonly string[];
  readonly evidence: Readonly<Record<string, unknown>>;
}

export interface ReportActor extends ActorMetrics, Partial<DirectedActorMetrics> {
  readonly label: string | null;
  readonly sector: string | null;
  readonly attributes: Readonly<Record<string, string>>;
}

/** The report's summary: the undirected one, plus the directed metrics for directed answers. */
export type ReportSummary = Summary & Partial<DirectedSummary>;

/** The report's `responses` block (directed answers with respondent information). */
export interface ReportResponses extends ResponseInfo {
  readonly responseRate: number;
  /** Recommendations (by their index in `recommendations`) that name actors who did not answer. */
  readonly findingsOnNonRespondents: readonly { readonly recommendation: number; readonly rule: string; readonly actors: readonly string[] }[];
}

/** The JSON report, schemaVersion 1 (docs/report-schema.md). */
export interface Report {
  readonly schemaVersion: 1;
  readonly tool: { readonly name: 'tuff'; readonly version: string };
  readonly input: InputInfo;
  readonly dataQuality: { readonly warnings: readonly DataWarning[] };
  readonly summary: ReportSummary;
  readonly actors: Readonly<Record<string, ReportActor>>;
  readonly groups: Readonly<Record<string, GroupStats>>;
  readonly eiIndex: number | null;
  readonly groupTies: { readonly internal: number; readonly external: number };
  readonly bridges: readonly (readonly [string, string])[];
  readonly components: readonly ComponentInfo[];
  readonly communities: Communities;
  /** Only when the ties have a tie-type column: density and group mix per kind of tie. */
  readonly tieTypes?: TieTypesReport;
  /** Only for an attendance list (input.shape two-mode): the activities that bring groups together, who shares none. */
  readonly twoMode?: TwoModeReport;
  /** Directed answers with respondent information only. */
  readonly responses?: ReportResponses;
  readonly recommendations: readonly Recommendation[];
}
