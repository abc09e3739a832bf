/**
 * The undirected metrics of a directed survey keep their definitions on the
 * symmetrised network: every metric of the contract on --symmetrise union and
 * mutual, against fixtures/directed/survey/expected.json (networkx, igraph).
 */
import { describe, expect, it } from 'vitest';
import { readNetwork } from '../../src/io/read-network.js';
import { computeAnalysis } from '../../src/analysis/index.js';
import { computeModularity } from '../../src/analysis/communities.js';
import { buildNetwork } from '../../src/model/network.js';
import { expectClose } from '../helpers/close.js';
import { SURVEY, loadSurveyExpected } from '../helpers/directed.js';
import type { Symmetrise } from '../../src/types.js';

const expected = loadSurveyExpected();
const LOOSE = new Set(['pagerank', 'eigenvector']);

function same(actual: unknown, value: unknown, where: string, tolerance = 1e-9): void {
  if (typeof value === 'number') expectClose(actual as number, value, where, tolerance);
  else expect(actual, where).toEqual(value);
}

describe.each(['union', 'mutual'] as Symmetrise[])('symmetrise %s', (how) => {
  const oracle = expected[how];
  const read = readNetwork(SURVEY, { symmetrise: how });
  const analysis = computeAnalysis(read.dataset);

  it('matches the summary', () => {
    for (const [key, value] of Object.entries(oracle.summary)) same((analysis.summary as unknown as Record<string, unknown>)[key], value, `summary.${key}`);
  });

  it('matches every per-actor metric', () => {
    for (const [id, metrics] of Object.entries(oracle.actors)) {
      const got = analysis.actors[id] as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(metrics)) same(got[key], value, `${id}.${key}`, LOOSE.has(key) ? 1e-6 : 1e-9);
    }
  });

  it('matches groups, E-I, bridges', () => {
    for (const [g, stats] of Object.entries(oracle.groups)) {
      const got = analysis.groups[g]!;
      expect([got.actors, got.internalTies, got.externalTies], g).toEqual([stats.actors, stats.internalTies, stats.externalTies]);
      same(got.eiIndex, stats.eiIndex, `groups.${g}.eiIndex`);
    }
    same(analysis.eiIndex, oracle.eiIndex, 'eiIndex');
    expect(analysis.groupTies).toEqual(oracle.groupTies);
    expect(analysis.bridges.map((b) => [...b])).toEqual(oracle.bridges);
  });

  it('finds a Louvain partition within 0.02 of the oracle, and scores the oracle partition alike', () => {
    const q = analysis.communities.modularity!;
    expect(q).toBeGreaterThanOrEqual(oracle.louvain.bestModularity - 0.02);
    const net = buildNetwork(read.dataset);
    const best = Int32Array.from(net.ids, (id) => oracle.louvain.bestPartition[id]!);
    expectClose(computeModularity(net, best), oracle.louvain.bestModularity, 'modularity of the oracle partition');
  });
});
