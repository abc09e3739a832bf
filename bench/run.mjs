#!/usr/bin/env node
/**
 * `npm run bench`: tuff against python-igraph and networkx on the same
 * generated partnership-like networks, in one run, and bench/results.md.
 *
 *   node bench/run.mjs [--smoke] [--sizes 1k,10k,100k] [--repeat R] [--no-peers]
 *                      [--threads N] [--no-library]
 *
 * - Networks: bench/generate.mjs (seed 1) at about 1k, 10k and 100k actors,
 *   written as CSV into bench/data/ (git-ignored), regenerated only when the
 *   generator or the size changed.
 * - tuff: the built CLI, `node bin/tuff analyse DIR --format json`, under
 *   /usr/bin/time (wall seconds, peak RSS), with the default thread count and
 *   with --threads 1; and the library through bench/tuff-phases.mjs for the
 *   time of each metric family (analyse's `timer` hook).
 * - Peers: bench/peers.py (igraph, networkx) under /usr/bin/time with the
 *   Debian python3 (/usr/bin/python3). When they are missing the bench tries
 *   `apt-get install python3-igraph python3-networkx python3-numpy
 *   python3-scipy` (as root, or through `sudo -n`) and says so clearly when it
 *   cannot. Where a peer would take more than a few minutes (networkx from 10k,
 *   igraph at 100k) it is timed on sampled sources and extrapolated; the notes
 *   in results.md say which families and how.
 * - Every measurement is repeated (--repeat, default 3; networkx once) with
 *   the tools interleaved, and medians are reported; ratios tuff / igraph are
 *   taken within each repetition and then the median of those.
 * - The directed case (bench/directed-paths.mjs): directed betweenness of
 *   10k actors / 50k arcs against the undirected pass on the same ties and
 *   igraph's directed betweenness, in its own section.
 * - Issue 11's limit (directed and two-mode data within 1.5 × the undirected
 *   time for the same ties), whole CLI processes, CPU and wall, in two
 *   sections: bench/directed-full.mjs (10,000 actors, about 50,000 arcs,
 *   reciprocity 0.3, weighted and unweighted, against the symmetrised union)
 *   and bench/two-mode.mjs (a 50,000-row attendance list against its
 *   projection as a ties CSV).
 * - results.md is rewritten, except for everything from the line
 *   "## Change log" on, which is kept (the before/after history of changes).
 * - --smoke: 1k only, one repetition, no peers, no results.md; exits non-zero
 *   when tuff fails (a test runs this).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { writePartnership } from './generate.mjs';
import { directedPathsSection } from './directed-paths.mjs';
import { directedFullSection } from './directed-full.mjs';
import { twoModeSection } from './two-mode.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const dataDir = path.join(here, 'data');
const BIN = path.join(root, 'bin', 'tuff');
const PYTHON = '/usr/bin/python3';
const TIME = '/usr/bin/time';
const SEED = 1;
const SIZES = { '1k': 1_000, '10k': 10_000, '100k': 100_000 };
/** Sampled sources for the peers that would take more than a few minutes (0 = exact). */
const PEER_SAMPLE = {
  igraph: { '1k': 0, '10k': 0, '100k': 200 },
  networkx: { '1k': 0, '10k': 100, '100k': 20 },
};
const APT_PACKAGES = ['python3-igraph', 'python3-networkx', 'python3-numpy', 'python3-scipy'];

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const value = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const smoke = flag('--smoke');
const sizes = smoke ? ['1k'] : (value('--sizes') ?? '1k,10k,100k').split(',');
const repeat = smoke ? 1 : Number(value('--repeat') ?? 3);
const withPeers = !smoke && !flag('--no-peers');
const withLibrary = !flag('--no-library');
for (const s of sizes) if (!(s in SIZES)) fail(`unknown size ${s} (use ${Object.keys(SIZES).join(', ')})`);

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(1);
}
const log = (line) => process.stderr.write(`${line}\n`);
const median = (xs) => {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const h = v.length >> 1;
  return v.length % 2 ? v[h] : (v[h - 1] + v[h]) / 2;
};

