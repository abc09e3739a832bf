/**
 * Two-mode (attendance) data → the one-mode actor network (pure).
 *
 * A participation table has one row per actor taking part in an activity:
 * columns `actor` and `activity`, optional `date` and `weight`, with Danish
 * aliases (aktør, aktivitet/møde/arrangement, dato, vægt). An activity row
 * without an actor, or an actor without an activity, is an InputError on its
 * line; a repeated actor–activity pair is merged into one participation with
 * a warning naming the line (the bipartite graph has one edge per pair, as
 * networkx's Graph).
 *
 * The projection onto the actors is networkx's:
 * - `count`: `bipartite.weighted_projected_graph(B, actors)`, the weight of
 *   u–v is the number of activities both attend;
 * - `newman`: `bipartite.collaboration_weighted_projected_graph(B, actors)`,
 *   w(u,v) = Σ over shared activities k of 1 / (d_k − 1), d_k the number of
 *   participants of k (Newman 2001).
 * The participation weight and date are read and validated but, as in
 * networkx, do not enter the projected weight (a notice on the weight
 * column's header says so).
 */

import { InputError } from '../errors.js';
import { dataWarning } from '../i18n/warnings.js';
import type { DataWarning, Tie, TwoModeData } from '../types.js';
import type { CombineTies } from './dataset.js';
import { headerKey, PARTICIPATION_ALIASES } from './columns.js';
import type { IdNormaliser } from './ids.js';
import { checkRowWidth, type Table } from './table.js';
import { parseWeight } from './ties.js';
import { compareCodeUnits } from '../util/sort.js';

export const PROJECTIONS = ['count', 'newman'] as const;
export type Projection = (typeof PROJECTIONS)[number];

export { PARTICIPATION_ALIASES } from './columns.js';

export interface Participation {
  readonly actor: string;
  readonly activity: string;
  /** The 1-based line of the (first) row. */
  readonly line: number;
  readonly date: string | null;
  readonly weight: number | null;
}

export interface ParticipationRead {
  /** One per actor–activity pair, in file order of first appearance. */
  readonly rows: readonly Participation[];
  /** Data rows read (before merging repeats; blank rows left out). */
  readonly rowsRead: number;
  /** participation column → header as written. */
  readonly written: Readonly<Record<string, string>>;
}

export interface ReadParticipationOptions {
  readonly decimalComma: boolean;
  readonly normaliseId: IdNormaliser;
  readonly warnings: DataWarning[];
}

export function readParticipation(table: Table, file: string, options: ReadParticipationOptions): ParticipationRead {
  const index: Partial<Record<'actor' | 'activity' | 'date' | 'weight', number>> = {};
  const written: Record<string, string> = {};
  let lastNamed = -1;
  table.header.forEach((header, i) => {
    if (header.trim() === '') return;
    lastNamed = i;
    const column = PARTICIPATION_ALIASES[headerKey(header)];
    if (column === undefined) return;
    if (index[column] !== undefined) {
      throw new InputError(file, table.headerLine, { code: 'column-twice', params: { a: written[column]!, b: header.trim(), key: column } });
    }
    index[column] = i;
    written[column] = header.trim();
  });
  for (const needed of ['actor', 'activity'] as const) {
    if (index[needed] === undefined) {
      throw new InputError(file, table.headerLine, { code: 'two-mode-column-missing', params: { column: needed, found: table.header.map((h) => h.trim()) } });
    }
  }
  if (index.weight !== undefined) {
    options.warnings.push(dataWarning(file, table.headerLine, { code: 'participation-weight-unused', params: { column: written['weight']! } }));
  }
  const rows: Participation[] = [];
  const firstLine = new Map<string, number>();
  let rowsRead = 0;
  for (const row of table.rows) {
    if (row.fields.every((f) => f.trim() === '')) continue;
    rowsRead++;
    checkRowWidth(row, table.header, lastNamed, file);
    const actor = options.normaliseId(row.fields[index.actor!] ?? '', file, row.line);
    const activity = options.normaliseId(row.fields[index.activity!] ?? '', file, row.line);
    if (actor === '') throw new InputError(file, row.line, { code: 'activity-without-actor', params: { activity, column: written['actor']! } });
    if (activity === '') throw new InputError(file, row.line, { code: 'actor-without-activity', params: { actor, column: written['activity']! } });
    let weight: number | null = null;
    if (index.weight !== undefined) {
      const parsed = parseWeight(row.fields[index.weight] ?? '', options.decimalComma);
      if (typeof parsed !== 'number') throw new InputError(file, row.line, parsed);
      weight = parsed;
    }
    const date = index.date === undefined ? null : (row.fields[index.date] ?? '').trim() || null;
    const key = `${actor}\u0000${activity}`;
    const first = firstLine.get(key);
    if (first !== undefined) {
      options.warnings.push(dataWarning(file, row.line, { code: 'repeated-participation', params: { actor, activity, firstLine: first } }));
      continue;
    }
    firstLine.set(key, row.line);
    rows.push({ actor, activity, line: row.line, date, weight });
  }
  return { rows, rowsRead, written };
}

