/**
 * meta.json of a network folder → the settings the reader uses (pure):
 * `groupBy` (a column name, or null for "no groups"; absent = tuff's default),
 * `headerAliases` (header → canonical column), `directed` (true: the rows are
 * directed answers, as --directed), and for directed data `symmetrise`
 * (union|mutual) and `nonRespondents` (no-outgoing), as the options of the same
 * names; `weight` (the ties column that is the weight, as --weight) and
 * `weightMeans` (`strength` or `distance`, as --weight-means; options given on
 * the command line win); `twoMode` (true: the ties file is an attendance list,
 * as --two-mode) and `projection` (`count` or `newman`, as --projection).
 * A new key's wrong value is named at its line (`meta.json:LINE`). Every other key (name, source, weighted, note, …) is
 * documentation and ignored. A file that is not a JSON object, or a setting of
 * the wrong type, is an InputError on meta.json.
 */

import { InputError } from '../errors.js';
import { NON_RESPONDENT_RULES, SYMMETRISATIONS, type NonRespondentRule, type Symmetrise } from '../types.js';
import { WEIGHT_MEANINGS, type WeightMeans } from '../model/ties.js';
import { PROJECTIONS, type Projection } from '../model/two-mode.js';

export interface Meta {
  /** undefined: not set (default applies); null: explicitly no groups. */
  readonly groupBy: string | null | undefined;
  readonly headerAliases: Readonly<Record<string, string>>;
  /** undefined: not set (undirected unless --directed). */
  readonly directed?: boolean | undefined;
  readonly symmetrise?: Symmetrise | undefined;
  readonly nonRespondents?: NonRespondentRule | undefined;
  readonly weight?: string | undefined;
  readonly weightMeans?: WeightMeans | undefined;
  /** true: the ties file is an attendance list (two-mode data); undefined: not set. */
  readonly twoMode?: boolean | undefined;
  /** Two-mode data: how the attendance list is projected onto the actors. */
  readonly projection?: Projection | undefined;
  /** The 1-based line of each top-level key in the file, so a setting that does not fit can be named `meta.json:LINE`. */
  readonly keyLines?: Readonly<Record<string, number>>;
}

export function parseMeta(text: string, file: string): Meta {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(file, null, { code: 'meta-not-json', params: {} }, { cause: error });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(file, null, { code: 'meta-not-object', params: {} });
  }
  const record = value as Record<string, unknown>;
  const groupBy = record['groupBy'];
  if (groupBy !== undefined && groupBy !== null && (typeof groupBy !== 'string' || groupBy.trim() === '')) {
    throw new InputError(file, null, { code: 'meta-group-by-type', params: {} });
  }
  const aliases = record['headerAliases'];
  const headerAliases = new Map<string, string>();
  if (aliases !== undefined && aliases !== null) {
    if (typeof aliases !== 'object' || Array.isArray(aliases)) {
      throw new InputError(file, null, { code: 'meta-aliases-type', params: {} });
    }
    for (const [from, to] of Object.entries(aliases)) {
      if (typeof to !== 'string') throw new InputError(file, null, { code: 'meta-alias-value', params: {} });
      headerAliases.set(from, to);
    }
  }
  const directed = record['directed'];
  if (directed !== undefined && directed !== null && typeof directed !== 'boolean') {
    throw new InputError(file, null, { code: 'meta-directed-type', params: {} });
  }
  const symmetrise = choice(record['symmetrise'], SYMMETRISATIONS, 'symmetrise', file);
  const nonRespondents = choice(record['nonRespondents'], NON_RESPONDENT_RULES, 'nonRespondents', file);
  const weight = record['weight'];
  if (weight !== undefined && weight !== null && (typeof weight !== 'string' || weight.trim() === '')) {
    throw new InputError(file, null, { code: 'meta-weight-type', params: {} });
  }
  const weightMeans = choice(record['weightMeans'], WEIGHT_MEANINGS, 'weightMeans', file);
  const lines = keyLines(text, Object.keys(record));
  const twoMode = record['twoMode'];
  if (twoMode !== undefined && twoMode !== null && typeof twoMode !== 'boolean') {
    throw new InputError(file, lines['twoMode'] ?? null, { code: 'meta-two-mode-type', params: {} });
  }
  const projection = record['projection'];
  if (projection !== undefined && projection !== null && !(typeof projection === 'string' && (PROJECTIONS as readonly string[]).includes(projection))) {
    throw new InputError(file, lines['projection'] ?? null, { code: 'meta-one-of', params: { key: 'projection', allowed: PROJECTIONS } });
  }
  return {
    groupBy: groupBy as string | null | undefined,
    headerAliases: Object.fromEntries(headerAliases),
    ...(typeof directed === 'boolean' ? { directed } : {}),
    ...(symmetrise === undefined ? {} : { symmetrise }),
    ...(nonRespondents === undefined ? {} : { nonRespondents }),
    ...(typeof weight === 'string' ? { weight } : {}),
    ...(weightMeans === undefined ? {} : { weightMeans }),
    ...(typeof twoMode === 'boolean' ? { twoMode } : {}),
    ...(typeof projection === 'string' ? { projection: projection as Projection } : {}),
    keyLines: lines,
  };
}

/** The line of each key's first `"key":` in the text (top-level keys are written once in any meta.json a person writes). */
function keyLines(text: string, keys: readonly string[]): Record<string, number> {
  const lines = text.split(/\r\n|\n|\r/);
  const found: Record<string, number> = {};
  for (const key of keys) {
    const quoted = JSON.stringify(key);
    const index = lines.findIndex((line) => {
      const at = line.indexOf(quoted);
      return at >= 0 && /^\s*:/.test(line.slice(at + quoted.length));
    });
    if (index >= 0) found[key] = index + 1;
  }
  return found;
}

function choice<T extends string>(value: unknown, allowed: readonly T[], key: string, file: string): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(file, null, { code: 'meta-one-of', params: { key, allowed } });
}
