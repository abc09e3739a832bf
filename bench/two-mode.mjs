#!/usr/bin/env node
/**
 * The attendance-list case of issue 11 as a user runs it: `tuff analyse
 * DIR --two-mode --format json` on a 50,000-row participation list (one row
 * per actor and activity) against `tuff analyse` of its projected actor
 * network written as an ordinary ties CSV (the same ties, weight = shared
 * activities, networkx `bipartite.weighted_projected_graph`), whole processes
 * under /usr/bin/time (wall, user+system CPU seconds, peak RSS). The issue's
 * limit: within 1.5 × the undirected time for the same number of ties.
 *
 *   npm run build && node bench/two-mode.mjs [rows] [--repeat R]
 *
 * run.mjs calls twoModeSection() for its results.md (a small list, one
 * repetition in --smoke). When the built CLI has no --two-mode option yet,
 * the two-mode side is timed through the library instead (io/csv parseCsv,
 * model/two-mode readParticipation + projectParticipation, then the same
 * analysis and JSON report as the CLI's), and the section says so.
 *
 * The list (written into bench/data/, git-ignored, regenerated when this file
 * changes; mulberry32 from test/helpers/mulberry32.mjs, seed 12): 5,000
 * actors whose activity level is log-normal (a few attend very much, many
 * little), sectors offentlig/civil/privat/borger, and activities of three
 * kinds in a seeded random order:
 * - working-group meetings: a group of 5–40 members (skewed to small) drawn by
 *   activity level meets 1–15 times (mean about 5), each member attending
 *   each meeting with probability 0.75;
 * - events of 15–60 participants, drawn from everyone by activity level
 *   (about one draw in five);
 * - plenary network meetings of 60–200 (one draw in a hundred);
 * until the list has `rows` rows (the last activity cut short). Actors never
 * drawn are in actors.csv and attend nothing: isolates in both runs.
 * Folders: `two-mode/` (participation.csv, actors.csv, meta.json) and
 * `projected/` (ties.csv = the projection, the same actors.csv, meta.json).
 * The bench checks that both reports agree on every undirected metric.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mulberry32 } from '../test/helpers/mulberry32.mjs';
import { timeProcess, undirectedDifference } from './directed-full.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const BIN = path.join(root, 'bin', 'tuff');
const SEED = 12;
const SECTORS = ['offentlig', 'civil', 'privat', 'borger'];

/** The participation list: { ids, sector, rows: [actor, activity][], activities } (actor indices; activity names). */
export function generateAttendance(rows = 50_000, actors = 5_000, seed = SEED) {
  const rand = mulberry32(seed);
  const int = (k) => Math.floor(rand() * k);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const level = Float64Array.from({ length: actors }, () => Math.exp(0.9 * gauss()));
  const cumulative = new Float64Array(actors);
  let total = 0;
  for (let i = 0; i < actors; i++) cumulative[i] = total += level[i];
  const pick = () => {
    const x = rand() * total;
    let lo = 0;
    let hi = actors - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** k distinct actors by activity level. */
  const draw = (k) => {
    const set = new Set();
    while (set.size < Math.min(k, actors)) set.add(pick());
    return [...set];
  };
  const width = String(actors - 1).length;
  const ids = Array.from({ length: actors }, (_, i) => `p${String(i).padStart(width, '0')}`);
  const sector = Array.from({ length: actors }, () => SECTORS[int(4)]);
  const out = [];
  const names = [];
  let groups = 0;
  let events = 0;
  let plenaries = 0;
  const add = (name, members) => {
    names.push(name);
    for (const a of members) {
      if (out.length === rows) return;
      out.push([a, name]);
    }
  };
  while (out.length < rows) {
    const r = rand();
    if (r < 0.01) {
      add(`plenary ${String(++plenaries).padStart(3, '0')}`, draw(60 + int(141)));
    } else if (r < 0.2) {
      add(`event ${String(++events).padStart(4, '0')}`, draw(15 + int(46)));
    } else {
      const g = ++groups;
      const members = draw(5 + Math.floor(35 * rand() * rand()));
      const meetings = Math.min(15, 1 + Math.floor(-Math.log(1 - rand()) * 4));
      for (let k = 1; k <= meetings && out.length < rows; k++) {
        const present = members.filter(() => rand() < 0.75);
        add(`group ${String(g).padStart(4, '0')} meeting ${String(k).padStart(2, '0')}`, present.length >= 2 ? present : members.slice(0, 2));
      }
    }
  }
  return { ids, sector, rows: out, activities: names.length, kinds: { groups, events, plenaries } };
}

/** networkx weighted_projected_graph: pair → number of shared activities. */
function project(rows, actors) {
  const byActivity = new Map();
  for (const [a, name] of rows) {
    let list = byActivity.get(name);
    if (list === undefined) byActivity.set(name, (list = []));
    list.push(a);
  }
  const weight = new Map();
  for (const list of byActivity.values()) {
    const members = [...new Set(list)].sort((x, y) => x - y);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const key = members[i] * actors + members[j];
        weight.set(key, (weight.get(key) ?? 0) + 1);
      }
    }
  }
  return [...weight.entries()].sort((a, b) => a[0] - b[0]);
}

