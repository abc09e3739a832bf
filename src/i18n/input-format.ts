/** Shapes shared by the error catalogues (input-en.ts, input-da.ts); each catalogue owns its words. */

import { quote } from '../model/quote.js';

/** Columns named in a message: at most this many. */
export const MAX_LISTED_COLUMNS = 12;

/**
 * The named headers, quoted (30 characters each), at most MAX_LISTED_COLUMNS
 * and then ", … (N in all)" in the catalogue's words; `none` when there is none.
 */
export function columnList(header: readonly string[], none: string, inAll: (n: number) => string): string {
  const named = header.filter((h) => h.trim() !== '');
  if (named.length === 0) return none;
  const shown = named.slice(0, MAX_LISTED_COLUMNS).map((h) => quote(h.trim(), 30));
  return shown.join(', ') + (named.length > MAX_LISTED_COLUMNS ? `, … (${inAll(named.length)})` : '');
}

/** Actor ids named in a message: at most 8 (30 characters each), then ", … (N in all)" in the catalogue's words. */
export function idList(ids: readonly string[], inAll: (n: number) => string): string {
  const shown = ids.filter((id) => id !== '').slice(0, 8).map((id) => quote(id, 30));
  return shown.join(', ') + (ids.length > 8 ? `, … (${inAll(ids.length)})` : '');
}
