/** Shapes shared by the warning catalogues (warnings-en.ts, warnings-da.ts); each catalogue owns its words. */

import type { ValueLine } from './warnings.js';

/**
 * The lines of a group value by file, in the order first seen, each line once:
 * the file is null where it is the warning's own (`home`).
 */
export function linesByFile(lines: readonly ValueLine[], home: string): { readonly file: string | null; readonly lines: readonly number[] }[] {
  const byFile = new Map<string, number[]>();
  for (const l of lines) {
    const list = byFile.get(l.file) ?? [];
    if (!list.includes(l.line)) list.push(l.line);
    byFile.set(l.file, list);
  }
  return [...byFile].map(([file, ls]) => ({ file: file === home ? null : file, lines: ls }));
}

/** At most `max` line numbers, then "… (N in all)" in the catalogue's words. */
export function someLines(lines: readonly number[], max: number, inAll: (n: number) => string): string {
  return lines.slice(0, max).join(', ') + (lines.length > max ? `, … (${inAll(lines.length)})` : '');
}
