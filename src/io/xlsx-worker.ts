/**
 * The worker thread of io/xlsx.ts: runs read-excel-file (asynchronous) on the
 * workbook's bytes and posts the sheets back as plain arrays, then wakes the
 * waiting reader through the shared flag. Dates become ISO dates
 * (YYYY-MM-DD, or with the time when it is not midnight) so that the cells are
 * strings, numbers, booleans or null only.
 */

import { parentPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import readXlsxFile from 'read-excel-file/universal';

interface Job {
  readonly bytes: Uint8Array;
  readonly port: MessagePort;
  readonly flag: Int32Array;
}

type Cell = string | number | boolean | null;

const job = workerData as Job;

function plain(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

function done(message: unknown): void {
  job.port.postMessage(message);
  Atomics.store(job.flag, 0, 1);
  Atomics.notify(job.flag, 0);
}

const copy = job.bytes.slice(); // an ArrayBuffer of exactly these bytes
readXlsxFile(copy.buffer)
  .then((sheets) => done({ ok: true, sheets: sheets.map((s) => ({ name: s.sheet, rows: s.data.map((row) => row.map(plain)) })) }))
  .catch((error: unknown) => done({ ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }));

void parentPort;
