/**
 * Replay of bugs the fuzzer found (fixtures/fuzz/id-*): a NUL after a UTF-8
 * byte-order mark became an actor id; a byte-order mark inside an id made a
 * second actor. Library and built binary.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { InputError, readNetwork } from '../../dist/index.js';
import { ROOT, tuff } from '../helpers/exec.js';

describe('ids with a NUL, a control character or a stray byte-order mark (fixtures/fuzz/id-*)', () => {
  const CTRL = join(ROOT, 'fixtures', 'fuzz', 'id-control-char');
  const BOM = join(ROOT, 'fixtures', 'fuzz', 'id-stray-bom');

  it('a NUL after a UTF-8 byte-order mark is binary data, refused at its line', () => {
    expect(() => readNetwork(CTRL)).toThrow(InputError);
    const r = tuff(['analyse', CTRL]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`tuff: ${join(CTRL, 'ties.csv')}:2: binary data (a NUL character), not a CSV text file\n`);
  });

  it('a line break inside a quoted id is refused at its line', () => {
    const file = join(CTRL, 'quoted-cr.csv');
    const r = tuff(['analyse', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`tuff: ${file}:2: id "F\\u000ax" holds the control character U+000A; an id must be on one line\n`);
  });

  it('a byte-order mark inside an id is removed with a warning naming the line, so it is the same actor', () => {
    const read = readNetwork(BOM);
    expect(read.dataset.actors.map((a) => a.id)).toEqual(['Albizzi', 'Ginori', 'Medici']);
    expect(read.warnings.map((w) => [w.line, w.code])).toEqual([[3, 'id-normalised']]);
    const r = tuff(['analyse', BOM, '--format', 'json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`tuff: warning: ${join(BOM, 'ties.csv')}:3: id "A\\ufefflbizzi" read as "Albizzi" (byte-order marks removed; reported once)\n`);
    expect(Object.keys(JSON.parse(r.stdout).actors)).toEqual(['Albizzi', 'Ginori', 'Medici']);
  });
});
