/**
 * Kinds of tie (multiplex data): per kind, its number of ties, its density and
 * its mix of groups (pure). What evaluators report per tie type — information
 * sharing vs joint planning — beside the analysis of the merged network
 * (docs/metrics.md, "Kinds of tie").
 *
 * - n = every actor of the analysed network (an actor whose ties are all of
 *   other kinds is an isolate of this kind); density = 2m / (n(n−1)), 0 for n < 2.
 * - Group mix: each tie of the kind counted once under the unordered pair of
 *   its ends' `groupBy` values (`[g, g]` inside a group); internal / external =
 *   the ties inside one group / between two; a tie with an ungrouped end is in
 *   neither. Pairs sorted by ties descending, then by names (code units).
 */

import type { Analysis, Dataset, TieTypeStats, TieTypesReport } from '../types.js';
import { groupValueOf } from '../util/group.js';
import { compareCodeUnits } from '../util/sort.js';

export function analyseTieTypes(dataset: Dataset): TieTypesReport | undefined {
  const data = dataset.tieTypes;
  if (data === undefined) return undefined;
  const n = dataset.actors.length;
  const group = new Map<string, string | null>();
  for (const actor of dataset.actors) group.set(actor.id, groupValueOf(actor, dataset.groupBy));
  const chosen = data.selected === null ? null : new Set(data.selected);
  const types: TieTypeStats[] = data.kinds.map((type) => {
    const ties = data.ties[type] ?? [];
    let internalTies = 0;
    let externalTies = 0;
    const pairs = new Map<string, { groups: [string, string]; ties: number }>();
    for (const tie of ties) {
      const a = group.get(tie.source) ?? null;
      const b = group.get(tie.target) ?? null;
      if (a === null || b === null) continue;
      if (a === b) internalTies++;
      else externalTies++;
      const groups: [string, string] = compareCodeUnits(a, b) <= 0 ? [a, b] : [b, a];
      const key = `${groups[0]}\u0000${groups[1]}`;
      const entry = pairs.get(key);
      if (entry === undefined) pairs.set(key, { groups, ties: 1 });
      else entry.ties++;
    }
    const groupPairs = [...pairs.values()].sort(
      (x, y) => y.ties - x.ties || compareCodeUnits(x.groups[0], y.groups[0]) || compareCodeUnits(x.groups[1], y.groups[1]),
    );
    return {
      type,
      analysed: chosen === null || chosen.has(type),
      ties: ties.length,
      density: n < 2 ? 0 : (2 * ties.length) / (n * (n - 1)),
      internalTies,
      externalTies,
      groupPairs,
    };
  });
  return { column: data.column, selected: data.selected, multiplexPairs: data.multiplexPairs, mergedBy: data.mergedBy, types };
}

/** The analysis plus the per-kind block, when the dataset has kinds of tie. */
export function withTieTypes(analysis: Analysis, dataset: Dataset): Analysis {
  const tieTypes = analyseTieTypes(dataset);
  return tieTypes === undefined ? analysis : { ...analysis, tieTypes };
}
