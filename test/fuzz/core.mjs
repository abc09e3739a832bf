/**
 * The seeded fuzzer of tuff (issue 12): mutates the real input fixtures and runs
 * each mutant through the library (readNetwork → analyse → renderReport) or the
 * built binary. Plain JavaScript over dist/ so `npm run fuzz` (test/fuzz/run.mjs)
 * and vitest (test/fuzz/*.test.ts) share it. No dependency: a seeded PRNG
 * (mulberry32) and our own mutators, so a seed replays exactly.
 *
 * An outcome is good when it is either a report whose invariants hold
 * (checkReport) or an InputError/UsageError whose message starts with the
 * mutated file's path and a colon (`FILE:LINE: …`, `FILE:SHEET!CELL: …`, or
 * `FILE: …` for whole-file problems such as an empty file). Anything else is a
 * failure, reported with its seed, case number, mutations and a minimized input.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../helpers/mulberry32.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CASE_LIMIT_MS = 10_000;

// ---------------------------------------------------------------- PRNG

export { mulberry32 };

/** The case's own seed from the run's seed and its index, so case i replays alone. */
export function caseSeed(seed, index) {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ index, 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

const int = (rng, n) => Math.floor(rng() * n);
const pick = (rng, xs) => xs[int(rng, xs.length)];

// ---------------------------------------------------------------- corpus

/** An attendance list a folder may hold (src/io/read-network.ts PARTICIPATION_NAMES): read as two-mode data. */
const PARTICIPATION = /^(participation|deltagelse|attendance)\.csv$/;

/** Whether a case's input is read through its folder (so meta.json and the folder's names count): a ties.csv or an attendance list. */
export function readsFolder(input) {
  return input === 'ties.csv' || PARTICIPATION.test(input);
}

/** Every fixture directory tuff can read as a network: a ties.csv, an attendance list (two-mode), a matrix.csv or one workbook. */
export function corpus() {
  const out = [];
  const walk = (dir) => {
    const names = readdirSync(dir).sort();
    const files = names.filter((n) => statSync(join(dir, n)).isFile());
    const input = files.includes('ties.csv') ? 'ties.csv' : files.find((n) => PARTICIPATION.test(n)) ?? files.find((n) => n.endsWith('.xlsx')) ?? null;
    if (input !== null) {
      const inputs = files.filter((n) => /^(ties|actors|participation|deltagelse|attendance)\.csv$|^meta\.json$|\.xlsx$/.test(n));
      out.push({ dir: relative(ROOT, dir), input, files: Object.fromEntries(inputs.map((n) => [n, readFileSync(join(dir, n))])) });
    }
    for (const n of names) if (statSync(join(dir, n)).isDirectory()) walk(join(dir, n));
  };
  walk(join(ROOT, 'fixtures'));
  return out;
}

// ---------------------------------------------------------------- mutations

const enc = (s) => Buffer.from(s, 'utf8');
/** Tokens inserted or put in a cell: structure, odd numbers, Unicode, object keys, raw Windows-1252. */
export const TOKENS = [
  '"', '""', ',', ';', '\t', '\n', '\r', '\r\n', '\uFEFF', '\0', ' ', '',
  '1e308', '-1e308', '1e309', '-0', 'NaN', '1,5e3', '1.5e3', '∞', '-∞', 'Infinity', '-1', '0', '0.0000001',
  '99999999999999999999999', '1.000,5', '1 000', '0x10', '+3', '5e-324',
  'e\u0301', 'é', '\u202Eabc', '\u200B', '\u200D', '👩‍👩‍👧', '🏳️‍🌈', 'Ω', 'ǅ',
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'valueOf',
  'sep=;', 'id', 'source', 'target', 'weight', 'type', '{}', '[]', 'null', 'true',
];
const RAW = [Buffer.from([0xe6]), Buffer.from([0xf8, 0xe5]), Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff]), Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([0xc3]), Buffer.from([0x80]), Buffer.from([0x00, 0x00])];

function token(rng) {
  return rng() < 0.15 ? pick(rng, RAW) : enc(pick(rng, TOKENS));
}

function splitLines(buf) {
  const s = buf.toString('latin1');
  const parts = s.split(/(\r\n|\n|\r)/);
  const lines = [];
  for (let i = 0; i < parts.length; i += 2) lines.push({ text: parts[i], end: parts[i + 1] ?? '' });
  return lines;
}
const joinLines = (lines) => Buffer.from(lines.map((l) => l.text + l.end).join(''), 'latin1');

