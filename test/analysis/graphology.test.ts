/**
 * The graphology adapter: the graph it builds, and — because vitest's own
 * CommonJS interop can hide a default-export problem that plain Node has — the
 * same calls made from the BUILT output (dist/, which `npm test` builds first)
 * in a separate `node` process.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { louvainDetailed, toGraphology } from '../../src/analysis/graphology.js';
import { createRng } from '../../src/util/random.js';
import { buildNetwork } from '../../src/model/network.js';
import { loadSharedDataset, makeDataset } from '../helpers/shared.js';
import { ROOT } from '../helpers/exec.js';

describe('toGraphology', () => {
  it('has every actor (isolates too) in id order and every tie once, weight as a number', () => {
    const network = buildNetwork(makeDataset([['b', 'a', 2.5], ['c', 'b', 1]], { actors: ['z', '10', '2'] }));
    const graph = toGraphology(network);
    expect(graph.type).toBe('undirected');
    expect(graph.nodes()).toEqual(['10', '2', 'a', 'b', 'c', 'z']);
    expect(graph.size).toBe(2);
    expect(graph.getEdgeAttribute(graph.edge('a', 'b')!, 'weight')).toBe(2.5);
    expect(graph.getEdgeAttribute(graph.edge('c', 'b')!, 'weight')).toBe(1);
    expect(graph.degree('z')).toBe(0);
  });

  it('karate: 34 actors, 78 ties, total weight equal to the CSR', () => {
    const network = buildNetwork(loadSharedDataset('karate'));
    const graph = toGraphology(network);
    expect([graph.order, graph.size]).toEqual([34, 78]);
    let total = 0;
    graph.forEachEdge((_e, attributes) => { total += attributes.weight; });
    expect(total).toBe(network.tieWeight.reduce((s, w) => s + w, 0));
  });
});

describe('louvainDetailed', () => {
  it('two triangles joined by a tie: two communities (library modularity 5/14)', () => {
    const network = buildNetwork(makeDataset([['a', 'b'], ['b', 'c'], ['a', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['d', 'f']]));
    const out = louvainDetailed(toGraphology(network), { rng: createRng(1), resolution: 1, fastLocalMoves: false });
    expect(out.count).toBe(2);
    expect(out.modularity).toBeCloseTo(5 / 14, 12);
    expect(out.communities.a).toBe(out.communities.c);
    expect(out.communities.d).not.toBe(out.communities.c);
  });
});

describe('the built output under plain Node (no vitest interop)', () => {
  const dist = path.join(ROOT, 'dist', 'analysis', 'communities.js');
  it.runIf(existsSync(dist))('dist/analysis/communities.js runs Louvain through the adapter', () => {
    const script = `
      const { computeCommunities } = await import(${JSON.stringify(dist)});
      const { buildNetwork } = await import(${JSON.stringify(path.join(ROOT, 'dist', 'model', 'network.js'))});
      const actor = (id) => ({ id, label: null, sector: null, attributes: {} });
      const pairs = [['a','b'],['a','c'],['b','c'],['c','d'],['d','e'],['d','f'],['e','f']];
      const ties = pairs.map(([source, target]) => ({ source, target, weight: 1 }));
      const net = buildNetwork({ actors: ['a','b','c','d','e','f','z'].map(actor), ties, weighted: false, groupBy: null });
      console.log(JSON.stringify(computeCommunities(net, { seed: 1, runs: 3 }).communities));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const communities = JSON.parse(run.stdout) as { modularity: number; count: number; partition: Record<string, number> };
    expect(communities.count).toBe(3);
    expect(communities.modularity).toBeCloseTo(5 / 14, 12);
    expect(communities.partition).toEqual({ a: 0, b: 0, c: 0, d: 1, e: 1, f: 1, z: 2 });
  });
});
