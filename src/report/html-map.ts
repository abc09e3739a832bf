/**
 * The network map of the HTML report: an inline SVG with static coordinates
 * (layout.ts), its legend, and the per-actor data the page script shows on
 * hover/click. Pure; every string from the input goes through escapeHtml.
 *
 * Encoding: one `<circle class="actor" data-id="…" data-i="…">` per actor
 * (with a `<title>`, the browser's own tooltip), filled by group colour
 * (palette.ts), area proportional to betweenness; a cut point (articulation
 * point) gets a thick dark ring; a bridge is drawn dark and dashed, other ties
 * grey with width by weight; a vulnerable citizen (util/vulnerable.ts `isVulnerable`)
 * gets a small diamond; every part that is not the largest sits in a dashed
 * box. Labels: the top actors by betweenness (--top, at least 12) and every
 * cut point first, then both ends of every bridge, the members of the
 * detached parts, the vulnerable citizens (in a network of up to 30 actors:
 * everyone), as many as fit without overlap; the others are named on hover.
 * The top actors get their label even where it has to cross another circle
 * (never another label). That is the static map, as printed and as shown
 * without JavaScript.
 *
 * Zoom (the page script, html-assets.ts): the search field and the zoom
 * buttons (`renderControls`) and the legend's "Names and zoom" block are
 * `hidden` until the script runs. Every actor up to ZOOM_LABEL_LIMIT has a
 * label: after those of the static map come the others (class `zoom`, not
 * drawn statically), in the same priority order and then by betweenness, each
 * at the first of the eight positions that covers no other circle. Each label
 * carries its position (`data-p`) and estimated width (`data-w`), so the
 * script can keep every label LABEL_SCREEN_PX on screen at any zoom and draw,
 * in this order, those that fit in view without overlapping a label already
 * drawn (rule stated in the legend and the README).
 */

import type { Messages } from '../i18n/messages.js';
import type { Report } from '../types.js';
import { isVulnerable } from '../util/vulnerable.js';
import { actorIds, displayName } from './columns.js';
import { escapeHtml } from './escape.js';
import { clip } from './format.js';
import { labelWidth, layoutNetwork, placeLabels, zoomLabels, type LabelCandidate } from './layout.js';
import { NONE_COLOUR, OTHER_COLOUR, type GroupColours } from './palette.js';
import type { RenderInput } from './render-input.js';
import { topBrokers } from './sections.js';

/** Radius of an actor with no betweenness, and the extra radius of the actor with the most, px. */
const R_MIN = 5.5;
const R_EXTRA = 15;
/**
 * On-screen size of the labels while the page script runs, CSS px, at every
 * zoom (the script's LABEL_PX; the static SVG draws them at 11.5 map units).
 */
export const LABEL_SCREEN_PX = 12;
/** Characters of a map label before it is cut with "…". */
const LABEL_CHARS = 26;
/** Labels for at least this many top actors by betweenness (more with a larger --top). */
const MIN_TOP_LABELS = 12;
/** Networks up to this size get a label on every actor that fits. */
const LABEL_ALL_MAX = 30;
/** At most this many labels on the full map, whatever fits. */
const LABEL_LIMIT = 60;
/** At most this many labels in all, counting those that appear only when zoomed in. */
const ZOOM_LABEL_LIMIT = 400;
const MARGIN = 12;
/** Detached parts up to this size get room for every member's label. */
const LABELLED_PART_MAX = 12;

export interface MapResult {
  readonly svg: string;
  /** Search field and zoom buttons above the map (hidden until the page script runs). */
  readonly controls: string;
  readonly legend: string;
}

