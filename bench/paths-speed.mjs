#!/usr/bin/env node
/**
 * Measurement script (not a test): seconds for the path family on a seeded
 * random sparse network, by default 10,000 actors / 50,000 ties.
 *
 *   npm run build && node bench/paths-speed.mjs [actors] [ties] [--peer]
 *
 * Reads the built modules from dist/ (or from $TUFF_DIST). Prints the time of
 * computePaths (hop-count betweenness + closeness + harmonic + diameter +
 * mean distance, one BFS per source) and computeWeightedBetweenness
 * (Dijkstra, length 1/weight). With --peer it also times graphology-metrics'
 * exact betweenness on the same graph (`getEdgeWeight: null`) and reports the
 * ratio and the largest difference between the two results.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { mulberry32 } from '../test/helpers/mulberry32.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = process.env.TUFF_DIST ? path.resolve(process.env.TUFF_DIST) : path.resolve(here, '../dist');
const load = (rel) => import(pathToFileURL(path.join(dist, rel)).href);

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const peer = process.argv.includes('--peer');
const N = Number(args[0] ?? 10_000);
const M = Number(args[1] ?? 50_000);
const SEED = 20_240_601;


/** M distinct ties between uniform random actors, weights 1..5 in halves. */
function randomDataset(n, m, seed) {
  const rand = mulberry32(seed);
  const width = String(n - 1).length;
  const id = (i) => `a${String(i).padStart(width, '0')}`;
  const seen = new Set();
  const ties = [];
  while (ties.length < m) {
    let u = Math.floor(rand() * n);
    let v = Math.floor(rand() * n);
    if (u === v) continue;
    if (u > v) [u, v] = [v, u];
    const key = u * n + v;
    if (seen.has(key)) continue;
    seen.add(key);
    ties.push({ u, v, weight: 1 + Math.floor(rand() * 9) / 2 });
  }
  ties.sort((a, b) => a.u - b.u || a.v - b.v);
  const actors = Array.from({ length: n }, (_, i) => ({ id: id(i), label: null, sector: null, attributes: {} }));
  return {
    actors,
    ties: ties.map((t) => ({ source: id(t.u), target: id(t.v), weight: t.weight })),
    weighted: true,
    groupBy: null,
  };
}

/** Components by size desc, then smallest index (the contract's order). */
function componentOf(net) {
  const label = new Int32Array(net.n).fill(-1);
  const sizes = [];
  const first = [];
  const queue = new Int32Array(net.n);
  for (let s = 0; s < net.n; s++) {
    if (label[s] !== -1) continue;
    const c = sizes.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    label[s] = c;
    while (head < tail) {
      const v = queue[head++];
      for (let p = net.offsets[v]; p < net.offsets[v + 1]; p++) {
        const w = net.targets[p];
        if (label[w] === -1) {
          label[w] = c;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
    first.push(s);
  }
  const order = sizes.map((_, c) => c).sort((a, b) => sizes[b] - sizes[a] || first[a] - first[b]);
  const renumber = new Int32Array(sizes.length);
  order.forEach((c, i) => (renumber[c] = i));
  return label.map((c) => renumber[c]);
}

function time(fn) {
  const start = performance.now();
  const value = fn();
  return { value, seconds: (performance.now() - start) / 1000 };
}

const { buildNetwork } = await load('model/network.js');
const { computePaths } = await load('analysis/paths.js');
const { computeWeightedBetweenness } = await load('analysis/weighted-betweenness.js');

const dataset = randomDataset(N, M, SEED);
const net = buildNetwork(dataset);
const comp = componentOf(net);
console.log(`network: ${net.n} actors, ${net.m} ties (seed ${SEED}), node ${process.version}`);

const paths = time(() => computePaths(net, comp));
console.log(`computePaths (betweenness, closeness, harmonic, diameter, mean distance): ${paths.seconds.toFixed(2)} s`);
console.log(`  diameter ${paths.value.diameterOfLargestComponent}, mean distance ${paths.value.averageShortestPathLargestComponent.toFixed(4)}`);
const weighted = time(() => computeWeightedBetweenness(net));
console.log(`computeWeightedBetweenness (Dijkstra, 1/weight):                      ${weighted.seconds.toFixed(2)} s`);

if (peer) {
  const { UndirectedGraph } = await import('graphology');
  const { centrality } = await import('graphology-metrics');
  const graph = new UndirectedGraph();
  for (const id of net.ids) graph.addNode(id);
  for (const t of dataset.ties) graph.addEdge(t.source, t.target, { weight: t.weight });
  const theirs = time(() => centrality.betweenness(graph, { getEdgeWeight: null, normalized: true }));
  let maxDiff = 0;
  for (let i = 0; i < net.n; i++) {
    maxDiff = Math.max(maxDiff, Math.abs(theirs.value[net.ids[i]] - paths.value.betweenness[i]));
  }
  console.log(`graphology-metrics betweenness (getEdgeWeight: null):                 ${theirs.seconds.toFixed(2)} s`);
  console.log(`  ratio graphology / computePaths: ${(theirs.seconds / paths.seconds).toFixed(1)}x; max |difference| ${maxDiff.toExponential(2)}`);
}
