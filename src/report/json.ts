/**
 * Report → JSON text: one document, two-space indent, trailing newline.
 * Numbers keep full double precision (JavaScript's shortest round-trip form).
 * A non-finite number has no JSON form and would silently become null, so it
 * is a bug here, not output.
 */

import type { Report } from '../types.js';

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, finiteOnly, 2)}\n`;
}

function finiteOnly(key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new Error(`report value ${key} is ${value}: not representable in JSON`);
  }
  return value;
}
