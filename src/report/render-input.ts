/**
 * What every renderer receives: the report (all metrics, recommendations) and
 * the dataset it was built from (the tie list, which the report does not
 * carry, for the map and the graph files), plus the presentation options.
 * Renderers are pure functions of these and return the file's text.
 */

import type { ExcelDialect, Lang } from '../options.js';
import type { Dataset, Report } from '../types.js';
import type { ChalkInstance } from '../util/colour.js';

export interface RenderInput {
  readonly report: Report;
  readonly dataset: Dataset;
}

export type { ExcelDialect };

export interface RenderOptions {
  readonly lang: Lang;
  /** Rows in top-actor tables. */
  readonly top: number;
  /** Name of the network shown in titles (folder or file name). */
  readonly name: string;
  /** Colour for the terminal text report; the other formats ignore it. */
  readonly chalk: ChalkInstance;
  /** CSV for Excel in this locale; undefined = Danish when the input was `;`-separated, else plain CSV. */
  readonly excel: ExcelDialect | undefined;
}

export type Renderer = (input: RenderInput, options: RenderOptions) => string;
