/**
 * The whole pipeline against the shared oracles: the real reader (io) on the
 * files as saved, then computeAnalysis(), compared key by key with expected.json
 * (computed by networkx, cross-checked by igraph) at the contract's
 * tolerances: 1e-9 absolute for floats, 1e-6 for pagerank and eigenvector,
 * exact for integers, booleans, ids, lists and nulls.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readNetwork } from '../../src/io/read-network.js';
import { computeAnalysis } from '../../src/analysis/index.js';
import { computeModularity } from '../../src/analysis/communities.js';
import { buildNetwork } from '../../src/model/network.js';
import { loadExpected, sharedPath, type Expected } from '../helpers/shared.js';
import type { Analysis } from '../../src/types.js';

/** `unread`: the files of the input folder that are not read (each a file-not-read warning, and no other warning). */
const CASES: { name: string; input: string; actors?: string; expected: string; unread?: string[] }[] = [
  { name: 'karate', input: sharedPath('karate'), expected: 'karate' },
  { name: 'florentine', input: sharedPath('florentine'), expected: 'florentine' },
  { name: 'sondervang', input: sharedPath('sondervang'), expected: 'sondervang' },
  {
    name: 'sondervang-excel (UTF-8 BOM)',
    input: sharedPath('sondervang-excel'),
    expected: 'sondervang-excel',
    unread: ['actors-cp1252.csv', 'ties-cp1252.csv'], // its Windows-1252 twins, read in the next case
  },
  {
    name: 'sondervang-excel (Windows-1252)',
    input: sharedPath('sondervang-excel', 'ties-cp1252.csv'),
    actors: sharedPath('sondervang-excel', 'actors-cp1252.csv'),
    expected: 'sondervang-excel',
  },
];

const LOOSE = new Set(['pagerank', 'eigenvector']);

function close(actual: unknown, expected: unknown, tolerance: number, where: string): void {
  if (typeof expected === 'number' && !Number.isInteger(expected)) {
    expect(typeof actual, where).toBe('number');
    expect(Math.abs((actual as number) - expected), `${where}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
  } else if (typeof expected === 'number') {
    // Integers in the oracle may be float metrics that happen to be whole (e.g. strength 61.0).
    expect(Math.abs((actual as number) - expected), `${where}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
  } else {
    expect(actual, where).toEqual(expected);
  }
}

describe.each(CASES)('$name', ({ input, actors, expected: expectedName, unread = [] }) => {
  const expected: Expected = loadExpected(expectedName);
  const read = readNetwork(input, { actors, groupBy: undefined, duplicates: 'sum' });
  const analysis: Analysis = computeAnalysis(read.dataset);

  it('reads every actor and tie without warnings', () => {
    expect(read.warnings.map((w) => [w.file, w.code])).toEqual(unread.map((f) => [path.join(input, f), 'file-not-read']));
    expect(Object.keys(analysis.actors).sort()).toEqual(Object.keys(expected.actors).sort());
  });

  it('matches the summary', () => {
    for (const [key, value] of Object.entries(expected.summary)) {
      close((analysis.summary as unknown as Record<string, unknown>)[key], value, 1e-9, `summary.${key}`);
    }
  });

  it('matches every per-actor metric', () => {
    for (const [id, metrics] of Object.entries(expected.actors)) {
      const got = analysis.actors[id] as unknown as Record<string, unknown>;
      expect(got, id).toBeDefined();
      for (const [key, value] of Object.entries(metrics)) {
        close(got[key], value, LOOSE.has(key) ? 1e-6 : 1e-9, `${id}.${key}`);
      }
    }
  });

  it('matches groups, E-I and group ties', () => {
    expect(Object.keys(analysis.groups)).toEqual(Object.keys(expected.groups));
    for (const [g, stats] of Object.entries(expected.groups)) {
      const got = analysis.groups[g]!;
      expect(got.actors, g).toBe(stats.actors);
      expect(got.internalTies, g).toBe(stats.internalTies);
      expect(got.externalTies, g).toBe(stats.externalTies);
      close(got.eiIndex, stats.eiIndex, 1e-9, `groups.${g}.eiIndex`);
    }
    close(analysis.eiIndex, expected.eiIndex, 1e-9, 'eiIndex');
    expect(analysis.groupTies).toEqual(expected.groupTies);
  });

  it('matches the bridges', () => {
    expect(analysis.bridges.map((b) => [...b])).toEqual(expected.bridges);
  });

  it('finds a Louvain partition within the contract', () => {
    const { louvain } = expected;
    const q = analysis.communities.modularity!;
    expect(q).toBeGreaterThanOrEqual(louvain.bestModularity - 0.02);
    if (louvain.optimalModularity !== undefined) expect(q).toBeLessThanOrEqual(louvain.optimalModularity + 1e-9);
    // The reported modularity is the modularity of the partition actually returned.
    const net = buildNetwork(read.dataset);
    const communityOf = Int32Array.from(net.ids, (id) => analysis.communities.partition[id]!);
    expect(Math.abs(computeModularity(net, communityOf)! - q)).toBeLessThanOrEqual(1e-9);
    // Re-scoring the oracle's best partition gives the oracle's modularity.
    const best = Int32Array.from(net.ids, (id) => louvain.bestPartition[id]!);
    expect(Math.abs(computeModularity(net, best)! - louvain.bestModularity)).toBeLessThanOrEqual(1e-9);
    // Isolates are their own community and count.
    const isolates = net.ids.filter((id) => analysis.actors[id]!.degree === 0);
    const sizes = new Map<number, number>();
    for (const c of Object.values(analysis.communities.partition)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
    for (const id of isolates) expect(sizes.get(analysis.communities.partition[id]!), id).toBe(1);
    expect(analysis.communities.count).toBe(sizes.size);
  });
});
