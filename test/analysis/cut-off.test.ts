/**
 * ActorMetrics.cutOff (docs/metrics.md): how many actors lose their connection to the centre of
 * their component when an actor leaves, against the networkx oracle of
 * fixtures/analysis/cut-off/make_oracle.py (nx.articulation_points, each removed, parts counted),
 * and equal to what the recommendations' structure.ts counts for the largest group.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeAnalysis } from '../../src/analysis/index.js';
import { ROOT } from '../helpers/exec.js';
import { contextOf, loadFixture } from '../recommend/fixture.js';

const ORACLE = JSON.parse(readFileSync(path.join(ROOT, 'fixtures/analysis/cut-off/oracle.json'), 'utf8')) as {
  cutOff: Record<string, Record<string, number>>;
};
const DIRS: Record<string, string> = {
  'cut-off': '../analysis/cut-off',
  'p08-residents': 'p08-residents',
  sondervang: '../oracles/sondervang',
  karate: '../oracles/karate',
  florentine: '../oracles/florentine',
};

describe.each(Object.keys(DIRS))('cutOff on %s', (name) => {
  const dataset = loadFixture(DIRS[name]!);
  const analysis = computeAnalysis(dataset, { seed: 1, runs: 5 });
  const expected = ORACLE.cutOff[name]!;

  it('equals the networkx count for every actor', () => {
    expect(Object.keys(analysis.actors).sort()).toEqual(Object.keys(expected).sort());
    for (const [id, value] of Object.entries(expected)) expect(analysis.actors[id]!.cutOff, id).toBe(value);
    // Only articulation points cut anyone off, and every one of them cuts off at least one actor.
    for (const [id, a] of Object.entries(analysis.actors)) expect(a.cutOff > 0, id).toBe(a.articulationPoint);
  });

  it('is what structure.ts counts in the largest group', () => {
    const ctx = contextOf(dataset);
    const s = ctx.structure();
    for (let i = 0; i < ctx.network.n; i++) {
      if (ctx.componentOf[i] !== 0) continue;
      expect(s.cutOff[i], ctx.id(i)).toBe(analysis.actors[ctx.id(i)]!.cutOff);
    }
  });
});

it('the oracle fixture has what the test needs: a centre that is a cut point, nested cut points, a second component', () => {
  const o = ORACLE.cutOff['cut-off']!;
  expect(Object.entries(o).filter(([, v]) => v > 0).length).toBe(10);
  expect(o.c1).toBe(6); // the centre: the larger of its two parts (8 actors) stays
  expect(o.h).toBe(7);
  expect(o.s0).toBe(2); // the star of the second component
  expect(o.z1).toBe(0); // an isolate
});
