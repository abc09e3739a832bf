/**
 * The adapter between the metrics and the graphology packages: the only module
 * of analysis/ that imports `graphology`, and the only one anywhere that
 * imports `graphology-communities-louvain` and `graphology-metrics`.
 * Everything else in analysis/ reads the CSR `Network`. The one other
 * graphology importer is the HTML map's layout (report/layout.ts: a
 * graphology graph for ForceAtlas2); test/architecture.test.ts holds the list.
 *
 * It absorbs the interop problems of these CommonJS packages under
 * `module: NodeNext` (the project's graphology notes, TypeScript section):
 * - `import Graph from 'graphology'` is not a constructor type → the named
 *   `UndirectedGraph` export is used;
 * - the louvain `.d.ts` says `export default`, but at run time the CommonJS
 *   `module.exports` *is* the function, so Node's ESM default import is the
 *   function itself while TypeScript types it as the module namespace: the
 *   value is re-typed once here (`typeof ns.default`);
 * - graphology-metrics is reached through its root (`centrality.pagerank`), whose
 *   named exports type-check and exist at run time.
 *
 * Exports typed callables only; the non-mutating variants are used (never
 * `.assign`), so nothing is written back into a graph.
 */

import { UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import louvainNamespace from 'graphology-communities-louvain';
import type { DetailedLouvainOutput } from 'graphology-communities-louvain';
import { centrality } from 'graphology-metrics';
import type { Network } from '../model/network.js';

export type { DetailedLouvainOutput };

/** Edge attributes of the graphs built here: the tie weight, as a number. */
export interface TieAttributes {
  readonly weight: number;
  [key: string]: unknown;
}

export type TuffGraph = AbstractGraph<Record<string, unknown>, TieAttributes>;

const louvain = louvainNamespace as unknown as typeof louvainNamespace.default;

/**
 * The graphology node key of an actor id. graphology keeps neighbours in plain
 * objects, so an id that is a property of Object.prototype (`__proto__`,
 * `constructor`, `toString`, …) would read as an existing neighbour ("edge
 * already exists") or set a prototype; those ids, and only those, get a NUL
 * prefix, which no actor id can hold (the readers refuse NUL), so keys stay
 * unique and every other id keeps its key, and Louvain its traversal order.
 */
export function graphKey(id: string): string {
  return id === '__proto__' || id in Object.prototype ? `\u0000${id}` : id;
}

/**
 * The network as a graphology UndirectedGraph: node keys are the actor ids (graphKey),
 * inserted in id (= index) order, isolates included; each tie once, from the
 * CSR rows in index order (u < v), with its weight as a number attribute.
 */
export function toGraphology(net: Network): TuffGraph {
  const graph = new UndirectedGraph<Record<string, unknown>, TieAttributes>();
  const keys = net.ids.map(graphKey);
  for (const key of keys) graph.addNode(key);
  const { offsets, targets, weights } = net;
  for (let u = 0; u < net.n; u++) {
    for (let p = offsets[u]!; p < offsets[u + 1]!; p++) {
      const v = targets[p]!;
      if (v > u) graph.addEdge(keys[u]!, keys[v]!, { weight: weights[p]! });
    }
  }
  return graph;
}

export interface LouvainRunOptions {
  /** Uniform numbers in [0, 1): the only source of randomness of the run. */
  readonly rng: () => number;
  readonly resolution: number;
  readonly fastLocalMoves: boolean;
}

/**
 * graphology-communities-louvain `louvain.detailed` (Blondel et al. 2008),
 * weighted by the `weight` attribute, random traversal driven by `rng`.
 */
export function louvainDetailed(graph: TuffGraph, options: LouvainRunOptions): DetailedLouvainOutput {
  return louvain.detailed(graph, {
    getEdgeWeight: 'weight',
    resolution: options.resolution,
    fastLocalMoves: options.fastLocalMoves,
    randomWalk: true,
    rng: options.rng,
  });
}

export interface GraphologyPagerankOptions {
  readonly alpha: number;
  readonly tolerance: number;
  readonly maxIterations: number;
}

/** graphology-metrics PageRank on the `weight` attribute; used to cross-check the CSR kernel. */
export function graphologyPagerank(graph: TuffGraph, options: GraphologyPagerankOptions): Record<string, number> {
  return centrality.pagerank(graph, { getEdgeWeight: 'weight', ...options });
}
