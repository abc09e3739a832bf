/**
 * Colours of the HTML map: one per group value (the --group-by column, else
 * the sector), from the Okabe & Ito (2008) palette, which stays distinct under
 * the common colour-vision deficiencies. Groups are ranked by size (then by
 * value, code units), so the same network always gets the same colours; the
 * seven largest get their own colour, the rest share grey as "other", and
 * actors without a value are a light grey.
 */

import type { Report } from '../types.js';
import { groupValueOf } from '../util/group.js';
import { compareCodeUnits } from '../util/sort.js';

/** Okabe–Ito without black, in an order where neighbours differ most in lightness and hue. */
export const OKABE_ITO = Object.freeze(['#E69F00', '#56B4E9', '#009E73', '#CC79A7', '#0072B2', '#D55E00', '#F0E442']);
export const OTHER_COLOUR = '#8C8C8C';
export const NONE_COLOUR = '#D9D9D9';
/** The single colour when there is no group or sector at all. */
export const PLAIN_COLOUR = '#0072B2';

export interface GroupColours {
  /** The column the colours come from ('sector' or the groupBy column), or null: one colour for all. */
  readonly column: string | null;
  /** Group values with their colour and actor count, largest first (at most seven). */
  readonly legend: readonly { readonly value: string; readonly colour: string; readonly count: number }[];
  /** Groups folded into "other", and their actors. */
  readonly otherGroups: number;
  readonly otherActors: number;
  /** Actors without a value. */
  readonly noneActors: number;
  /** Colour of one actor. */
  readonly colourOf: (id: string) => string;
  /** Group value of one actor, or null. */
  readonly groupOf: (id: string) => string | null;
}

export function groupColours(report: Report): GroupColours {
  const actors = Object.entries(report.actors);
  const anySector = actors.some(([, a]) => a.sector !== null);
  const column = report.input.groupBy ?? (anySector ? 'sector' : null);
  const groupOf = (id: string): string | null => {
    const actor = report.actors[id];
    return actor === undefined ? null : groupValueOf(actor, column);
  };
  const counts = new Map<string, number>();
  let noneActors = 0;
  for (const [id] of actors) {
    const g = groupOf(id);
    if (g === null) noneActors++;
    else counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]));
  const shown = ranked.slice(0, OKABE_ITO.length);
  const colour = new Map(shown.map(([value], k) => [value, OKABE_ITO[k]!] as const));
  const rest = ranked.slice(OKABE_ITO.length);
  return {
    column,
    legend: shown.map(([value, count]) => ({ value, colour: colour.get(value)!, count })),
    otherGroups: rest.length,
    otherActors: rest.reduce((sum, [, k]) => sum + k, 0),
    noneActors,
    colourOf: (id) => {
      if (column === null) return PLAIN_COLOUR;
      const g = groupOf(id);
      return g === null ? NONE_COLOUR : colour.get(g) ?? OTHER_COLOUR;
    },
    groupOf,
  };
}
