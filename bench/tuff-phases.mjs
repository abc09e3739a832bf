#!/usr/bin/env node
/**
 * Child process of bench/run.mjs: what `tuff analyse FOLDER --format json`
 * does, through the built library (dist/), with the time of every step:
 * read (CSV → Dataset), network (CSR), each metric family (analyse's `timer`
 * hook), report (recommendations, report object, JSON text). Prints one JSON
 * line: { phases: {name: ms}, totalMs, maxRssKb, report: {…a few checks} }.
 *
 *   node bench/tuff-phases.mjs FOLDER [--threads N] [--exact] [--samples K]
 *
 * Threads default to the number of cores, as in the CLI; --exact and
 * --samples are passed only when given.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Chalk } from 'chalk';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = process.env.TUFF_DIST ? path.resolve(process.env.TUFF_DIST) : path.resolve(here, '../dist');
const load = (rel) => import(pathToFileURL(path.join(dist, rel)).href);

const argv = process.argv.slice(2);
const folder = argv[0];
const value = (flag) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);

const { readNetwork } = await load('io/read-network.js');
const { computeAnalysis } = await load('analysis/index.js');
const { recommend } = await load('recommend/index.js');
const { buildReport } = await load('report/build.js');
const { renderFormat } = await load('report/index.js');

const phases = {};
const add = (name, ms) => {
  phases[name] = (phases[name] ?? 0) + ms;
};
const start = performance.now();
let t = performance.now();
const read = readNetwork(folder, { duplicates: 'sum' });
add('read', performance.now() - t);

// Threads as the CLI's default (the library's own default is 1).
const options = { seed: 1, threads: Number(value('--threads') ?? os.availableParallelism()), timer: { now: () => performance.now(), onPhase: add } };
if (argv.includes('--exact')) options.exact = true;
if (value('--samples') !== undefined) options.samples = Number(value('--samples'));
const analysis = computeAnalysis(read.dataset, options);

t = performance.now();
const recommendations = recommend({ dataset: read.dataset, analysis, lang: 'en', facilitator: null });
const report = buildReport({ ...read, analysis, recommendations });
const json = renderFormat('json', { report, dataset: read.dataset }, {
  chalk: new Chalk({ level: 0 }), lang: 'en', top: 10, name: path.basename(folder), excel: undefined,
});
add('report', performance.now() - t);

const top = Object.entries(report.actors)
  .sort((a, b) => b[1].betweenness - a[1].betweenness || (a[0] < b[0] ? -1 : 1))
  .slice(0, 20)
  .map(([id, m]) => ({ id, betweenness: m.betweenness }));
process.stdout.write(`${JSON.stringify({
  phases,
  totalMs: performance.now() - start,
  maxRssKb: process.resourceUsage().maxRSS,
  jsonBytes: json.length,
  betweennessMethod: analysis.betweennessMethod,
  summary: report.summary,
  top20: top,
})}\n`);