// ---------------------------------------------------------------- networks

function generatorStamp(n) {
  const source = readFileSync(path.join(here, 'generate.mjs'));
  return `${createHash('sha256').update(source).digest('hex').slice(0, 16)} n=${n} seed=${SEED}`;
}

function ensureNetwork(label) {
  const n = SIZES[label];
  const folder = path.join(dataDir, `partnership-${label}`);
  const stampFile = path.join(folder, '.stamp');
  const stamp = generatorStamp(n);
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    rmSync(folder, { recursive: true, force: true });
    const t = performance.now();
    const { ties } = writePartnership(folder, n, SEED);
    writeFileSync(stampFile, stamp);
    log(`generated ${folder}: ${n} actors, ${ties} ties (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  }
  return folder;
}

// ---------------------------------------------------------------- running

const hasTime = existsSync(TIME);

/** Run a command, stdout to a file; wall seconds and peak RSS (KiB) from /usr/bin/time when present. */
function measure(cmd, args, outFile) {
  const timeFile = path.join(dataDir, '.time');
  const out = outFile === undefined ? 'pipe' : openSync(outFile, 'w');
  const t = performance.now();
  const r = hasTime
    ? spawnSync(TIME, ['-f', '%e %M', '-o', timeFile, cmd, ...args], { stdio: ['ignore', out, 'pipe'], maxBuffer: 1 << 30, encoding: 'utf8' })
    : spawnSync(cmd, args, { stdio: ['ignore', out, 'pipe'], maxBuffer: 1 << 30, encoding: 'utf8' });
  const wall = (performance.now() - t) / 1000;
  if (typeof out === 'number') closeSync(out);
  let seconds = wall;
  let rssKb = NaN;
  if (hasTime && existsSync(timeFile)) {
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
    const [e, m] = last.split(' ').map(Number);
    if (Number.isFinite(e)) seconds = e;
    if (Number.isFinite(m)) rssKb = m;
  }
  return { status: r.status, seconds, rssKb, stdout: outFile === undefined ? r.stdout : readFileSync(outFile, 'utf8'), stderr: r.stderr };
}

function cliSupports(option) {
  const help = spawnSync(process.execPath, [BIN, 'analyse', '--help'], { encoding: 'utf8' });
  return help.stdout.includes(option);
}

function runTuffCli(folder, label, extra) {
  const outFile = path.join(dataDir, `tuff-${label}.json`);
  const r = measure(process.execPath, [BIN, 'analyse', folder, '--format', 'json', ...extra], outFile);
  if (r.status !== 0) fail(`tuff analyse ${folder} ${extra.join(' ')} exited ${r.status}: ${r.stderr.trim().slice(0, 2000)}`);
  const report = JSON.parse(r.stdout);
  return { seconds: r.seconds, rssKb: r.rssKb, report, stderr: r.stderr };
}

function runTuffLibrary(folder, extra) {
  const r = measure(process.execPath, [path.join(here, 'tuff-phases.mjs'), folder, ...extra]);
  if (r.status !== 0) fail(`bench/tuff-phases.mjs ${folder} exited ${r.status}: ${r.stderr.trim().slice(0, 2000)}`);
  return { ...JSON.parse(r.stdout), seconds: r.seconds, rssKb: r.rssKb };
}

function runPeer(tool, folder, label, runs, ratios) {
  const args = [path.join(here, 'peers.py'), tool, folder, '--runs', String(runs)];
  const k = PEER_SAMPLE[tool][label];
  if (k > 0) args.push('--sample', String(k));
  if (ratios !== undefined) args.push('--bw-ratio', String(ratios.betweennessPerCloseness), '--wbw-ratio', String(ratios.weightedPerCloseness));
  if (label === '1k' && tool === 'igraph') args.push('--check');
  const r = measure(PYTHON, args);
  if (r.status !== 0) {
    log(`bench: ${tool} on ${label} failed (exit ${r.status}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    return null;
  }
  const result = JSON.parse(r.stdout);
  // Sampled families: the process ran only the sample; add the extrapolated rest to its wall time.
  const seconds = r.seconds + Math.max(0, result.computeSeconds - result.measuredSeconds);
  return { ...result, seconds, measuredWall: r.seconds, rssKb: r.rssKb };
}

// ---------------------------------------------------------------- peers setup

function peersAvailable() {
  if (!existsSync(PYTHON)) return { ok: false, why: `${PYTHON} not found` };
  const r = spawnSync(PYTHON, ['-c', 'import igraph, networkx, numpy, scipy; print(igraph.__version__, networkx.__version__)'], { encoding: 'utf8' });
  return r.status === 0 ? { ok: true, versions: r.stdout.trim() } : { ok: false, why: r.stderr.trim().split('\n').pop() };
}

function installPeers() {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const prefix = asRoot ? [] : ['sudo', '-n'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => {
    const [cmd, ...rest] = [...prefix, 'apt-get', ...args];
    return spawnSync(cmd, rest, { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] });
  };
  log(`bench: installing ${APT_PACKAGES.join(' ')} with apt-get${asRoot ? '' : ' (sudo -n)'} …`);
  let r = apt(['install', '-y', '--no-install-recommends', ...APT_PACKAGES]);
  if (r.status !== 0) {
    apt(['update']);
    r = apt(['install', '-y', '--no-install-recommends', ...APT_PACKAGES]);
  }
  if (r.error || r.status !== 0) {
    return `apt-get install failed (${r.error ? r.error.message : `exit ${r.status}: ${(r.stderr || '').trim().split('\n').pop()}`})`;
  }
  return null;
}

// ---------------------------------------------------------------- main

mkdirSync(dataDir, { recursive: true });
if (!existsSync(path.join(root, 'dist', 'cli.js'))) fail('dist/ is missing: run `npm run build` first (npm run bench does)');

let peerStatus = { ok: false, why: 'not requested' };
if (withPeers) {
  peerStatus = peersAvailable();
  if (!peerStatus.ok) {
    const failure = installPeers();
    peerStatus = peersAvailable();
    if (!peerStatus.ok) {
      log(`bench: PEERS UNAVAILABLE — igraph/networkx cannot be imported by ${PYTHON} (${peerStatus.why})` +
        `${failure ? `; ${failure}` : ''}. Install ${APT_PACKAGES.join(' ')} and run again; timing tuff only.`);
      peerStatus.why = `${peerStatus.why}${failure ? `; ${failure}` : ''}`;
    }
  }
  if (peerStatus.ok) log(`bench: peers igraph/networkx ${peerStatus.versions} (${PYTHON})`);
}

const threadsOption = cliSupports('--threads');
const defaultThreads = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
const variants = [{ name: 'tuff', args: [] }];
if (threadsOption && defaultThreads > 1) variants.push({ name: 'tuff --threads 1', args: ['--threads', '1'] });

const results = {};
let ratios; // igraph's per-source cost ratios, from the largest exact igraph run so far
for (const label of sizes) {
  const folder = ensureNetwork(label);
  const res = { label, folder, tuff: {}, library: [], peers: { igraph: [], networkx: [] }, ratio: [] };
  results[label] = res;
  for (let rep = 0; rep < repeat; rep++) {
    log(`— ${label}, repetition ${rep + 1}/${repeat}, load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    for (const v of variants) {
      const r = runTuffCli(folder, label, v.args);
      (res.tuff[v.name] ??= []).push(r);
      res.report ??= r.report;
      log(`  ${v.name.padEnd(18)} ${r.seconds.toFixed(2)} s  ${(r.rssKb / 1024).toFixed(0)} MB`);
    }
    if (withLibrary) {
      const lib = runTuffLibrary(folder, []);
      res.library.push(lib);
      log(`  tuff (library)     ${(lib.totalMs / 1000).toFixed(2)} s in-process, ${lib.seconds.toFixed(2)} s with start-up`);
    }
    if (peerStatus.ok) {
      const runs = res.report.communities.runs;
      const ig = runPeer('igraph', folder, label, runs, PEER_SAMPLE.igraph[label] > 0 ? ratios : undefined);
      if (ig) {
        res.peers.igraph.push(ig);
        if (ig.ratios) ratios = ig.ratios;
        const tuffNow = res.tuff.tuff[res.tuff.tuff.length - 1];
        const oneThread = res.tuff['tuff --threads 1']?.at(-1) ?? tuffNow;
        res.ratio.push({ wall: tuffNow.seconds / ig.seconds, single: oneThread.seconds / ig.seconds });
        log(`  igraph             ${ig.seconds.toFixed(2)} s  ${(ig.rssKb / 1024).toFixed(0)} MB (compute ${ig.computeSeconds.toFixed(2)} s${ig.sample ? ', partly extrapolated' : ''})`);
      }
      if (rep === 0) {
        const nx = runPeer('networkx', folder, label, runs);
        if (nx) {
          res.peers.networkx.push(nx);
          log(`  networkx           ${nx.seconds.toFixed(2)} s  ${(nx.rssKb / 1024).toFixed(0)} MB (compute ${nx.computeSeconds.toFixed(2)} s${nx.sample ? ', partly extrapolated' : ''})`);
        }
      }
    }
  }
}

// ---------------------------------------------------------------- sampled vs exact

/**
 * The sample of the check alone, kept even where tuff would replace it by the exact pass
 * (computePaths with exactWorkLimit 0, through the built library): its top-20 ids and what its bounds say.
 */
async function rawSample(folder) {
  const load = (rel) => import(new URL(`../dist/${rel}`, import.meta.url).href);
  const { readNetwork } = await load('io/read-network.js');
  const { buildNetwork } = await load('model/network.js');
  const { computeComponents } = await load('analysis/components.js');
  const { computePaths } = await load('analysis/paths.js');
  const net = buildNetwork(readNetwork(folder, { duplicates: 'sum' }).dataset);
  const paths = computePaths(net, computeComponents(net).componentOf, {
    samples: SAMPLED_CHECK, seed: 1, exactWorkLimit: 0, threads: os.availableParallelism(),
  });
  const order = Array.from(paths.betweenness.keys()).sort((a, b) => paths.betweenness[b] - paths.betweenness[a] || a - b);
  // null: the bounds certify the top 20; else the ranks they leave open ("ranks 12–31", "ranks 12 and below").
  const f = paths.estimates.find((e) => e.code === 'betweenness-top-uncertain')?.figures;
  const open = f === undefined ? null
    : f.lastUncertain < f.ranked ? `ranks ${f.firstUncertain}–${f.lastUncertain}`
      : f.firstUncertain > 1 ? `ranks ${f.firstUncertain} and below` : 'every rank';
  return { top: order.slice(0, 20).map((i) => net.ids[i]), open };
}

/** Top-k ids by a metric, value desc then id. */
function topIds(report, key, k) {
  return Object.entries(report.actors)
    .sort((a, b) => b[1][key] - a[1][key] || (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([id]) => id);
}

// On networks that are exact by default, also run the sampled mode once and compare it with the exact report.
const SAMPLED_CHECK = 1024;
for (const label of sizes) {
  const res = results[label];
  if (smoke || res.report.dataQuality.warnings.some((w) => w.code === 'betweenness-estimated')) continue;
  if (Object.keys(res.report.actors).length <= SAMPLED_CHECK) continue;
  const r = runTuffCli(res.folder, `${label}-sampled`, ['--samples', String(SAMPLED_CHECK)]);
  const exactTop = topIds(res.report, 'betweenness', 20);
  const sampledTop = topIds(r.report, 'betweenness', 20);
  let maxError = 0;
  let maxErrorW = 0;
  for (const [id, m] of Object.entries(res.report.actors)) {
    maxError = Math.max(maxError, Math.abs(r.report.actors[id].betweenness - m.betweenness));
    maxErrorW = Math.max(maxErrorW, Math.abs(r.report.actors[id].weightedBetweenness - m.weightedBetweenness));
  }
  const exactValues = topIds(res.report, 'betweenness', 23).map((id) => res.report.actors[id].betweenness);
  const warning = (code) => r.report.dataQuality.warnings.find((w) => w.code === code)?.message ?? '';
  const raw = await rawSample(res.folder);
  res.sampledCheck = {
    seconds: r.seconds,
    rssKb: r.rssKb,
    overlap: sampledTop.filter((id) => exactTop.includes(id)).length,
    sameOrder: sampledTop.join() === exactTop.join(),
    maxError,
    maxErrorW,
    message: warning('betweenness-estimated'),
    replaced: warning('sampling-replaced-by-exact'),
    uncertain: warning('betweenness-top-uncertain'),
    boundary: exactValues.slice(17),
    raw: { ...raw, overlap: raw.top.filter((id) => exactTop.includes(id)).length },
  };
  log(`  ${label} --samples ${SAMPLED_CHECK}: ${r.seconds.toFixed(2)} s, top-20 overlap ${res.sampledCheck.overlap}/20` +
    `${res.sampledCheck.replaced ? ' (replaced by the exact pass)' : ''}; the sample alone: ${res.sampledCheck.raw.overlap}/20`);
}

// ---------------------------------------------------------------- report

const fmtS = (x) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) : '–');
const fmtMb = (kb) => (Number.isFinite(kb) ? (kb / 1024).toFixed(0) : '–');
const lines = [];
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
lines.push('# tuff benchmark results', '');
lines.push(`Generated by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — ` +
  `node ${process.version}, ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; ` +
  `medians of ${repeat} repetition(s) (networkx: 1). The machine is shared, so absolute seconds are noisy; ratios are taken within each repetition.`);
lines.push('');
lines.push(withPeers
  ? `Peers: ${peerStatus.ok ? `python-igraph / networkx ${peerStatus.versions} (Debian packages, ${PYTHON})` : `**unavailable** — ${peerStatus.why}`}.`
  : 'Peers: not run (--smoke or --no-peers).');
lines.push('');
lines.push('## Networks (bench/generate.mjs, seed 1)', '');
lines.push('| network | actors | ties | components | largest | diameter | mean distance | tuff betweenness |', '|---|---|---|---|---|---|---|---|');
for (const label of sizes) {
  const { report } = results[label];
  const s = report.summary;
  const estimated = report.dataQuality.warnings.find((w) => w.code === 'betweenness-estimated');
  lines.push(`| ${label} | ${s.actors} | ${s.ties} | ${s.components} | ${report.components[0]?.size ?? 0} | ${s.diameterOfLargestComponent} | ` +
    `${s.averageShortestPathLargestComponent.toFixed(4)} | ${estimated ? `estimated (${estimated.message})` : 'exact'} |`);
}
lines.push('');
lines.push('## Full analysis: wall seconds and peak RSS (MB), median', '');
lines.push('Each figure is a whole process as a user runs it: start-up, reading the CSV files, every metric, and the output. ' +
  'tuff = `node bin/tuff analyse DIR --format json`; igraph / networkx = bench/peers.py computing the same metric set.', '');
const tools = [...variants.map((v) => v.name), ...(peerStatus.ok ? ['igraph', 'networkx'] : [])];
lines.push(`| network | ${tools.join(' | ')} | tuff / igraph | tuff --threads 1 / igraph |`);
lines.push(`|---|${tools.map(() => '---').join('|')}|---|---|`);
for (const label of sizes) {
  const res = results[label];
  const cells = tools.map((t) => {
    const rs = res.tuff[t] ?? res.peers[t] ?? [];
    if (rs.length === 0) return '–';
    const extrap = rs[0].sample > 0 ? ' ¹' : '';
    return `${fmtS(median(rs.map((r) => r.seconds)))} s, ${fmtMb(median(rs.map((r) => r.rssKb)))} MB${extrap}`;
  });
  // A ratio only where both sides computed the same thing: exact tuff against igraph run in full.
  const comparable = !res.report.dataQuality.warnings.some((w) => w.code === 'betweenness-estimated') &&
    !(res.peers.igraph[0]?.sample > 0);
  const ratio = (xs) => (comparable && xs.length > 0 ? median(xs).toFixed(2) : '–');
  lines.push(`| ${label} | ${cells.join(' | ')} | ${ratio(res.ratio.map((r) => r.wall))} | ${ratio(res.ratio.map((r) => r.single))} |`);
}
lines.push('');
lines.push('¹ partly extrapolated from sampled sources (a full run would take more than a few minutes); igraph/networkx wall time then adds the ' +
  'extrapolated part (compute sum − measured compute) to the measured process time. See the per-family notes below. ' +
  'Ratios are the median of the per-repetition ratios (tools interleaved), and only where tuff is exact and igraph ran in full: ' +
  'where tuff samples (100k) the peers\' figures are what exact values would cost them, not a like-for-like comparison.', '');

// Per-family tables.
const families = ['read', 'network', 'degree', 'components', 'cut-points', 'clustering', 'structural-holes', 'paths',
  'weighted-betweenness', 'eigenvector', 'pagerank', 'groups', 'communities', 'report'];
if (withLibrary) {
  lines.push('## tuff per step (library, threads = cores as in the CLI), seconds, median', '');
  lines.push('`paths` is one pass for betweenness, weighted betweenness, closeness, harmonic, diameter and mean distance, so tuff has no separate `weighted-betweenness` step.', '');
  lines.push(`| step | ${sizes.join(' | ')} |`, `|---|${sizes.map(() => '---').join('|')}|`);
  for (const f of families) {
    if (f === 'weighted-betweenness') continue;
    lines.push(`| ${f} | ${sizes.map((l) => fmtS(median(results[l].library.map((r) => (r.phases[f] ?? NaN) / 1000)))).join(' | ')} |`);
  }
  lines.push(`| **total in-process** | ${sizes.map((l) => fmtS(median(results[l].library.map((r) => r.totalMs / 1000)))).join(' | ')} |`);
  lines.push('');
}
if (peerStatus.ok) {
  for (const tool of ['igraph', 'networkx']) {
    lines.push(`## ${tool} per family, seconds (median)`, '');
    lines.push(`| family | ${sizes.join(' | ')} |`, `|---|${sizes.map(() => '---').join('|')}|`);
    for (const f of families) {
      const row = sizes.map((l) => {
        const rs = results[l].peers[tool];
        const xs = rs.map((r) => r.phases[f]?.seconds ?? NaN);
        const ex = rs.some((r) => r.phases[f]?.extrapolated) ? '*' : '';
        return `${fmtS(median(xs))}${ex}`;
      });
      if (row.every((c) => c === '–')) continue;
      lines.push(`| ${f} | ${row.join(' | ')} |`);
    }
    lines.push(`| **compute sum** | ${sizes.map((l) => fmtS(median(results[l].peers[tool].map((r) => r.computeSeconds)))).join(' | ')} |`);
    lines.push('');
    const notes = [];
    for (const l of sizes) {
      const r = results[l].peers[tool][0];
      if (!r) continue;
      for (const [f, p] of Object.entries(r.phases)) if (p.notes.length > 0) notes.push(`${l} ${f}: ${p.notes.join('; ')}`);
    }
    if (notes.length > 0) lines.push('\\* extrapolated:', '', ...notes.map((n) => `- ${n}`), '');
  }
}

// Cross-checks.
lines.push('## Cross-checks', '');
for (const label of sizes) {
  const res = results[label];
  const ig = res.peers.igraph[0];
  const tuffTop = Object.entries(res.report.actors)
    .sort((a, b) => b[1].betweenness - a[1].betweenness || (a[0] < b[0] ? -1 : 1))
    .slice(0, 20)
    .map(([id]) => id);
  if (ig?.top20) {
    const same = ig.top20.map((t) => t.id).join() === tuffTop.join();
    lines.push(`- ${label}: tuff's betweenness top-20 ${same ? 'equals' : '**differs from**'} igraph's exact top-20 (ids in order).`);
  }
  if (ig?.values) {
    const ids = Object.keys(res.report.actors).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const key of ['betweenness', 'weightedBetweenness', 'closeness', 'harmonic', 'pagerank']) {
      let max = 0;
      ids.forEach((id, i) => {
        max = Math.max(max, Math.abs(res.report.actors[id][key] - ig.values[key][i]));
      });
      lines.push(`- ${label}: max |tuff − igraph| ${key} = ${max.toExponential(1)}`);
    }
  }
  if (ig && ig.diameter !== undefined) {
    const s = res.report.summary;
    lines.push(`- ${label}: diameter tuff ${s.diameterOfLargestComponent} / igraph ${ig.diameter}; mean distance tuff ${s.averageShortestPathLargestComponent} / igraph ${ig.averagePath}`);
  }
}
for (const label of sizes) {
  const c = results[label].sampledCheck;
  if (!c) continue;
  const eps = /ε = ([0-9.e-]+)/.exec(c.message)?.[1] ?? '?';
  const sample = `the ${SAMPLED_CHECK}-source sample alone has ${c.raw.overlap}/20 of the exact top-20 ids` +
    (c.raw.open === null ? ' and its bounds certify its top 20' : `, and its bounds do not certify it (${c.raw.open})`) +
    `. Exact values at ranks 18–23: ${c.boundary.map((x) => x.toFixed(5)).join(', ')}.`;
  if (c.replaced) {
    lines.push(`- ${label}, \`--samples ${SAMPLED_CHECK}\` (${fmtS(c.seconds)} s, ${fmtMb(c.rssKb)} MB): the sample could not single out ` +
      `the top 20, so tuff ran the exact pass (warning sampling-replaced-by-exact): ${c.overlap}/20 of the exact top-20 ids` +
      `${c.sameOrder ? ' in the same order' : ''}, max |error| ${c.maxError.toExponential(1)}; ${sample}`);
  } else {
    lines.push(`- ${label}, sampled (\`--samples ${SAMPLED_CHECK}\`, ${fmtS(c.seconds)} s, ${fmtMb(c.rssKb)} MB) vs exact: ` +
      `${c.overlap}/20 of the exact top-20 ids${c.sameOrder ? ' in the same order' : ''}; max |error| betweenness ${c.maxError.toExponential(1)}, ` +
      `weighted ${c.maxErrorW.toExponential(1)} (stated ε = ${eps}); ${sample}`);
  }
}
lines.push('');

// Directed betweenness against the undirected pass and igraph (bench/directed-paths.mjs; 1k, no peer in --smoke).
log('bench: directed betweenness');
lines.push(...await directedPathsSection(smoke
  ? { actors: 1_000, ties: 5_000, repeat: 1, peer: false, log }
  : { actors: 10_000, ties: 50_000, repeat: Math.min(repeat, 3), peer: withPeers && peerStatus.ok, log }));

// Issue 11's speed limit, whole CLI processes: a directed survey network and an attendance list against
// the undirected analysis of the same ties (bench/directed-full.mjs, bench/two-mode.mjs).
log('bench: directed survey network, full analysis');
lines.push(...directedFullSection(smoke
  ? { actors: 500, repeat: 1, unweighted: false, dataDir, log }
  : { actors: 10_000, repeat: Math.min(repeat, 3), dataDir, log }).lines);
log('bench: attendance list (two-mode), full analysis');
lines.push(...twoModeSection(smoke
  ? { rows: 2_000, repeat: 1, dataDir, log }
  : { rows: 50_000, repeat: Math.min(repeat, 3), dataDir, log }).lines);

const text = lines.join('\n');
process.stdout.write(`${text}\n`);
if (!smoke) {
  const file = path.join(here, 'results.md');
  let log = '## Change log\n\n(before/after measurements of each change, kept across runs)\n';
  if (existsSync(file)) {
    const old = readFileSync(file, 'utf8');
    const at = old.indexOf('## Change log');
    if (at >= 0) log = old.slice(at);
  }
  writeFileSync(file, `${text}\n${log.endsWith('\n') ? log : `${log}\n`}`);
  process.stderr.write(`bench: wrote ${path.relative(root, file)}\n`);
}
