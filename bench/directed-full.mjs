#!/usr/bin/env node
/**
 * The directed case of issue 11 as a user runs it: `tuff analyse DIR
 * --format json` on a 10,000-actor directed survey network against the same
 * command on the same ties read undirected, whole processes under
 * /usr/bin/time (wall, user+system CPU seconds, peak RSS). The issue's limit:
 * directed within 1.5 × the undirected time for the same number of ties.
 *
 *   npm run build && node bench/directed-full.mjs [actors] [--repeat R]
 *
 * run.mjs calls directedFullSection() for its results.md (500 actors, one
 * repetition, weighted only in --smoke).
 *
 * Networks (written into bench/data/, git-ignored, regenerated when this file
 * or bench/generate.mjs changes):
 * - structure: bench/generate.mjs's partnership generator (clusters,
 *   preferential attachment, triadic closure, isolates, detached groups) with
 *   fewer ties per actor (extraMean 3.8: 42,496 pairs at 10,000 actors);
 * - directions (mulberry32, test/helpers/mulberry32.mjs, seed 11): a pair is
 *   mutual with probability 0.3 / 1.7, so that the expected reciprocity
 *   (networkx: mutual arcs / all arcs) is 0.30 and there are about 50,000
 *   arcs; an asymmetric pair points to the endpoint with more partners with
 *   probability 0.65 (hubs are named more than they name);
 * - weights 1–5 in halves, the generator's; the second arc of a mutual pair is
 *   the other side's own rating (±0.5 with probability 1/3 each);
 * - actors.csv has a `respondent` column: an actor with no arc of its own
 *   did not answer (no), everyone else yes, so the report has a response rate.
 * - `directed`: the arcs, meta.json "directed": true;
 *   `undirected`: the same folder with ties.csv the symmetrised union
 *   (`--symmetrise union`, a mutual pair's weight the sum of its two arcs, as
 *   `--duplicates sum`) and "directed": false. Same actors, same ties (pairs);
 *   the bench checks that both reports agree on every undirected metric.
 *
 * Runs: the built CLI with the default thread count, directed and undirected
 * interleaved (ABBA order over the repetitions), medians; ratios are taken
 * within each repetition, then the median. CPU seconds are the figure to read
 * on a shared machine (wall time waits for other processes).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../test/helpers/mulberry32.mjs';
import { generatePartnership } from './generate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const BIN = path.join(root, 'bin', 'tuff');
const TIME = '/usr/bin/time';
const SEED = 11;
const MUTUAL = 0.3 / 1.7;
const TO_HUB = 0.65;
const EXTRA_MEAN = 3.8;

/** The directed survey network: { ids, sector, arcs: [u, v, weight][], respondent: boolean[] }. */
export function generateDirected(n, seed = SEED) {
  const net = generatePartnership(n, seed, { extraMean: EXTRA_MEAN });
  const degree = new Int32Array(n);
  for (const [u, v] of net.ties) {
    degree[u]++;
    degree[v]++;
  }
  const rand = mulberry32(seed);
  const arcs = [];
  for (const [u, v, w] of net.ties) {
    if (rand() < MUTUAL) {
      const r = rand();
      const other = Math.min(5, Math.max(1, w + (r < 1 / 3 ? -0.5 : r < 2 / 3 ? 0 : 0.5)));
      arcs.push([u, v, w], [v, u, other]);
      continue;
    }
    const [hub, leaf] = degree[u] >= degree[v] ? [u, v] : [v, u];
    arcs.push(rand() < TO_HUB ? [leaf, hub, w] : [hub, leaf, w]);
  }
  const respondent = new Array(n).fill(false);
  for (const [u] of arcs) respondent[u] = true;
  return { ids: net.ids, sector: net.sector, arcs, respondent };
}

function stamp(n) {
  const h = createHash('sha256');
  for (const f of ['directed-full.mjs', 'generate.mjs']) h.update(readFileSync(path.join(here, f)));
  return `${h.digest('hex').slice(0, 16)} n=${n} seed=${SEED}`;
}

