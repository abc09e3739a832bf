/**
 * Two-mode attendance data → actor network, against the networkx oracle of
 * fixtures/two-mode/attendance (../oracle.py → expected.json):
 * bipartite.weighted_projected_graph (count) and
 * collaboration_weighted_projected_graph (newman), to 1e-9; the Danish
 * Excel dialect (BOM, `;`, decimal comma); bad rows with their line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/io/decode.js';
import { parseCsv } from '../../src/io/csv.js';
import { createIdNormaliser } from '../../src/model/ids.js';
import { projectParticipation, readParticipation, sectorMeetings } from '../../src/model/two-mode.js';
import { InputError } from '../../src/errors.js';
import type { DataWarning } from '../../src/types.js';

const DIR = path.join(import.meta.dirname, '..', '..', 'fixtures', 'two-mode', 'attendance');
const FILE = path.join(DIR, 'deltagelse.csv');
const expected = JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as {
  actors: string[]; participationRows: number; activities: number;
  count: [string, string, number][]; newman: [string, string, number][];
};

function read(text: string, warnings: DataWarning[] = []) {
  const table = parseCsv(text, 'deltagelse.csv');
  return readParticipation(table, 'deltagelse.csv', { decimalComma: table.delimiter === ';', normaliseId: createIdNormaliser(warnings), warnings });
}
const fixture = (): string => decodeBytes(new Uint8Array(readFileSync(FILE)), FILE).text;

describe('readParticipation on a Danish Excel attendance list', () => {
  const warnings: DataWarning[] = [];
  const read1 = read(fixture(), warnings);
  it('finds the Danish columns and reads the decimal-comma weights', () => {
    expect(read1.written).toEqual({ actor: 'Aktør', activity: 'Møde', date: 'Dato', weight: 'Vægt' });
    expect(read1.rowsRead).toBe(expected.participationRows);
    expect(read1.rows.find((r) => r.actor === 'kommune' && r.activity === 'Netværksmøde april')!.weight).toBe(1.5);
  });
  it('says the weight column is not used, and merges a repeated actor–activity pair with a warning naming the line of the repeat', () => {
    expect(warnings.map((w) => [w.line, w.code, w.message])).toEqual([
      [1, 'participation-weight-unused', 'the "Vægt" column is checked but not used: a tie\'s weight is the number of activities both actors attend (--projection count) or Newman\'s sum of 1/(participants − 1) over them (--projection newman)'],
      [12, 'repeated-participation', '"kommune" at "Styregruppe" again (first on line 6): counted once'],
      [13, 'repeated-participation', '"skole" at "Styregruppe" again (first on line 7): counted once'],
    ]);
  });
});

describe('projectParticipation = networkx bipartite projections', () => {
  const rows = read(fixture()).rows;
  for (const how of ['count', 'newman'] as const) {
    it(`${how}: the same ties and weights to 1e-9`, () => {
      const result = projectParticipation(rows, how);
      expect(result.ties.map((t) => [t.source, t.target])).toEqual(expected[how].map(([u, v]) => [u, v]));
      result.ties.forEach((t, i) => expect(Math.abs(t.weight - expected[how][i]![2])).toBeLessThan(1e-9));
      expect(result.activities).toHaveLength(expected.activities);
    });
  }
  it('actors who attend only activities nobody else attends take part in nothing shared', () => {
    const result = projectParticipation(rows, 'count');
    // The activities the analysis (analysis/two-mode.ts sharingNothing) reads it from: byg and forening attend only activities of their own.
    const shares = new Set(result.activities.filter((a) => a.actors.length > 1).flatMap((a) => a.actors));
    expect(result.actors.filter((a) => !shares.has(a))).toEqual(['byg', 'forening']);
    // bibliotek is in actors.csv but attends nothing: not an attendee at all (an isolate once the actors file joins)
    expect(expected.actors.filter((a) => !result.actors.includes(a))).toEqual(['bibliotek']);
  });
  it('activities that bring sectors together, most sectors first', () => {
    const sector: Record<string, string> = { beboer: 'civil', byg: 'privat', forening: 'civil', kirke: 'civil', klub: 'civil', kommune: 'offentlig', skole: 'offentlig' };
    const meetings = sectorMeetings(projectParticipation(rows, 'count').activities, (a) => sector[a] ?? null);
    expect(meetings.map((m) => [m.activity, m.participants, m.sectors])).toEqual([
      ['Sommerfest', 5, ['civil', 'offentlig']],
      ['Netværksmøde april', 4, ['civil', 'offentlig']],
    ]);
  });
});

describe('bad attendance rows: an InputError on the line', () => {
  const error = (text: string): InputError => {
    try { read(text); } catch (e) { return e as InputError; }
    throw new Error('no error');
  };
  it('an activity without an actor', () => {
    const e = error('actor,activity\na,m1\n,m1\n');
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toBe('deltagelse.csv:3: activity "m1" has no actor: fill in the "actor" column or remove the row');
    expect(e.messageIn('da')).toBe('deltagelse.csv:3: aktiviteten "m1" har ingen aktør: udfyld kolonnen "actor", eller fjern rækken');
  });
  it('an actor without an activity', () => {
    expect(error('aktør;aktivitet\na;\n').message).toBe('deltagelse.csv:2: actor "a" has no activity: fill in the "aktivitet" column or remove the row');
  });
  it('no activity column', () => {
    expect(error('actor,sector\na,b\n').message).toBe('deltagelse.csv:1: an attendance list needs a column activity (a header named activity, aktivitet, møde, arrangement); columns found: "actor", "sector"');
  });
});
