/**
 * The edges the graph files (GEXF, GraphML) write: the undirected ties in
 * tie order, or, for directed answers, every arc as given (source names
 * target, arc order = by source then target) with whether the other side
 * names it back (`mutual`). `bridge` is whether the edge's undirected tie is a
 * bridge of the (symmetrised) network the report's other metrics describe.
 */

import type { Dataset, Report } from '../types.js';

export interface ReportEdge {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
  readonly bridge: boolean;
  /** Directed answers: whether the reverse arc exists; null for undirected ties. */
  readonly mutual: boolean | null;
}

export function reportEdges(report: Report, dataset: Dataset): { readonly directed: boolean; readonly list: readonly ReportEdge[] } {
  const bridges = new Set(report.bridges.map(([u, v]) => `${u}\u0000${v}`));
  const arcs = dataset.directed?.arcs;
  if (arcs === undefined) {
    return {
      directed: false,
      list: dataset.ties.map((t) => ({ source: t.source, target: t.target, weight: t.weight, bridge: bridges.has(`${t.source}\u0000${t.target}`), mutual: null })),
    };
  }
  const keys = new Set(arcs.map((a) => `${a.source}\u0000${a.target}`));
  return {
    directed: true,
    list: arcs.map((a) => {
      const [u, v] = a.source < a.target ? [a.source, a.target] : [a.target, a.source];
      return { source: a.source, target: a.target, weight: a.weight, bridge: bridges.has(`${u}\u0000${v}`), mutual: keys.has(`${a.target}\u0000${a.source}`) };
    }),
  };
}
