/**
 * Dataset → anonymised Dataset (pure).
 *
 * - Every id becomes its keyed pseudonym (pseudonym.ts). Labels are names, so
 *   they are replaced too: an actor's label becomes its pseudonym when the
 *   input had labels (the column stays, its content carries nothing), else
 *   stays null.
 * - `sector` is always kept (it is what bridging and bonding are computed
 *   on); of the other attributes only those named in `keep` are kept (names
 *   matched case-insensitively and through the header aliases, so `sårbar`
 *   finds `vulnerable`); the rest are dropped. Naming an attribute nobody has
 *   is a UsageError listing the ones there are; `id` and `label` cannot be
 *   kept.
 * - Actors are sorted by pseudonym and ties by (pseudonym, pseudonym), so the
 *   order of the rows says nothing about the original ids.
 * - Ties keep their weights: the structure is the point of the data. (The
 *   structure itself can identify someone — a known star with 30 ties — which
 *   no pseudonym can hide; the docs say so.)
 * - Small groups: actors are grouped by their values of the kept columns
 *   (sector and the kept attributes; a missing value is a value of its own);
 *   every combination shared by fewer than `minGroup` actors is returned, since
 *   such a small group can point to a person (k-anonymity, Sweeney 2002).
 * - The groupBy column: kept if it is sector or a kept attribute; otherwise
 *   the anonymised dataset has no groups and `groupByDropped` names it.
 */

import { UsageError } from '../errors.js';
import { buildAliases, canonicalColumn, findName } from '../model/columns.js';
import type { Actor, Dataset, Tie } from '../types.js';
import { compareCodeUnits } from '../util/sort.js';
import { createPseudonymiser } from './pseudonym.js';

export interface AnonymiseOptions {
  /** The secret key (at least 32 bytes). */
  readonly key: Uint8Array;
  /** Attributes to keep besides sector (names as in --keep). */
  readonly keep: readonly string[];
  /** Combinations of kept values shared by fewer actors than this are reported. */
  readonly minGroup: number;
}

export const ANONYMISE_DEFAULTS = Object.freeze({ minGroup: 3, keep: Object.freeze([]) as readonly string[] });

/** A combination of kept values that fewer than minGroup actors share. */
export interface SmallGroup {
  /** Column → value (null: no value); columns in kept order, sector first. */
  readonly values: Readonly<Record<string, string | null>>;
  readonly actors: number;
}

export interface AnonymiseResult {
  readonly dataset: Dataset;
  /** Original id → pseudonym. Never written by the CLI: it would undo the anonymisation. */
  readonly pseudonyms: ReadonlyMap<string, string>;
  /** Whether the actors carry labels (then each label is the actor's pseudonym). */
  readonly labels: boolean;
  /** Whether any actor has a sector. */
  readonly sector: boolean;
  /** Attribute names kept, in --keep order (sector not included). */
  readonly kept: readonly string[];
  /** Attribute names dropped (code-unit order). */
  readonly dropped: readonly string[];
  readonly smallGroups: readonly SmallGroup[];
  /** The input's groupBy column when it was dropped (so the output has no groups), else null. */
  readonly groupByDropped: string | null;
}

/** Attribute names present in the dataset (code-unit order). */
export function attributeNames(dataset: Dataset): string[] {
  const names = new Set<string>();
  for (const actor of dataset.actors) for (const key of Object.keys(actor.attributes)) names.add(key);
  return [...names].sort(compareCodeUnits);
}

/** --keep names → the dataset's attribute names (sector left out: it is always kept). UsageError on an unknown name. */
export function resolveKeep(dataset: Dataset, keep: readonly string[]): string[] {
  const available = attributeNames(dataset);
  const aliases = buildAliases();
  const out: string[] = [];
  for (const raw of keep) {
    const name = raw.trim();
    if (name === '') continue;
    const canonical = canonicalColumn(name, aliases);
    if (canonical === 'sector') continue;
    if (canonical === 'id' || canonical === 'label') {
      throw new UsageError({ code: 'keep-id-label', params: { name } });
    }
    const found = findName(available, canonical) ?? findName(available, name);
    if (found === undefined) {
      throw new UsageError({ code: 'keep-unknown', params: { name, available } });
    }
    if (!out.includes(found)) out.push(found);
  }
  return out;
}

export function anonymiseDataset(dataset: Dataset, options: AnonymiseOptions): AnonymiseResult {
  const kept = resolveKeep(dataset, options.keep);
  const pseudonymOf = createPseudonymiser(options.key);
  const pseudonyms = new Map<string, string>();
  for (const actor of dataset.actors) pseudonyms.set(actor.id, pseudonymOf(actor.id));
  const mapId = (id: string): string => {
    const p = pseudonyms.get(id);
    if (p === undefined) throw new Error(`tie names ${id}, which is no actor`);
    return p;
  };

  const labels = dataset.actors.some((a) => a.label !== null);
  const sector = dataset.actors.some((a) => a.sector !== null);
  const actors: Actor[] = dataset.actors
    .map((a) => {
      const id = mapId(a.id);
      const attributes = Object.fromEntries(
        kept.flatMap((name) => (Object.hasOwn(a.attributes, name) ? [[name, a.attributes[name]!]] : [])),
      );
      return { id, label: labels ? id : null, sector: a.sector, attributes };
    })
    .sort((a, b) => compareCodeUnits(a.id, b.id));
  const ties: Tie[] = dataset.ties
    .map((t) => {
      const a = mapId(t.source);
      const b = mapId(t.target);
      return a < b ? { source: a, target: b, weight: t.weight } : { source: b, target: a, weight: t.weight };
    })
    .sort((x, y) => compareCodeUnits(x.source, y.source) || compareCodeUnits(x.target, y.target));

  const groupBy = dataset.groupBy;
  const groupKept = groupBy === null || groupBy === 'sector' || kept.includes(groupBy);
  return {
    dataset: { actors, ties, weighted: dataset.weighted, groupBy: groupKept ? groupBy : null },
    pseudonyms,
    labels,
    sector,
    kept,
    dropped: attributeNames(dataset).filter((n) => !kept.includes(n)),
    smallGroups: findSmallGroups(dataset.actors, sector ? ['sector', ...kept] : kept, options.minGroup),
    groupByDropped: groupKept ? null : groupBy,
  };
}

/** Combinations of the `columns` values (`sector` = Actor.sector) shared by fewer than `k` actors, fewest first. */
export function findSmallGroups(actors: readonly Actor[], columns: readonly string[], k: number): SmallGroup[] {
  if (columns.length === 0) return [];
  const counts = new Map<string, { values: (string | null)[]; actors: number }>();
  for (const actor of actors) {
    const values = columns.map((c) => (c === 'sector' ? actor.sector : Object.hasOwn(actor.attributes, c) ? actor.attributes[c]! : null));
    const key = JSON.stringify(values);
    const entry = counts.get(key);
    if (entry === undefined) counts.set(key, { values, actors: 1 });
    else entry.actors++;
  }
  return [...counts.entries()]
    .filter(([, e]) => e.actors < k)
    .sort(([ka, a], [kb, b]) => a.actors - b.actors || compareCodeUnits(ka, kb))
    .map(([, e]) => ({ values: Object.fromEntries(columns.map((c, i) => [c, e.values[i] ?? null])), actors: e.actors }));
}
