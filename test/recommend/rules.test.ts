/**
 * recommend/rules: which rule fires on each synthetic fixture (fixtures/recommend,
 * structure described in each README.md), for which actors, with what
 * evidence — and that no warning or critical rule fires on a well-connected
 * network. Expected values are derived by hand from the fixtures' structure.
 */
import { describe, expect, it } from 'vitest';
import { contextOf, datasetOf, findingsOf, loadFixture, ofRule, serious } from './fixture.js';
import { recommend } from '../../src/recommend/index.js';

describe('well-connected network (circulant C16(1,2,4), four sectors)', () => {
  const found = findingsOf(loadFixture('well-connected'));
  it('fires no warning or critical rule', () => {
    expect(serious(found)).toEqual([]);
  });
  it('names no broker, hub or leaving actor where everyone is alike', () => {
    expect(ofRule(found, 'potential-brokers')).toEqual([]);
    expect(ofRule(found, 'dominant-hub')).toEqual([]);
    expect(ofRule(found, 'what-if-leaves')).toEqual([]);
    expect(ofRule(found, 'vulnerable-citizens-peripheral')).toEqual([]);
  });
});

describe('isolated-actors', () => {
  const found = findingsOf(loadFixture('isolate'));
  it('fires for the isolate only, suggesting the actor sharing sector and område', () => {
    expect(serious(found).map((f) => f.rule)).toEqual(['isolated-actors']);
    const [f] = ofRule(found, 'isolated-actors');
    expect(f!.severity).toBe('warning');
    expect(f!.actors).toEqual(['x']);
    expect(f!.groups).toEqual(['civil']);
    expect(f!.evidence).toMatchObject({ metric: 'degree', value: 0, isolates: 1, contact: 'a05', sharedAttributes: ['sector', 'område'] });
    expect(f!.evidence.shareOfActors).toBeCloseTo(1 / 17, 12);
    expect(f!.params).toEqual({ actor: 'x', contact: 'a05', shared: ['sector', 'område'] });
  });
});

describe('missing-sector-link', () => {
  const found = findingsOf(loadFixture('missing-link'));
  it('fires once, for privat–borger, and nothing else is serious', () => {
    expect(serious(found).map((f) => f.rule)).toEqual(['missing-sector-link']);
    const [f] = ofRule(found, 'missing-sector-link');
    expect(f!.severity).toBe('warning');
    expect(f!.groups).toEqual(['borger', 'privat']);
    expect(f!.evidence).toMatchObject({ metric: 'tiesBetweenGroups', value: 0, threshold: 1, actorsA: 4, actorsB: 4 });
  });
  it('suggests a borger–privat pair with two shared contacts (Adamic–Adar 2/ln 6)', () => {
    const [f] = ofRule(found, 'missing-sector-link');
    const borger = ['a03', 'a07', 'a11', 'a15'];
    const privat = ['a02', 'a06', 'a10', 'a14'];
    const s = f!.params.suggestion!;
    expect(borger).toContain(s.a);
    expect(privat).toContain(s.b);
    expect(s.common).toBe(2);
    const ev = f!.evidence.suggestion as { sharedContacts: number; adamicAdar: number };
    expect(ev.sharedContacts).toBe(2);
    expect(ev.adamicAdar).toBeCloseTo(2 / Math.log(6), 12);
    expect(f!.actors).toEqual([s.a, s.b].sort());
  });
});

describe('single-broker and vulnerable citizens: a resident cluster hanging on one housing association', () => {
  const found = findingsOf(loadFixture('resident-cluster'));
  it('fires single-broker (critical) and vulnerable-citizens-peripheral (warning), nothing else serious', () => {
    expect(serious(found).map((f) => `${f.severity} ${f.rule}`)).toEqual([
      'critical single-broker',
      'warning vulnerable-citizens-peripheral',
    ]);
  });
  it('names the housing association and exactly the five residents it cuts off', () => {
    const [f] = ofRule(found, 'single-broker');
    expect(f!.actors).toEqual(['H', 'R1', 'R2', 'R3', 'R4', 'R5']);
    expect(f!.groups).toEqual(['borger', 'civil']);
    expect(f!.params.broker).toBe('H');
    expect(f!.params.cutOff).toEqual(['R1', 'R2', 'R3', 'R4', 'R5']);
    expect(f!.params.viaTie).toBeNull(); // H has two ties into the cluster (R1, R2)
    expect(f!.params.suggestion).toEqual(['R1', 'a00']);
    expect(f!.evidence).toMatchObject({
      metric: 'cutOff', value: 5, threshold: 2, criticalAt: 2, largestGroup: 22,
      byGroup: { borger: 5 }, tiesIntoGroup: 2, partsWithout: 2, largestPartWithout: 16,
    });
  });
  it('flags the vulnerable resident: one tie, bonding only, reachable only through H', () => {
    const [f] = ofRule(found, 'vulnerable-citizens-peripheral');
    expect(f!.actors).toEqual(['R5']);
    expect(f!.evidence).toMatchObject({
      metric: 'degree', value: 1, threshold: 3, medianDegree: 6,
      outsideLargestGroup: false, onlyBonding: true, eiIndex: -1, onlyThrough: 'H', nearestGate: 'R4',
    });
    expect(f!.params).toMatchObject({ few: true, onlyBonding: true, gate: 'H', contacts: ['R4'] });
  });
  it('reports the one-actor bridge R4–R5 as information', () => {
    const ties = ofRule(found, 'fragile-tie');
    expect(ties.map((f) => [f.severity, f.actors, f.evidence.value])).toEqual([['info', ['R4', 'R5'], 1]]);
    expect(ties[0]!.params).toMatchObject({ near: 'R4', far: 'R5', count: 1 });
  });
  it('what-if-leaves: H would cut off five actors', () => {
    const h = ofRule(found, 'what-if-leaves').find((f) => f.params.actor === 'H');
    expect(h!.evidence).toMatchObject({ metric: 'cutOff', value: 5, tiesLost: 4 });
  });
});