/** Writes (or reuses) bench/data/directed-full-N/{directed,undirected}; returns the folders and the counts. */
export function ensureDirectedNetworks(dataDir, n) {
  const base = path.join(dataDir, `directed-full-${n}`);
  const stampFile = path.join(base, '.stamp');
  const countsFile = path.join(base, 'counts.json');
  const folders = {
    directed: path.join(base, 'directed'), undirected: path.join(base, 'undirected'),
    'directed-unweighted': path.join(base, 'directed-unweighted'), 'undirected-unweighted': path.join(base, 'undirected-unweighted'),
  };
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp(n)) {
    return { ...folders, ...JSON.parse(readFileSync(countsFile, 'utf8')) };
  }
  rmSync(base, { recursive: true, force: true });
  const g = generateDirected(n);
  const actors = ['id,label,sector,respondent'];
  for (let i = 0; i < n; i++) actors.push(`${g.ids[i]},Actor ${i},${g.sector[i]},${g.respondent[i] ? 'yes' : 'no'}`);
  const arcRows = ['source,target,weight'];
  for (const [u, v, w] of g.arcs) arcRows.push(`${g.ids[u]},${g.ids[v]},${w}`);
  // The symmetrised union, weights summed (ids are zero-padded: index order = id order).
  const pairs = new Map();
  for (const [u, v, w] of g.arcs) {
    const key = u < v ? u * n + v : v * n + u;
    pairs.set(key, (pairs.get(key) ?? 0) + w);
  }
  const tieRows = ['source,target,weight'];
  for (const key of [...pairs.keys()].sort((a, b) => a - b)) {
    tieRows.push(`${g.ids[Math.floor(key / n)]},${g.ids[key % n]},${pairs.get(key)}`);
  }
  const mutualPairs = g.arcs.length - pairs.size;
  const counts = {
    actors: n, arcs: g.arcs.length, pairs: pairs.size, mutualPairs,
    reciprocity: (2 * mutualPairs) / g.arcs.length,
    respondents: g.respondent.filter(Boolean).length,
  };
  const unweighted = (rows) => rows.map((row) => row.slice(0, row.lastIndexOf(',')));
  for (const [kind, rows] of [['directed', arcRows], ['undirected', tieRows],
    ['directed-unweighted', unweighted(arcRows)], ['undirected-unweighted', unweighted(tieRows)]]) {
    const folder = folders[kind];
    const directed = kind.startsWith('directed');
    const weighted = !kind.endsWith('unweighted');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'actors.csv'), `${actors.join('\n')}\n`);
    writeFileSync(path.join(folder, 'ties.csv'), `${rows.join('\n')}\n`);
    writeFileSync(path.join(folder, 'meta.json'), `${JSON.stringify({
      name: `directed-full-${n}-${kind}`,
      source: `synthetic directed survey network, bench/directed-full.mjs n=${n} seed=${SEED}` +
        (directed ? '' : weighted ? ', symmetrised (union, weights summed)' : ', symmetrised (union)') +
        (weighted ? '' : ', without weights'),
      directed,
      weighted,
      groupBy: 'sector',
    }, null, 2)}\n`);
  }
  writeFileSync(countsFile, `${JSON.stringify(counts)}\n`);
  writeFileSync(stampFile, stamp(n));
  return { ...folders, ...counts };
}

const median = (xs) => {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const h = v.length >> 1;
  return v.length % 2 ? v[h] : (v[h - 1] + v[h]) / 2;
};

/**
 * One whole process under /usr/bin/time: { wall, cpu, rssKb, stdout, stderr, status }.
 * Without /usr/bin/time: wall from the clock, CPU from the child's resource usage is not
 * available, so cpu = NaN.
 */
