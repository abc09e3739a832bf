/**
 * Rules work from structure, never from ids or names: relabel every actor of
 * a fixture (new ids in the reverse order, labels dropped) and the same
 * structural findings must come back, mapped through the relabelling.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/types.js';
import type { Finding } from '../../src/recommend/types.js';
import { datasetOf, findingsOf, loadFixture } from './fixture.js';

/** Rules whose findings are fully determined by structure (no choice among equals). */
const STRUCTURAL = new Set([
  'detached-groups', 'fragile-tie', 'isolated-actors', 'missing-sector-link', 'sector-silo',
  'single-broker', 'vulnerable-citizens-peripheral', 'dominant-hub',
]);

function relabel(dataset: Dataset): { dataset: Dataset; back: Map<string, string> } {
  const ids = dataset.actors.map((a) => a.id); // sorted
  const forward = new Map(ids.map((id, k) => [id, `n${String(ids.length - k).padStart(3, '0')}`] as const));
  const back = new Map([...forward].map(([a, b]) => [b, a] as const));
  const actors = dataset.actors.map((a) => ({ ...a, id: forward.get(a.id)!, label: null }));
  const ties = dataset.ties.map((t) => [forward.get(t.source)!, forward.get(t.target)!] as const);
  return { dataset: datasetOf(actors, ties, dataset.groupBy), back };
}

function signature(list: readonly Finding[], map: (id: string) => string = (id) => id): string[] {
  return list
    .filter((f) => STRUCTURAL.has(f.rule))
    .filter((f) => f.rule !== 'missing-sector-link') // its suggested pair is a choice among equals; compared by groups below
    .map((f) => `${f.rule} ${f.severity} ${f.actors.map(map).sort().join(',')} ${f.groups.join(',')} ${JSON.stringify(f.evidence.value)}`)
    .sort();
}

describe('relabelled fixtures give the same findings', () => {
  for (const name of ['resident-cluster', 'vulnerable-gate', 'isolate', 'sector-silo', 'missing-link']) {
    it(name, () => {
      const original = loadFixture(name);
      const { dataset, back } = relabel(original);
      const before = findingsOf(original);
      const after = findingsOf(dataset);
      expect(signature(after, (id) => back.get(id)!)).toEqual(signature(before));
      const links = (list: readonly Finding[]): string[] => list.filter((f) => f.rule === 'missing-sector-link').map((f) => f.groups.join('-')).sort();
      expect(links(after)).toEqual(links(before));
      expect(signature(before).length + links(before).length).toBeGreaterThan(0);
    });
  }
});
