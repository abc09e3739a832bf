/**
 * Directed answers → the undirected network every undirected metric reads,
 * and who answered (pure).
 *
 * Symmetrisation (`--symmetrise`, docs/metrics.md "Directed ties"):
 * - `union` (default): an undirected tie {A, B} wherever A reports B, B reports
 *   A, or both. A pair reported from one side keeps that arc's weight; a
 *   mutual pair's weight is the `--duplicates` policy applied to its two arcs
 *   (sum: w_AB + w_BA; max; first: the arc whose row comes first in the file).
 *   Without a weight column every tie weighs 1, as for undirected repeats.
 * - `mutual`: only the confirmed pairs (both report the tie), weighted the same
 *   way; a pair only one side reports is not a tie of the undirected network.
 *
 * Respondents (`Respondents`): the actors file's respondent column
 * (`respondent`, `besvaret`, `svaret`, `answered`, `responded`, any case; yes/ja/true/1/x = answered, no/nej/false/0/- =
 * did not), or `--non-respondents no-outgoing` (an actor with no row of its
 * own did not answer). In a column of x-marks an empty cell means "did not
 * answer"; elsewhere an empty or unrecognised cell is decided by the rows
 * (an actor with a row of its own answered) and warned about, naming the line.
 * An actor marked as not answering who has rows of its own is counted as a
 * respondent (its rows are answers) with a warning. Actors only the ties name
 * (not in the actors file) are decided by their rows.
 */

import { dataWarning } from '../i18n/warnings.js';
import type { Actor, Arc, DataWarning, NonRespondentRule, Respondents, Symmetrise, Tie } from '../types.js';
import { compareCodeUnits } from '../util/sort.js';
import type { ActorsRead } from './actors.js';
import type { DuplicatePolicy } from './ties.js';

/**
 * Arcs in order of first appearance → undirected ties (`source < target`), in
 * order of the first arc of each pair.
 */
export function symmetriseArcs(arcs: readonly Arc[], how: Symmetrise, duplicates: DuplicatePolicy, weighted: boolean): Tie[] {
  const index = new Map<string, number>();
  const ties: { source: string; target: string; weight: number }[] = [];
  const arcCount: number[] = [];
  for (const arc of arcs) {
    const source = arc.source < arc.target ? arc.source : arc.target;
    const target = arc.source < arc.target ? arc.target : arc.source;
    const key = `${source}\u0000${target}`;
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, ties.length);
      ties.push({ source, target, weight: weighted ? arc.weight : 1 });
      arcCount.push(1);
      continue;
    }
    arcCount[at]! += 1;
    const tie = ties[at]!;
    if (!weighted) continue;
    if (duplicates === 'sum') tie.weight += arc.weight;
    else if (duplicates === 'max') tie.weight = Math.max(tie.weight, arc.weight);
  }
  return how === 'union' ? ties : ties.filter((_, i) => arcCount[i] === 2);
}

/** Arcs sorted by (source, target). */
export function sortArcs(arcs: readonly Arc[]): Arc[] {
  return [...arcs].sort((a, b) => compareCodeUnits(a.source, b.source) || compareCodeUnits(a.target, b.target));
}

const ANSWERED = new Set(['yes', 'y', 'ja', 'j', 'true', '1', 'x', '✓', '✔', 'answered', 'besvaret', 'svaret']);
const NOT_ANSWERED = new Set(['no', 'n', 'nej', 'false', '0', '-', 'not answered', 'ikke besvaret', 'ikke svaret']);

/**
 * Actors columns that say who answered, matched case-insensitively. Not header
 * aliases (model/columns.ts): an undirected network keeps such a column as
 * the attribute it always was.
 */
export const RESPONDENT_COLUMNS: readonly string[] = Object.freeze(['respondent', 'besvaret', 'svaret', 'answered', 'responded']);

export interface RespondentsInput {
  /** The dataset's actors (sorted by id). */
  readonly actors: readonly Actor[];
  /** The actors file as read (lines, columns), or null. */
  readonly actorsRead: ActorsRead | null;
  readonly actorsFile: string | null;
  readonly tiesFile: string;
  /** Actors with a row of their own → the line of the first. */
  readonly firstOwnRow: ReadonlyMap<string, number>;
  /** --non-respondents; undefined: the respondent column when there is one. */
  readonly rule: NonRespondentRule | undefined;
  readonly warnings: DataWarning[];
}

/** Who did not answer, or null when nothing says so. */
export function resolveRespondents(input: RespondentsInput): Respondents | null {
  const { actors, actorsRead, actorsFile, tiesFile, firstOwnRow, rule, warnings } = input;
  if (rule === 'no-outgoing') {
    const nonRespondents = actors.filter((a) => !firstOwnRow.has(a.id)).map((a) => a.id);
    return { source: 'no-outgoing', column: null, nonRespondents };
  }
  const fold = (v: string): string => v.trim().normalize('NFC').toLowerCase();
  const key = actorsRead?.columns.attributes.find((c) => RESPONDENT_COLUMNS.includes(fold(c.key)))?.key;
  if (key === undefined || actorsRead === null || actorsFile === null) return null;
  const column = actorsRead.columns.written[key] ?? key;
  let xMarks = false;
  for (const { actor } of actorsRead.actors.values()) {
    const v = actor.attributes[key];
    if (v !== undefined && fold(v) === 'x') xMarks = true;
  }
  const nonRespondents: string[] = [];
  const emptyLines: number[] = [];
  for (const actor of actors) {
    const record = actorsRead.actors.get(actor.id);
    const own = firstOwnRow.get(actor.id);
    if (record === undefined) {
      if (own === undefined) nonRespondents.push(actor.id);
      continue;
    }
    const raw = record.actor.attributes[key];
    const value = raw === undefined ? '' : fold(raw);
    let answered: boolean;
    if (ANSWERED.has(value)) answered = true;
    else if (NOT_ANSWERED.has(value) || (value === '' && xMarks)) answered = false;
    else {
      answered = own !== undefined;
      if (value === '') emptyLines.push(record.line);
      else {
        warnings.push(dataWarning(actorsFile, record.line, { code: 'respondent-unrecognised', params: { column, raw: raw ?? '', id: actor.id, answered } }));
      }
    }
    if (!answered && own !== undefined) {
      warnings.push(dataWarning(tiesFile, own, { code: 'respondent-has-answers', params: { id: actor.id, actorsFile, actorsLine: record.line } }));
      answered = true;
    }
    if (!answered) nonRespondents.push(actor.id);
  }
  if (emptyLines.length > 0) {
    warnings.push(dataWarning(actorsFile, emptyLines[0]!, { code: 'respondent-empty', params: { column, lines: emptyLines } }));
  }
  return { source: 'column', column, nonRespondents };
}
