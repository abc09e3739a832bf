/** warningLines (issue 15): repeated kinds are one stderr line with a count; the rest one line each. */
import { describe, expect, it } from 'vitest';
import { warningLines } from '../../src/util/warning-lines.js';

const w = (line: number, code: string, file = 't.csv') => ({ file, line, code, message: `${code} at ${line}` });

describe('warningLines', () => {
  it('prints up to three of a kind one per line', () => {
    expect(warningLines([w(2, 'a'), w(3, 'a'), w(4, 'b'), w(5, 'a')], 100)).toEqual([
      'tuff: warning: t.csv:2: a at 2',
      'tuff: warning: t.csv:3: a at 3',
      'tuff: warning: t.csv:4: b at 4',
      'tuff: warning: t.csv:5: a at 5',
    ]);
  });
  it('summarises a kind seen more than three times at its first place, keeping the others in order', () => {
    const ws = [w(2, 'a'), w(3, 'a'), w(4, 'b'), w(5, 'a'), w(6, 'a', 'u.csv'), w(0, 'c')];
    expect(warningLines(ws, 100)).toEqual([
      'tuff: warning: t.csv:2: a at 2 — and 3 more a warnings (lines 3, 5, u.csv:6; all in --format json)',
      'tuff: warning: t.csv:4: b at 4',
      'tuff: warning: t.csv: c at 0',
    ]);
  });
  it('caps the list of places at ten and the lines at max, saying how many more', () => {
    const many = Array.from({ length: 15 }, (_, i) => w(i + 2, 'a'));
    expect(warningLines(many, 100)[0]).toBe('tuff: warning: t.csv:2: a at 2 — and 14 more a warnings (lines 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, …; all in --format json)');
    const kinds = Array.from({ length: 5 }, (_, i) => w(i + 2, `k${i}`));
    expect(warningLines(kinds, 2)).toEqual([
      'tuff: warning: t.csv:2: k0 at 2',
      'tuff: warning: t.csv:3: k1 at 3',
      'tuff: warning: … and 3 more warnings (all are listed under dataQuality in --format json)',
    ]);
  });
});
