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
import { dataWarning } from '../i18n/warnings.js';

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
    warnings.push(dataWarning(first.file, first.line, {
      code: 'group-variants-merged',
      params: { column, variants: ordered.map((v) => ({ value: v.value, lines: [...v.lines] })), winner: winner.value, home: first.file },
    }));
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
      warnings.push(dataWarning(at.file, at.line, {
        code: 'group-near-variants',
        params: { column, a: { value: va.value, lines: [...va.lines] }, b: { value: vb.value, lines: [...vb.lines] }, home: at.file },
      }));
    }
  }
  return canonical;
}
