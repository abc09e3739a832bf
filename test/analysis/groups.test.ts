/** computeGroups: E-I (actor, group, network), participation, group tie counts vs the shared oracles and hand-checked graphs. */
import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../src/model/network.js';
import { computeGroups } from '../../src/analysis/groups.js';
import { loadExpected, loadSharedDataset, makeDataset } from '../helpers/shared.js';
import { expectClose } from '../helpers/close.js';


describe.each(['karate', 'florentine', 'sondervang'])('computeGroups on %s', (name) => {
  const net = buildNetwork(loadSharedDataset(name));
  const expected = loadExpected(name);
  const result = computeGroups(net);

  it('E-I index and participation of every actor', () => {
    for (const [id, metrics] of Object.entries(expected.actors)) {
      const i = net.indexOf.get(id)!;
      expectClose(result.actorEi[i], metrics.eiIndex as number | null, `eiIndex ${id}`);
      expectClose(result.participation[i], metrics.participation as number | null, `participation ${id}`);
    }
  });

  it('groups (keys in code-unit order), network E-I and group tie counts', () => {
    expect(Object.keys(result.groups)).toEqual(Object.keys(expected.groups));
    for (const [g, stats] of Object.entries(expected.groups)) {
      const got = result.groups[g]!;
      expect({ actors: got.actors, internalTies: got.internalTies, externalTies: got.externalTies }, g).toEqual({
        actors: stats.actors,
        internalTies: stats.internalTies,
        externalTies: stats.externalTies,
      });
      expectClose(got.eiIndex, stats.eiIndex, `group eiIndex ${g}`);
    }
    expectClose(result.eiIndex, expected.eiIndex, 'eiIndex');
    expect(result.groupTies).toEqual(expected.groupTies);
  });
});

type Member = { id: string; sector?: string };

function groupsOf(ties: readonly (readonly [string, string])[], actors: Member[], groupBy: string | null = 'sector') {
  const net = buildNetwork(makeDataset(ties, { actors, groupBy }));
  const r = computeGroups(net);
  const byId = Object.fromEntries(net.ids.map((id, i) => [id, [r.actorEi[i]!, r.participation[i]!]]));
  return { ...r, byId };
}

describe('computeGroups on small graphs', () => {
  // X = {a, b, c}, Y = {d, e}; ties a-b, a-c, b-c (internal X), c-d (external), d-e (internal Y), a-e (external)
  const actors: Member[] = [
    { id: 'a', sector: 'X' }, { id: 'b', sector: 'X' }, { id: 'c', sector: 'X' },
    { id: 'd', sector: 'Y' }, { id: 'e', sector: 'Y' }, { id: 'f', sector: 'Y' },
  ];
  const ties: [string, string][] = [['a', 'b'], ['a', 'c'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['a', 'e']];

  it('two groups with an isolate', () => {
    const r = groupsOf(ties, actors);
    // a: I = 2 (b, c), E = 1 (e); participation 1 − (2/3)² − (1/3)²
    expectClose(r.byId.a![0], (1 - 2) / 3, 'ei a');
    expectClose(r.byId.a![1], 1 - 4 / 9 - 1 / 9, 'participation a');
    expect(r.byId.b).toEqual([-1, 0]);
    // d: c (X) and e (Y): E = I = 1
    expect(r.byId.d).toEqual([0, 0.5]);
    expect(r.byId.f).toEqual([null, null]);
    expect(r.groups).toEqual({
      X: { actors: 3, internalTies: 3, externalTies: 2, eiIndex: (2 - 3) / 5 },
      Y: { actors: 3, internalTies: 1, externalTies: 2, eiIndex: (2 - 1) / 3 },
    });
    expect(r.groupTies).toEqual({ internal: 4, external: 2 });
    expectClose(r.eiIndex, (2 - 4) / 6, 'network ei');
  });

  it('no groupBy: groups {}, everything null, no tie counted', () => {
    const r = groupsOf(ties, actors, null);
    expect(r.groups).toEqual({});
    expect(r.eiIndex).toBeNull();
    expect(r.groupTies).toEqual({ internal: 0, external: 0 });
    expect(r.actorEi.every((x) => x === null)).toBe(true);
    expect(r.participation.every((x) => x === null)).toBe(true);
  });

  it('a groupBy column that is empty for everyone behaves like no groupBy', () => {
    const r = groupsOf(ties, actors.map((a) => ({ id: a.id })));
    expect(r.groups).toEqual({});
    expect(r.eiIndex).toBeNull();
    expect(r.actorEi.every((x) => x === null)).toBe(true);
  });

  it('actors without a group value: in no group, their ties counted neither internal nor external', () => {
    // e has no value: ties d-e and a-e drop out
    const r = groupsOf(ties, actors.map((a) => (a.id === 'e' ? { id: 'e' } : a)));
    expect(r.byId.e).toEqual([null, null]);
    // a now has only b and c
    expect(r.byId.a).toEqual([-1, 0]);
    // d has only c (X): all external
    expect(r.byId.d).toEqual([1, 0]);
    expect(r.groups).toEqual({
      X: { actors: 3, internalTies: 3, externalTies: 1, eiIndex: (1 - 3) / 4 },
      Y: { actors: 2, internalTies: 0, externalTies: 1, eiIndex: 1 },
    });
    expect(r.groupTies).toEqual({ internal: 3, external: 1 });
  });

  it('an actor whose only neighbours are ungrouped gets null; a group without ties gets null E-I', () => {
    const r = groupsOf([['a', 'u']], [{ id: 'a', sector: 'X' }, { id: 'u' }, { id: 'z', sector: 'Z' }]);
    expect(r.byId.a).toEqual([null, null]);
    expect(r.groups).toEqual({
      X: { actors: 1, internalTies: 0, externalTies: 0, eiIndex: null },
      Z: { actors: 1, internalTies: 0, externalTies: 0, eiIndex: null },
    });
    expect(r.eiIndex).toBeNull();
  });

  it('participation with three groups (own group included)', () => {
    // h (A) tied to 2×A, 1×B, 3×C
    const members: Member[] = [
      { id: 'h', sector: 'A' }, { id: 'a1', sector: 'A' }, { id: 'a2', sector: 'A' }, { id: 'b1', sector: 'B' },
      { id: 'c1', sector: 'C' }, { id: 'c2', sector: 'C' }, { id: 'c3', sector: 'C' },
    ];
    const r = groupsOf(members.slice(1).map((m) => ['h', m.id] as [string, string]), members);
    expectClose(r.byId.h![1], 1 - (2 / 6) ** 2 - (1 / 6) ** 2 - (3 / 6) ** 2, 'participation h');
    expectClose(r.byId.h![0], (4 - 2) / 6, 'ei h');
    expect(r.byId.c1).toEqual([1, 0]);
  });

  it('n = 0, 1, 2', () => {
    const r0 = groupsOf([], [], 'sector');
    expect(r0.groups).toEqual({});
    expect(r0.eiIndex).toBeNull();
    const r1 = groupsOf([], [{ id: 'a', sector: 'X' }]);
    expect(r1.byId.a).toEqual([null, null]);
    expect(r1.groups).toEqual({ X: { actors: 1, internalTies: 0, externalTies: 0, eiIndex: null } });
    expect(r1.eiIndex).toBeNull();
    const r2 = groupsOf([['a', 'b']], [{ id: 'a', sector: 'X' }, { id: 'b', sector: 'Y' }]);
    expect(r2.byId).toEqual({ a: [1, 0], b: [1, 0] });
    expect(r2.eiIndex).toBe(1);
    expect(r2.groupTies).toEqual({ internal: 0, external: 1 });
  });
});