export function renderMap(
  { report, dataset }: RenderInput,
  t: Messages,
  colours: GroupColours,
  top: number,
): MapResult {
  const ids = actorIds(report);
  const index = new Map(ids.map((id, i) => [id, i] as const));
  const n = ids.length;
  const actor = (i: number) => report.actors[ids[i]!]!;
  const maxB = Math.max(0, ...ids.map((id) => report.actors[id]!.betweenness));
  const radius = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const b = actor(i).betweenness;
    radius[i] = R_MIN + (maxB > 0 && b > 0 ? R_EXTRA * Math.sqrt(b / maxB) : 0);
  }
  const ties = dataset.ties.map((tie) => [index.get(tie.source)!, index.get(tie.target)!, tie.weight] as const);
  const components = report.components.map((c) => c.actors.map((id) => index.get(id)!));
  // Labels, in priority order.
  const ranked = topBrokers(report, n);
  const order: string[] = [];
  const seen = new Set<string>();
  const add = (id: string): void => {
    if (!seen.has(id)) {
      seen.add(id);
      order.push(id);
    }
  };
  for (const id of ranked.slice(0, Math.max(top, MIN_TOP_LABELS))) add(id);
  for (const id of ranked) if (report.actors[id]!.articulationPoint) add(id);
  for (const [u, v] of report.bridges) {
    add(u);
    add(v);
  }
  for (const c of report.components.slice(1)) for (const id of c.actors) add(id);
  for (const id of ids) if (isVulnerable(report.actors[id]!)) add(id);
  if (n <= LABEL_ALL_MAX) for (const id of [...ranked, ...ids]) add(id);
  const candidates: LabelCandidate[] = order.map((id) => ({
    actor: index.get(id)!,
    text: clip(displayName(id, report.actors[id]), LABEL_CHARS),
  }));
  // Room for the labels of the detached parts' members inside their boxes.
  const widths = new Float64Array(n);
  for (const c of report.components.slice(1)) {
    if (c.size > LABELLED_PART_MAX) continue;
    for (const id of c.actors) widths[index.get(id)!] = labelWidth(clip(displayName(id, report.actors[id]), LABEL_CHARS));
  }
  const layout = layoutNetwork({ n, ties, components, radius, labelWidth: widths, seed: report.communities.seed });
  const { x, y } = layout;
  const labels = placeLabels(candidates, x, y, radius, LABEL_LIMIT, Math.max(top, MIN_TOP_LABELS));
  // Every other actor's label, for zooming in: the same priority, then the rest by betweenness.
  const labelled = new Set(labels.map((l) => l.actor));
  const rest: LabelCandidate[] = [];
  for (const id of [...order, ...ranked]) {
    const i = index.get(id)!;
    if (labelled.has(i) || labels.length + rest.length >= ZOOM_LABEL_LIMIT) continue;
    labelled.add(i);
    rest.push({ actor: i, text: clip(displayName(id, report.actors[id]), LABEL_CHARS) });
  }
  const extra = zoomLabels(rest, x, y, radius);

  let minX = layout.minX;
  let minY = layout.minY;
  let maxX = layout.maxX;
  let maxY = layout.maxY;
  for (const l of labels) {
    minX = Math.min(minX, l.box.x0);
    minY = Math.min(minY, l.box.y0);
    maxX = Math.max(maxX, l.box.x1);
    maxY = Math.max(maxY, l.box.y1);
  }
  minX -= MARGIN;
  minY -= MARGIN;
  maxX += MARGIN;
  maxY += MARGIN;
  const width = maxX - minX;
  const height = maxY - minY;

  const bridges = new Set(report.bridges.map(([u, v]) => `${u}\u0000${v}`));
  const maxW = Math.max(1, ...dataset.ties.map((tie) => tie.weight));
  const out: string[] = [];
  out.push(
    `<svg id="map" class="map" xmlns="http://www.w3.org/2000/svg" viewBox="${px(minX)} ${px(minY)} ${px(width)} ${px(height)}"` +
      ` width="${px(width)}" height="${px(height)}" role="img" aria-label="${escapeHtml(t.doc.mapAria(n, dataset.ties.length))}">`,
  );

  // Boxes around the parts that are not the largest.
  if (layout.parts.length > 1) {
    out.push('<g class="parts">');
    for (const p of layout.parts.slice(1)) {
      out.push(`<rect class="part" x="${px(p.x)}" y="${px(p.y)}" width="${px(p.width)}" height="${px(p.height)}" rx="10"/>`);
    }
    out.push('</g>');
  }

  out.push('<g class="ties">');
  dataset.ties.forEach((tie, e) => {
    const [u, v] = ties[e]!;
    const bridge = bridges.has(`${tie.source}\u0000${tie.target}`);
    const w = dataset.weighted ? 0.8 + 2.4 * (tie.weight / maxW) : 1.4;
    out.push(
      `<line class="tie${bridge ? ' bridge' : ''}" data-s="${u}" data-t="${v}" x1="${px(x[u]!)}" y1="${px(y[u]!)}" x2="${px(x[v]!)}" y2="${px(y[v]!)}"` +
        ` stroke-width="${px(bridge ? Math.max(w, 2.2) : w)}"/>`,
    );
  });
  out.push('</g>');

  out.push('<g class="actors">');
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    const a = actor(i);
    const classes = ['actor', a.articulationPoint ? 'cut' : '', isVulnerable(a) ? 'vulnerable' : ''].filter((c) => c !== '');
    out.push(
      `<circle class="${classes.join(' ')}" data-id="${escapeHtml(id)}" data-i="${i}" cx="${px(x[i]!)}" cy="${px(y[i]!)}" r="${px(radius[i]!)}"` +
        ` fill="${colours.colourOf(id)}" tabindex="0"><title>${escapeHtml(displayName(id, a))}</title></circle>`,
    );
  }
  out.push('</g>');

  // Vulnerable citizens: a small diamond at the upper right of the circle.
  const marks: string[] = [];
  for (let i = 0; i < n; i++) {
    if (!isVulnerable(actor(i))) continue;
    const r = radius[i]!;
    const cx = x[i]! + r * 0.72;
    const cy = y[i]! - r * 0.72;
    marks.push(`<path class="vmark" d="${diamond(cx, cy, 5.5)}"/>`);
  }
  if (marks.length > 0) out.push('<g class="vmarks">', ...marks, '</g>');

  // Labels in the page script's priority order: those of the full map, then those for zooming in (class "zoom",
  // hidden by an attribute, so they stay hidden even where the style sheet is dropped).
  out.push('<g class="labels">');
  for (const [k, l] of [...labels, ...extra].entries()) {
    out.push(
      `<text class="label${k < labels.length ? '' : ' zoom" display="none'}" data-i="${l.actor}" data-p="${l.position}" data-w="${px(l.width)}"` +
        ` x="${px(l.x)}" y="${px(l.y)}" text-anchor="${l.anchor}">${escapeHtml(l.text)}</text>`,
    );
  }
  out.push('</g>', '</svg>');

  return { svg: out.join('\n'), controls: renderControls(t), legend: renderLegend(report, t, colours) };
}

