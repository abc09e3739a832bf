/**
 * Float comparison at the metric contract's tolerance (1e-9 absolute unless
 * given): null and undefined must match exactly, numbers within `tolerance`.
 */
import { expect } from 'vitest';

export const CONTRACT_TOLERANCE = 1e-9;

export function expectClose(
  actual: number | null | undefined,
  expected: number | null,
  what: string,
  tolerance = CONTRACT_TOLERANCE,
): void {
  if (expected === null || actual === null || actual === undefined) {
    expect(actual, what).toBe(expected);
    return;
  }
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}