function stamp(rows) {
  const h = createHash('sha256').update(readFileSync(path.join(here, 'two-mode.mjs')));
  return `${h.digest('hex').slice(0, 16)} rows=${rows} seed=${SEED}`;
}

/** Writes (or reuses) bench/data/two-mode-ROWS/{two-mode,projected}; returns the folders and the counts. */
export function ensureAttendance(dataDir, rows) {
  const base = path.join(dataDir, `two-mode-${rows}`);
  const stampFile = path.join(base, '.stamp');
  const countsFile = path.join(base, 'counts.json');
  const folders = { twoMode: path.join(base, 'two-mode'), projected: path.join(base, 'projected') };
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp(rows)) {
    return { ...folders, ...JSON.parse(readFileSync(countsFile, 'utf8')) };
  }
  rmSync(base, { recursive: true, force: true });
  const actors = Math.max(50, Math.round(rows / 10));
  const g = generateAttendance(rows, actors);
  const ties = project(g.rows, actors);
  const actorRows = ['id,label,sector'];
  for (let i = 0; i < actors; i++) actorRows.push(`${g.ids[i]},Actor ${i},${g.sector[i]}`);
  const attending = new Set(g.rows.map(([a]) => a)).size;
  const sizes = new Map();
  for (const [, name] of g.rows) sizes.set(name, (sizes.get(name) ?? 0) + 1);
  const sorted = [...sizes.values()].sort((a, b) => a - b);
  const counts = {
    rows: g.rows.length, actors, attending, activities: g.activities, kinds: g.kinds,
    size: { median: sorted[sorted.length >> 1], p90: sorted[Math.floor(sorted.length * 0.9)], max: sorted[sorted.length - 1] },
    ties: ties.length,
  };
  const meta = (kind) => `${JSON.stringify({
    name: `two-mode-${rows}-${kind}`,
    source: `synthetic attendance list, bench/two-mode.mjs rows=${rows} seed=${SEED}` + (kind === 'projected' ? ', projected (shared activities)' : ''),
    weighted: true,
    groupBy: 'sector',
  }, null, 2)}\n`;
  mkdirSync(folders.twoMode, { recursive: true });
  mkdirSync(folders.projected, { recursive: true });
  for (const folder of [folders.twoMode, folders.projected]) writeFileSync(path.join(folder, 'actors.csv'), `${actorRows.join('\n')}\n`);
  writeFileSync(path.join(folders.twoMode, 'participation.csv'), `actor,activity\n${g.rows.map(([a, name]) => `${g.ids[a]},${name}`).join('\n')}\n`);
  writeFileSync(path.join(folders.twoMode, 'meta.json'), meta('two-mode'));
  writeFileSync(path.join(folders.projected, 'ties.csv'),
    `source,target,weight\n${ties.map(([key, w]) => `${g.ids[Math.floor(key / actors)]},${g.ids[key % actors]},${w}`).join('\n')}\n`);
  writeFileSync(path.join(folders.projected, 'meta.json'), meta('projected'));
  writeFileSync(countsFile, `${JSON.stringify(counts)}\n`);
  writeFileSync(stampFile, stamp(rows));
  return { ...folders, ...counts };
}

function cliSupports(option) {
  const help = spawnSync(process.execPath, [BIN, 'analyse', '--help'], { encoding: 'utf8' });
  return help.stdout.includes(option);
}

const median = (xs) => {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const h = v.length >> 1;
  return v.length % 2 ? v[h] : (v[h - 1] + v[h]) / 2;
};
const fmt = (x) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) : '–');
const fmtMb = (kb) => (Number.isFinite(kb) ? (kb / 1024).toFixed(0) : '–');
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

