/**
 * report/sections.ts: the content shared by the text, Markdown and HTML
 * reports. Network: two triangles {a, b, c} and {d, e, f} joined by the tie
 * c–d, plus an isolate z; a and b are "civil", the rest "public". Expected
 * values are derived by hand: c and d carry every path between the triangles
 * (equal, highest betweenness), the others none; Louvain's best split is the
 * two triangles (cluster 0 = a, b, c by smallest id; z alone is cluster 2);
 * E-I = (2 external − 5 internal) / 7 = −0.43; density 7 / 21 = 33.3 %.
 */
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../helpers/shared.js';
import { computeAnalysis } from '../../src/analysis/index.js';
import { buildReport } from '../../src/report/build.js';
import { clusterList, groupMix, summaryFacts, topBrokers } from '../../src/report/sections.js';
import { messages } from '../../src/i18n/messages.js';
import type { Dataset, Report } from '../../src/types.js';

function reportOf(dataset: Dataset): Report {
  return buildReport({
    dataset,
    input: { ties: 'ties.csv', actors: null, groupBy: dataset.groupBy, weighted: dataset.weighted, delimiter: ',', encoding: 'utf-8', columns: {} },
    warnings: [],
    analysis: computeAnalysis(dataset, { seed: 1, runs: 5 }),
    recommendations: [],
  });
}

const ties = [['a', 'b'], ['a', 'c'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['d', 'f'], ['e', 'f']] as const;
const sector = (id: string): string => (id === 'a' || id === 'b' ? 'civil' : 'public');
const grouped = makeDataset(ties, {
  actors: ['a', 'b', 'c', 'd', 'e', 'f', 'z'].map((id) => ({ id, sector: sector(id) })),
  groupBy: 'sector',
});
const report = reportOf(grouped);
const t = messages('en');

describe('topBrokers', () => {
  it('ranks actors with ties by betweenness, equal values by id, and leaves isolates out', () => {
    expect(topBrokers(report, 3)).toEqual(['c', 'd', 'a']);
    expect(topBrokers(report, 10)).toEqual(['c', 'd', 'a', 'b', 'e', 'f']);
  });
});

describe('clusterList', () => {
  it('lists clusters of two or more by number, members by betweenness then id', () => {
    expect(clusterList(report)).toEqual([
      { index: 0, members: ['c', 'a', 'b'] },
      { index: 1, members: ['d', 'e', 'f'] },
    ]);
  });
});

describe('groupMix', () => {
  it('counts group values, most frequent first, then by value', () => {
    expect(groupMix(report, ['c', 'a', 'b'])).toBe('civil 2, public 1');
    expect(groupMix(report, ['d', 'a'])).toBe('civil 1, public 1');
    expect(groupMix(reportOf(makeDataset(ties)), ['a', 'b'])).toBe('');
  });
});

describe('summaryFacts', () => {
  it('gives the counts first when asked, then the figures, and the E-I joined as the renderer says', () => {
    const facts = summaryFacts(report, t, 'en', { counts: true, ei: (value, meaning) => `${value} [${meaning}]` });
    expect(facts.slice(0, 3)).toEqual([
      [t.actors, '7'],
      [t.ties, '7'],
      [t.density, '33.3 %'],
    ]);
    expect(facts.at(-1)).toEqual([t.networkEi, '−0.43 [more bonding than bridging]']);
    expect(facts).toHaveLength(11);
  });

  it('leaves out the counts (HTML cards) and, without groups, the E-I', () => {
    const facts = summaryFacts(reportOf(makeDataset(ties)), t, 'en', { counts: false, ei: () => 'unused' });
    expect(facts.map(([label]) => label)).toEqual([
      t.density, t.components, t.isolates, t.degreeCentralization, t.transitivity, t.averageClustering, t.diameter, t.averagePath,
    ]);
  });
});
