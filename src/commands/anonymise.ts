/**
 * `tuff anonymise <input> --out DIR [--key FILE] [--keep a,b] [--min-group k]`:
 * a network → the same network under keyed pseudonyms, as actors.csv and
 * ties.csv (and meta.json when the groups need it) in DIR, in the input's
 * own dialect. Orchestration only (never touches process):
 *
 *   read → check --keep and the output paths → key (read, or create beside
 *   DIR as `<DIR>.key`) → anonymise (pure) → render in the input's dialect
 *   (pure) → write atomically.
 *
 * Everything the user must hear comes back as `notices` (stderr lines); the
 * key itself is never part of any output or message. Refused: a key file
 * inside DIR (it would be shared with the data), and a DIR whose files would
 * overwrite the input.
 */

import path from 'node:path';
import { UsageError } from '../errors.js';
import type { DuplicatePolicy, Lang } from '../options.js';
import { noticeCatalogue } from '../i18n/notices.js';
import { warningCatalogue } from '../i18n/warnings.js';
import type { DataWarning } from '../types.js';
import { readNetwork } from '../io/read-network.js';
import { checkNewKeyFile, checkOutDir, createKeyFile, makeOutDir, readKeyFile, sniffDialect } from '../io/anonymise-files.js';
import { writeOutput } from '../io/write-output.js';
import { ANONYMISE_DEFAULTS, anonymiseDataset, resolveKeep } from '../anonymise/anonymise.js';
import { renderAnonymisedFiles } from '../anonymise/files.js';

export interface AnonymiseCommandOptions {
  readonly input: string;
  readonly actors: string | undefined;
  readonly groupBy: string | undefined;
  readonly duplicates: DuplicatePolicy;
  readonly out: string;
  readonly key: string | undefined;
  readonly keep: readonly string[];
  readonly minGroup: number;
  /** The language of the notices (the CLI: the locale). */
  readonly lang?: Lang;
}

export interface AnonymiseRunResult {
  /** Data-quality warnings of the input, as `analyse` prints them. */
  readonly warnings: readonly DataWarning[];
  /** Lines for stderr: the new key, small groups, dropped groups, what was written. */
  readonly notices: readonly string[];
  readonly files: readonly string[];
  /** The key file used or created. */
  readonly keyFile: string;
  readonly createdKey: boolean;
}

/** Small groups listed on stderr before "… and N more". */
const MAX_SMALL_GROUP_LINES = 20;

export interface RawAnonymiseOptions {
  readonly input: string;
  readonly actors: string | undefined;
  readonly groupBy: string | undefined;
  readonly duplicates: DuplicatePolicy;
  readonly out: string | undefined;
  readonly key: string | undefined;
  readonly keep: string | undefined;
  readonly minGroup: string | undefined;
}

export function resolveAnonymiseOptions(raw: RawAnonymiseOptions): AnonymiseCommandOptions {
  if (raw.out === undefined || raw.out.trim() === '') throw new UsageError({ code: 'out-required', params: { command: 'anonymise' } });
  let minGroup: number = ANONYMISE_DEFAULTS.minGroup;
  if (raw.minGroup !== undefined) {
    minGroup = /^\s*\d+\s*$/.test(raw.minGroup) ? Number(raw.minGroup.trim()) : NaN;
    if (!(minGroup >= 1 && minGroup <= 1_000_000)) throw new UsageError({ code: 'option-whole-number', params: { option: '--min-group', min: 1, max: 1_000_000, value: raw.minGroup } });
  }
  return {
    input: raw.input,
    actors: raw.actors,
    groupBy: raw.groupBy,
    duplicates: raw.duplicates,
    out: raw.out,
    key: raw.key,
    keep: raw.keep === undefined ? [] : raw.keep.split(',').map((s) => s.trim()).filter((s) => s !== ''),
    minGroup,
  };
}

/** Where a new key goes: beside the output folder, `<folder>.key` (never inside it). */
export function defaultKeyFile(out: string): string {
  const resolved = path.resolve(out);
  return path.join(path.dirname(out), `${path.basename(resolved)}.key`);
}

export function runAnonymise(options: AnonymiseCommandOptions): AnonymiseRunResult {
  const read = readNetwork(options.input, { actors: options.actors, groupBy: options.groupBy, duplicates: options.duplicates });
  resolveKeep(read.dataset, options.keep); // an unknown --keep is exit 2 before any file is written

  const outDir = path.resolve(options.out);
  const targets = { ties: path.join(options.out, 'ties.csv'), actors: path.join(options.out, 'actors.csv'), meta: path.join(options.out, 'meta.json') };
  const inputs = [read.input.ties, read.input.actors, path.join(path.dirname(read.input.ties), 'meta.json')]
    .filter((f): f is string => f !== null)
    .map((f) => path.resolve(f));
  for (const target of Object.values(targets)) {
    if (inputs.includes(path.resolve(target))) {
      throw new UsageError({ code: 'out-overwrites-input', params: { out: options.out, target } });
    }
  }
  const keyFile = options.key ?? defaultKeyFile(options.out);
  if (isInside(path.resolve(keyFile), outDir)) {
    throw new UsageError({ code: 'key-inside-out', params: { key: keyFile, out: options.out } });
  }

  const dialects = {
    ties: sniffDialect(read.input.ties),
    actors: read.input.actors === null ? null : sniffDialect(read.input.actors),
  };
  // Everything that can be refused is checked before the first write (issue 12): the key, the folder.
  const notices: string[] = [];
  const say = noticeCatalogue(options.lang ?? 'en');
  const warning = warningCatalogue(options.lang ?? 'en').warning;
  const createdKey = options.key === undefined;
  const loaded = options.key === undefined ? null : readKeyFile(options.key);
  if (loaded === null) checkNewKeyFile(keyFile);
  checkOutDir(options.out);
  makeOutDir(options.out);

  let key: Uint8Array;
  if (loaded !== null) {
    key = loaded.key;
    if (loaded.notice !== null) notices.push(`${warning}: ${say.keyReadable(loaded.notice.file, loaded.notice.mode)}`);
  } else {
    key = createKeyFile(keyFile);
    notices.push(say.newKey(keyFile));
  }

  const result = anonymiseDataset(read.dataset, { key, keep: options.keep, minGroup: options.minGroup });
  const files = renderAnonymisedFiles(result, read.input, { ties: dialects.ties, actors: dialects.actors ?? dialects.ties });
  writeOutput(targets.ties, files.ties);
  writeOutput(targets.actors, files.actors);
  const written = [targets.actors, targets.ties];
  if (files.meta !== null) {
    writeOutput(targets.meta, files.meta);
    written.push(targets.meta);
  }

  for (const group of result.smallGroups.slice(0, MAX_SMALL_GROUP_LINES)) {
    notices.push(`${warning}: ${say.smallGroup(Object.entries(group.values), group.actors, options.minGroup)}`);
  }
  if (result.smallGroups.length > MAX_SMALL_GROUP_LINES) {
    notices.push(`${warning}: ${say.moreSmallGroups(result.smallGroups.length - MAX_SMALL_GROUP_LINES)}`);
  }
  if (result.groupByDropped !== null) {
    notices.push(`${warning}: ${say.groupByDropped(result.groupByDropped)}`);
  }
  const kept = [...(result.sector ? ['sector'] : []), ...result.kept];
  notices.push(say.anonymised(result.dataset.actors.length, result.dataset.ties.length, written, kept, result.dropped));
  return { warnings: read.warnings, notices, files: written, keyFile, createdKey };
}

function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
