/**
 * The stderr lines for a list of warnings (pure; the CLI writes them).
 *
 * A kind (code) seen more than SUMMARY_AFTER times is one line: its first
 * warning, then how many more of that kind there are and where (up to
 * SUMMARY_LINES places), so that one warning that matters is not buried among
 * forty "surrounding spaces removed" lines (issue 15). Every warning stays in
 * the JSON report's dataQuality.warnings. Kinds keep the order of their first
 * warning; at most `max` lines in all, then one line saying how many more.
 * Each line in `lang` (i18n/warnings-*.ts): `tuff: warning: …` / `tuff: advarsel: …`,
 * the `FILE:LINE: ` part the same in both. A file of the folder that was not
 * read (`file-not-read`) is never summarised: each such file is a line of its
 * own, as it may be the data the user meant (and an .xls says how to save it).
 */

import type { Lang } from '../options.js';
import type { DataWarning } from '../types.js';
import { localiseWarning, warningCatalogue } from '../i18n/warnings.js';

export const SUMMARY_AFTER = 3;
/** Kinds always written one line per warning (still within `max`). */
export const NEVER_SUMMARISED: ReadonlySet<string> = new Set(['file-not-read']);
const SUMMARY_LINES = 10;

function at(w: DataWarning): string {
  return w.line > 0 ? `${w.file}:${w.line}` : w.file;
}

export function warningLines(given: readonly DataWarning[], max: number, lang: Lang = 'en'): string[] {
  const words = warningCatalogue(lang);
  const warnings = given.map((w) => localiseWarning(w, lang));
  const byCode = new Map<string, DataWarning[]>();
  for (const w of warnings) {
    if (NEVER_SUMMARISED.has(w.code)) continue;
    const list = byCode.get(w.code);
    if (list === undefined) byCode.set(w.code, [w]);
    else list.push(w);
  }
  const lines: string[] = [];
  const done = new Set<string>();
  let shown = 0;
  for (const w of warnings) {
    const all = byCode.get(w.code) ?? [w];
    if (all.length > SUMMARY_AFTER) {
      if (done.has(w.code)) continue;
      done.add(w.code);
    }
    if (lines.length === max) break;
    if (all.length <= SUMMARY_AFTER) {
      lines.push(`tuff: ${words.warning}: ${at(w)}: ${w.message}`);
      shown += 1;
      continue;
    }
    const rest = all.slice(1);
    const unique = [...new Set(rest.map((r) => (r.file === w.file ? String(r.line) : at(r))))];
    const places = unique.slice(0, SUMMARY_LINES);
    const more = unique.length > SUMMARY_LINES ? ', …' : '';
    lines.push(`tuff: ${words.warning}: ${at(w)}: ${w.message} ${words.moreOfCode(rest.length, w.code, `${places.join(', ')}${more}`)}`);
    shown += all.length;
  }
  if (shown < warnings.length) {
    lines.push(`tuff: ${words.warning}: ${words.moreWarnings(warnings.length - shown)}`);
  }
  return lines;
}
