/**
 * Spawn the built CLI (bin/tuff → dist/cli.js) as a user would, with a minimal
 * environment, and return stdout, stderr and the exit status. `npm test`
 * builds dist/ before vitest runs.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin', 'tuff');

export interface ExecResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number | null;
}

export function tuff(args: readonly string[], env: Record<string, string> = {}, cwd = ROOT): ExecResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** Spawn with an environment that does not set NO_COLOR. */
export function tuffColourable(args: readonly string[], env: Record<string, string> = {}): ExecResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}
