/**
 * The words of the text report, one catalogue per language (en.ts, da.ts),
 * both typed by `Messages` so a missing translation is a compile error.
 * Anything that depends on a number (plural forms, "1 aktør" / "2 aktører")
 * is a function in the catalogue, never string building in the renderer.
 */

import type { Lang } from '../options.js';
import { en } from './en.js';
import { da } from './da.js';
import type { DocMessages } from './doc-messages.js';
import type { InputDescription, InputShape } from '../types.js';

export interface Messages {
  readonly title: (name: string) => string;
  readonly inputLine: (actors: number, ties: number, weighted: boolean) => string;
  readonly groupedBy: (column: string) => string;
  /**
   * Which shape was read (report/input-shape.ts describeInput, in every format): the phrase naming each shape
   * (a Record, so a shape added to InputShape without its phrase is a compile error), and the line around it
   * (the file or workbook sheet, directed answers with their symmetrisation and non-respondent rule, the tie-type filter).
   */
  readonly shapeNames: Readonly<Record<InputShape, (d: InputDescription) => string>>;
  readonly inputDescription: (shape: string, d: InputDescription) => string;
  /** The shape of the input beyond a plain edge list (report/sections.ts inputShapeLines). */
  readonly weightDistanceLine: (column: string) => string;
  /** Kinds of tie (a tie-type column): the section of the reports. */
  readonly sectionTieTypes: string;
  readonly tieTypesIntro: (column: string, selected: readonly string[] | null) => string;
  readonly multiplexLine: (pairs: number, policy: string) => string;
  readonly colKind: string;
  readonly colDensity: string;
  readonly colAnalysed: string;
  readonly colGroupPairs: string;
  readonly noGroups: string;
  /** Attendance lists (two-mode data): the report's two sections (report/sections.ts twoModeSections). */
  readonly sectionBringTogether: (sectors: boolean) => string;
  readonly bringTogetherIntro: (column: string) => string;
  readonly bringTogetherNoGroups: string;
  readonly activityGroups: (activity: string, participants: number, groups: readonly string[]) => string;
  readonly noBringTogether: string;
  readonly sectionSharingNothing: string;
  readonly sharingNothingIntro: string;
  readonly sharesNothing: (name: string, activities: number) => string;
  readonly everyoneShares: string;
  /** Directed answers (report/sections.ts inputShapeLines and directedFacts). */
  readonly directedLine: (arcs: number) => string;
  readonly responseLine: (respondents: number, total: number, rate: number, oneSided: number) => string;
  readonly restsOnNonRespondents: (findings: number, actors: number) => string;
  readonly sectionDirected: string;
  readonly directedIntro: string;
  readonly arcs: string;
  readonly reciprocity: string;
  readonly dyads: string;
  readonly dyadsValue: (mutual: number, asymmetric: number, none: number) => string;
  readonly responseRate: string;
  readonly reciprocityAmongRespondents: string;
  readonly colNamedBy: string;
  readonly colNames: string;
  readonly colReciprocity: string;
  readonly colAnswered: string;
  /** The cell of the answered column: always a word, unlike `yes`/`no`. */
  readonly answered: (yes: boolean) => string;
  readonly warningsLine: (count: number) => string;
  /** Shown when path metrics were estimated on a large network (analysis/paths-sampling.ts). */
  readonly estimatesLine: string;
  /** The sample cannot say which actors are the 20 with the highest betweenness. */
  readonly topUncertainLine: string;
  /** The eigenvector did not converge (a near tie of the leading eigenvalues). */
  readonly eigenvectorLine: string;

  readonly sectionRecommendations: string;
  readonly noRecommendations: string;
  readonly severity: { readonly critical: string; readonly warning: string; readonly info: string };

  readonly sectionSummary: string;
  readonly actors: string;
  readonly ties: string;
  readonly density: string;
  readonly components: string;
  readonly isolates: string;
  readonly transitivity: string;
  readonly averageClustering: string;
  readonly degreeCentralization: string;
  readonly diameter: string;
  readonly averagePath: string;
  readonly networkEi: string;
  readonly eiMeaning: (ei: number | null) => string;
  readonly notDefined: string;

  readonly sectionBrokers: string;
  readonly brokersIntro: string;
  readonly colRank: string;
  readonly colActor: string;
  readonly colSector: string;
  readonly colTies: string;
  readonly colBetweenness: string;
  readonly colConstraint: string;
  readonly colEffectiveSize: string;
  readonly colCutPoint: string;
  readonly yes: string;
  readonly no: string;
  readonly cutPoints: (count: number) => string;
  /** After a cut point's name in the text report: how many actors it cuts off (docs/metrics.md cutOff). */
  readonly cutsOff: (count: number) => string;
  readonly noCutPoints: string;
  readonly lowConstraint: string;
  readonly noLowConstraint: string;

  readonly sectionSectors: string;
  readonly sectorsIntro: string;
  readonly colGroup: string;
  readonly colInternal: string;
  readonly colExternal: string;
  readonly colEi: string;
  readonly colReading: string;
  readonly noSectors: string;

  readonly sectionFragility: string;
  readonly componentsLine: (count: number, largest: number, total: number) => string;
  readonly detachedGroup: (index: number, size: number) => string;
  readonly isolatesLine: (count: number) => string;
  readonly bridgesLine: (count: number) => string;
  readonly moreNotShown: (count: number) => string;

  readonly sectionCommunities: string;
  readonly communitiesLine: (count: number, modularity: number | null, runs: number) => string;
  readonly communityLine: (index: number, size: number) => string;
  readonly communityMix: string;

  readonly footer: string;

  /** Words of the shareable reports (HTML, Markdown). */
  readonly doc: DocMessages;
}

export function messages(lang: Lang): Messages {
  return lang === 'da' ? da : en;
}