describe('vulnerable citizen reachable only through one organisation', () => {
  const found = findingsOf(loadFixture('vulnerable-gate'));
  it('fires for V on the gate alone (four bridging ties, more than half the median)', () => {
    const [f] = ofRule(found, 'vulnerable-citizens-peripheral');
    expect(f!.severity).toBe('warning');
    expect(f!.actors).toEqual(['V']);
    expect(f!.evidence).toMatchObject({ value: 4, threshold: 3, medianDegree: 6, onlyBonding: false, eiIndex: 1, onlyThrough: 'O' });
    expect(f!.params).toMatchObject({ few: false, onlyBonding: false, outside: false, gate: 'O' });
  });
  it('and single-broker names O with the four actors behind it', () => {
    const [f] = ofRule(found, 'single-broker');
    expect(f!.severity).toBe('critical');
    expect(f!.actors).toEqual(['O', 'U', 'V', 'W', 'X']);
    expect(f!.evidence.value).toBe(4);
  });
});

describe('sector-silo: a sector with only internal ties', () => {
  const found = findingsOf(loadFixture('sector-silo'));
  it('fires sector-silo (E-I −1) and detached-groups, and no per-sector missing links for a detached group', () => {
    expect(serious(found).map((f) => `${f.severity} ${f.rule}`)).toEqual(['critical detached-groups', 'warning sector-silo']);
    const [silo] = ofRule(found, 'sector-silo');
    expect(silo!.groups).toEqual(['erhverv']);
    expect(silo!.actors).toEqual([]);
    expect(silo!.evidence).toMatchObject({ metric: 'eiIndex', value: -1, internalTies: 6, externalTies: 0, actors: 4 });
    expect(silo!.evidence.expected).toBeCloseTo(1 - 6 / 19, 12);
    expect(silo!.evidence.threshold).toBeCloseTo(-1 / 3, 12);
  });
  it('names the detached group, its size and its entry point', () => {
    const [f] = ofRule(found, 'detached-groups');
    expect(f!.actors).toEqual(['E1', 'E2', 'E3', 'E4']);
    expect(f!.evidence).toMatchObject({ metric: 'componentSize', value: 4, largestGroup: 16, entry: 'E1', byGroup: { erhverv: 4 } });
    expect(f!.params.contact).not.toBeNull();
  });
});

describe('dominant-hub: a hub holding most ties', () => {
  const found = findingsOf(loadFixture('hub'));
  it('fires as a warning for H with 9 of 12 ties and 33 of 36 shortest paths', () => {
    const hubs = ofRule(found, 'dominant-hub');
    expect(hubs.map((f) => [f.severity, f.actors])).toEqual([['warning', ['H']]]);
    expect(hubs[0]!.evidence).toMatchObject({ metric: 'tieShare', value: 0.75, degree: 9, ties: 12 });
    expect(hubs[0]!.evidence.threshold).toBeCloseTo(0.4, 12); // max(0.25, 2 · 2/10)
    expect(hubs[0]!.evidence.betweenness).toBeCloseTo(33 / 36, 12);
  });
  it('says the partnership falls apart without H: six parts, the largest of two', () => {
    const [f] = ofRule(found, 'single-broker');
    expect(f!.severity).toBe('critical');
    expect(f!.evidence).toMatchObject({ value: 7, partsWithout: 6, largestPartWithout: 2 });
  });
  it('finds the two sector pairs never tied directly: borger–offentlig and offentlig–privat', () => {
    expect(ofRule(found, 'missing-sector-link').map((f) => f.groups)).toEqual([
      ['borger', 'offentlig'],
      ['offentlig', 'privat'],
    ]);
  });
  it('reports the three leaves hanging on H as information', () => {
    expect(ofRule(found, 'fragile-tie').map((f) => [f.severity, f.params.far])).toEqual([
      ['info', 'A7'],
      ['info', 'A8'],
      ['info', 'A9'],
    ]);
  });
});