export function timeProcess(cmd, args, dataDir) {
  const timeFile = path.join(dataDir, `.time-${process.pid}`);
  const t = process.hrtime.bigint();
  const hasTime = existsSync(TIME);
  const r = hasTime
    ? spawnSync(TIME, ['-f', '%e %U %S %M', '-o', timeFile, cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  let wall = Number(process.hrtime.bigint() - t) / 1e9;
  let cpu = NaN;
  let rssKb = NaN;
  if (hasTime && existsSync(timeFile)) {
    const [e, u, s, m] = (readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
    if (Number.isFinite(e)) wall = e;
    if (Number.isFinite(u) && Number.isFinite(s)) cpu = u + s;
    if (Number.isFinite(m)) rssKb = m;
    rmSync(timeFile, { force: true });
  }
  return { wall, cpu, rssKb, stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const UNDIRECTED_KEYS = ['degree', 'strength', 'betweenness', 'weightedBetweenness', 'closeness', 'harmonic', 'eigenvector',
  'pagerank', 'constraint', 'effectiveSize', 'clustering', 'articulationPoint', 'component', 'eiIndex', 'participation', 'community'];

/** Do two reports agree on every undirected actor metric and the summary? Returns the first difference or null. */
export function undirectedDifference(a, b) {
  for (const key of Object.keys(b.summary)) {
    if (JSON.stringify(a.summary[key]) !== JSON.stringify(b.summary[key])) return `summary.${key}`;
  }
  const ids = Object.keys(b.actors);
  if (ids.length !== Object.keys(a.actors).length) return 'actor count';
  for (const id of ids) {
    for (const key of UNDIRECTED_KEYS) {
      if (a.actors[id]?.[key] !== b.actors[id][key]) return `${id}.${key}`;
    }
  }
  return null;
}

const fmt = (x) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) : '–');
const fmtMb = (kb) => (Number.isFinite(kb) ? (kb / 1024).toFixed(0) : '–');
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

/** Runs the directed case and returns its results.md section as lines; throws when tuff fails. */
export function directedFullSection({ actors = 10_000, repeat = 3, unweighted = true, dataDir = path.join(here, 'data'), log = () => {} } = {}) {
  mkdirSync(dataDir, { recursive: true });
  const net = ensureDirectedNetworks(dataDir, actors);
  const variants = [
    { name: 'weighted (the survey\'s rating column)', directed: 'directed', undirected: 'undirected' },
    ...(unweighted ? [{ name: 'unweighted (no weight column)', directed: 'directed-unweighted', undirected: 'undirected-unweighted' }] : []),
  ];
  const runs = {};
  const reports = {};
  const loads = [load()];
  for (let rep = 0; rep < repeat; rep++) {
    for (const v of variants) {
      // ABBA: directed first in even repetitions, undirected first in odd ones.
      const order = rep % 2 === 0 ? [v.directed, v.undirected] : [v.undirected, v.directed];
      for (const kind of order) {
        const r = timeProcess(process.execPath, [BIN, 'analyse', net[kind], '--format', 'json'], dataDir);
        if (r.status !== 0) throw new Error(`tuff analyse ${net[kind]} exited ${r.status}: ${r.stderr.trim().slice(0, 2000)}`);
        reports[kind] ??= JSON.parse(r.stdout);
        (runs[kind] ??= []).push(r);
        log(`  ${kind.padEnd(22)} ${fmt(r.wall)} s wall, ${fmt(r.cpu)} s CPU, ${fmtMb(r.rssKb)} MB (load ${load()})`);
      }
    }
    loads.push(load());
  }
  const med = (kind, key) => median(runs[kind].map((r) => r[key]));
  const ratios = (v, key) => runs[v.directed].map((r, i) => r[key] / runs[v.undirected][i][key]);
  const lines = [
    '## Directed survey network, full analysis (bench/directed-full.mjs)', '',
    `${net.actors} actors, ${net.arcs} arcs over ${net.pairs} pairs (${net.mutualPairs} mutual: reciprocity ${net.reciprocity.toFixed(3)}; ` +
      `${net.respondents} respondents), against the same ${net.pairs} ties read undirected (the symmetrised union, mutual pairs' weights summed). ` +
      `Whole processes \`node bin/tuff analyse DIR --format json\` (default threads), under /usr/bin/time, interleaved (ABBA), medians of ${repeat}; ` +
      'ratios per repetition, then the median. CPU = user + system seconds of the process (all threads).', '',
    '| ties | directed wall s | undirected wall s | directed CPU s | undirected CPU s | directed / undirected wall | **directed / undirected CPU** | peak RSS MB directed / undirected |',
    '|---|---|---|---|---|---|---|---|',
  ];
  const result = {};
  for (const v of variants) {
    const wall = median(ratios(v, 'wall'));
    const cpu = median(ratios(v, 'cpu'));
    result[v.directed] = { wall, cpu };
    lines.push(`| ${v.name} | ${fmt(med(v.directed, 'wall'))} | ${fmt(med(v.undirected, 'wall'))} | ${fmt(med(v.directed, 'cpu'))} | ` +
      `${fmt(med(v.undirected, 'cpu'))} | ${wall.toFixed(2)}× | **${cpu.toFixed(2)}×** | ${fmtMb(med(v.directed, 'rssKb'))} / ${fmtMb(med(v.undirected, 'rssKb'))} |`);
  }
  lines.push('');
  for (const v of variants) {
    lines.push(`- ${v.name}, per repetition directed / undirected: CPU ${ratios(v, 'cpu').map((x) => x.toFixed(2)).join(', ')}; ` +
      `wall ${ratios(v, 'wall').map((x) => x.toFixed(2)).join(', ')}. The issue's limit is 1.5.`);
  }
  lines.push(`- Load average (1, 5, 15 min) before and after each repetition: ${loads.join(' → ')} (${os.cpus().length} cores).`);
  const differences = variants.map((v) => undirectedDifference(reports[v.directed], reports[v.undirected]));
  lines.push(`- Each directed report ${differences.every((x) => x === null) ? 'agrees with its undirected one on every undirected metric (summary and per actor, exactly)'
    : `**differs** from its undirected one (first at ${differences.filter(Boolean).join(', ')})`}; ` +
    `the directed ones add reciprocity ${reports.directed.summary.reciprocity?.toFixed(3) ?? '–'}, the dyad census, ` +
    `directed betweenness (${reports.directed.actors[Object.keys(reports.directed.actors)[0]]?.directedBetweenness === undefined ? 'missing' : 'exact'}), ` +
    'the directed PageRank and the response rules.');
  lines.push('');
  return { lines, ratio: result, differences };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const numbers = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--repeat');
  const repeat = argv.includes('--repeat') ? Number(argv[argv.indexOf('--repeat') + 1]) : 3;
  const { lines } = directedFullSection({
    actors: Number(numbers[0] ?? 10_000), repeat, log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${lines.join('\n')}\n`);
}
