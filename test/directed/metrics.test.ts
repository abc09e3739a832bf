/**
 * The directed metrics against the survey oracle (networkx 2.8.8, igraph
 * 0.10.2; fixtures/directed/survey/oracle.py) to 1e-9: in/out degree and
 * strength, actor reciprocity, respondents, directed PageRank, network
 * reciprocity, dyad census, response rate. Plus small hand-checkable cases.
 */
import { describe, expect, it } from 'vitest';
import { noteMessage } from '../../src/i18n/notes.js';
import { readNetwork } from '../../src/io/read-network.js';
import { computeAnalysis } from '../../src/analysis/index.js';
import { buildNetwork } from '../../src/model/network.js';
import { buildDirectedNetwork } from '../../src/model/directed-network.js';
import { computeReciprocity } from '../../src/analysis/reciprocity.js';
import { computeDirectedPagerank } from '../../src/analysis/directed-pagerank.js';
import { expectClose } from '../helpers/close.js';
import { SURVEY, loadSurveyExpected } from '../helpers/directed.js';
import type { Dataset, DirectedData } from '../../src/types.js';

const expected = loadSurveyExpected().directed;

describe.each(['union', 'mutual'] as const)('survey, symmetrise %s', (how) => {
  const analysis = computeAnalysis(readNetwork(SURVEY, { symmetrise: how }).dataset);
  const d = analysis.directed!;

  it('matches the network metrics', () => {
    expect(d.summary.arcs).toBe(expected.summary.arcs);
    expectClose(d.summary.reciprocity, expected.summary.reciprocity, 'reciprocity');
    expect(d.summary.dyadCensus).toEqual(expected.summary.dyadCensus);
    expectClose(d.summary.responseRate, expected.summary.responseRate, 'responseRate');
    expect(d.responses!.respondents).toBe(expected.respondents);
    expect(d.responses!.nonRespondents).toEqual(expected.nonRespondents);
    expectClose(d.responses!.reciprocityAmongRespondents, expected.reciprocityAmongRespondents, 'reciprocityAmongRespondents');
  });

  it('matches every per-actor directed metric, directed betweenness included', () => {
    for (const [id, metrics] of Object.entries(expected.actors)) {
      const got = d.actors[id] as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(metrics)) {
        if (typeof value === 'number') expectClose(got[key] as number, value, `${id}.${key}`);
        else expect(got[key], `${id}.${key}`).toBe(value);
      }
    }
  });
});

function small(arcs: [string, string][], ids: string[], nonRespondents: string[] | null): { dataset: Dataset; data: DirectedData } {
  const data: DirectedData = {
    arcs: arcs.map(([source, target]) => ({ source, target, weight: 1 })),
    symmetrise: 'union',
    respondents: nonRespondents === null ? null : { source: 'column', column: 'respondent', nonRespondents },
  };
  const dataset: Dataset = {
    actors: ids.map((id) => ({ id, label: null, sector: null, attributes: {} })),
    ties: [],
    weighted: false,
    groupBy: null,
    directed: data,
  };
  return { dataset, data };
}

describe('reciprocity by hand', () => {
  it('counts only ties to respondents in an actor\'s denominator, and is null for non-respondents', () => {
    // a↔b, a→c (c did not answer), b→d, d→a; e isolated.
    const { dataset, data } = small([['a', 'b'], ['b', 'a'], ['a', 'c'], ['b', 'd'], ['d', 'a']], ['a', 'b', 'c', 'd', 'e'], ['c']);
    const net = buildNetwork(dataset);
    const r = computeReciprocity(buildDirectedNetwork(net, data));
    expect(r.actor).toEqual([1 / 1, 1 / 2, null, 0, null]); // a: b confirms, c cannot; e names nobody
    expect(r.network).toBe(2 / 5);
    expect(r.dyads).toEqual({ mutual: 1, asymmetric: 3, null: 10 - 4 });
    expect(r.amongRespondents).toBe(2 / 4);
  });

  it('without respondent information divides by all reported ties', () => {
    const { dataset, data } = small([['a', 'b'], ['b', 'a'], ['a', 'c']], ['a', 'b', 'c'], null);
    const r = computeReciprocity(buildDirectedNetwork(buildNetwork(dataset), data));
    expect(r.actor).toEqual([1 / 2, 1, null]);
  });

  it('has no reciprocity without arcs, and PageRank 1/n for everyone', () => {
    const { dataset, data } = small([], ['a', 'b'], null);
    const d = buildDirectedNetwork(buildNetwork(dataset), data);
    expect(computeReciprocity(d).network).toBeNull();
    expect([...computeDirectedPagerank(d)]).toEqual([0.5, 0.5]);
  });
});

describe('the directed betweenness note', () => {
  it('is written only for a sampled estimate that was kept', async () => {
    const { directedBetweennessNote } = await import('../../src/analysis/directed.js');
    const estimate = {
      draws: 1024, sampledActors: 40000, sampledComponents: 1, epsilon: 0.0123, weightedEpsilon: null, delta: 0.1,
      top: { certified: false, k: 20 }, replacedByExact: false,
    } as never;
    const sampled = { betweenness: new Float64Array(0), weightedBetweenness: null, method: { exact: false, samples: 1024, epsilon: 0.0123, delta: 0.1 }, estimate };
    const note = directedBetweennessNote(sampled);
    expect(note).toEqual({
      code: 'directed-betweenness-estimated',
      figures: { sources: 1024, actors: 40000, components: 1, epsilon: 0.0123, delta: 0.1, certifiedTop: null },
    });
    // The report's sentence (src/i18n/notes-en.ts).
    expect(noteMessage(note!, 'en')).toBe(
      "directedBetweenness is an estimate from 1024 sources drawn at random (seed-determined) among the 40000 actors of the largest weakly connected part; " +
        "with probability ≥ 0.9 every actor's value is within ±0.012 of the exact one; use --exact for exact values",
    );
    expect(directedBetweennessNote({ ...sampled, method: { exact: true, samples: null, epsilon: null, delta: null }, estimate: { ...(estimate as object), replacedByExact: true } as never })).toBeNull();
    expect(directedBetweennessNote(undefined)).toBeNull();
  });
});