/**
 * The search field (its datalist is filled by the page script from the
 * actors' names and ids) and the zoom buttons. `hidden` until the page script
 * shows them: without JavaScript they could do nothing.
 */
const icon = (d: string): string =>
  `<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="${d}"/></svg>`;
const ZOOM_IN_ICON = icon('M3 8h10M8 3v10');
const ZOOM_OUT_ICON = icon('M3 8h10');
/** Four corners: the whole map. */
const FIT_ICON = icon('M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4');

function renderControls(t: Messages): string {
  const d = t.doc;
  const button = (action: string, text: string, title: string): string =>
    `<button type="button" class="zoom-button" data-zoom="${action}" title="${escapeHtml(title)}" aria-label="${escapeHtml(title)}">${text}</button>`;
  return [
    '<div class="map-tools no-print" id="map-tools" hidden>',
    '<form class="map-find" id="map-find" role="search">',
    `<label for="map-find-input">${escapeHtml(d.mapFind)}</label>`,
    `<input type="search" id="map-find-input" list="map-find-names" autocomplete="off" spellcheck="false" placeholder="${escapeHtml(d.mapFindPlaceholder)}">`,
    '<datalist id="map-find-names"></datalist>',
    `<button type="submit">${escapeHtml(d.mapFindButton)}</button>`,
    '</form>',
    `<div class="map-zoom" role="group" aria-label="${escapeHtml(d.mapZoom)}">`,
    // Drawn, not a character: no font is needed for the signs.
    button('in', ZOOM_IN_ICON, d.mapZoomIn),
    button('out', ZOOM_OUT_ICON, d.mapZoomOut),
    button('reset', FIT_ICON, d.mapZoomReset),
    '</div>',
    '<p class="map-status hint" id="map-status" aria-live="polite"></p>',
    '</div>',
  ].join('\n');
}

