/**
 * The file-system side of `tuff batch`: turning the command-line arguments
 * into network inputs, checking --out before any work, and removing the
 * temporary files of reports that were cut off.
 *
 * Arguments, each in turn:
 * - an existing folder holding a ties.csv (or a ties.xlsx, or exactly one
 *   Excel workbook) is one network (as in `analyse`); an existing folder
 *   without one stands for its immediate subfolders that hold one (so
 *   `tuff batch surveys/` works), else for its workbooks, each a network; with
 *   none, it is passed on as a network and its row says what is wrong;
 * - an existing file is one network (a ties CSV);
 * - anything else with glob characters (`*`, `?`, `[…]`, `{…}`, `**`) is
 *   expanded by tinyglobby (Node 20 has no fs.globSync); of its matches,
 *   folders that hold a ties.csv (or whose subfolders do) and files ending in
 *   .csv/.tsv/.txt/.xlsx are networks, other matches are skipped; a pattern that
 *   matches no network is a usage error before any work;
 * - a path that does not exist is passed on: its row says so.
 * A folder that stands for its subfolders or its workbooks leaves its other
 * data-looking files (.csv/.tsv/.txt/.xlsx/.xls/.ods; not README*, dotfiles,
 * `~$` lock files) out of the batch: each is one `batch-file-skipped` warning
 * in `skipped` (sorted by name), never silently dropped.
 * Paths are kept as the user wrote them (relative stays relative), matches
 * are taken in code-unit order, a path named twice counts once, and the
 * --out folder itself is never an input.
 */

import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { UsageError } from '../errors.js';
import { dataWarning } from '../i18n/warnings.js';
import type { DataWarning } from '../types.js';
import { compareCodeUnits } from '../util/sort.js';
import { PARTICIPATION_NAMES, TIES_NAMES } from './read-network.js';

const NETWORK_FILE = /\.(csv|tsv|txt|xlsx)$/i;

export function expandBatchInputs(args: readonly string[], cwd: string, exclude: string | null, skipped: DataWarning[] = []): string[] {
  const seen = new Set<string>();
  const excluded = exclude === null ? null : path.resolve(cwd, exclude);
  const out: string[] = [];
  const left: DataWarning[] = [];
  const add = (p: string): void => {
    const resolved = path.resolve(cwd, p);
    if (resolved === excluded || seen.has(resolved)) return;
    seen.add(resolved);
    out.push(p);
  };
  for (const arg of args) {
    const stats = statOrNull(path.resolve(cwd, arg));
    if (stats !== null) {
      if (stats.isDirectory()) {
        const networks = networksInFolder(arg, cwd, left);
        if (networks.length === 0) add(arg);
        else networks.forEach(add);
      } else {
        add(arg);
      }
      continue;
    }
    if (!isDynamicPattern(arg)) {
      add(arg);
      continue;
    }
    const matches = globSync(arg, { cwd, onlyFiles: false, expandDirectories: false, absolute: path.isAbsolute(arg) })
      .map((m) => (m.length > 1 ? m.replace(/\/+$/, '') : m))
      .sort(compareCodeUnits);
    let found = 0;
    for (const match of matches) {
      const s = statOrNull(path.resolve(cwd, match));
      if (s === null) continue;
      if (s.isDirectory()) {
        const networks = networksInFolder(match, cwd, left);
        networks.forEach(add);
        found += networks.length;
      } else if (s.isFile() && NETWORK_FILE.test(match)) {
        add(match);
        found++;
      }
    }
    if (found === 0) throw new UsageError({ code: 'pattern-no-match', params: { pattern: arg } });
  }
  // A file left out of one folder's networks but given itself (or matched by a pattern) is in the batch after all.
  const said = new Set<string>();
  for (const w of left) {
    const resolved = path.resolve(cwd, w.file);
    if (seen.has(resolved) || said.has(resolved)) continue;
    said.add(resolved);
    skipped.push(w);
  }
  return out;
}

/** Excel workbooks of a folder (Excel's lock files `~$…` left out). */
function workbooks(entries: readonly string[]): string[] {
  return entries.filter((e) => /\.xlsx$/i.test(e) && !e.startsWith('~$'));
}

/**
 * A folder is one network when it holds a ties.csv (or relationer.csv, netværk.csv: TIES_NAMES), an attendance list
 * (deltagelse.csv, participation.csv: PARTICIPATION_NAMES), a ties.xlsx or exactly one workbook (as `analyse` reads it).
 */
