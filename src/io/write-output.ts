/**
 * Write a rendered report to a file atomically: a temporary file beside the
 * target, then rename, so a reader never sees half a report and a failed run
 * never leaves a truncated one. Text is written as UTF-8, bytes as they are.
 * File-system errors become UsageError.
 */

import { writeFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { UsageError } from '../errors.js';

export function writeOutput(file: string, content: string | Uint8Array): void {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, content, 'utf8');
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no-folder'
      : code === 'EACCES' || code === 'EPERM' ? 'permission'
      : code === 'EISDIR' ? 'is-folder'
      : code === 'ENOSPC' ? 'no-space'
      : 'other';
    throw new UsageError({ code: 'report-write-failed', params: { file, reason, code: code ?? null } }, { cause: error });
  }
}
