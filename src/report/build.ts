/**
 * Analysis + input + recommendations → Report (schemaVersion 1). The key order
 * of every object here IS the key order of the JSON output, so it follows
 * docs/report-schema.md line by line. Full precision is kept; only
 * renderers round.
 */

import type { Analysis, Dataset, DirectedActorMetrics, InputInfo, DataWarning, Recommendation, Report, ReportActor, ReportResponses, ResponseInfo, TwoModeReport } from '../types.js';
import { VERSION } from '../version.js';
import { twoModeFindings } from '../analysis/two-mode.js';

export interface BuildReportInput {
  readonly dataset: Dataset;
  readonly input: InputInfo;
  readonly warnings: readonly DataWarning[];
  readonly analysis: Analysis;
  readonly recommendations: readonly Recommendation[];
}

export function buildReport({ dataset, input, warnings, analysis, recommendations }: BuildReportInput): Report {
  const actors: Record<string, ReportActor> = Object.create(null) as Record<string, ReportActor>; // ids/names as keys: no prototype, so `__proto__`, `constructor` … are ordinary keys
  for (const actor of dataset.actors) {
    const m = analysis.actors[actor.id];
    if (m === undefined) throw new Error(`actor ${actor.id} has no metrics`);
    actors[actor.id] = {
      label: actor.label,
      sector: actor.sector,
      attributes: actor.attributes,
      degree: m.degree,
      strength: m.strength,
      betweenness: m.betweenness,
      weightedBetweenness: m.weightedBetweenness,
      closeness: m.closeness,
      harmonic: m.harmonic,
      eigenvector: m.eigenvector,
      pagerank: m.pagerank,
      constraint: m.constraint,
      effectiveSize: m.effectiveSize,
      clustering: m.clustering,
      articulationPoint: m.articulationPoint,
      cutOff: m.cutOff,
      component: m.component,
      eiIndex: m.eiIndex,
      participation: m.participation,
      community: m.community,
      ...directedActor(analysis.directed?.actors[actor.id]),
    };
  }
  const directed = analysis.directed;
  return {
    schemaVersion: 1,
    tool: { name: 'tuff', version: VERSION },
    input: {
      ties: input.ties,
      actors: input.actors,
      groupBy: input.groupBy,
      weighted: input.weighted,
      ...(input.weightMeans === undefined ? {} : { weightMeans: input.weightMeans }),
      delimiter: input.delimiter,
      encoding: input.encoding,
      columns: input.columns,
      ...(input.shape === undefined ? {} : { shape: input.shape }),
      ...(input.format === undefined ? {} : { format: input.format }),
      ...(input.sheets === undefined ? {} : { sheets: { ties: input.sheets.ties, actors: input.sheets.actors } }),
      ...(input.matrix === undefined ? {} : { matrix: { actors: input.matrix.actors, symmetric: input.matrix.symmetric } }),
      ...(input.twoMode === undefined ? {} : {
        twoMode: { projection: input.twoMode.projection, activities: input.twoMode.activities, rows: input.twoMode.rows, participations: input.twoMode.participations },
      }),
      ...(input.directed === true ? { directed: true as const, symmetrise: input.symmetrise ?? 'union' } : {}),
    },
    dataQuality: {
      warnings: warnings.map((w) => ({
        file: w.file, line: w.line, code: w.code, message: w.message, ...(w.figures === undefined ? {} : { figures: w.figures }),
      })),
    },
    summary: {
      actors: analysis.summary.actors,
      ties: analysis.summary.ties,
      density: analysis.summary.density,
      components: analysis.summary.components,
      isolates: analysis.summary.isolates,
      transitivity: analysis.summary.transitivity,
      averageClustering: analysis.summary.averageClustering,
      degreeCentralization: analysis.summary.degreeCentralization,
      diameterOfLargestComponent: analysis.summary.diameterOfLargestComponent,
      averageShortestPathLargestComponent: analysis.summary.averageShortestPathLargestComponent,
      ...(directed === undefined ? {} : {
        arcs: directed.summary.arcs,
        reciprocity: directed.summary.reciprocity,
        dyadCensus: { ...directed.summary.dyadCensus },
        responseRate: directed.summary.responseRate,
      }),
    },
    actors,
    groups: Object.fromEntries(
      Object.entries(analysis.groups).map(([name, g]) => [
        name,
        { actors: g.actors, internalTies: g.internalTies, externalTies: g.externalTies, eiIndex: g.eiIndex },
      ]),
    ),
    eiIndex: analysis.eiIndex,
    groupTies: { internal: analysis.groupTies.internal, external: analysis.groupTies.external },
    bridges: analysis.bridges,
    components: analysis.components.map((c) => ({ index: c.index, size: c.size, actors: c.actors })),
    communities: {
      algorithm: analysis.communities.algorithm,
      seed: analysis.communities.seed,
      runs: analysis.communities.runs,
      modularity: analysis.communities.modularity,
      count: analysis.communities.count,
      partition: analysis.communities.partition,
    },
    ...(analysis.tieTypes === undefined ? {} : { tieTypes: analysis.tieTypes }),
    ...twoModeKey(dataset),
    ...(directed?.responses == null || directed.summary.responseRate === null ? {} : {
      responses: buildResponses(directed.responses, directed.summary.responseRate, recommendations),
    }),
    recommendations,
  };
}

/** `twoMode` for an attendance list (analysis/two-mode.ts), nothing for other shapes. */
function twoModeKey(dataset: Dataset): { twoMode?: TwoModeReport } {
  const found = twoModeFindings(dataset);
  return found === undefined ? {} : { twoMode: found };
}

/** The directed keys of one actor, in the JSON order of docs/report-schema.md; none for undirected data. */
function directedActor(d: DirectedActorMetrics | undefined): Partial<DirectedActorMetrics> {
  if (d === undefined) return {};
  return {
    inDegree: d.inDegree,
    outDegree: d.outDegree,
    inStrength: d.inStrength,
    outStrength: d.outStrength,
    reciprocity: d.reciprocity,
    respondent: d.respondent,
    directedPagerank: d.directedPagerank,
    ...(d.directedBetweenness === undefined ? {} : { directedBetweenness: d.directedBetweenness }),
  };
}

function buildResponses(r: ResponseInfo, responseRate: number, recommendations: readonly Recommendation[]): ReportResponses {
  const missing = new Set(r.nonRespondents);
  const findingsOnNonRespondents = recommendations.flatMap((rec, recommendation) => {
    const actors = rec.actors.filter((id) => missing.has(id));
    return actors.length === 0 ? [] : [{ recommendation, rule: rec.rule, actors }];
  });
  return {
    source: r.source,
    column: r.column,
    respondents: r.respondents,
    nonRespondents: r.nonRespondents,
    responseRate,
    reciprocityAmongRespondents: r.reciprocityAmongRespondents,
    tiesKnownFromOneSide: r.tiesKnownFromOneSide,
    findingsOnNonRespondents,
  };
}
