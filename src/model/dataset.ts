/**
 * Ties (+ actors) → Dataset (pure): the cross-file policies and the final order.
 *
 * - An actor named by a tie but missing from the actors file is added with no
 *   label or attributes (`unknown-actor`, at the line first naming it). Without
 *   an actors file, the actors are exactly those the ties name.
 * - One-file attributes (`source_sector`, `fra_sektor`, …) fill Actor.label /
 *   Actor.sector / attributes. Two different values for the same actor are an
 *   InputError naming both lines. When the actors file has a value for that
 *   actor and attribute, it wins and a different ties value is a warning
 *   (`attribute-conflict`, once per actor and attribute); where the actors file
 *   has no value, the ties values are used under the one-file rule.
 * - A tie naming an id that differs from an earlier one only by case is a
 *   warning `id-case-variant` ("did you mean"); the id is kept as written.
 * - Attribute names are matched case-insensitively across the files; the actors
 *   file's spelling wins.
 * - Nothing at all (no actor after all rows) is an InputError on the ties file.
 * - Actors are sorted by id, ties by (source, target), code-unit order.
 *
 * groupBy: `groupColumns` lists the columns an actor can be grouped by (`sector`
 * first when present, then attributes); `chooseGroupBy` matches a requested name
 * against them case-insensitively and through the header aliases.
 */

import { InputError } from '../errors.js';
import { dataWarning } from '../i18n/warnings.js';
import type { Actor, DataWarning, Tie } from '../types.js';
import { compareCodeUnits } from '../util/sort.js';
import { isRecognisedVulnerableValue, isVulnerableColumn } from '../util/vulnerable.js';
import { type GroupCell, mergeGroupVariants } from './group-variants.js';
import type { ActorsRead } from './actors.js';
import { type Aliases, canonicalColumn, findName, headerKey } from './columns.js';
import type { TiesRead } from './ties.js';

/** What combineDataset uses of a ties file read (an attendance list's projection gives the same: model/two-mode.ts). */
export type CombineTies = Pick<TiesRead, 'ties' | 'mentioned' | 'endpointValues' | 'weighted'> & { readonly columns: Pick<TiesRead['columns'], 'attributes'> };

export interface CombineInput {
  readonly ties: CombineTies;
  readonly tiesFile: string;
  readonly actors: ActorsRead | null;
  readonly actorsFile: string | null;
  readonly warnings: DataWarning[];
}

export interface Combined {
  readonly actors: readonly Actor[];
  readonly ties: readonly Tie[];
  readonly weighted: boolean;
  /** Columns an actor can be grouped by: `sector` first when present, then attribute keys. */
  readonly groupColumns: readonly string[];
}

interface Draft {
  readonly id: string;
  label: string | null;
  sector: string | null;
  /** Created on the first attribute: most actors of a ties-only network have none. */
  attributes: Map<string, string> | null;
  /** Line in the actors file, or null for an actor only the ties name. */
  readonly line: number | null;
}