export interface ActivityInfo {
  readonly activity: string;
  /** Participants, sorted. */
  readonly actors: readonly string[];
}

export interface ProjectionResult {
  /** The actor network: source < target, sorted by (source, target). */
  readonly ties: readonly Tie[];
  /** Every actor who attends something, sorted. */
  readonly actors: readonly string[];
  /** Every activity with its participants, sorted by activity (analysis/two-mode.ts finds who shares nothing from these). */
  readonly activities: readonly ActivityInfo[];
}

/** The one-mode actor network of the participations, as networkx projects it (see the file comment). */
export function projectParticipation(rows: readonly Participation[], how: Projection): ProjectionResult {
  const byActivity = new Map<string, Set<string>>();
  const actorSet = new Set<string>();
  for (const r of rows) {
    actorSet.add(r.actor);
    let set = byActivity.get(r.activity);
    if (set === undefined) byActivity.set(r.activity, (set = new Set()));
    set.add(r.actor);
  }
  const activities = [...byActivity.keys()].sort(compareCodeUnits).map((activity) => ({ activity, actors: [...byActivity.get(activity)!].sort(compareCodeUnits) }));
  const weights = new Map<string, number>();
  for (const { actors } of activities) {
    const d = actors.length;
    if (d < 2) continue;
    const add = how === 'count' ? 1 : 1 / (d - 1);
    for (let i = 0; i < d; i++) {
      for (let j = i + 1; j < d; j++) {
        const key = `${actors[i]!}\u0000${actors[j]!}`;
        weights.set(key, (weights.get(key) ?? 0) + add);
      }
    }
  }
  const ties: Tie[] = [...weights.entries()]
    .map(([key, weight]) => {
      const [source, target] = key.split('\u0000') as [string, string];
      return { source, target, weight };
    })
    .sort((a, b) => compareCodeUnits(a.source, b.source) || compareCodeUnits(a.target, b.target));
  const actors = [...actorSet].sort(compareCodeUnits);
  return { ties, actors, activities };
}

/**
 * A participation table read → the ties combineDataset joins with the actors
 * file (each actor named at the line of its first row, so an actor missing
 * from the actors file is an `unknown-actor` warning there, as for a ties
 * file) and the two-mode data the report describes.
 */
export function participationTies(read: ParticipationRead, how: Projection): { readonly ties: CombineTies; readonly twoMode: TwoModeData } {
  const projected = projectParticipation(read.rows, how);
  const mentioned = new Map<string, number>();
  for (const r of read.rows) if (!mentioned.has(r.actor)) mentioned.set(r.actor, r.line);
  return {
    ties: { ties: projected.ties, mentioned, endpointValues: [], weighted: true, columns: { attributes: [] } },
    twoMode: { projection: how, rows: read.rowsRead, participations: read.rows.length, activities: projected.activities },
  };
}

export interface SectorMeeting {
  readonly activity: string;
  readonly participants: number;
  /** The sectors present, sorted; actors without a sector are not counted. */
  readonly sectors: readonly string[];
}

/**
 * Activities that bring sectors together: those with participants from at least two sectors,
 * ordered by number of sectors, then participants (both descending), then name.
 */
export function sectorMeetings(activities: readonly ActivityInfo[], sectorOf: (actor: string) => string | null): SectorMeeting[] {
  return activities
    .map(({ activity, actors }) => ({
      activity,
      participants: actors.length,
      sectors: [...new Set(actors.map(sectorOf).filter((s): s is string => s !== null && s !== ''))].sort(compareCodeUnits),
    }))
    .filter((m) => m.sectors.length >= 2)
    .sort((a, b) => b.sectors.length - a.sectors.length || b.participants - a.participants || compareCodeUnits(a.activity, b.activity));
}
