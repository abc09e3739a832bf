/** mergeGroupVariants (issue 15): which spellings are one group, which are only named. */
import { describe, expect, it } from 'vitest';
import { mergeGroupVariants } from '../../src/model/group-variants.js';
import type { DataWarning } from '../../src/types.js';

const cells = (...values: string[]) => values.map((value, i) => ({ value, file: 'a.csv', line: i + 2 }));

describe('mergeGroupVariants', () => {
  it('merges case, spacing and plural-ending variants into the most frequent spelling', () => {
    const warnings: DataWarning[] = [];
    const map = mergeGroupVariants('sector', cells('offentlig', 'Offentlig', 'Offentlig', 'Borgere', 'borger', 'privat  sektor', 'Privat sektor', 'Kommune', 'kommuner'), warnings);
    expect(Object.fromEntries(map)).toEqual({ offentlig: 'Offentlig', borger: 'Borgere', 'Privat sektor': 'privat  sektor', kommuner: 'Kommune' });
    expect(warnings.map((w) => [w.line, w.code])).toEqual([
      [2, 'group-variants-merged'],
      [6, 'group-variants-merged'],
      [8, 'group-variants-merged'],
      [10, 'group-variants-merged'],
    ]);
  });
  it('keeps different values apart and names only one-letter near-variants of 4+ letters', () => {
    const warnings: DataWarning[] = [];
    const map = mergeGroupVariants('sector', cells('Frivillig', 'Frivilig', 'Nord', 'Syd', 'abc', 'abd'), warnings);
    expect(map.size).toBe(0);
    expect(warnings.map((w) => [w.line, w.code])).toEqual([[3, 'group-near-variants']]);
  });
  it('is silent on a clean column', () => {
    const warnings: DataWarning[] = [];
    expect(mergeGroupVariants('sector', cells('civil', 'privat', 'offentlig', 'civil'), warnings).size).toBe(0);
    expect(warnings).toEqual([]);
  });
});
