/**
 * Actors table → actors (pure), in file order with their lines.
 *
 * - `id` is required; ids are trimmed and NFC-normalised like tie ids
 *   (`id-normalised`); a row whose id is empty is skipped (`empty-id`);
 * - a repeated id is an InputError naming both lines;
 * - `label` and `sector` are read into Actor.label / Actor.sector (empty → null);
 *   every other named column is an attribute under its canonical name, empty
 *   cells left out. Values are trimmed and NFC-normalised and stay strings
 *   (`vulnerable` = ja/nej is interpreted by the recommendations, not here).
 */

import { InputError } from '../errors.js';
import { dataWarning } from '../i18n/warnings.js';
import type { Actor, DataWarning } from '../types.js';
import { type ActorsColumns, type Aliases, resolveActorsColumns } from './columns.js';
import { type IdNormaliser, normaliseText } from './ids.js';
import { type Table, checkRowWidth } from './table.js';

export interface ActorRecord {
  readonly actor: Actor;
  readonly line: number;
}

export interface ActorsRead {
  readonly actors: ReadonlyMap<string, ActorRecord>;
  readonly columns: ActorsColumns;
}

export interface ReadActorsOptions {
  readonly aliases: Aliases;
  readonly normaliseId: IdNormaliser;
  readonly warnings: DataWarning[];
}

export function readActors(table: Table, file: string, options: ReadActorsOptions): ActorsRead {
  const columns = resolveActorsColumns(table.header, file, table.headerLine, options.aliases);
  const actors = new Map<string, ActorRecord>();
  for (const row of table.rows) {
    checkRowWidth(row, table.header, columns.lastNamed, file);
    const cell = (index: number | null): string | null => {
      if (index === null) return null;
      const value = normaliseText(row.fields[index] ?? '');
      return value === '' ? null : value;
    };
    const id = options.normaliseId(row.fields[columns.id] ?? '', file, row.line);
    if (id === '') {
      options.warnings.push(dataWarning(file, row.line, { code: 'empty-id', params: {} }));
      continue;
    }
    const earlier = actors.get(id);
    if (earlier !== undefined) {
      throw new InputError(file, row.line, { code: 'actor-id-twice', params: { id, earlierLine: earlier.line } });
    }
    const entries: [string, string][] = [];
    for (const column of columns.attributes) {
      const value = cell(column.index);
      if (value !== null) entries.push([column.key, value]);
    }
    // fromEntries defines own properties: a column named __proto__ stays data.
    const attributes = Object.fromEntries(entries);
    actors.set(id, { actor: { id, label: cell(columns.label), sector: cell(columns.sector), attributes }, line: row.line });
  }
  return { actors, columns };
}
