/**
 * computeAnalysis(dataset, options) → Analysis. Composes the metric families (one per
 * file in this folder) and adds nothing of its own. Pure: no I/O, no clock,
 * no global randomness. A caller that wants the time of each family (the
 * benchmark) passes `timer`: its own clock and a callback; analysis only calls
 * them, so results never depend on time.
 */

import type { ActorMetrics, Analysis, Dataset } from '../types.js';
import { buildNetwork, type Network } from '../model/network.js';
import { computeDegree } from './degree.js';
import { computeComponents } from './components.js';
import { computeCutOff, computeCutPoints } from './cut-points.js';
import { computeClustering } from './clustering.js';
import { computeStructuralHoles } from './structural-holes.js';
import { computePaths, PATHS_DEFAULTS } from './paths.js';
import { hasUniformWeights } from './weighted-betweenness.js';
import { computeEigenvectorDetailed, eigenvectorNote } from './eigenvector.js';
import { computePagerank } from './pagerank.js';
import { computeGroups } from './groups.js';
import { computeCommunities, COMMUNITIES_DEFAULTS, defaultCommunityRuns } from './communities.js';
import { buildDirectedNetwork } from '../model/directed-network.js';
import { analyseDirected, directedBetweennessNote } from './directed.js';
import { computeDirectedPaths } from './directed-paths.js';

export interface AnalysisOptions {
  /** Seed of the first Louvain run; run r uses seed + r. */
  readonly seed: number;
  /**
   * Louvain runs; the partition with the best modularity is kept. When left
   * out: 20, fewer above 50,000 ties (defaultCommunityRuns in communities.ts).
   */
  readonly runs: number;
  /** Threads for the shortest-path searches (1 = this thread only); never changes the result. */
  readonly threads: number;
  /** Exact path metrics whatever the size (otherwise large networks are sampled: paths-sampling.ts). */
  readonly exact: boolean;
  /** Source budget for the sampled path metrics; when given, sampling applies at any size. */
  readonly samples: number | undefined;
  /** Optional timing hook (bench/run.mjs): called around each metric family. */
  readonly timer?: PhaseTimer | undefined;
}

/** The caller's clock (ms) and where each family's time goes. */
export interface PhaseTimer {
  readonly now: () => number;
  readonly onPhase: (name: string, ms: number) => void;
}

/** Runs `fn`, reporting its time to the timer when there is one. */
function phase<T>(timer: PhaseTimer | undefined, name: string, fn: () => T): T {
  if (timer === undefined) return fn();
  const start = timer.now();
  const value = fn();
  timer.onPhase(name, timer.now() - start);
  return value;
}

export const ANALYSIS_DEFAULTS: AnalysisOptions = Object.freeze({
  seed: COMMUNITIES_DEFAULTS.seed,
  runs: COMMUNITIES_DEFAULTS.runs,
  threads: PATHS_DEFAULTS.threads,
  exact: PATHS_DEFAULTS.exact,
  samples: PATHS_DEFAULTS.samples,
});

export function computeAnalysis(dataset: Dataset, options: Partial<AnalysisOptions> = {}): Analysis {
  const net = phase(options.timer, 'network', () => buildNetwork(dataset));
  return withDirected(analyseNetwork(net, options), net, dataset, options);
}

/**
 * The analysis of the symmetrised network plus the directed metrics, when
 * the dataset holds directed answers (analysis/directed.ts); else unchanged.
 */
export function withDirected(analysis: Analysis, net: Network, dataset: Dataset, options: Partial<AnalysisOptions> = {}): Analysis {
  const data = dataset.directed;
  if (data === undefined) return analysis;
  const timer = options.timer;
  const d = phase(timer, 'directed-network', () => buildDirectedNetwork(net, data));
  const paths = phase(timer, 'directed-paths', () => computeDirectedPaths(d, {
    weighted: false,
    exact: options.exact ?? ANALYSIS_DEFAULTS.exact,
    samples: options.samples ?? ANALYSIS_DEFAULTS.samples,
    seed: options.seed ?? ANALYSIS_DEFAULTS.seed,
    threads: options.threads ?? ANALYSIS_DEFAULTS.threads,
  }));
  const directed = phase(timer, 'directed', () => analyseDirected(net, d, data, { paths }));
  const note = directedBetweennessNote(paths);
  return { ...analysis, directed, ...(note === null ? {} : { estimates: [...(analysis.estimates ?? []), note] }) };
}

export function analyseNetwork(net: Network, options: Partial<AnalysisOptions> = {}): Analysis {
  const opts: AnalysisOptions = {
    seed: options.seed ?? ANALYSIS_DEFAULTS.seed,
    runs: options.runs ?? defaultCommunityRuns(net.m),
    threads: options.threads ?? ANALYSIS_DEFAULTS.threads,
    exact: options.exact ?? ANALYSIS_DEFAULTS.exact,
    samples: options.samples ?? ANALYSIS_DEFAULTS.samples,
  };
  const timer = options.timer;
  const degree = phase(timer, 'degree', () => computeDegree(net));
  const components = phase(timer, 'components', () => computeComponents(net));
  const cut = phase(timer, 'cut-points', () => computeCutPoints(net));
  const clustering = phase(timer, 'clustering', () => computeClustering(net));
  const holes = phase(timer, 'structural-holes', () => computeStructuralHoles(net, degree.strength));
  // Weighted betweenness comes from the same sources as the hop-count family (one pass);
  // with all weights equal the shortest paths are the hop-count ones.
  const weighted = net.weighted && !hasUniformWeights(net);
  const paths = phase(timer, 'paths', () => computePaths(net, components.componentOf, {
    weighted, exact: opts.exact, samples: opts.samples, seed: opts.seed, threads: opts.threads,
  }));
  const weightedBetweenness = paths.weightedBetweenness ?? paths.betweenness;
  const cutOff = phase(timer, 'cut-off', () => computeCutOff(net, components.componentOf, paths.closeness));
  const eigen = phase(timer, 'eigenvector', () => computeEigenvectorDetailed(net, components));
  const eigenvector = eigen.values;
  const eigenNote = eigenvectorNote(eigen);
  const pagerank = phase(timer, 'pagerank', () => computePagerank(net));
  const groups = phase(timer, 'groups', () => computeGroups(net));
  const communities = phase(timer, 'communities', () => computeCommunities(net, { seed: opts.seed, runs: opts.runs }));

  const actors: Record<string, ActorMetrics> = Object.create(null) as Record<string, ActorMetrics>; // ids/names as keys: no prototype, so `__proto__`, `constructor` … are ordinary keys
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
      cutOff: cutOff[i]!,
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
    estimates: eigenNote === null ? paths.estimates : [...paths.estimates, eigenNote],
  };
}
