/**
 * Excel workbooks (.xlsx) → sheets of cells, synchronously (the input layer is
 * synchronous: readNetwork returns a ReadResult, not a Promise).
 *
 * Library: read-excel-file (MIT, maintained, read-only, a small dependency
 * tree: fflate, saxen, unzipper-esm, worker-f), chosen over SheetJS `xlsx`
 * (the npm build is frozen at 0.18.5 with CVE-2023-30533 and CVE-2024-22363;
 * fixed builds are not on the npm registry) and exceljs 4.4.0 (no release
 * since, deprecated and vulnerable transitive dependencies). It never
 * evaluates a formula: a formula cell is read as the value Excel cached in the
 * file (empty when the file has none). No zip or XML is parsed here.
 *
 * read-excel-file is asynchronous, so it runs in a worker thread
 * (io/xlsx-worker.ts) while this thread waits on a shared flag (Atomics.wait):
 * the wait has a deadline and the worker a heap limit, so a hostile workbook
 * is refused in seconds, never hangs or exhausts memory. Before that, the
 * sizes the zip declares are checked (fflate reads the directory only):
 *
 * - the file: at most MAX_WORKBOOK_BYTES;
 * - the XML inside it (sheets, shared strings): at most MAX_WORKBOOK_XML_BYTES
 *   uncompressed as declared;
 * - the cells of all sheets: at most MAX_WORKBOOK_CELLS (counted after reading);
 * - reading: at most WORKBOOK_DEADLINE_MS, in at most WORKBOOK_HEAP_MB of heap.
 */

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { unzipSync } from 'fflate';
import { InputError } from '../errors.js';

export const MAX_WORKBOOK_BYTES = 50 * 1024 * 1024;
export const MAX_WORKBOOK_XML_BYTES = 200 * 1024 * 1024;
export const MAX_WORKBOOK_CELLS = 2_000_000;
export const WORKBOOK_DEADLINE_MS = 30_000;
export const WORKBOOK_HEAP_MB = 1024;

export type Cell = string | number | boolean | null;

export interface Sheet {
  readonly name: string;
  /** rows[r][c] is the cell in Excel row r + 1, column c + 1 (A = 0); empty cells are null. */
  readonly rows: readonly (readonly Cell[])[];
}

/** true when the bytes start like a zip archive (an .xlsx workbook). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The worker's file: beside this one in dist/; from the TypeScript sources (tests), the built one. */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const beside = path.join(path.dirname(here), 'xlsx-worker.js');
  if (here.endsWith('.js') || existsSync(beside)) return beside;
  return path.resolve(path.dirname(here), '../../dist/io/xlsx-worker.js');
}

export function readWorkbook(bytes: Uint8Array, file: string): Sheet[] {
  if (bytes.length > MAX_WORKBOOK_BYTES) {
    throw new InputError(file, null, { code: 'workbook-too-large', params: { mib: MAX_WORKBOOK_BYTES / (1024 * 1024) } });
  }
  let declared = 0;
  let entries = 0;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        entries++;
        if (entry.name.endsWith('.xml')) declared += entry.originalSize;
        return false; // sizes only: nothing is inflated here
      },
    });
  } catch (error) {
    throw new InputError(file, null, { code: 'workbook-damaged', params: {} }, { cause: error });
  }
  if (entries === 0) throw new InputError(file, null, { code: 'workbook-empty-zip', params: {} });
  if (declared > MAX_WORKBOOK_XML_BYTES) {
    throw new InputError(file, null, { code: 'workbook-unpacks-too-large', params: { mib: MAX_WORKBOOK_XML_BYTES / (1024 * 1024) } });
  }

  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(workerFile(), {
    workerData: { bytes, port: port2, flag },
    transferList: [port2],
    resourceLimits: { maxOldGenerationSizeMb: WORKBOOK_HEAP_MB },
    stdout: true,
    stderr: true,
  });
  let crashed: unknown = null;
  worker.on('error', (error) => {
    crashed = error;
  });
  const waited = Atomics.wait(flag, 0, 0, WORKBOOK_DEADLINE_MS);
  const received = receiveMessageOnPort(port1)?.message as { ok: true; sheets: Sheet[] } | { ok: false; message: string } | undefined;
  void worker.terminate();
  port1.close();
  if (waited === 'timed-out' || received === undefined) {
    throw new InputError(file, null, { code: 'workbook-too-slow', params: { memory: crashed !== null, seconds: WORKBOOK_DEADLINE_MS / 1000 } });
  }
  if (!received.ok) {
    throw new InputError(file, null, { code: 'workbook-unreadable', params: { reason: received.message.replace(/[\r\n]+/g, ' ').slice(0, 200) } });
  }
  let cells = 0;
  for (const sheet of received.sheets) for (const row of sheet.rows) cells += row.length;
  if (cells > MAX_WORKBOOK_CELLS) {
    throw new InputError(file, null, { code: 'workbook-too-many-cells', params: { cells, max: MAX_WORKBOOK_CELLS } });
  }
  return received.sheets;
}
