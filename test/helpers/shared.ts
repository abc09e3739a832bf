/**
 * Test helper: the oracle datasets (fixtures/oracles, a copy of the project's
 * shared datasets with their README: definitions and provenance) as Datasets,
 * built straight from their plain comma CSVs with csv-parse, independent of
 * tuff's own reader (so metric tests do not depend on the input layer; the
 * reader has its own tests against the same files).
 */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Actor, Dataset, Tie } from '../../src/types.js';

export const SHARED_DATASETS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/oracles');

/** The path of an oracle dataset folder or file; throws when it is not there (a test must fail, not skip or pass on nothing). */
export function sharedPath(...parts: string[]): string {
  const file = path.join(SHARED_DATASETS, ...parts);
  if (!existsSync(file)) throw new Error(`oracle fixture missing: ${path.relative(process.cwd(), file)} (fixtures/oracles, see its README.md)`);
  return file;
}

export interface Expected {
  summary: Record<string, number | null>;
  actors: Record<string, Record<string, number | boolean | null>>;
  groups: Record<string, { actors: number; internalTies: number; externalTies: number; eiIndex: number | null }>;
  eiIndex: number | null;
  groupTies: { internal: number; external: number };
  bridges: [string, string][];
  louvain: {
    bestModularity: number;
    worstModularity: number;
    communities: number;
    bestSeed: number;
    bestPartition: Record<string, number>;
    optimalModularity?: number;
  };
}

export function loadExpected(name: string): Expected {
  return JSON.parse(readFileSync(sharedPath(name, 'expected.json'), 'utf8')) as Expected;
}

export function loadMeta(name: string): { groupBy: string | null; weighted: boolean } {
  return JSON.parse(readFileSync(sharedPath(name, 'meta.json'), 'utf8')) as { groupBy: string | null; weighted: boolean };
}

/** karate, florentine, sondervang: plain UTF-8 comma CSVs. */
export function loadSharedDataset(name: string): Dataset {
  const meta = loadMeta(name);
  const actorRows = parse(readFileSync(sharedPath(name, 'actors.csv'), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
  const tieRows = parse(readFileSync(sharedPath(name, 'ties.csv'), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
  const actors: Actor[] = actorRows.map((row) => {
    const { id, label, sector, ...attributes } = row;
    return { id: id!, label: label ?? null, sector: sector ?? null, attributes };
  });
  const weighted = tieRows.length > 0 && 'weight' in tieRows[0]!;
  const ties: Tie[] = tieRows.map((row) => {
    const [s, t] = row.source! < row.target! ? [row.source!, row.target!] : [row.target!, row.source!];
    return { source: s, target: t, weight: weighted ? Number(row.weight) : 1 };
  });
  ties.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
  actors.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { actors, ties, weighted, groupBy: meta.groupBy };
}

/** A Dataset built inline: ties as [source, target, weight?]; actors optional (derived from ties). */
export function makeDataset(
  ties: readonly (readonly [string, string, number?])[],
  options: { actors?: readonly (string | Partial<Actor> & { id: string })[]; groupBy?: string | null } = {},
): Dataset {
  const byId = new Map<string, Actor>();
  for (const a of options.actors ?? []) {
    const actor: Actor = typeof a === 'string'
      ? { id: a, label: null, sector: null, attributes: {} }
      : { id: a.id, label: a.label ?? null, sector: a.sector ?? null, attributes: a.attributes ?? {} };
    byId.set(actor.id, actor);
  }
  for (const [s, t] of ties) {
    for (const id of [s, t]) if (!byId.has(id)) byId.set(id, { id, label: null, sector: null, attributes: {} });
  }
  const weighted = ties.some((t) => t[2] !== undefined);
  const list: Tie[] = ties.map(([s, t, w]) => (s < t ? { source: s, target: t, weight: w ?? 1 } : { source: t, target: s, weight: w ?? 1 }));
  list.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
  const actors = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { actors, ties: list, weighted, groupBy: options.groupBy ?? null };
}
