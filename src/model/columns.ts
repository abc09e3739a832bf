/**
 * Header names → canonical column names (pure).
 *
 * A header is matched case-insensitively after trimming and Unicode NFC, through
 * the built-in aliases (English and Danish, as Danish Excel users write them)
 * plus any `headerAliases` of the folder's meta.json (which win). A header that
 * is no known name keeps its spelling as written (trimmed, NFC): `Club` stays
 * `Club`, and is matched case-insensitively later (--group-by club).
 *
 * Ties file: `source`, `target`, optional `weight`; one-file actor attributes as
 * `<side>_<attr>` where side is source/target or one of their aliases (`fra_sektor`,
 * `til_sektor`) and attr goes through the same aliases (`sektor` → `sector`).
 * Other columns (notes, dates) are ignored. Actors file: `id`, optional `label`,
 * `sector`, and every other named column is an attribute. Columns with an empty
 * header are ignored in both files. Two headers meaning the same column are an
 * error naming both.
 */

import { InputError } from '../errors.js';
import { quote } from './quote.js';

export const BUILTIN_ALIASES: Readonly<Record<string, string>> = Object.freeze({
  from: 'source',
  fra: 'source',
  kilde: 'source',
  to: 'target',
  til: 'target',
  mål: 'target',
  strength: 'weight',
  styrke: 'weight',
  vægt: 'weight',
  aktør: 'id',
  actor: 'id',
  name: 'label',
  navn: 'label',
  sektor: 'sector',
  type: 'sector',
  sårbar: 'vulnerable',
});

/**
 * Headers of the ties file's tie-type column (multiplex data: information,
 * joint activity, resources, …), English and Danish. In the ties file they win
 * over the actors' alias `type` → `sector` (a ties file has no sector of its
 * own: a one-file sector is `source_sector`). meta.json `headerAliases` may
 * map another header to `tieType`.
 */
export const TIE_TYPE_HEADERS: readonly string[] = Object.freeze([
  'tieType', 'tie type', 'tie_type', 'type', 'type of tie', 'type_of_tie', 'relation', 'relation type', 'relation_type',
  'relationstype', 'relationtype', 'type af relation', 'relationens type', 'relationstyper', 'relationsart',
]);
const TIE_TYPE_KEYS = new Set(TIE_TYPE_HEADERS.map((h) => h.toLowerCase()));

/** Names that are canonical whatever their case in the header. */
const CANONICAL = new Set(['source', 'target', 'weight', 'id', 'label', 'sector', 'vulnerable']);

/** Lower-cased header key → canonical name. */
export type Aliases = ReadonlyMap<string, string>;

/** Header (lower case, trimmed, NFC; headerKey) → participation column of an attendance list (model/two-mode.ts). */
export const PARTICIPATION_ALIASES: Readonly<Record<string, 'actor' | 'activity' | 'date' | 'weight'>> = Object.freeze({
  actor: 'actor', aktør: 'actor', aktor: 'actor', aktoer: 'actor', id: 'actor', deltager: 'actor', participant: 'actor',
  activity: 'activity', aktivitet: 'activity', møde: 'activity', moede: 'activity', arrangement: 'activity',
  event: 'activity', meeting: 'activity',
  date: 'date', dato: 'date',
  weight: 'weight', vægt: 'weight', vaegt: 'weight', styrke: 'weight', strength: 'weight',
});

/** How a header is compared: trimmed, NFC, lower case. */
export function headerKey(header: string): string {
  return header.trim().normalize('NFC').toLowerCase();
}

/** The built-in aliases plus meta.json's `headerAliases` (header → canonical), the latter winning. */
export function buildAliases(extra: Readonly<Record<string, string>> = {}): Aliases {
  const map = new Map<string, string>();
  for (const [from, to] of Object.entries(BUILTIN_ALIASES)) map.set(headerKey(from), to);
  for (const [from, to] of Object.entries(extra)) {
    const target = to.trim().normalize('NFC');
    if (headerKey(from) !== '' && target !== '') map.set(headerKey(from), CANONICAL.has(headerKey(target)) ? headerKey(target) : target);
  }
  return map;
}

/** The canonical name of a header; '' for an empty header. */
export function canonicalColumn(header: string, aliases: Aliases): string {
  const key = headerKey(header);
  const alias = aliases.get(key);
  if (alias !== undefined) return alias;
  if (CANONICAL.has(key)) return key;
  return header.trim().normalize('NFC');
}

