/**
 * analyse(dataset, options) → Analysis. Composes the metric families (one per
 * file in this folder) and adds nothing of its own. Pure: no I/O, no clock,
 * no global randomness.
 */

import type { ActorMetrics, Analysis, Dataset } from '../types.js';
import { buildNetwork, type Network } from '../model/network.js';
import { computeDegree } from './degree.js';
import { computeComponents } from './components.js';
import { computeCutPoints } from './cut-points.js';
import { computeClustering } from './clustering.js';
import { computeStructuralHoles } from './structural-holes.js';
import { computePaths } from './paths.js';
import { computeWeightedBetweenness } from './weighted-betweenness.js';
import { computeEigenvector } from './eigenvector.js';
import { computePagerank } from './pagerank.js';
import { computeGroups } from './groups.js';
import { computeCommunities, COMMUNITIES_DEFAULTS, defaultCommunityRuns } from './communities.js';

export interface AnalyseOptions {
  /** Seed of the first Louvain run; run r uses seed + r. */
  readonly seed: number;
  /**
   * Louvain runs; the partition with the best modularity is kept. When left
   * out: 20, fewer above 50,000 ties (defaultCommunityRuns in communities.ts).
   */
  readonly runs: number;
}

export const ANALYSE_DEFAULTS: AnalyseOptions = Object.freeze({
  seed: COMMUNITIES_DEFAULTS.seed,
  runs: COMMUNITIES_DEFAULTS.runs,
});

export function analyse(dataset: Dataset, options: Partial<AnalyseOptions> = {}): Analysis {
  return analyseNetwork(buildNetwork(dataset), options);
}

export function analyseNetwork(net: Network, options: Partial<AnalyseOptions> = {}): Analysis {
  const opts: AnalyseOptions = {
    seed: options.seed ?? ANALYSE_DEFAULTS.seed,
    runs: options.runs ?? defaultCommunityRuns(net.m),
  };
  const degree = computeDegree(net);
  const components = computeComponents(net);
  const cut = computeCutPoints(net);
  const clustering = computeClustering(net);
  const holes = computeStructuralHoles(net);
  const paths = computePaths(net, components.componentOf);
  const weightedBetweenness = net.weighted ? computeWeightedBetweenness(net) : paths.betweenness;
  const eigenvector = computeEigenvector(net);
  const pagerank = computePagerank(net);
  const groups = computeGroups(net);
  const communities = computeCommunities(net, { seed: opts.seed, runs: opts.runs });

  const actors: Record<string, ActorMetrics> = {};
  for (let i = 0; i < net.n; i++) {
    actors[net.ids[i]!] = {
      degree: degree.degree[i]!,
      strength: degree.strength[i]!,
      betweenness: paths.betweenness[i]!,
      weightedBetweenness: weightedBetweenness[i]!,
      closeness: paths.closeness[i]!,
      harmonic: paths.harmonic[i]!,
      eigenvector: eigenvector[i]!,
      pagerank: pagerank[i]!,
      constraint: holes.constraint[i]!,
      effectiveSize: holes.effectiveSize[i]!,
      clustering: clustering.local[i]!,
      articulationPoint: cut.articulation[i] === 1,
      component: components.componentOf[i]!,
      eiIndex: groups.actorEi[i]!,
      participation: groups.participation[i]!,
      community: communities.communityOf[i]!,
    };
  }

  return {
    summary: {
      actors: net.n,
      ties: net.m,
      density: degree.density,
      components: components.list.length,
      isolates: components.isolates,
      transitivity: clustering.transitivity,
      averageClustering: clustering.average,
      degreeCentralization: degree.centralization,
      diameterOfLargestComponent: paths.diameterOfLargestComponent,
      averageShortestPathLargestComponent: paths.averageShortestPathLargestComponent,
    },
    actors,
    groups: groups.groups,
    eiIndex: groups.eiIndex,
    groupTies: groups.groupTies,
    bridges: cut.bridges,
    components: components.list,
    communities: communities.communities,
    betweennessMethod: paths.method,
  };
}
