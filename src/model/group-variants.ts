/**
 * Group values that are one value spelled differently (pure): issue 15.
 *
 * A facilitator's sector column often holds `Offentlig` and `offentlig`, or
 * `Borgere` and `borger`; read literally they are separate groups and every
 * group finding is false. So within one group column:
 *
 * - values equal after NFC, lower-casing and collapsing runs of white space
 *   are one value (`case-space`);
 * - so are two values where one is the other plus a Danish plural ending
 *   `e`, `er` or `r` (`borger`/`borgere`, `frivillig`/`frivillige`) (`plural`);
 * - the spelling used most often wins (ties: the one met first, in file order),
 *   and one `group-variants-merged` warning names every variant and its lines;
 * - values that are not merged but differ by one letter (edit distance 1 on the
 *   folded form, both at least 4 letters) are named in one
 *   `group-near-variants` warning, left as they are.
 */

import type { DataWarning } from '../types.js';
import { quote } from './quote.js';

export interface GroupCell {
  readonly value: string;
  readonly file: string;
  readonly line: number;
}

function fold(value: string): string {
  return value.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

const PLURAL_ENDINGS = ['e', 'er', 'r'];
/** Beyond this many distinct values a column is not a grouping a person typed: no near-variant search. */
const NEAR_VARIANT_MAX = 200;

function editDistanceOne(a: string, b: string): boolean {
  if (a === b) return false;
  const [s, t] = a.length <= b.length ? [a, b] : [b, a];
  if (t.length - s.length > 1) return false;
  let i = 0;
  while (i < s.length && s[i] === t[i]) i++;
  if (s.length === t.length) return s.slice(i + 1) === t.slice(i + 1);
  return s.slice(i) === t.slice(i + 1);
}

interface Variant {
  readonly value: string;
  readonly lines: { file: string; line: number }[];
  readonly order: number;
}

/** `lines 2, 4`, naming the file only where it is not the warning's own (a value from the ties file). */
function where(lines: readonly { file: string; line: number }[], home: string): string {
  const byFile = new Map<string, number[]>();
  for (const l of lines) {
    const list = byFile.get(l.file) ?? [];
    if (!list.includes(l.line)) list.push(l.line);
    byFile.set(l.file, list);
  }
  return [...byFile].map(([file, ls]) => `${file === home ? '' : `${file} `}${ls.length === 1 ? 'line ' : 'lines '}${ls.join(', ')}`).join('; ');
}

/**
 * The canonical spelling of each value of one group column (value → spelling;
 * values not listed stay as they are), pushing the warnings described above.
 */
export function mergeGroupVariants(column: string, cells: readonly GroupCell[], warnings: DataWarning[]): Map<string, string> {
  const variants = new Map<string, Variant>();
  for (const cell of cells) {
    let v = variants.get(cell.value);
    if (v === undefined) variants.set(cell.value, (v = { value: cell.value, lines: [], order: variants.size }));
    v.lines.push({ file: cell.file, line: cell.line });
  }
  // Union-find over folded forms: equal folds, and f / f+e / f+er / f+r (a Danish plural ending).
  const byFold = new Map<string, Variant[]>();
  for (const v of variants.values()) {
    const f = fold(v.value);
    const list = byFold.get(f) ?? [];
    list.push(v);
    byFold.set(f, list);
  }
  const parent = new Map<string, string>();
  const find = (f: string): string => {
    let r = f;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(f, r);
    return r;
  };
  for (const f of byFold.keys()) parent.set(f, f);
  for (const f of byFold.keys()) {
    if (f.length < 3) continue;
    for (const ending of PLURAL_ENDINGS) {
      if (byFold.has(f + ending)) {
        const a = find(f);
        const b = find(f + ending);
        if (a !== b) parent.set(b, a);
      }
    }
  }
  const groups = new Map<string, Variant[]>();
  for (const [f, list] of byFold) {
    const root = find(f);
    groups.set(root, [...(groups.get(root) ?? []), ...list]);
  }
  const canonical = new Map<string, string>();
  const heads: string[] = [];
  for (const list of groups.values()) {
    const winner = [...list].sort((a, b) => b.lines.length - a.lines.length || a.order - b.order)[0]!;
    heads.push(winner.value);
    if (list.length === 1) continue;
    for (const v of list) if (v.value !== winner.value) canonical.set(v.value, winner.value);
    const ordered = [...list].sort((a, b) => a.order - b.order);
    const first = [...list].filter((v) => v !== winner).flatMap((v) => v.lines)[0]!;
    warnings.push({
      file: first.file,
      line: first.line,
      code: 'group-variants-merged',
      message:
        `${quote(column)} values ${ordered.map((v) => `${quote(v.value)} (${where(v.lines, first.file)})`).join(', ')} ` +
        `differ only by case, spacing or a plural ending; merged as ${quote(winner.value)}`,
    });
  }
  // Near-variants among what is left: reported, not merged.
  if (heads.length > NEAR_VARIANT_MAX) return canonical;
  for (let i = 0; i < heads.length; i++) {
    for (let j = i + 1; j < heads.length; j++) {
      const a = fold(heads[i]!);
      const b = fold(heads[j]!);
      if (a.length < 4 || b.length < 4 || !editDistanceOne(a, b)) continue;
      const va = variants.get(heads[i]!)!;
      const vb = variants.get(heads[j]!)!;
      const at = vb.lines[0]!;
      warnings.push({
        file: at.file,
        line: at.line,
        code: 'group-near-variants',
        message:
          `${quote(column)} values ${quote(va.value)} (${where(va.lines, at.file)}) and ${quote(vb.value)} (${where(vb.lines, at.file)}) ` +
          'differ by one letter; kept as two groups — check the spelling',
      });
    }
  }
  return canonical;
}