/** The element of `names` equal to `name` case-insensitively (after trim/NFC), if any. */
export function findName(names: Iterable<string>, name: string): string | undefined {
  const key = headerKey(name);
  for (const candidate of names) if (headerKey(candidate) === key) return candidate;
  return undefined;
}

export interface AttributeColumn {
  readonly key: string;
  readonly index: number;
}

export interface EndpointAttributeColumn extends AttributeColumn {
  readonly side: 'source' | 'target';
}

export interface TiesColumns {
  readonly source: number;
  readonly target: number;
  readonly weight: number | null;
  /** Columns with a non-empty header that tuff does not use (notes, dates, an unchosen number column). */
  readonly unused: readonly number[];
  /** The kind-of-tie column (TIE_TYPE_HEADERS), or null. */
  readonly tieType: number | null;
  /** `source_<attr>` / `target_<attr>` columns; key is the canonical attribute (`sector`, `label`, …). */
  readonly attributes: readonly EndpointAttributeColumn[];
  /** Index of the last column with a non-empty header: rows must reach it. */
  readonly lastNamed: number;
  /** canonical → header as written (trimmed): source, target, weight, source_<attr>, target_<attr>. */
  readonly written: Readonly<Record<string, string>>;
}

export interface ActorsColumns {
  readonly id: number;
  readonly label: number | null;
  readonly sector: number | null;
  readonly attributes: readonly AttributeColumn[];
  readonly lastNamed: number;
  /** canonical → header as written (trimmed): id, label, sector, attributes. */
  readonly written: Readonly<Record<string, string>>;
}

/** Attribute names that cannot be one-file actor attributes (they are tie columns or the id itself). */
const NOT_ACTOR_ATTRIBUTES = new Set(['source', 'target', 'weight', 'id']);

/**
 * The weight column the user chose (`--weight COLUMN`, meta.json `weight`):
 * `name` is matched case-insensitively against the headers as written, then
 * through the aliases; `by` names where the choice came from, for messages.
 */
export interface WeightChoice {
  readonly name: string;
  readonly by: string;
}

export function resolveTiesColumns(
  header: readonly string[],
  file: string,
  line: number,
  aliases: Aliases,
  weightChoice?: WeightChoice,
): TiesColumns {
  const seen = new Map<string, number>();
  const written = new Map<string, string>();
  let source: number | null = null;
  let target: number | null = null;
  let weight: number | null = null;
  let tieType: number | null = null;
  const chosen = weightChoice === undefined ? null : chooseWeightColumn(header, file, line, aliases, weightChoice);
  const attributes: EndpointAttributeColumn[] = [];
  const unused: number[] = [];
  header.forEach((raw, index) => {
    const canonical = index === chosen ? 'weight' : isTieTypeHeader(raw, aliases) ? 'tieType' : canonicalColumn(raw, aliases);
    if (canonical === '') return;
    let key: string;
    if (canonical === 'tieType') {
      claim(seen, 'tieType', index, header, file, line);
      written.set('tieType', raw.trim());
      tieType = index;
      return;
    }
    if (chosen !== null && index !== chosen && canonical === 'weight') {
      unused.push(index); // a `weight` column the user chose not to use
      return;
    }
    if (canonical === 'source' || canonical === 'target' || canonical === 'weight') {
      key = canonical;
      if (canonical === 'source') source = index;
      else if (canonical === 'target') target = index;
      else weight = index;
    } else {
      const endpoint = endpointAttribute(canonical, aliases);
      if (endpoint === null) {
        unused.push(index);
        return;
      }
      key = `${endpoint.side}_${endpoint.key}`;
      attributes.push({ ...endpoint, index });
    }
    claim(seen, key, index, header, file, line);
    written.set(key, raw.trim());
  });
  if (source === null || target === null) {
    // An actor column and an activity column: an attendance list given without --two-mode; say so instead of "the actors file?".
    const looksLikeAttendance = header.some((h) => PARTICIPATION_ALIASES[headerKey(h)] === 'activity') && header.some((h) => PARTICIPATION_ALIASES[headerKey(h)] === 'actor');
    const looksLikeActors = !looksLikeAttendance && header.some((h) => canonicalColumn(h, aliases) === 'id');
    throw new InputError(file, line, {
      code: 'missing-endpoint-column',
      params: { column: source === null ? 'source' : 'target', found: header, looksLikeActors, looksLikeAttendance },
    });
  }
  return { source, target, weight, unused, tieType, attributes, lastNamed: lastNamed(header), written: Object.fromEntries(written) };
}

