/**
 * The file-system side of `tuff template DIR`: writes the template's files
 * into DIR (created if missing), never over an existing file. Every target is
 * checked first; if any exists nothing is written and the error names it.
 * Each file is written with the `wx` flag (created, never replaced: a file
 * that appears meanwhile is not overwritten). The workbook is made with
 * write-excel-file (MIT, the writer beside read-excel-file, one dependency:
 * fflate); it is asynchronous, hence this function is.
 */

import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import writeExcelFile from 'write-excel-file/node';
import { UsageError } from '../errors.js';
import type { Template } from '../template/template.js';


export async function writeTemplate(dir: string, template: Template): Promise<string[]> {
  const targets = [...template.texts.map((t) => t.name), template.workbook.name].map((name) => path.join(dir, name));
  const existing = targets.filter((file) => existsSync(file));
  if (existing.length > 0) {
    throw new UsageError({ code: 'template-exists', params: { files: existing } });
  }
  const sheets = template.workbook.sheets.map((s) => ({ sheet: s.sheet, data: s.rows.map((row) => [...row]) }));
  // Zipped again with a fixed time stamp (write-excel-file stamps the current time): the same bytes on every run.
  const workbook = zipSync(unzipSync(new Uint8Array(await writeExcelFile(sheets).toBuffer())), { mtime: new Date(Date.UTC(2026, 0, 1)) });
  let created: string | undefined;
  try {
    created = mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new UsageError({ code: 'template-folder-failed', params: { dir, code: (error as NodeJS.ErrnoException).code ?? null } }, { cause: error });
  }
  const written: string[] = [];
  try {
    for (const t of template.texts) {
      const file = path.join(dir, t.name);
      writeFileSync(file, t.text, { encoding: 'utf8', flag: 'wx' });
      written.push(file);
    }
    const file = path.join(dir, template.workbook.name);
    writeFileSync(file, workbook, { flag: 'wx' });
    written.push(file);
  } catch (error) {
    for (const file of written) rmSync(file, { force: true }); // all or nothing
    if (created !== undefined) rmSync(created, { recursive: true, force: true }); // and no folder it made
    throw new UsageError({ code: 'template-write-failed', params: { dir, code: (error as NodeJS.ErrnoException).code ?? null } }, { cause: error });
  }
  return written;
}
