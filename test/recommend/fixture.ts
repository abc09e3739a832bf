/**
 * Test helper: the synthetic recommendation fixtures (fixtures/recommend/<case>)
 * as Datasets, parsed straight from their plain comma CSVs with csv-parse
 * (independent of tuff's reader), and the findings the rules produce on them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Actor, Dataset, Tie } from '../../src/types.js';
import { computeAnalysis } from '../../src/analysis/index.js';
import { buildNetwork } from '../../src/model/network.js';
import { createContext, type RuleContext } from '../../src/recommend/context.js';
import { findings } from '../../src/recommend/index.js';
import type { Finding, FindingOf, RuleId } from '../../src/recommend/types.js';
import { ROOT } from '../helpers/exec.js';

export const FIXTURES = path.join(ROOT, 'fixtures', 'recommend');

export function loadFixture(name: string): Dataset {
  const dir = path.join(FIXTURES, name);
  const actorRows = parse(readFileSync(path.join(dir, 'actors.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
  const tieRows = parse(readFileSync(path.join(dir, 'ties.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
  const actors: Actor[] = actorRows.map(({ id, label, sector, ...attributes }) => ({
    id: id!,
    label: label ?? null,
    sector: sector ?? null,
    attributes,
  }));
  return datasetOf(actors, tieRows.map((r) => [r.source!, r.target!] as const));
}

export function datasetOf(actors: readonly Actor[], ties: readonly (readonly [string, string])[], groupBy: string | null = 'sector'): Dataset {
  const list: Tie[] = ties.map(([s, t]) => (s < t ? { source: s, target: t, weight: 1 } : { source: t, target: s, weight: 1 }));
  list.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
  const sorted = [...actors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { actors: sorted, ties: list, weighted: false, groupBy };
}

export function contextOf(dataset: Dataset, facilitator: string | null = null): RuleContext {
  const network = buildNetwork(dataset);
  const analysis = computeAnalysis(dataset, { seed: 1, runs: 5 });
  return createContext({ dataset, network, analysis, facilitator });
}

export function findingsOf(dataset: Dataset, facilitator: string | null = null): Finding[] {
  return findings(contextOf(dataset, facilitator));
}

export function ofRule<R extends RuleId>(list: readonly Finding[], rule: R): FindingOf<R>[] {
  return list.filter((f) => f.rule === rule) as readonly Finding[] as FindingOf<R>[];
}

/** Findings at warning or critical level. */
export function serious(list: readonly Finding[]): Finding[] {
  return list.filter((f) => f.severity !== 'info');
}
