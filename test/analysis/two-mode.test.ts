/**
 * analysis/two-mode.ts: what an attendance list says beyond its projection —
 * the activities that bring groups together (participants of two groups or
 * more; an actor without a group not counted; most groups, then most
 * participants, then name) and the actors who share no activity with anyone
 * (none attended, or only alone). On a dataset read from a small list written
 * here, so each rule is seen to decide.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readNetwork } from '../../src/index.js';
import { twoModeFindings } from '../../src/analysis/two-mode.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tuff-two-mode-findings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(path.join(dir, 'actors.csv'), 'id,sector,club\na,public,x\nb,civil,x\nc,civil,y\nd,,y\ne,private,\nf,public,\n');
// m1: a b c (public, civil); m2: b d (civil + no sector: one group); m3: a e c (3 groups); m4: e alone; m0: c d e f (3 groups, 4 people)
writeFileSync(path.join(dir, 'participation.csv'), 'actor,activity\na,m1\nb,m1\nc,m1\nb,m2\nd,m2\na,m3\ne,m3\nc,m3\ne,m4\nc,m0\nd,m0\ne,m0\nf,m0\ng,m5\n');

describe('twoModeFindings', () => {
  it('activities of two groups or more, most groups first, then most participants, then name; actors without a group not counted', () => {
    const found = twoModeFindings(readNetwork(dir).dataset)!;
    expect(found.bringTogether).toEqual([
      { activity: 'm0', participants: 4, groups: ['civil', 'private', 'public'] },
      { activity: 'm3', participants: 3, groups: ['civil', 'private', 'public'] },
      { activity: 'm1', participants: 3, groups: ['civil', 'public'] },
    ]);
  });
  it('by another group column, other activities', () => {
    const found = twoModeFindings(readNetwork(dir, { groupBy: 'club' }).dataset)!;
    // m0 is all club y (e and f have no club); m1 and m3 tie on groups and participants: by name.
    expect(found.bringTogether.map((a) => [a.activity, a.participants, a.groups])).toEqual([['m1', 3, ['x', 'y']], ['m3', 3, ['x', 'y']], ['m2', 2, ['x', 'y']]]);
  });
  it('who shares no activity: g attends m5 alone; e attends m4 alone but m3 and m0 with others, so is not here', () => {
    expect(twoModeFindings(readNetwork(dir).dataset)!.sharingNothing).toEqual([{ actor: 'g', activities: 1 }]);
  });
  it('nothing for an edge list', () => {
    expect(twoModeFindings(readNetwork('fixtures/input/danish-excel').dataset)).toBeUndefined();
  });
});