describe('introductions with a single group', () => {
  it('speaks of informal clusters, not of groups that are all the same', () => {
    const actor = (id: string) => ({ id, label: null, sector: 'family', attributes: {} });
    // Two triangles joined by two paths a3–m–b1 and a2–n–b2 (two, so that no end
    // of a pair is a single broker, which introductions never suggest).
    const dataset = datasetOf(
      ['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'm', 'n'].map(actor),
      [['a1', 'a2'], ['a2', 'a3'], ['a1', 'a3'], ['b1', 'b2'], ['b2', 'b3'], ['b1', 'b3'], ['a3', 'm'], ['m', 'b1'], ['a2', 'n'], ['n', 'b2']],
    );
    const ctx = contextOf(dataset);
    const recs = recommend({ dataset, analysis: ctx.analysis, lang: 'en' }).filter((r) => r.rule === 'introductions');
    expect(recs.length).toBeGreaterThan(0);
    for (const r of recs) {
      expect(r.message).toContain('are in different informal clusters');
      expect(r.message).not.toContain('"family" and "family"');
    }
  });
});

describe('community-isolated and community-crosses-sectors: a closed club beside a mixed core', () => {
  const found = findingsOf(loadFixture('closed-cluster'));
  const club = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6'];

  it('nothing serious', () => {
    expect(serious(found)).toEqual([]);
  });

  it('community-isolated: the club, 15 ties inside and 2 out (share 2/32), through k1 and k4', () => {
    const list = ofRule(found, 'community-isolated');
    expect(list).toHaveLength(1);
    const [f] = list;
    expect(f!.severity).toBe('info');
    expect(f!.actors).toEqual(club);
    expect(f!.evidence).toMatchObject({ metric: 'externalShare', size: 6, internalTies: 15, externalTies: 2 });
    expect(f!.evidence.value).toBeCloseTo(2 / 32, 12);
    expect(f!.evidence.value as number).toBeLessThanOrEqual(f!.evidence.threshold as number);
    expect(f!.params).toMatchObject({ size: 6, internal: 15, external: 2, connectors: ['k1', 'k4'], connectorCount: 2 });
  });

  it('community-crosses-sectors: core clusters only (every core tie joins two sectors), never the two-sector club', () => {
    const list = ofRule(found, 'community-crosses-sectors');
    expect(list.length).toBeGreaterThan(0);
    for (const f of list) {
      expect(f.severity).toBe('info');
      expect(f.actors.every((id) => id.startsWith('c'))).toBe(true);
      expect(f.evidence.value).toBe(1);
      expect(f.groups.length).toBeGreaterThanOrEqual(3);
      expect(f.params.cross).toBe(f.params.internal);
    }
  });

  it('neither fires on the well-connected circulant (no closed cluster), nor without three groups, nor with one group per actor', () => {
    expect(ofRule(findingsOf(loadFixture('well-connected')), 'community-isolated')).toEqual([]);
    const plain = loadFixture('closed-cluster');
    expect(ofRule(findingsOf({ ...plain, groupBy: null, actors: plain.actors.map((a) => ({ ...a, sector: null })) }), 'community-crosses-sectors')).toEqual([]);
    // 18 groups (the sector column holds each actor's id): not a sector column, as for missing-sector-link.
    expect(ofRule(findingsOf({ ...plain, actors: plain.actors.map((a) => ({ ...a, sector: a.id })) }), 'community-crosses-sectors')).toEqual([]);
  });
});

describe('community-isolated with nothing to compare: one core, one closed club', () => {
  it('names the club by the absolute threshold alone (a median of one or two clusters would be the club itself)', () => {
    // A 20-clique core and a 6-clique club joined by two ties (c00–k1, c10–k4): two Louvain clusters.
    const core = Array.from({ length: 20 }, (_, i) => `c${String(i).padStart(2, '0')}`);
    const club = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6'];
    const ties: [string, string][] = [['c00', 'k1'], ['c10', 'k4']];
    for (let i = 0; i < 20; i++) for (let j = i + 1; j < 20; j++) ties.push([core[i]!, core[j]!]);
    for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) ties.push([club[i]!, club[j]!]);
    const actors = [...core, ...club].map((id) => ({ id, label: null, sector: null, attributes: {} }));
    const [f, ...rest] = ofRule(findingsOf(datasetOf(actors, ties, null)), 'community-isolated');
    expect(rest).toEqual([]);
    expect(f!.actors).toEqual(club);
    expect(f!.evidence.value).toBeCloseTo(2 / 32, 12);
    expect(f!.evidence.threshold).toBe(0.1);
    expect(f!.evidence.medianShare).toBeNull();
  });
});
