/**
 * The CLI's own lines on stderr besides warnings and errors (what a command
 * wrote, the batch tally, anonymise's notices), one catalogue per language
 * (notices-en.ts, notices-da.ts), both typed by `NoticeCatalogue`. The
 * commands return the values; the sentence is chosen in the run's language.
 */

import type { Lang } from '../options.js';
import { noticesEn } from './notices-en.js';
import { noticesDa } from './notices-da.js';

export interface NoticeCatalogue {
  /** tuff template: the files written. */
  readonly wrote: (files: readonly string[]) => string;
  /** tuff batch: how many networks it will analyse (the first progress line when stderr is no terminal). */
  readonly batchStart: (total: number) => string;
  /** tuff batch: the tally and the summary files. */
  readonly batchDone: (c: { readonly ok: number; readonly failed: number; readonly crashed: number; readonly missing: number }, files: readonly string[]) => string;
  /** tuff anonymise: a new key was written. */
  readonly newKey: (file: string) => string;
  /** tuff anonymise: the key file can be read by others. */
  readonly keyReadable: (file: string, mode: string) => string;
  /** tuff anonymise: a combination of kept values that few actors share (null: an empty cell). */
  readonly smallGroup: (values: readonly (readonly [string, string | null])[], actors: number, k: number) => string;
  readonly moreSmallGroups: (count: number) => string;
  readonly groupByDropped: (column: string) => string;
  readonly anonymised: (actors: number, ties: number, files: readonly string[], kept: readonly string[], dropped: readonly string[]) => string;
}

export function noticeCatalogue(lang: Lang): NoticeCatalogue {
  return lang === 'da' ? noticesDa : noticesEn;
}
