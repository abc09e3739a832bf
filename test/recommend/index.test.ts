/**
 * recommend/index: the registry — order, layout of each recommendation,
 * the per-rule cap, the facilitator check, determinism, both languages.
 */
import { describe, expect, it } from 'vitest';
import { recommend, resolveFacilitator, runRules, RULES } from '../../src/recommend/index.js';
import { THRESHOLDS } from '../../src/recommend/thresholds.js';
import { RULE_IDS } from '../../src/recommend/types.js';
import { UsageError } from '../../src/errors.js';
import { computeAnalysis } from '../../src/analysis/index.js';
import { SEVERITIES } from '../../src/types.js';
import { contextOf, loadFixture } from './fixture.js';
import { makeDataset } from '../helpers/shared.js';

const FIXTURE_NAMES = ['well-connected', 'isolate', 'missing-link', 'resident-cluster', 'sector-silo', 'hub', 'vulnerable-gate'];

describe('recommend', () => {
  it('registers every rule id once, in one file each', () => {
    expect(Object.keys(RULES).sort()).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS) expect(RULES[id].id).toBe(id);
  });

  it('orders by severity, then rule id, and lays out rule, severity, actors, groups, evidence, message', () => {
    for (const name of FIXTURE_NAMES) {
      const dataset = loadFixture(name);
      const recs = recommend({ dataset, analysis: computeAnalysis(dataset, { runs: 5 }), lang: 'en' });
      const keys = recs.map((r) => SEVERITIES.indexOf(r.severity) * 100 + RULE_IDS.indexOf(r.rule as (typeof RULE_IDS)[number]));
      expect(keys, name).toEqual([...keys].sort((a, b) => a - b));
      for (const r of recs) {
        // `merged` only on an item that findings with the same cause were folded into (combine.ts).
        expect(Object.keys(r)).toEqual(['rule', 'severity', 'actors', 'groups', 'evidence', 'message', ...(r.merged === undefined ? [] : ['merged'])]);
        for (const m of r.merged ?? []) expect(Object.keys(m)).toEqual(['rule', 'severity', 'actors', 'groups', 'evidence']);
        expect(Object.keys(r.evidence).slice(0, 2)).toEqual(['metric', 'value']);
        expect(r.actors).toEqual([...r.actors].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
        expect(r.groups).toEqual([...r.groups].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
        expect(r.message.length).toBeGreaterThan(20);
      }
    }
  });

  it('renders every message in English and Danish without holes', () => {
    for (const name of FIXTURE_NAMES) {
      const dataset = loadFixture(name);
      const analysis = computeAnalysis(dataset, { runs: 5 });
      for (const lang of ['en', 'da'] as const) {
        for (const r of recommend({ dataset, analysis, lang, facilitator: dataset.actors[0]!.id })) {
          expect(r.message, `${name} ${lang} ${r.rule}`).not.toMatch(/undefined|NaN|null|\[object|Infinity|\$\{/);
          expect(r.message).toMatch(/[.!]$/);
        }
      }
    }
  });

  it('is deterministic: the same input gives the same JSON', () => {
    const dataset = loadFixture('resident-cluster');
    const a = JSON.stringify(recommend({ dataset, analysis: computeAnalysis(dataset, { runs: 5 }), lang: 'da' }));
    const b = JSON.stringify(recommend({ dataset, analysis: computeAnalysis(dataset, { runs: 5 }), lang: 'da' }));
    expect(a).toBe(b);
  });

  it('keeps at most maxFindingsPerRule per rule and summarises the rest', () => {
    // Two sector pairs never tied (borger–offentlig, offentlig–privat); the fragile ties of the
    // hub's leaves are folded into H's single-broker item, so they no longer count against the cap.
    const dataset = loadFixture('hub');
    const ctx = contextOf(dataset);
    const capped = runRules({ ...ctx, thresholds: { ...THRESHOLDS, maxFindingsPerRule: 1 } });
    const missing = capped.filter((r) => (r.kind === 'finding' ? r.finding.rule : r.rule) === 'missing-sector-link');
    expect(missing.map((r) => r.kind)).toEqual(['finding', 'omitted']);
    const omitted = missing[1]!;
    expect(omitted.kind === 'omitted' && [omitted.count, omitted.shown, omitted.severity, omitted.groups]).toEqual([
      1, 1, 'warning', ['offentlig', 'privat'],
    ]);
    expect(capped.filter((r) => r.kind === 'omitted').map((r) => r.kind === 'omitted' && r.rule)).toEqual(['missing-sector-link']);
    const recs = recommend({ dataset, analysis: computeAnalysis(dataset, { runs: 5 }), lang: 'da', thresholds: { ...THRESHOLDS, maxFindingsPerRule: 1 } });
    const summary = recs.find((r) => r.rule === 'missing-sector-link' && r.evidence.metric === 'omittedFindings')!;
    expect(summary.evidence).toEqual({ metric: 'omittedFindings', value: 1, threshold: 1, comparison: 'findings beyond the per-rule cap' });
    expect(summary.message).toBe('Yderligere 1 fund af samme slags (sektorer uden indbyrdes relationer) er ikke vist enkeltvis; kun det første er.');
  });

  it('reports dependence on the facilitator only when asked', () => {
    const dataset = loadFixture('resident-cluster');
    const analysis = computeAnalysis(dataset, { runs: 5 });
    expect(recommend({ dataset, analysis, lang: 'en' }).some((r) => r.rule === 'facilitator-dependence')).toBe(false);
    // H is also the single broker of the residents: the facilitator finding is inside that item (combine.ts).
    const [f] = recommend({ dataset, analysis, lang: 'en', facilitator: ' H ' })
      .flatMap((r) => [r, ...(r.merged ?? [])])
      .filter((r) => r.rule === 'facilitator-dependence');
    expect(f!.severity).toBe('warning'); // five residents are cut off without H
    expect(f!.actors).toEqual(['H', 'R1', 'R2', 'R3', 'R4', 'R5']);
    expect(f!.evidence).toMatchObject({ metric: 'crossGroupPathShare', cutOff: 5, exact: true });
    expect(f!.evidence.value).toBeGreaterThan(0);
    expect(f!.evidence.value).toBeLessThanOrEqual(1);
  });
});

describe('resolveFacilitator', () => {
  const dataset = loadFixture('resident-cluster');
  it('accepts a known id, trimmed and NFC-normalised', () => {
    expect(resolveFacilitator(dataset, ' H ')).toBe('H');
    expect(resolveFacilitator(dataset, null)).toBeNull();
    expect(resolveFacilitator(dataset, undefined)).toBeNull();
  });
  it('rejects an unknown id as a usage error, and names the id when a label matches', () => {
    expect(() => resolveFacilitator(dataset, 'h')).toThrow(UsageError);
    expect(() => resolveFacilitator(dataset, '')).toThrow(UsageError);
    expect(() => resolveFacilitator(dataset, 'Boligforeningen')).toThrow(/did you mean the id "H"/);
  });
});

describe('THRESHOLDS', () => {
  it('is frozen all the way down', () => {
    expect(Object.isFrozen(THRESHOLDS)).toBe(true);
    for (const value of Object.values(THRESHOLDS)) if (typeof value === 'object') expect(Object.isFrozen(value)).toBe(true);
  });
});

describe('edge cases', () => {
  const run = (dataset: Parameters<typeof recommend>[0]['dataset']) =>
    recommend({ dataset, analysis: computeAnalysis(dataset, { runs: 2 }), lang: 'da' });
  it('an empty network, one actor, one tie: nothing to recommend but an isolate where there is one', () => {
    expect(run(makeDataset([]))).toEqual([]);
    expect(run(makeDataset([], { actors: ['x'] }))).toEqual([]);
    expect(run(makeDataset([['a', 'b']])).map((r) => r.rule)).toEqual([]);
    expect(run(makeDataset([['a', 'b']], { actors: ['c'] })).map((r) => `${r.rule} ${r.actors.join(',')}`)).toEqual(['isolated-actors c']);
  });
  it('a network without ties: every actor isolated, no suggestion to make', () => {
    const recs = run(makeDataset([], { actors: ['x', 'y', 'z'] }));
    expect(recs.map((r) => r.actors[0])).toEqual(['x', 'y', 'z']);
    expect(recs.every((r) => r.evidence.contact === null)).toBe(true);
    expect(recs[0]!.message).toBe('x har ingen relationer i netværket. Invitér personligt, og find den relation, der kan bringe aktøren ind i netværket.');
  });
  it('without a group column: no sector rules, no roles, introductions across clusters', () => {
    const recs = run(makeDataset([['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'd']]));
    expect(recs.some((r) => r.rule === 'sector-silo' || r.rule === 'missing-sector-link')).toBe(false);
    for (const r of recs) if ('roles' in r.evidence) expect(r.evidence.roles).toBeNull();
  });
});
