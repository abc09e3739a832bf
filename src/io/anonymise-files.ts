/**
 * The file-system side of `tuff anonymise`: the dialect of an input file,
 * the secret key file, and the output folder.
 *
 * Key file: the key as hex (what tuff writes: 64 hex digits and a newline),
 * or any file of at least 32 raw bytes. A new key is created with mode 0600
 * (owner-only) and never over an existing file (`wx`): overwriting a key
 * would make earlier waves incomparable. A key file that others can read is
 * reported, not refused.
 */

import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { UsageError } from '../errors.js';
import { KEY_BYTES } from '../anonymise/pseudonym.js';
import type { FileDialect } from '../anonymise/files.js';
import { decodeBytes } from './decode.js';
import { parseCsv } from './csv.js';
import { fsError, fsReason } from './read-network.js';

/** How `file` is written: delimiter, first line ending, encoding and byte-order mark. */
export function sniffDialect(file: string): FileDialect {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw fsError(error, file);
  }
  const bom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  const decoded = decodeBytes(bytes, file);
  const text = decoded.text;
  const end = /\r\n|\r|\n/.exec(text);
  const newline = end === null ? '\n' : (end[0] as FileDialect['newline']);
  const delimiter = parseCsv(text, file).delimiter;
  return { delimiter, newline, encoding: decoded.encoding, bom };
}

export interface KeyFile {
  readonly key: Uint8Array;
  /** A notice for stderr when the file's permissions let others read it, else null. */
  readonly notice: { readonly file: string; readonly mode: string } | null;
}

export function readKeyFile(file: string): KeyFile {
  let bytes: Buffer;
  let mode: number;
  try {
    mode = statSync(file).mode;
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError({ code: 'key-unreadable', params: { file, fs: fsReason(error) } }, { cause: error });
  }
  const text = bytes.toString('latin1').trim();
  const key = /^(?:[0-9a-fA-F]{2})+$/.test(text) ? Buffer.from(text, 'hex') : bytes;
  if (key.length < KEY_BYTES) {
    throw new UsageError({ code: 'key-too-short', params: { file, min: KEY_BYTES, got: key.length } });
  }
  const open = (mode & 0o077) !== 0;
  return {
    key,
    notice: open ? { file, mode: (mode & 0o777).toString(8) } : null,
  };
}

/** Create a new random key in `file` (owner-only), refusing to overwrite one. */
export function createKeyFile(file: string): Uint8Array {
  const key = randomBytes(KEY_BYTES);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      throw new UsageError({ code: 'key-exists', params: { file } }, { cause: error });
    }
    throw new UsageError({ code: 'key-write-failed', params: { file, fs: fsReason(error) } }, { cause: error });
  }
  return key;
}

/** Refuse, before anything is written, a new key file that already exists (createKeyFile would). */
export function checkNewKeyFile(file: string): void {
  let exists = true;
  try {
    statSync(file);
  } catch {
    exists = false;
  }
  if (exists) throw new UsageError({ code: 'key-exists', params: { file } });
}

/**
 * Refuse, before anything is written, an output folder that cannot be made: the path or the nearest part of it that
 * exists is a file. (makeOutDir still reports what only trying can tell, such as permissions.)
 */
export function checkOutDir(dir: string): void {
  let probe = path.resolve(dir);
  for (;;) {
    let stats;
    try {
      stats = statSync(probe);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTDIR') throw new UsageError({ code: 'anonymise-out-failed', params: { dir, fs: null } }, { cause: error });
      const parent = path.dirname(probe);
      if (parent === probe) return;
      probe = parent;
      continue;
    }
    if (stats.isDirectory()) return;
    if (probe === path.resolve(dir)) throw new UsageError({ code: 'out-is-file', params: { dir } });
    throw new UsageError({ code: 'anonymise-out-failed', params: { dir, fs: null } });
  }
}

/** Create the output folder (and parents); UsageError when that is impossible. */
export function makeOutDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const fs = code === 'EEXIST' || code === 'ENOTDIR' ? null : fsReason(error);
    throw new UsageError({ code: 'anonymise-out-failed', params: { dir, fs } }, { cause: error });
  }
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new UsageError({ code: 'out-is-file', params: { dir } });
}
