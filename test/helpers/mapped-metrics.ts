/**
 * Test helper: assert that two reports describe the same network under an id
 * mapping (original id → pseudonym): every metric of every actor, the
 * summary, groups, E-I, bridges and the component partition. Floats within
 * 1e-9 (the shared oracle tolerance); integers, booleans and ids exactly.
 * Component and community NUMBERS may differ (they break ties by smallest id,
 * and Louvain's result depends on the order of the actors), so components
 * are compared as partitions; for communities see `modularityGap`.
 */
import { expect } from 'vitest';
import type { Report } from '../../src/types.js';

const TOL = 1e-9;
const NUMBERING = new Set(['component', 'community']);

function close(a: unknown, b: unknown, where: string): void {
  if (typeof a === 'number' && typeof b === 'number') {
    expect(Math.abs(a - b), where).toBeLessThanOrEqual(TOL);
  } else {
    expect(b, where).toEqual(a);
  }
}

function partition(sets: readonly (readonly string[])[]): string[] {
  return sets.map((s) => [...s].sort().join('\u0000')).sort();
}

export function expectSameNetwork(original: Report, anonymised: Report, map: (id: string) => string): void {
  expect(Object.keys(anonymised.actors).length).toBe(Object.keys(original.actors).length);
  for (const [key, value] of Object.entries(original.summary)) close(value, anonymised.summary[key as keyof Report['summary']], `summary.${key}`);
  for (const [id, metrics] of Object.entries(original.actors)) {
    const other = anonymised.actors[map(id)];
    expect(other, `actor ${id}`).toBeDefined();
    for (const [key, value] of Object.entries(metrics)) {
      if (key === 'label' || key === 'attributes' || NUMBERING.has(key)) continue;
      close(value, other![key as keyof typeof other], `actors.${id}.${key}`);
    }
    expect(other!.sector).toBe(metrics.sector);
  }
  expect(anonymised.groups).toEqual(original.groups);
  close(original.eiIndex, anonymised.eiIndex, 'eiIndex');
  expect(anonymised.groupTies).toEqual(original.groupTies);
  const bridges = original.bridges.map(([u, v]) => [map(u), map(v)].sort().join('\u0000')).sort();
  expect(anonymised.bridges.map(([u, v]) => `${u}\u0000${v}`).sort()).toEqual(bridges);
  expect(partition(anonymised.components.map((c) => c.actors))).toEqual(partition(original.components.map((c) => c.actors.map(map))));
  // Component numbers follow the same rule (size, then smallest id): equal sizes keep their order only by chance.
  const byComponent = (r: Report, ids: (id: string) => string) =>
    Object.entries(r.actors).map(([id, a]) => [ids(id), r.components[a.component]!.size] as const).sort();
  expect(byComponent(anonymised, (id) => id)).toEqual(byComponent(original, map));
}

/** |Q(original) − Q(anonymised)| of the best Louvain partitions. */
export function modularityGap(original: Report, anonymised: Report): number {
  return Math.abs((original.communities.modularity ?? 0) - (anonymised.communities.modularity ?? 0));
}
