/**
 * What an attendance list says beyond its projection (pure): the activities
 * that bring groups together, and the actors who share no activity with
 * anyone (docs/metrics.md, "Two-mode").
 *
 * - `bringTogether`: the activities whose participants come from at least two
 *   `groupBy` groups (participants without a group not counted), with those
 *   groups; most groups first, then most participants, then by name (code
 *   units). Empty without a group column.
 * - `sharingNothing`: every actor who attends nothing (0 activities) or only
 *   activities nobody else attends, with the number of activities attended;
 *   by id (code units).
 */

import type { Dataset, TwoModeReport } from '../types.js';
import { sectorMeetings } from '../model/two-mode.js';
import { groupValueOf } from '../util/group.js';
import { compareCodeUnits } from '../util/sort.js';

export function twoModeFindings(dataset: Dataset): TwoModeReport | undefined {
  const data = dataset.twoMode;
  if (data === undefined) return undefined;
  const group = new Map<string, string | null>();
  for (const actor of dataset.actors) group.set(actor.id, groupValueOf(actor, dataset.groupBy));
  const bringTogether = dataset.groupBy === null ? [] : sectorMeetings(data.activities, (id) => group.get(id) ?? null)
    .map((m) => ({ activity: m.activity, participants: m.participants, groups: m.sectors }));
  const attended = new Map<string, number>();
  const shares = new Set<string>();
  for (const { actors } of data.activities) {
    for (const id of actors) {
      attended.set(id, (attended.get(id) ?? 0) + 1);
      if (actors.length > 1) shares.add(id);
    }
  }
  const sharingNothing = dataset.actors
    .filter((a) => !shares.has(a.id))
    .map((a) => ({ actor: a.id, activities: attended.get(a.id) ?? 0 }))
    .sort((a, b) => compareCodeUnits(a.actor, b.actor));
  return { bringTogether, sharingNothing };
}
