/**
 * The words of `tuff compare` (text and Markdown), one catalogue per language
 * (compare-en.ts, compare-da.ts), both typed by `CompareMessages` so a missing
 * translation is a compile error. Kept apart from the analyse catalogue
 * (messages.ts) so the two commands can change independently. Anything that
 * depends on a number is a function here, never string building in a renderer.
 */

import type { Lang } from '../options.js';
import type { VulnerableVerdict } from '../compare/compare.js';
import { compareEn } from './compare-en.js';
import { compareDa } from './compare-da.js';

export interface CompareMessages {
  readonly title: (before: string, after: string) => string;

  readonly sectionActors: string;
  readonly actorsLine: (before: number, after: number, joined: number, left: number, stayed: number) => string;
  readonly joined: string;
  readonly left: string;

  readonly sectionTies: string;
  readonly tiesLine: (before: number, after: number, gained: number, lost: number, kept: number) => string;
  readonly gained: string;
  readonly lost: string;
  readonly reweighted: (count: number) => string;
  readonly jaccard: string;

  readonly sectionNetwork: string;
  readonly colMeasure: string;
  readonly colBefore: string;
  readonly colAfter: string;
  readonly colChange: string;
  readonly density: string;
  readonly components: string;
  readonly isolates: string;
  readonly degreeCentralization: string;
  readonly transitivity: string;
  readonly modularity: string;
  readonly networkEi: string;

  /** Directed answers (Comparison.directed). */
  readonly sectionDirected: string;
  readonly directedIntro: string;
  /** Only one wave is directed answers: which one (`before` true = the first). */
  readonly directedOneWave: (before: boolean) => string;
  readonly arcs: string;
  readonly reciprocity: string;
  readonly mutualPairs: string;
  readonly asymmetricPairs: string;
  readonly nullPairs: string;
  /** The label of the response rate row, whose values are percentages. */
  readonly responseRate: string;
  readonly becameMutual: string;
  readonly noLongerMutual: string;

  readonly sectionGroups: string;
  readonly groupsIntro: string;
  readonly colGroup: string;
  readonly colActorsBefore: string;
  readonly colActorsAfter: string;
  readonly colEiBefore: string;
  readonly colEiAfter: string;
  readonly noGroups: string;
  readonly groupByDiffers: (before: string | null, after: string | null) => string;

  readonly sectionBrokers: string;
  readonly brokersIntro: (topPercent: number) => string;
  readonly became: string;
  readonly stopped: string;
  readonly noBrokerChange: string;
  readonly cutPoint: string;
  readonly topBetweenness: string;
  readonly newcomer: string;
  readonly wasBroker: (reasons: string) => string;
  readonly leaver: string;

  readonly sectionVulnerable: string;
  readonly noVulnerable: string;
  readonly vulnerableLine: (closer: number, further: number, same: number) => string;
  /** What counts as a change: the largest part, ties, then closeness by at least `threshold` (already formatted). */
  readonly vulnerableRule: (threshold: string) => string;
  readonly vulnerableJoined: string;
  readonly vulnerableLeft: string;
  readonly colActor: string;
  readonly colLargest: string;
  readonly colCloseness: string;
  readonly colTies: string;
  readonly colVerdict: string;
  readonly verdict: Readonly<Record<VulnerableVerdict, string>>;
  readonly inLargest: string;
  readonly outsideLargest: string;

  readonly none: string;
  readonly notDefined: string;
  readonly moreNotShown: (count: number) => string;
}

export function compareMessages(lang: Lang): CompareMessages {
  return lang === 'da' ? compareDa : compareEn;
}