/** A tie-type header: one of TIE_TYPE_HEADERS, or mapped to `tieType` by meta.json's headerAliases. */
function isTieTypeHeader(raw: string, aliases: Aliases): boolean {
  const key = headerKey(raw);
  const alias = aliases.get(key);
  if (alias !== undefined && headerKey(alias) === 'tietype') return true;
  return TIE_TYPE_KEYS.has(key) && (alias === undefined || BUILTIN_ALIASES[key] === alias);
}

/** The index of the chosen weight column; an InputError at the header when there is none or it is an endpoint. */
function chooseWeightColumn(header: readonly string[], file: string, line: number, aliases: Aliases, choice: WeightChoice): number {
  const key = headerKey(choice.name);
  let index = header.findIndex((h) => headerKey(h) === key);
  if (index === -1) {
    const canonical = canonicalColumn(choice.name, aliases);
    index = header.findIndex((h) => h.trim() !== '' && headerKey(canonicalColumn(h, aliases)) === headerKey(canonical));
  }
  if (index === -1) {
    throw new InputError(file, line, { code: 'weight-column-unknown', params: { option: choice.by, name: choice.name, found: header } });
  }
  const canonical = canonicalColumn(header[index]!, aliases);
  if (canonical === 'source' || canonical === 'target') {
    throw new InputError(file, line, { code: 'weight-column-endpoint', params: { option: choice.by, name: choice.name, column: canonical } });
  }
  return index;
}

export function resolveActorsColumns(header: readonly string[], file: string, line: number, aliases: Aliases): ActorsColumns {
  const seen = new Map<string, number>();
  const written = new Map<string, string>();
  let id: number | null = null;
  let label: number | null = null;
  let sector: number | null = null;
  const attributes: AttributeColumn[] = [];
  header.forEach((raw, index) => {
    const canonical = canonicalColumn(raw, aliases);
    if (canonical === '') return;
    const key = canonical;
    claim(seen, key, index, header, file, line);
    written.set(key, raw.trim());
    if (key === 'id') id = index;
    else if (key === 'label') label = index;
    else if (key === 'sector') sector = index;
    else attributes.push({ key, index });
  });
  if (id === null) {
    throw new InputError(file, line, { code: 'missing-id-column', params: { found: header } });
  }
  return { id, label, sector, attributes, lastNamed: lastNamed(header), written: Object.fromEntries(written) };
}

/** `fra_sektor` → {side: 'source', key: 'sector'}; null when the header is no endpoint attribute. */
function endpointAttribute(canonical: string, aliases: Aliases): { side: 'source' | 'target'; key: string } | null {
  const cut = canonical.indexOf('_');
  if (cut <= 0 || cut === canonical.length - 1) return null;
  const side = canonicalColumn(canonical.slice(0, cut), aliases);
  if (side !== 'source' && side !== 'target') return null;
  const key = canonicalColumn(canonical.slice(cut + 1), aliases);
  if (key === '' || NOT_ACTOR_ATTRIBUTES.has(key)) return null;
  return { side, key };
}

/** Record that column `index` means `key`; `seen` is keyed by headerKey so a wide header stays linear. */
function claim(seen: Map<string, number>, key: string, index: number, header: readonly string[], file: string, line: number): void {
  const first = seen.get(headerKey(key));
  if (first !== undefined) {
    throw new InputError(file, line, { code: 'column-twice', params: { a: header[first] ?? '', b: header[index] ?? '', key } });
  }
  seen.set(headerKey(key), index);
}

function lastNamed(header: readonly string[]): number {
  for (let i = header.length - 1; i >= 0; i--) if (header[i]!.trim() !== '') return i;
  return -1;
}

const MAX_LISTED_COLUMNS = 12;

/** The header as a short list for messages: quoted, truncated, at most MAX_LISTED_COLUMNS. */
export function listColumns(header: readonly string[]): string {
  const named = header.filter((h) => h.trim() !== '');
  if (named.length === 0) return '(none)';
  const shown = named.slice(0, MAX_LISTED_COLUMNS).map((h) => quote(h.trim(), 30));
  return shown.join(', ') + (named.length > MAX_LISTED_COLUMNS ? `, … (${named.length} in all)` : '');
}