/** Runs the attendance case and returns its results.md section as lines; throws when tuff fails. */
export function twoModeSection({ rows = 50_000, repeat = 3, dataDir = path.join(here, 'data'), log = () => {} } = {}) {
  mkdirSync(dataDir, { recursive: true });
  const net = ensureAttendance(dataDir, rows);
  const viaCli = cliSupports('--two-mode');
  if (!viaCli && !existsSync(path.join(here, 'two-mode-library.mjs'))) {
    return {
      lines: ['## Attendance list (two-mode), full analysis (bench/two-mode.mjs)', '',
        '**Not measured**: the built CLI has no `--two-mode` option.', ''],
      ratio: { wall: NaN, cpu: NaN }, viaCli, difference: null,
    };
  }
  const commands = {
    twoMode: viaCli
      ? [BIN, 'analyse', net.twoMode, '--two-mode', '--format', 'json']
      : [path.join(here, 'two-mode-library.mjs'), net.twoMode],
    projected: [BIN, 'analyse', net.projected, '--format', 'json'],
  };
  const runs = { twoMode: [], projected: [] };
  const reports = {};
  const loads = [load()];
  for (let rep = 0; rep < repeat; rep++) {
    const order = rep % 2 === 0 ? ['twoMode', 'projected'] : ['projected', 'twoMode'];
    for (const kind of order) {
      const r = timeProcess(process.execPath, commands[kind], dataDir);
      if (r.status !== 0) throw new Error(`${commands[kind].join(' ')} exited ${r.status}: ${r.stderr.trim().slice(0, 2000)}`);
      reports[kind] ??= JSON.parse(r.stdout);
      runs[kind].push(r);
      log(`  ${kind.padEnd(10)} ${fmt(r.wall)} s wall, ${fmt(r.cpu)} s CPU, ${fmtMb(r.rssKb)} MB (load ${load()})`);
    }
    loads.push(load());
  }
  const med = (kind, key) => median(runs[kind].map((r) => r[key]));
  const ratios = (key) => runs.twoMode.map((r, i) => r[key] / runs.projected[i][key]);
  const difference = undirectedDifference(reports.twoMode, reports.projected);
  const how = viaCli
    ? '`node bin/tuff analyse DIR --two-mode --format json`'
    : '**the library, not the CLI** (the built CLI has no `--two-mode` yet): bench/two-mode-library.mjs = parseCsv + readParticipation + ' +
      'projectParticipation (checked tie by tie against the projection below), then the CLI\'s analysis and JSON report of that network read back ' +
      'from the projected ties.csv, in one process — an upper bound of a wired --two-mode, which need not read the projection back';
  const lines = [
    '## Attendance list (two-mode), full analysis (bench/two-mode.mjs)', '',
    `${net.rows} rows (actor, activity) of ${net.actors} actors (${net.attending} attend something) at ${net.activities} activities ` +
      `(${net.kinds.groups} working groups' meetings, ${net.kinds.events} events, ${net.kinds.plenaries} plenaries; participants per activity: ` +
      `median ${net.size.median}, 90th percentile ${net.size.p90}, largest ${net.size.max}); the projection has ${net.ties} ties ` +
      '(weight = shared activities). Two-mode: ' + how + '; undirected: `node bin/tuff analyse DIR --format json` on the projection written as ties.csv, ' +
      `the same actors.csv. Under /usr/bin/time, interleaved (ABBA), medians of ${repeat}; ratios per repetition, then the median.`, '',
    '| run | wall s | CPU s | peak RSS MB |',
    '|---|---|---|---|',
    `| two-mode (participation.csv) | ${fmt(med('twoMode', 'wall'))} | ${fmt(med('twoMode', 'cpu'))} | ${fmtMb(med('twoMode', 'rssKb'))} |`,
    `| undirected (projected ties.csv) | ${fmt(med('projected', 'wall'))} | ${fmt(med('projected', 'cpu'))} | ${fmtMb(med('projected', 'rssKb'))} |`,
    `| **two-mode / undirected** | ${median(ratios('wall')).toFixed(2)}× | **${median(ratios('cpu')).toFixed(2)}×** | ${median(ratios('rssKb')).toFixed(2)}× |`,
    '',
    `- Per repetition, CPU two-mode / undirected: ${ratios('cpu').map((x) => x.toFixed(2)).join(', ')}; wall ${ratios('wall').map((x) => x.toFixed(2)).join(', ')}. The issue's limit is 1.5.`,
    `- Load average (1, 5, 15 min) before and after each repetition: ${loads.join(' → ')} (${os.cpus().length} cores).`,
    `- Both reports ${difference === null ? 'agree on every undirected metric (summary and per actor, exactly)' : `**differ** (first at ${difference})`}.`,
    '',
  ];
  return { lines, ratio: { wall: median(ratios('wall')), cpu: median(ratios('cpu')) }, viaCli, difference };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const numbers = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--repeat');
  const repeat = argv.includes('--repeat') ? Number(argv[argv.indexOf('--repeat') + 1]) : 3;
  if (argv.includes('--generate')) {
    process.stdout.write(`${JSON.stringify(ensureAttendance(path.join(here, 'data'), Number(numbers[0] ?? 50_000)))}\n`);
  } else {
    const { lines } = twoModeSection({ rows: Number(numbers[0] ?? 50_000), repeat, log: (line) => process.stderr.write(`${line}\n`) });
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}
void pathToFileURL;
