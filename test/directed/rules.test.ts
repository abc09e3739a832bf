/**
 * The three recommendation rules of directed answers on the survey fixture
 * (unconfirmed-ties, named-not-naming, low-response-rate), with the oracle's
 * counts as evidence, plus the thresholds' edges on small hand-made surveys.
 */
import { describe, expect, it } from 'vitest';
import { readNetwork } from '../../src/io/read-network.js';
import { computeAnalysis } from '../../src/analysis/index.js';
import { recommend } from '../../src/recommend/index.js';
import { SURVEY, loadSurveyExpected } from '../helpers/directed.js';
import type { Dataset, Recommendation } from '../../src/types.js';

const expected = loadSurveyExpected().directed;

function run(dataset: Dataset, lang: 'en' | 'da' = 'en'): Recommendation[] {
  return recommend({ dataset, analysis: computeAnalysis(dataset), lang });
}
const ofRule = (recs: Recommendation[], rule: string): Recommendation[] => recs.filter((r) => r.rule === rule);

describe('on the survey', () => {
  const dataset = readNetwork(SURVEY).dataset;
  const recs = run(dataset);

  it('unconfirmed-ties: one finding with every one-sided tie between respondents', () => {
    const [f, ...rest] = ofRule(recs, 'unconfirmed-ties');
    expect(rest).toEqual([]);
    expect(f!.severity).toBe('info');
    const pairs = expected.unconfirmedBetweenRespondents;
    expect(f!.evidence.unconfirmed).toBe(pairs.length);
    expect(f!.evidence.tiesBetweenRespondents).toBe(expected.tiesBetweenRespondents);
    const ties = (f!.evidence.ties as { reports: string; named: string }[]).map((t) => [t.reports, t.named]).sort();
    expect(ties).toEqual(pairs);
    expect(f!.actors).toEqual([...new Set(pairs.flat())].sort());
    expect(f!.message).toMatch(/^\d+ ties of the \d+ that respondents report to each other are reported by one side only, for example /);
    expect(f!.message).toContain('next network meeting');
  });

  it('named-not-naming: one finding per direction, naming the lopsided respondents', () => {
    const found = ofRule(recs, 'named-not-naming');
    expect(found.map((f) => [f.evidence.metric, f.actors])).toEqual([
      ['inDegree', ['kom-boligsoc']],
      ['outDegree', ['civ-lektie']],
    ]);
    const a = expected.actors;
    expect([a['kom-boligsoc']!.inDegree, a['kom-boligsoc']!.outDegree]).toEqual([4, 1]);
    expect(found[0]!.message).toContain('Boligsocial helhedsplan (kom-boligsoc) (named by 4, names 1)');
    // Non-respondents are named by many and name no one, but they did not answer: not this rule's finding.
    for (const f of found) for (const id of expected.nonRespondents) expect(f.actors).not.toContain(id);
  });

  it('low-response-rate: info at 80 %, every non-respondent named once, most named first', () => {
    const [f, ...rest] = ofRule(recs, 'low-response-rate');
    expect(rest).toEqual([]);
    expect(f!.severity).toBe('info');
    expect(f!.evidence.value).toBe(expected.summary.responseRate);
    expect(f!.actors).toEqual(expected.nonRespondents);
    const order = (f!.evidence.nonRespondents as { actor: string; namedBy: number }[]).map((x) => x.namedBy);
    expect(order).toEqual([...order].sort((x, y) => y - x));
    expect(f!.message).toMatch(/^Only 20 of 25 actors answered \(80%\)\./);
  });

  it('the Danish messages', () => {
    const da = run(dataset, 'da');
    expect(ofRule(da, 'low-response-rate')[0]!.message).toMatch(/^Kun 20 af 25 aktører har svaret \(80 %\)\. De øvrige fem aktørers relationer/);
    expect(ofRule(da, 'unconfirmed-ties')[0]!.message).toContain('Tag det op på næste netværksmøde');
    expect(ofRule(da, 'named-not-naming')[0]!.message).toContain('(nævnt af 4, nævner 1), men aktøren nævner selv få partnere');
  });
});

function survey(arcs: [string, string][], ids: string[], nonRespondents: string[] | null): Dataset {
  return {
    actors: ids.map((id) => ({ id, label: null, sector: null, attributes: {} })),
    ties: [...new Map(arcs.map(([a, b]) => { const [s, t] = a < b ? [a, b] : [b, a]; return [`${s} ${t}`, { source: s, target: t, weight: 1 }]; })).values()]
      .sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : x.target < y.target ? -1 : 1)),
    weighted: false,
    groupBy: null,
    directed: {
      arcs: arcs.map(([source, target]) => ({ source, target, weight: 1 })).sort((x, y) => (x.source + ' ' + x.target < y.source + ' ' + y.target ? -1 : 1)),
      symmetrise: 'union',
      respondents: nonRespondents === null ? null : { source: 'column', column: 'respondent', nonRespondents },
    },
  };
}

describe('thresholds', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
  const ring = ids.flatMap((id, i) => [[id, ids[(i + 1) % 10]!], [ids[(i + 1) % 10]!, id]] as [string, string][]);

  it('all answers mutual: no unconfirmed-ties; one of 21 arcs one-sided (under 10 %): none either', () => {
    expect(ofRule(run(survey(ring, ids, null)), 'unconfirmed-ties')).toEqual([]);
    expect(ofRule(run(survey([...ring, ['a', 'e']], ids, null)), 'unconfirmed-ties')).toEqual([]);
    expect(ofRule(run(survey([...ring, ['a', 'e'], ['b', 'g'], ['c', 'h']], ids, null)), 'unconfirmed-ties')).toHaveLength(1);
  });

  it('a tie to a non-respondent is not "unconfirmed": the other side could not answer', () => {
    const arcs: [string, string][] = [...ring.filter(([s]) => s !== 'j'), ['b', 'j'], ['c', 'j'], ['d', 'j']];
    const recs = run(survey(arcs, ids, ['j']));
    const f = ofRule(recs, 'unconfirmed-ties');
    expect(f).toEqual([]);
  });

  it('low-response-rate: none at 90 %, warning below 70 %, critical below 50 %, none without respondent information', () => {
    expect(ofRule(run(survey(ring, ids, ['j'])), 'low-response-rate')).toEqual([]);
    expect(ofRule(run(survey(ring, ids, ['h', 'i', 'j', 'g'])), 'low-response-rate')[0]!.severity).toBe('warning');
    expect(ofRule(run(survey(ring, ids, ['f', 'g', 'h', 'i', 'j', 'e'])), 'low-response-rate')[0]!.severity).toBe('critical');
    expect(ofRule(run(survey(ring, ids, null)), 'low-response-rate')).toEqual([]);
  });

  it('no directed rule fires on undirected data', () => {
    const plain = { ...survey(ring, ids, null) };
    delete (plain as { directed?: unknown }).directed;
    const recs = run(plain);
    for (const rule of ['unconfirmed-ties', 'named-not-naming', 'low-response-rate']) expect(ofRule(recs, rule)).toEqual([]);
  });
});
