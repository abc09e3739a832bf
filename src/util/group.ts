/** The groupBy value of an actor (`sector` reads Actor.sector), or null when it has none. */

import type { Actor } from '../types.js';

export function groupValueOf(actor: Pick<Actor, 'sector' | 'attributes'>, groupBy: string | null): string | null {
  if (groupBy === null) return null;
  const value = groupBy === 'sector' ? actor.sector : actor.attributes[groupBy];
  return value === undefined || value === null || value === '' ? null : value;
}