/** Mutators: (rng, bytes) → [name, bytes]. Names are short so a failure lists what was done. */
export const MUTATORS = {
  flip(rng, b) {
    if (b.length === 0) return b;
    const c = Buffer.from(b);
    c[int(rng, c.length)] ^= 1 << int(rng, 8);
    return c;
  },
  insert(rng, b) {
    const at = int(rng, b.length + 1);
    return Buffer.concat([b.subarray(0, at), token(rng), b.subarray(at)]);
  },
  cell(rng, b) {
    const lines = splitLines(b);
    if (lines.length === 0) return b;
    const line = pick(rng, lines);
    const sep = line.text.includes(';') ? ';' : line.text.includes('\t') ? '\t' : ',';
    const cells = line.text.split(sep);
    cells[int(rng, cells.length)] = token(rng).toString('latin1');
    line.text = cells.join(sep);
    return joinLines(lines);
  },
  truncate(rng, b) {
    return b.subarray(0, int(rng, b.length + 1));
  },
  repeatRow(rng, b) {
    const lines = splitLines(b);
    if (lines.length === 0) return b;
    const i = int(rng, lines.length);
    const copies = 1 + int(rng, 3);
    const row = { ...lines[i], end: lines[i].end || '\n' };
    lines.splice(i, 0, ...Array.from({ length: copies }, () => ({ ...row })));
    return joinLines(lines);
  },
  swapRows(rng, b) {
    const lines = splitLines(b);
    if (lines.length < 2) return b;
    const i = int(rng, lines.length);
    const j = int(rng, lines.length);
    [lines[i].text, lines[j].text] = [lines[j].text, lines[i].text];
    return joinLines(lines);
  },
  dropRow(rng, b) {
    const lines = splitLines(b);
    if (lines.length === 0) return b;
    lines.splice(int(rng, lines.length), 1);
    return joinLines(lines);
  },
  crOnly(_rng, b) {
    return Buffer.from(b.toString('latin1').replace(/\r\n|\n/g, '\r'), 'latin1');
  },
  crlf(_rng, b) {
    return Buffer.from(b.toString('latin1').replace(/\r\n|\n|\r/g, '\r\n'), 'latin1');
  },
  bom(rng, b) {
    return Buffer.concat([pick(rng, [Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])]), b]);
  },
  nfd(_rng, b) {
    return enc(b.toString('utf8').normalize('NFD'));
  },
  nfc(_rng, b) {
    return enc(b.toString('utf8').normalize('NFC'));
  },
  /** One line re-encoded as Windows-1252 (Latin-1 bytes) inside a UTF-8 file, or the reverse. */
  mixedEncoding(rng, b) {
    const lines = b.toString('utf8').split('\n');
    const i = int(rng, lines.length);
    const bufs = lines.map((l, j) => (j === i ? Buffer.from(l + 'æøå', 'latin1') : enc(l)));
    return Buffer.concat(bufs.flatMap((x, j) => (j < bufs.length - 1 ? [x, enc('\n')] : [x])));
  },
  utf16(_rng, b) {
    return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(b.toString('utf8'), 'utf16le')]);
  },
  delimiter(rng, b) {
    const from = pick(rng, [',', ';', '\t']);
    const to = pick(rng, [',', ';', '\t', '|']);
    return Buffer.from(b.toString('latin1').split(from).join(to), 'latin1');
  },
  quoteField(rng, b) {
    const lines = splitLines(b);
    if (lines.length === 0) return b;
    const line = pick(rng, lines);
    const at = int(rng, line.text.length + 1);
    line.text = line.text.slice(0, at) + '"' + line.text.slice(at) + (rng() < 0.5 ? '"' : '');
    return joinLines(lines);
  },
};
const MUTATOR_NAMES = Object.keys(MUTATORS);

/** meta.json: structural JSON mutations as well as byte ones. */
const META_VALUES = [true, false, null, 0, -1, 1e308, 'club', 'sector', '__proto__', 'x\u0000', [], {}, ['a'], { __proto__: 1 }, 'strength', 'distance', 'union', 'intersection', 'count', 'newman'];
const META_KEYS = ['name', 'groupBy', 'directed', 'weight', 'weightMeans', 'symmetrise', 'nonRespondents', 'headerAliases', '__proto__', 'constructor', 'twoMode', 'projection'];
function mutateMeta(rng, b) {
  let obj;
  try {
    obj = JSON.parse(b.toString('utf8'));
  } catch {
    obj = {};
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) obj = {};
  const key = pick(rng, META_KEYS);
  const value = key === 'headerAliases' ? { [pick(rng, TOKENS)]: pick(rng, ['id', 'source', 'target', 'weight', 'sector', '__proto__']) } : pick(rng, META_VALUES);
  const text = JSON.stringify(obj).slice(0, -1) + (Object.keys(obj).length ? ',' : '') + JSON.stringify(key) + ':' + JSON.stringify(value) + '}';
  return enc(text);
}

// ---------------------------------------------------------------- cases

/**
 * A case: which fixture, which file mutated how, which read/analyse options.
 * Deterministic in (seed, index).
 */
