/**
 * The stderr lines for a list of warnings (pure; the CLI writes them).
 *
 * A kind (code) seen more than SUMMARY_AFTER times is one line: its first
 * warning, then how many more of that kind there are and where (up to
 * SUMMARY_LINES places), so that one warning that matters is not buried among
 * forty "surrounding spaces removed" lines (issue 15). Every warning stays in
 * the JSON report's dataQuality.warnings. Kinds keep the order of their first
 * warning; at most `max` lines in all, then one line saying how many more.
 */

import type { DataWarning } from '../types.js';

export const SUMMARY_AFTER = 3;
const SUMMARY_LINES = 10;

function at(w: DataWarning): string {
  return w.line > 0 ? `${w.file}:${w.line}` : w.file;
}

export function warningLines(warnings: readonly DataWarning[], max: number): string[] {
  const byCode = new Map<string, DataWarning[]>();
  for (const w of warnings) {
    const list = byCode.get(w.code);
    if (list === undefined) byCode.set(w.code, [w]);
    else list.push(w);
  }
  const lines: string[] = [];
  const done = new Set<string>();
  let shown = 0;
  for (const w of warnings) {
    const all = byCode.get(w.code)!;
    if (all.length > SUMMARY_AFTER) {
      if (done.has(w.code)) continue;
      done.add(w.code);
    }
    if (lines.length === max) break;
    if (all.length <= SUMMARY_AFTER) {
      lines.push(`tuff: warning: ${at(w)}: ${w.message}`);
      shown += 1;
      continue;
    }
    const rest = all.slice(1);
    const unique = [...new Set(rest.map((r) => (r.file === w.file ? String(r.line) : at(r))))];
    const places = unique.slice(0, SUMMARY_LINES);
    const more = unique.length > SUMMARY_LINES ? ', …' : '';
    lines.push(
      `tuff: warning: ${at(w)}: ${w.message} — and ${rest.length} more ${w.code} warnings ` +
        `(lines ${places.join(', ')}${more}; all in --format json)`,
    );
    shown += all.length;
  }
  if (shown < warnings.length) {
    lines.push(`tuff: warning: … and ${warnings.length - shown} more warnings (all are listed under dataQuality in --format json)`);
  }
  return lines;
}