function renderLegend(report: Report, t: Messages, colours: GroupColours): string {
  const d = t.doc;
  const out: string[] = ['<div class="legend">'];
  if (colours.column !== null) {
    out.push(`<div class="legend-block"><h3>${escapeHtml(d.legendColour(colours.column))}</h3><ul class="legend-list">`);
    for (const g of colours.legend) out.push(legendItem(swatch(g.colour), `${g.value} (${g.count})`));
    if (colours.otherGroups > 0) out.push(legendItem(swatch(OTHER_COLOUR), d.legendOther(colours.otherGroups, colours.otherActors)));
    if (colours.noneActors > 0) out.push(legendItem(swatch(NONE_COLOUR), `${d.legendNone} (${colours.noneActors})`));
    out.push('</ul></div>');
  }
  const anyVulnerable = Object.values(report.actors).some((a) => isVulnerable(a));
  out.push(`<div class="legend-block"><h3>${escapeHtml(d.legendSymbols)}</h3><ul class="legend-list">`);
  out.push(legendItem(sizeKey(), d.legendSize));
  out.push(legendItem(symbol('<circle cx="9" cy="9" r="6" class="key-cut"/>'), d.legendCutPoint));
  out.push(legendItem(symbol('<line x1="1" y1="9" x2="17" y2="9" class="key-bridge"/>'), d.legendBridge));
  if (anyVulnerable) {
    out.push(legendItem(symbol(`<circle cx="8" cy="10" r="6" class="key-plain"/><path class="vmark" d="${diamond(12.5, 5.5, 4)}"/>`), d.legendVulnerable));
  }
  if (report.components.length > 1) out.push(legendItem(symbol('<rect x="1.5" y="3.5" width="15" height="11" rx="3" class="key-part"/>'), d.legendDetached));
  out.push('</ul></div>');
  // How names and zoom behave: only true once the page script runs.
  out.push(`<div class="legend-block legend-names" hidden><h3>${escapeHtml(d.legendNames)}</h3><p>${escapeHtml(d.legendNamesRule(LABEL_SCREEN_PX))}</p></div>`);
  out.push('</div>');
  return out.join('\n');
}

function legendItem(icon: string, text: string): string {
  return `<li>${icon}<span>${escapeHtml(text)}</span></li>`;
}

function swatch(colour: string): string {
  return symbol(`<circle cx="9" cy="9" r="6.5" fill="${colour}" class="key-swatch"/>`);
}

function symbol(inner: string): string {
  return `<svg class="key" viewBox="0 0 18 18" width="18" height="18" aria-hidden="true">${inner}</svg>`;
}

function sizeKey(): string {
  return (
    '<svg class="key key-wide" viewBox="0 0 40 18" width="40" height="18" aria-hidden="true">' +
    '<circle cx="5" cy="12" r="3.5" class="key-plain"/><circle cx="15" cy="10.5" r="5.5" class="key-plain"/>' +
    '<circle cx="30" cy="9" r="8" class="key-plain"/></svg>'
  );
}

function diamond(cx: number, cy: number, r: number): string {
  return `M${px(cx)} ${px(cy - r)}L${px(cx + r)} ${px(cy)}L${px(cx)} ${px(cy + r)}L${px(cx - r)} ${px(cy)}Z`;
}

/** A coordinate rounded to 0.1 px, without "-0". */
export function px(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded === 0 ? 0 : rounded);
}
