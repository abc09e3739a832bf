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
import type { DuplicatePolicy } from '../options.js';
import type { DataWarning } from '../types.js';
import { readNetwork } from '../io/read-network.js';
import { checkNewKeyFile, checkOutDir, createKeyFile, makeOutDir, readKeyFile, sniffDialect } from '../io/anonymise-files.js';
import { writeOutput } from '../io/write-output.js';
import { ANONYMISE_DEFAULTS, anonymiseDataset, resolveKeep, type SmallGroup } from '../anonymise/anonymise.js';
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
      throw new UsageError(`--out ${options.out}: would overwrite the input ${target}; choose another folder`);
    }
  }
  const keyFile = options.key ?? defaultKeyFile(options.out);
  if (isInside(path.resolve(keyFile), outDir)) {
    throw new UsageError(`the key file ${keyFile} is inside --out ${options.out}: keep the key apart from the data you share`);
  }

  const dialects = {
    ties: sniffDialect(read.input.ties),
    actors: read.input.actors === null ? null : sniffDialect(read.input.actors),
  };
  // Everything that can be refused is checked before the first write (issue 12): the key, the folder.
  const notices: string[] = [];
  const createdKey = options.key === undefined;
  const loaded = options.key === undefined ? null : readKeyFile(options.key);
  if (loaded === null) checkNewKeyFile(keyFile);
  checkOutDir(options.out);
  makeOutDir(options.out);

  let key: Uint8Array;
  if (loaded !== null) {
    key = loaded.key;
    if (loaded.notice !== null) notices.push(`warning: ${loaded.notice}`);
  } else {
    key = createKeyFile(keyFile);
    notices.push(
      `wrote a new secret key to ${keyFile} (readable by you only). Keep it private and apart from the data: ` +
        `whoever has it can recognise actors they know. Pass it with --key ${keyFile} for later waves, so the same actors get the same pseudonyms`,
    );
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

  for (const group of result.smallGroups.slice(0, MAX_SMALL_GROUP_LINES)) notices.push(`warning: ${smallGroupLine(group, options.minGroup)}`);
  if (result.smallGroups.length > MAX_SMALL_GROUP_LINES) {
    notices.push(`warning: … and ${result.smallGroups.length - MAX_SMALL_GROUP_LINES} more small groups`);
  }
  if (result.groupByDropped !== null) {
    notices.push(
      `warning: the groups came from "${result.groupByDropped}", which is dropped: the anonymised network has no groups (add --keep ${result.groupByDropped})`,
    );
  }
  const kept = [...(result.sector ? ['sector'] : []), ...result.kept];
  notices.push(
    `anonymised ${result.dataset.actors.length} actors and ${result.dataset.ties.length} ties into ${written.join(', ')}` +
      ` (kept: ${kept.length === 0 ? 'no attributes' : kept.join(', ')}; dropped: ${result.dropped.length === 0 ? 'nothing' : result.dropped.join(', ')})`,
  );
  return { warnings: read.warnings, notices, files: written, keyFile, createdKey };
}

function smallGroupLine(group: SmallGroup, k: number): string {
  const values = Object.entries(group.values)
    .map(([column, value]) => `${column}=${value === null ? '(empty)' : JSON.stringify(value)}`)
    .join(', ');
  const who = group.actors === 1 ? 'only 1 actor has' : `only ${group.actors} actors have`;
  return `${who} ${values} (fewer than --min-group ${k}): such a small group can identify people; consider dropping or merging values`;
}

function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