function holdsNetwork(entries: readonly string[]): boolean {
  const named = (e: string): boolean => {
    const name = e.normalize('NFC').toLowerCase();
    return TIES_NAMES.includes(name) || PARTICIPATION_NAMES.includes(name) || name === 'ties.xlsx';
  };
  return entries.some(named) || workbooks(entries).length === 1;
}

/**
 * `folder` itself when it holds a network, else its subfolders that do
 * (sorted), else its workbooks, each a network (sorted); [] when none. The
 * folder's data-looking files that are then not networks go to `skipped`.
 */
function networksInFolder(folder: string, cwd: string, skipped: DataWarning[]): string[] {
  const entries = listOrEmpty(path.resolve(cwd, folder));
  if (holdsNetwork(entries)) return [folder];
  const { networks, by } = networksBelow(folder, cwd, entries);
  if (networks.length > 0) {
    const taken = new Set(networks.map((n) => path.basename(n)));
    for (const e of [...entries].sort(compareCodeUnits)) {
      if (taken.has(e) || !DATA_FILE.test(e) || e.startsWith('.') || e.startsWith('~$') || /^readme/i.test(e)) continue;
      const file = path.join(folder, e);
      if (statOrNull(path.resolve(cwd, file))?.isFile() !== true) continue;
      const ext = path.extname(e).toLowerCase();
      const unreadable = ext === '.xls' ? 'xls' : ext === '.ods' ? 'ods' : null;
      skipped.push(dataWarning(file, 0, { code: 'batch-file-skipped', params: { folder, by, count: networks.length, unreadable } }));
    }
  }
  return networks;
}

/** Files that look like data (read-network.ts warns about the same in a folder read as one network). */
const DATA_FILE = /\.(csv|tsv|txt|xlsx|xls|ods)$/i;

/** A folder without a network of its own: its subfolders that hold one, else its workbooks. */
function networksBelow(folder: string, cwd: string, entries: string[]): { networks: string[]; by: 'subfolders' | 'workbooks' } {
  const sub = entries
    .sort(compareCodeUnits)
    .filter((e) => !e.startsWith('.'))
    .filter((e) => {
      const full = path.resolve(cwd, folder, e);
      return statOrNull(full)?.isDirectory() === true && holdsNetwork(listOrEmpty(full));
    })
    .map((e) => path.join(folder, e));
  if (sub.length > 0) return { networks: sub, by: 'subfolders' };
  return { networks: workbooks(entries).sort(compareCodeUnits).map((e) => path.join(folder, e)), by: 'workbooks' };
}

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

function listOrEmpty(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/**
 * Make sure reports can be written to `dir` before any work: create it (and
 * its parents) and write and remove a probe file. Any failure is a
 * UsageError naming the folder and the reason.
 */
export function prepareOutDir(dir: string): void {
  if (dir.trim() === '') throw new UsageError({ code: 'out-empty', params: {} });
  const fail = (error: unknown, what: 'create' | 'write'): never => {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    const reason =
      code === 'EACCES' || code === 'EPERM' ? 'permission'
      : code === 'ENOTDIR' || code === 'EEXIST' ? 'not-dir'
      : code === 'EROFS' ? 'read-only'
      : code === 'ENOSPC' ? 'no-space'
      : 'other';
    throw new UsageError({ code: 'out-failed', params: { dir, what, reason, code: code ?? null } }, { cause: error });
  };
  const existing = statOrNull(dir);
  if (existing !== null && !existing.isDirectory()) throw new UsageError({ code: 'out-is-file', params: { dir } });
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    fail(error, 'create');
  }
  const stats = statOrNull(dir);
  if (stats === null || !stats.isDirectory()) throw new UsageError({ code: 'out-is-file', params: { dir } });
  const probe = path.join(dir, `.tuff-probe.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(probe, '');
  } catch (error) {
    fail(error, 'write');
  } finally {
    rmSync(probe, { force: true });
  }
}

/**
 * Remove what an interrupted atomic write of `file` (io/write-output.ts:
 * `.<name>.<12 hex>.tmp` beside it) may have left. Never touches anything else.
 */
export function removeTemporaryFiles(dir: string, files: readonly string[]): void {
  const entries = listOrEmpty(dir);
  for (const file of files) {
    const prefix = `.${file}.`;
    for (const entry of entries) {
      if (entry.startsWith(prefix) && /^[0-9a-f]{12}\.tmp$/.test(entry.slice(prefix.length))) {
        rmSync(path.join(dir, entry), { force: true });
      }
    }
  }
}
