/**
 * End-to-end: recommendations through the built binary (`npm run build`
 * first) — text in English and Danish (recommendations first, grouped by
 * severity), the JSON `recommendations` layout, --fail-on exit codes with
 * the full report on stdout either way, and --facilitator. Run on the
 * synthetic fixtures and on examples/boegely, whose planted structure
 * (examples/boegely/README.md) the rules must find.
 */
import { describe, expect, it } from 'vitest';
import { tuff } from '../helpers/exec.js';

const EXAMPLE = 'examples/boegely';
const FIX = 'fixtures/recommend';
const REC_KEYS = ['rule', 'severity', 'actors', 'groups', 'evidence', 'message'];

interface Rec {
  rule: string;
  severity: string;
  actors: string[];
  groups: string[];
  evidence: Record<string, unknown>;
  message: string;
  merged?: Omit<Rec, 'message' | 'merged'>[];
}
const json = (args: string[]): { recs: Rec[]; status: number | null; stdout: string; stderr: string } => {
  const run = tuff(['analyse', ...args, '--format', 'json']);
  const recs = run.status === 0 || run.status === 1 ? (JSON.parse(run.stdout).recommendations as Rec[]) : [];
  return { recs, status: run.status, stdout: run.stdout, stderr: run.stderr };
};

describe('JSON recommendations on examples/boegely', () => {
  const { recs, status, stderr } = json([EXAMPLE, '--lang', 'en']);
  // Every finding, those folded into an item with the same cause included (combine.ts).
  const flat = recs.flatMap((r) => [r, ...((r.merged ?? []) as Rec[])]);
  const by = (rule: string): Rec[] => flat.filter((r) => r.rule === rule);

  it('exits 0 without --fail-on and lays out each recommendation in the schema key order', () => {
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(recs.length).toBeGreaterThan(0);
    for (const r of recs) {
      expect(Object.keys(r)).toEqual(r.merged === undefined ? REC_KEYS : [...REC_KEYS, 'merged']);
      expect(['critical', 'warning', 'info']).toContain(r.severity);
      expect(r.rule).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(Object.keys(r.evidence).slice(0, 2)).toEqual(['metric', 'value']);
    }
    const order = recs.map((r) => ['critical', 'warning', 'info'].indexOf(r.severity));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('finds the planted structure', () => {
    expect(by('detached-groups').map((r) => [r.severity, r.actors])).toEqual([['critical', ['C16', 'C17', 'C18']]]);
    expect(by('isolated-actors').map((r) => r.actors)).toEqual([['C19']]);
    const brokers = by('single-broker');
    expect(brokers.map((r) => [r.severity, r.actors])).toEqual([
      ['critical', ['B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'C03']],
      ['warning', ['C05', 'C06', 'K04']],
    ]);
    expect(brokers[0]!.evidence.value).toBe(6);
    expect(by('sector-silo').map((r) => r.groups)).toEqual([['privat']]);
    expect(by('sector-silo')[0]!.evidence.value).toBeCloseTo(-9 / 19, 12); // (5 − 14)/19
    expect(by('missing-sector-link').map((r) => r.groups)).toEqual([['borger', 'privat']]);
    expect(by('vulnerable-citizens-peripheral').map((r) => r.actors)).toEqual([['B08'], ['B09']]);
    // Bridges: B07–B08 and C05–C06 (one actor each); K04–C05 is told by single-broker (the whole group hangs on it).
    expect(by('fragile-tie').map((r) => r.evidence.tie)).toEqual([['B07', 'B08'], ['C05', 'C06']]);
    const potential = by('potential-brokers').map((r) => r.actors[0]);
    for (const id of ['C07', 'C10', 'C15', 'C08']) expect(potential).toContain(id);
  });

  it('tells each cause once: what hangs on C03 and on K04 is inside their single-broker items', () => {
    const items = recs.filter((r) => r.rule === 'single-broker');
    const folded = items.map((r) => (r.merged ?? []).map((m) => `${m.rule}:${m.actors.join('+')}`));
    expect(folded[0]).toEqual(expect.arrayContaining(['vulnerable-citizens-peripheral:B08', 'fragile-tie:B07+B08', 'what-if-leaves:B07+B08']));
    expect(folded[1]).toEqual(expect.arrayContaining(['fragile-tie:C05+C06', 'what-if-leaves:C05+C06']));
    expect(recs.filter((r) => r.rule === 'fragile-tie')).toEqual([]);
    expect(recs.filter((r) => r.rule === 'vulnerable-citizens-peripheral').map((r) => r.actors)).toEqual([['B09']]);
  });

  it('names the actors in the message, with labels', () => {
    const [broker] = by('single-broker');
    expect(broker!.message).toMatch(/^Only Afdelingsbestyrelsen Bøgely Nord \(C03\) connects six actors to the rest of the partnership/);
  });
});

describe('text report', () => {
  it('shows the recommendations first, grouped by severity, in Danish', () => {
    const run = tuff(['analyse', EXAMPLE, '--lang', 'da']);
    expect(run.status).toBe(0);
    const out = run.stdout;
    const at = (s: string): number => out.indexOf(s);
    expect(at('Hvad nu?')).toBeGreaterThan(0);
    expect(at('Hvad nu?')).toBeLessThan(at('Netværket'));
    expect(at('Kritisk (2)')).toBeGreaterThan(at('Hvad nu?'));
    expect(at('Kritisk (2)')).toBeLessThan(at('Advarsel ('));
    expect(at('Advarsel (')).toBeLessThan(at('Godt at vide ('));
    expect(out).toContain('Grupper, der hænger på én aktør (single-broker)');
    expect(out).toContain('• Kun Afdelingsbestyrelsen Bøgely Nord (C03) forbinder seks aktører med resten af partnerskabet:');
    expect(out).toContain('Sektoren "privat" holder sig mest for sig selv');
    expect(out).toContain('Der er ingen relation mellem sektorerne "borger" og "privat"');
    const section = out.slice(at('Hvad nu?'), at('Netværket'));
    for (const line of section.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it('in English', () => {
    const run = tuff(['analyse', EXAMPLE, '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout.indexOf('What to do next')).toBeLessThan(run.stdout.indexOf('Critical (2)'));
    expect(run.stdout).toContain('Groups hanging on one actor (single-broker)');
    expect(run.stdout).toContain('Sector "privat" mostly keeps to itself');
  });

  it('follows LANG when --lang is not given', () => {
    expect(tuff(['analyse', EXAMPLE], { LANG: 'da_DK.UTF-8' }).stdout).toContain('Hvad nu?');
  });

  it('has the messages of --format json in the same language', () => {
    const da = json([EXAMPLE, '--lang', 'da']).recs;
    expect(da.find((r) => r.rule === 'sector-silo')!.message).toMatch(/^Sektoren "privat" holder sig mest for sig selv: 14 af dens 19 relationer/);
  });

  it('says nothing needs action when no rule fires', () => {
    // The circulant C16(1,2,4): no hub, no cut point, every sector pair tied.
    const run = tuff(['analyse', `${FIX}/well-connected`, '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('Critical');
    expect(run.stdout).not.toContain('Warning');
  });
});

describe('--fail-on', () => {
  it('exits 1 when a recommendation at or above the severity is found, with the full report on stdout', () => {
    const plain = tuff(['analyse', EXAMPLE, '--format', 'json']);
    for (const severity of ['critical', 'warning', 'info']) {
      const run = tuff(['analyse', EXAMPLE, '--format', 'json', '--fail-on', severity]);
      expect(run.status, severity).toBe(1);
      expect(run.stdout).toBe(plain.stdout);
      expect(run.stderr).toBe('');
    }
    const text = tuff(['analyse', EXAMPLE, '--fail-on', 'critical']);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('What to do next');
    expect(text.stdout).toContain('Groups hanging on one actor');
  });

  it('exits 0 when nothing reaches the severity', () => {
    expect(tuff(['analyse', `${FIX}/well-connected`, '--fail-on', 'warning']).status).toBe(0);
    expect(tuff(['analyse', `${FIX}/well-connected`, '--fail-on', 'critical']).status).toBe(0);
    expect(tuff(['analyse', `${FIX}/missing-link`, '--fail-on', 'critical']).status).toBe(0);
    expect(tuff(['analyse', `${FIX}/missing-link`, '--fail-on', 'warning']).status).toBe(1);
    expect(tuff(['analyse', `${FIX}/well-connected`, '--fail-on', 'info']).status).toBe(1);
  });
});

describe('--facilitator', () => {
  it('reports the share of cross-sector shortest paths through the facilitator', () => {
    const { recs, status } = json([EXAMPLE, '--facilitator', 'C01', '--lang', 'en']);
    expect(status).toBe(0);
    const dep = recs.filter((r) => r.rule === 'facilitator-dependence');
    expect(dep).toHaveLength(1);
    expect(dep[0]!.actors).toEqual(['C01']);
    expect(dep[0]!.evidence).toMatchObject({ metric: 'crossGroupPathShare', cutOff: 0, exact: true });
    expect(dep[0]!.message).toMatch(/^The facilitator Sekretariatet \(backbone\) – Helhedsplan Bøgely \(C01\) lies on \d+% of the shortest paths between actors in different sectors/);
  });

  it('says what breaks without a facilitator that holds a group', () => {
    const { recs } = json([`${FIX}/resident-cluster`, '--facilitator', 'H']);
    // H is also the single broker of the group: the facilitator finding is folded into that item (combine.ts).
    expect(recs.filter((r) => r.rule === 'facilitator-dependence')).toEqual([]);
    const item = recs.find((r) => r.rule === 'single-broker' && r.actors.includes('H'))!;
    const dep = (item.merged ?? []).find((r) => r.rule === 'facilitator-dependence');
    expect(dep!.severity).toBe('warning');
    expect(dep!.evidence.cutOff).toBe(5);
    expect(item.message).toMatch(/is the facilitator and lies on/);
  });

  it('is a usage error (exit 2, one line) for an id that is not in the network', () => {
    const run = tuff(['analyse', EXAMPLE, '--facilitator', 'X99']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('tuff: --facilitator: no actor with id "X99" in the network (ids are matched exactly, case-sensitive)\n');
  });
});