export function makeCase(fixtures, seed, index) {
  const rng = mulberry32(caseSeed(seed, index));
  const fixture = fixtures[int(rng, fixtures.length)];
  const names = Object.keys(fixture.files);
  const files = { ...fixture.files };
  const target = rng() < 0.7 ? fixture.input : pick(rng, names);
  const steps = [];
  const n = 1 + int(rng, 3);
  let bytes = files[target];
  for (let k = 0; k < n; k++) {
    if (target === 'meta.json' && rng() < 0.6) {
      bytes = mutateMeta(rng, bytes);
      steps.push('meta');
    } else {
      const name = pick(rng, MUTATOR_NAMES);
      bytes = MUTATORS[name](rng, bytes);
      steps.push(name);
    }
  }
  files[target] = bytes;
  const options = {};
  if (rng() < 0.2) options.directed = true;
  if (rng() < 0.1) options.matrix = true;
  if (rng() < 0.1) options.duplicates = pick(rng, ['merge', 'sum', 'max', 'first']);
  if (rng() < 0.1) options.tieTypes = [pick(rng, ['samarbejde', 'info', 'collaboration', 'e\u0301', '__proto__'])];
  const lang = rng() < 0.5 ? 'da' : 'en';
  // Drawn after the others, so every earlier draw of a case is what it was before attendance lists (issue 11).
  if (rng() < 0.05) options.twoMode = true;
  if (rng() < 0.1) options.projection = pick(rng, ['count', 'newman']);
  return { seed, index, fixture: fixture.dir, input: fixture.input, target, steps, files, options, lang };
}

export function writeCase(dir, files) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
}

// ---------------------------------------------------------------- invariants

const BAD_ID = /[\u0000\r\uFEFF]/;

function walkNumbers(value, path, out) {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} is ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => walkNumbers(v, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walkNumbers(v, `${path}.${k}`, out);
  }
}

/** Rough upper bound of data rows (edge list) or cells (matrix) in the ties input: a tie needs at least one. */
function tieBound(bytes) {
  const text = bytes.toString('latin1');
  const lines = text.split(/\r\n|\n|\r/).length;
  const cells = text.split(/[,;\t\r\n]/).length;
  return Math.max(lines, cells);
}

/**
 * The invariants of an attendance list's report: its shape, and what its two findings promise (an actor who shares no
 * activity has no tie; an activity that brings groups together has participants of two groups or more, no more groups
 * than participants).
 */
function checkTwoMode(report, read, problems) {
  if (read.dataset.twoMode === undefined) {
    if (report.twoMode !== undefined) problems.push('report.twoMode without two-mode data');
    return;
  }
  if (report.input.shape !== 'two-mode') problems.push(`two-mode data with input.shape ${report.input.shape}`);
  if (report.twoMode === undefined) problems.push('two-mode data without report.twoMode');
  for (const { actor } of report.twoMode?.sharingNothing ?? []) {
    if (report.actors[actor]?.degree !== 0) problems.push(`${JSON.stringify(actor)} shares no activity but has degree ${report.actors[actor]?.degree}`);
  }
  for (const a of report.twoMode?.bringTogether ?? []) {
    if (a.groups.length < 2 || a.groups.length > a.participants) problems.push(`activity ${JSON.stringify(a.activity)}: ${a.groups.length} groups of ${a.participants}`);
  }
}

/** The invariants of a report; returns the list of violations (empty: good). */
export function checkReport(report, read, tiesBytes) {
  const problems = [];
  checkTwoMode(report, read, problems);
  for (const actor of read.dataset.actors) if (BAD_ID.test(actor.id)) problems.push(`actor id ${JSON.stringify(actor.id)} holds NUL/CR/BOM`);
  const ids = Object.keys(report.actors);
  for (const id of ids) if (BAD_ID.test(id)) problems.push(`report actor id ${JSON.stringify(id)} holds NUL/CR/BOM`);
  if (ids.length !== read.dataset.actors.length) problems.push(`report has ${ids.length} actors, dataset ${read.dataset.actors.length}`);
  // An attendance list's rows tie every pair of an activity's participants: at most rows·(rows − 1)/2 ties.
  const bound = tiesBytes === undefined ? Infinity : read.dataset.twoMode === undefined ? tieBound(tiesBytes) : (tieBound(tiesBytes) * (tieBound(tiesBytes) - 1)) / 2;
  if (read.dataset.ties.length > bound) problems.push(`${read.dataset.ties.length} ties from at most ${bound} rows/cells`);
  if (report.summary.ties !== undefined && report.summary.ties > read.dataset.ties.length) problems.push(`summary.ties ${report.summary.ties} > dataset ties ${read.dataset.ties.length}`);
  if (report.summary.actors !== read.dataset.actors.length) problems.push(`summary.actors ${report.summary.actors} ≠ dataset actors ${read.dataset.actors.length}`);
  walkNumbers(report, 'report', problems);
  return problems;
}

