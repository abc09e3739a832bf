/**
 * The renderer registry: --format → a pure function from the same
 * RenderInput (report + dataset) and RenderOptions to the output text.
 * commands/analyse.ts and the library's `renderReport` (src/index.ts) dispatch
 * through `renderFormat`; adding a format means adding it to FORMATS
 * (options.ts) and one entry here (the Record type makes a missing one a
 * compile error).
 */

import type { Format } from '../options.js';
import { renderCsv } from './csv.js';
import { renderGexf } from './gexf.js';
import { renderGraphml } from './graphml.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { RenderInput, RenderOptions, Renderer } from './render-input.js';
import { renderText } from './text.js';

export type { RenderInput, RenderOptions, Renderer } from './render-input.js';

export const RENDERERS: Readonly<Record<Format, Renderer>> = Object.freeze({
  text: ({ report }, options) => renderText(report, options),
  json: ({ report }) => renderJson(report),
  html: renderHtml,
  markdown: renderMarkdown,
  csv: renderCsv,
  gexf: renderGexf,
  graphml: renderGraphml,
});

export function renderFormat(format: Format, input: RenderInput, options: RenderOptions): string {
  return RENDERERS[format](input, options);
}
