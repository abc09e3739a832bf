/**
 * meta.json of a network folder → the two settings the reader uses (pure):
 * `groupBy` (a column name, or null for "no groups"; absent = tuff's default)
 * and `headerAliases` (header → canonical column). Every other key (name,
 * source, weighted, note, …) is documentation and ignored. A file that is not
 * a JSON object, or a setting of the wrong type, is an InputError on meta.json.
 */

import { InputError } from '../errors.js';

export interface Meta {
  /** undefined: not set (default applies); null: explicitly no groups. */
  readonly groupBy: string | null | undefined;
  readonly headerAliases: Readonly<Record<string, string>>;
}

export function parseMeta(text: string, file: string): Meta {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(file, null, 'is not valid JSON', { cause: error });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(file, null, 'must be a JSON object ({"groupBy": …})');
  }
  const record = value as Record<string, unknown>;
  const groupBy = record['groupBy'];
  if (groupBy !== undefined && groupBy !== null && (typeof groupBy !== 'string' || groupBy.trim() === '')) {
    throw new InputError(file, null, '"groupBy" must be a column name or null');
  }
  const aliases = record['headerAliases'];
  const headerAliases = new Map<string, string>();
  if (aliases !== undefined && aliases !== null) {
    if (typeof aliases !== 'object' || Array.isArray(aliases)) {
      throw new InputError(file, null, '"headerAliases" must be an object of header → column name');
    }
    for (const [from, to] of Object.entries(aliases)) {
      if (typeof to !== 'string') throw new InputError(file, null, '"headerAliases" must map each header to a column name (a string)');
      headerAliases.set(from, to);
    }
  }
  return { groupBy: groupBy as string | null | undefined, headerAliases: Object.fromEntries(headerAliases) };
}