// ---------------------------------------------------------------- library runner

/**
 * Runs one case in-process. Returns { ok: true, kind: 'report'|'input-error' }
 * or { ok: false, reason }.
 */
export function runLibraryCase(tuff, dir, kase) {
  writeCase(dir, kase.files);
  const inputPath = join(dir, kase.input);
  const paths = Object.keys(kase.files).map((n) => join(dir, n));
  const start = Date.now();
  const once = () => {
    const read = tuff.readNetwork(readsFolder(kase.input) ? dir : inputPath, kase.options);
    const report = tuff.analyse(read, { lang: kase.lang, runs: 2 });
    const json = tuff.renderReport({ report, dataset: read.dataset }, { format: 'json', lang: kase.lang });
    return { read, report, json };
  };
  let result;
  try {
    const first = once();
    const problems = checkReport(first.report, first.read, kase.input.endsWith('.xlsx') ? undefined : kase.files[kase.input]);
    const second = once();
    if (second.json !== first.json) problems.push('JSON differs on a second run');
    const format = tuff.FORMATS[kase.index % tuff.FORMATS.length];
    if (format !== 'json') {
      const a = tuff.renderReport({ report: first.report, dataset: first.read.dataset }, { format, lang: kase.lang });
      const b = tuff.renderReport({ report: second.report, dataset: second.read.dataset }, { format, lang: kase.lang });
      if (a !== b) problems.push(`${format} differs on a second run`);
    }
    result = problems.length === 0
      ? { ok: true, kind: 'report', shape: first.report.input.shape ?? 'edge-list' }
      : { ok: false, reason: `invariant: ${problems.slice(0, 5).join('; ')}` };
  } catch (error) {
    result = classifyError(tuff, error, paths);
  }
  const ms = Date.now() - start;
  if (result.ok && ms > CASE_LIMIT_MS) result = { ok: false, reason: `took ${ms} ms (limit ${CASE_LIMIT_MS})` };
  return result;
}

export function classifyError(tuff, error, paths) {
  if (error instanceof tuff.InputError) {
    if (paths.some((p) => error.message.startsWith(`${p}:`))) return { ok: true, kind: 'input-error' };
    return { ok: false, reason: `InputError not starting FILE: ${error.message}` };
  }
  if (error instanceof tuff.UsageError) return { ok: true, kind: 'usage-error' };
  return { ok: false, reason: `${error?.name ?? typeof error}: ${error?.message ?? String(error)}\n${error?.stack ?? ''}` };
}

// ---------------------------------------------------------------- minimizing

/** Shrinks the mutated file while `fails(bytes)` stays true: drop lines, then halve, then drop bytes. */
export function minimize(bytes, fails, budget = 200) {
  let best = bytes;
  let tries = 0;
  const attempt = (candidate) => {
    if (tries++ >= budget) return false;
    if (candidate.length < best.length && fails(candidate)) {
      best = candidate;
      return true;
    }
    return false;
  };
  let progress = true;
  while (progress && tries < budget) {
    progress = false;
    const lines = splitLines(best);
    for (let i = lines.length - 1; i >= 0 && tries < budget; i--) {
      const copy = lines.slice();
      copy.splice(i, 1);
      if (attempt(joinLines(copy))) {
        progress = true;
        break;
      }
    }
    if (progress) continue;
    for (let chunk = Math.max(1, best.length >> 1); chunk >= 1 && tries < budget; chunk >>= 1) {
      for (let at = 0; at + chunk <= best.length && tries < budget; at += chunk) {
        if (attempt(Buffer.concat([best.subarray(0, at), best.subarray(at + chunk)]))) {
          progress = true;
          break;
        }
      }
      if (progress) break;
    }
  }
  return best;
}

/** A printable failure: seed, case, fixture, mutations and the minimized file as a JSON string. */
export function describeFailure(tuff, dir, kase, result) {
  const fails = (bytes) => !runLibraryCase(tuff, dir, { ...kase, files: { ...kase.files, [kase.target]: bytes } }).ok;
  const small = minimize(kase.files[kase.target], fails);
  return [
    `FUZZ FAILURE seed=${kase.seed} case=${kase.index} fixture=${kase.fixture} file=${kase.target} steps=${kase.steps.join(',')} options=${JSON.stringify(kase.options)} lang=${kase.lang}`,
    `  ${result.reason.split('\n').slice(0, 6).join('\n  ')}`,
    `  minimized ${kase.target} (latin1 JSON): ${JSON.stringify(small.toString('latin1'))}`,
    `  replay: npm run fuzz -- --seed ${kase.seed} --from ${kase.index} --cases 1`,
  ].join('\n');
}

export { existsSync };