export function combineDataset(input: CombineInput): Combined {
  const { ties, tiesFile, actors, actorsFile, warnings } = input;
  const drafts = new Map<string, Draft>();
  for (const { actor, line } of actors?.actors.values() ?? []) {
    const attributes = Object.keys(actor.attributes).length === 0 ? null : new Map(Object.entries(actor.attributes));
    drafts.set(actor.id, { id: actor.id, label: actor.label, sector: actor.sector, attributes, line });
  }
  // An id that differs from a known one only by case is most likely a typo of it: say so (issue 15).
  const byCase = new Map<string, string>();
  const caseKey = (id: string): string => id.toLowerCase();
  for (const id of drafts.keys()) if (!byCase.has(caseKey(id))) byCase.set(caseKey(id), id);
  for (const [id, line] of ties.mentioned) {
    if (drafts.has(id)) continue;
    drafts.set(id, { id, label: null, sector: null, attributes: null, line: null });
    const like = byCase.get(caseKey(id));
    if (like === undefined) byCase.set(caseKey(id), id);
    else {
      warnings.push(dataWarning(tiesFile, line, { code: 'id-case-variant', params: { id, like } }));
      continue;
    }
    if (actors !== null) {
      warnings.push(dataWarning(tiesFile, line, { code: 'unknown-actor', params: { id, actorsFile: actorsFile ?? '' } }));
    }
  }
  if (drafts.size === 0) {
    throw new InputError(tiesFile, null, { code: 'no-ties', params: { actorsGiven: actors !== null } });
  }

  // Attribute keys by headerKey → spelling (actors file first): case-insensitive, linear.
  const attributeKeys = new Map<string, string>();
  for (const c of actors?.columns.attributes ?? []) attributeKeys.set(headerKey(c.key), c.key);
  const keyOf = (key: string): string => {
    if (key === 'label' || key === 'sector') return key;
    const known = attributeKeys.get(headerKey(key));
    if (known !== undefined) return known;
    attributeKeys.set(headerKey(key), key);
    return key;
  };
  const firstTiesValue = new Map<string, { value: string; line: number; column: string }>();
  const conflictReported = new Set<string>();
  for (const v of ties.endpointValues) {
    const draft = drafts.get(v.id)!;
    const key = keyOf(v.key);
    const slot = `${v.id}\u0000${key}`;
    const current = read(draft, key);
    if (draft.line !== null && current !== null && !firstTiesValue.has(slot)) {
      if (current !== v.value && !conflictReported.has(slot)) {
        conflictReported.add(slot);
        warnings.push(dataWarning(tiesFile, v.line, {
          code: 'attribute-conflict',
          params: { column: v.column, value: v.value, id: v.id, actorsFile: actorsFile ?? '', actorsLine: draft.line, current },
        }));
      }
      continue;
    }
    const first = firstTiesValue.get(slot);
    if (first === undefined) {
      firstTiesValue.set(slot, { value: v.value, line: v.line, column: v.column });
      write(draft, key, v.value);
    } else if (first.value !== v.value) {
      throw new InputError(tiesFile, v.line, {
        code: 'attribute-disagrees',
        params: { column: v.column, value: v.value, id: v.id, firstLine: first.line, firstValue: first.value, firstColumn: first.column },
      });
    }
  }

  const hasSector = (actors !== null && actors.columns.sector !== null) || ties.columns.attributes.some((c) => c.key === 'sector');
  const groupColumns = [...(hasSector ? ['sector'] : []), ...attributeKeys.values()];
  // The vulnerable flag is read case-insensitively already (util/vulnerable.ts): `x`/`X` are not two groups to report.
  for (const key of groupColumns.filter((k) => !isVulnerableColumn(k))) {
    const cells: GroupCell[] = [];
    for (const d of drafts.values()) {
      const value = read(d, key);
      if (value === null) continue;
      const tied = firstTiesValue.get(`${d.id}\u0000${key}`);
      if (tied !== undefined && tied.value === value) cells.push({ value, file: tiesFile, line: tied.line });
      else if (d.line !== null && actorsFile !== null) cells.push({ value, file: actorsFile, line: d.line });
    }
    const canonical = mergeGroupVariants(key, cells, warnings);
    if (canonical.size === 0) continue;
    for (const d of drafts.values()) {
      const value = read(d, key);
      const to = value === null ? undefined : canonical.get(value);
      if (to !== undefined) write(d, key, to);
    }
  }
  for (const key of attributeKeys.values()) {
    if (!isVulnerableColumn(key)) continue;
    const seen = new Map<string, { file: string; line: number }>();
    for (const d of drafts.values()) {
      const value = read(d, key);
      if (value === null || seen.has(value)) continue;
      const tied = firstTiesValue.get(`${d.id}\u0000${key}`);
      if (tied !== undefined && tied.value === value) seen.set(value, { file: tiesFile, line: tied.line });
      else if (d.line !== null && actorsFile !== null) seen.set(value, { file: actorsFile, line: d.line });
    }
    if (seen.size === 0 || [...seen.keys()].some(isRecognisedVulnerableValue)) continue;
    const first = [...seen.values()][0]!;
    warnings.push(dataWarning(first.file, first.line, { code: 'vulnerable-unrecognised', params: { column: key, values: [...seen.keys()] } }));
  }
  const actorList: Actor[] = [...drafts.values()]
    .map((d) => ({ id: d.id, label: d.label, sector: d.sector, attributes: d.attributes === null ? {} : Object.fromEntries(d.attributes) }))
    .sort((a, b) => compareCodeUnits(a.id, b.id));
  const tieList = [...ties.ties].sort((a, b) => compareCodeUnits(a.source, b.source) || compareCodeUnits(a.target, b.target));
  return { actors: actorList, ties: tieList, weighted: ties.weighted, groupColumns };
}

/**
 * The group column a requested name means, matched case-insensitively and
 * through the aliases (`sektor` → `sector`, `club` → `Club`); undefined when
 * there is no such column.
 */
export function chooseGroupBy(requested: string, groupColumns: readonly string[], aliases: Aliases): string | undefined {
  return findName(groupColumns, canonicalColumn(requested, aliases)) ?? findName(groupColumns, requested);
}

function read(draft: Draft, key: string): string | null {
  if (key === 'label') return draft.label;
  if (key === 'sector') return draft.sector;
  return draft.attributes?.get(key) ?? null;
}

function write(draft: Draft, key: string, value: string): void {
  if (key === 'label') draft.label = value;
  else if (key === 'sector') draft.sector = value;
  else (draft.attributes ??= new Map()).set(key, value);
}
