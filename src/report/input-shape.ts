/**
 * Which shape of data a report was made from, said the same way by every
 * format: the text, Markdown and HTML reports put `describeInput` among their
 * opening lines, GEXF in `<meta><description>`, GraphML in `<desc>` (and the
 * machine-readable `input.shape` as a graph `data` key); the JSON report has
 * the same facts as keys (`input.shape`, `format`, `sheets`, `matrix`,
 * `directed`, `symmetrise`, `responses.source`, `tieTypes.selected`), and
 * `tuff compare` says it of each wave (`before.input`, `after.input`). The
 * per-actor CSV carries no metadata (docs/report-schema.md, "CSV"): a comment
 * line or a repeated column would break the table Excel and scripts read.
 *
 * The facts are gathered once (`inputDescription`) and worded by the
 * language's catalogue: a shape added to InputShape without its phrase in
 * Messages.shapeNames is a compile error. Pure.
 */

import type { Messages } from '../i18n/messages.js';
import type { InputDescription, Report } from '../types.js';

/** The facts about the input's shape, from the report's `input`, `responses` and `tieTypes` blocks. */
export function inputDescription(report: Report): InputDescription {
  const input = report.input;
  return {
    shape: input.shape ?? 'edge-list',
    format: input.format ?? 'csv',
    sheets: input.sheets === undefined ? null : { ties: input.sheets.ties, actors: input.sheets.actors },
    matrix: input.matrix === undefined ? null : { actors: input.matrix.actors, symmetric: input.matrix.symmetric },
    directed: input.directed !== true ? null : {
      symmetrise: input.symmetrise ?? 'union',
      respondents: report.responses === undefined ? null : { source: report.responses.source, column: report.responses.column },
    },
    tieTypes: report.tieTypes === undefined ? null : { column: report.tieTypes.column, selected: report.tieTypes.selected },
    twoMode: input.twoMode === undefined ? null : {
      projection: input.twoMode.projection, activities: input.twoMode.activities, participations: input.twoMode.participations,
    },
  };
}

/** One line saying which shape was read, in the catalogue's language (see the header). */
export function describeInput(report: Report, t: Messages): string {
  return wordInput(inputDescription(report), t);
}

/** The line of describeInput from the facts alone (tuff compare keeps the facts of each wave). */
export function wordInput(d: InputDescription, t: Messages): string {
  return t.inputDescription(t.shapeNames[d.shape](d), d);
}
