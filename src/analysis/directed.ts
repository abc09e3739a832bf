/**
 * The directed metrics of survey answers (Dataset.directed): composes the
 * directed families (one per file) over the DirectedNetwork and adds
 * nothing of its own. Pure. The undirected metrics are analyseNetwork's, on
 * the symmetrised network (model/directed.ts).
 */

import type { DirectedActorMetrics, DirectedAnalysis, DirectedData, EstimateNote } from '../types.js';
import type { DirectedPathsResult } from './directed-paths.js';
import type { Network } from '../model/network.js';
import type { DirectedNetwork } from '../model/directed-network.js';
import { computeDirectedDegree } from './directed-degree.js';
import { computeReciprocity } from './reciprocity.js';
import { computeDirectedPagerank } from './directed-pagerank.js';

export interface DirectedExtras {
  /** Directed betweenness (the paths kernel, analysis/directed-paths.ts), when computed. */
  readonly paths?: DirectedPathsResult | undefined;
}

/** The note of a sampled directed betweenness (as the undirected estimates: ties file, line 0), or null when exact. */
export function directedBetweennessNote(paths: DirectedPathsResult | undefined): EstimateNote | null {
  const e = paths?.estimate;
  if (e == null || e.replacedByExact || paths!.method.exact) return null;
  return {
    code: 'directed-betweenness-estimated',
    figures: {
      sources: e.draws, actors: e.sampledActors, components: e.sampledComponents, epsilon: e.epsilon, delta: e.delta,
      certifiedTop: e.top.certified ? e.top.k : null,
    },
  };
}

export function analyseDirected(net: Network, d: DirectedNetwork, data: DirectedData, extras: DirectedExtras = {}): DirectedAnalysis {
  const degree = computeDirectedDegree(d);
  const reciprocity = computeReciprocity(d);
  const pagerank = computeDirectedPagerank(d);
  const actors: Record<string, DirectedActorMetrics> = Object.create(null) as Record<string, DirectedActorMetrics>; // ids/names as keys: no prototype, so `__proto__`, `constructor` … are ordinary keys
  for (let i = 0; i < net.n; i++) {
    actors[net.ids[i]!] = {
      inDegree: degree.inDegree[i]!,
      outDegree: degree.outDegree[i]!,
      inStrength: degree.inStrength[i]!,
      outStrength: degree.outStrength[i]!,
      reciprocity: reciprocity.actor[i]!,
      respondent: d.knownRespondents ? d.respondent[i] === 1 : null,
      directedPagerank: pagerank[i]!,
      ...(extras.paths === undefined ? {} : { directedBetweenness: extras.paths.betweenness[i]! }),
    };
  }
  let respondents = 0;
  for (let i = 0; i < net.n; i++) respondents += d.respondent[i]!;
  let oneSide = 0;
  for (let e = 0; e < net.m; e++) if (d.respondent[net.tieSource[e]!] === 0 || d.respondent[net.tieTarget[e]!] === 0) oneSide++;
  const r = data.respondents;
  return {
    symmetrise: data.symmetrise,
    summary: {
      arcs: d.m,
      reciprocity: reciprocity.network,
      dyadCensus: reciprocity.dyads,
      responseRate: r === null || net.n === 0 ? null : respondents / net.n,
    },
    actors,
    responses: r === null ? null : {
      source: r.source,
      column: r.column,
      respondents,
      nonRespondents: r.nonRespondents,
      reciprocityAmongRespondents: reciprocity.amongRespondents,
      tiesKnownFromOneSide: oneSide,
    },
  };
}
