/**
 * The style sheet and the script of the HTML report, inlined into every file
 * (no external resources). The page's Content-Security-Policy allows exactly
 * these two by their SHA-256 hash and nothing else — no other script, no
 * inline event handler, no network request — so even a label that escaped
 * escaping could not run or load anything.
 *
 * The script only reads the JSON data block and the DOM and writes with
 * `textContent` (never `innerHTML`): hover/click an actor shows its figures
 * and ties and highlights its neighbours; Esc or a second click lets go;
 * clicking a column heading sorts a `table.sortable` (numbers by their
 * `data-v`, text by the page language's collation, empty cells last, ties
 * kept in their original order); clicking a name in the table shows the actor
 * on the map. The map zooms and pans (wheel, trackpad pinch, one-finger drag,
 * two-finger pinch, the + / − / whole-map buttons, keys on a focused circle)
 * by rewriting the SVG's viewBox, keeps labels 12 px on screen and draws those
 * that fit (html-map.ts); the search field finds an actor by name or id,
 * selects it, centres the map on it and marks its table row. Without
 * JavaScript the static SVG stays as rendered. Plain ES2017, no dependencies
 * (hand-written rather than a zoom library: see the comment in SCRIPT).
 */

export const STYLE = `
:root {
  --ink: #1f2328; --muted: #59636e; --line: #d8dee4; --soft: #f6f8fa; --accent: #0b5cad;
  --critical: #b42318; --warning: #8a5a00; --info: #1b5e9e;
  --critical-bg: #fdf0ee; --warning-bg: #fdf6e3; --info-bg: #eef5fc;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: var(--ink); background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
}
main { max-width: 1180px; margin: 0 auto; padding: 28px 24px 48px; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 6px; }
h1 .brand { color: var(--muted); font-weight: 500; }
h2 { font-size: 1.25rem; margin: 36px 0 10px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 0 0 6px; }
p { margin: 0 0 8px; }
.lede { color: var(--muted); margin: 0; }
.warn-line { color: var(--warning); }
.muted { color: var(--muted); }
.hint { color: var(--muted); font-size: 0.9rem; }
.toc { display: flex; flex-wrap: wrap; gap: 6px 8px; margin: 14px 0 0; }
.toc a { color: var(--accent); text-decoration: none; border: 1px solid var(--line); border-radius: 999px; padding: 2px 12px; font-size: 0.88rem; }
.toc a:hover { background: var(--soft); }
details.more-recs { margin-top: 12px; }
details.more-recs > summary { cursor: pointer; color: var(--accent); margin-bottom: 10px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(128px, 1fr)); gap: 10px; margin: 14px 0 6px; padding: 0; list-style: none; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; background: var(--soft); }
.card .value { display: block; font-size: 1.5rem; font-weight: 650; font-variant-numeric: tabular-nums; }
.card .what { display: block; color: var(--muted); font-size: 0.85rem; line-height: 1.3; }
.card.alert .value { color: var(--critical); }
details.figures { margin-top: 8px; }
details.figures summary { cursor: pointer; color: var(--accent); }
dl.facts { display: grid; grid-template-columns: max-content auto; gap: 2px 18px; margin: 8px 0 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; font-variant-numeric: tabular-nums; }
.recs { list-style: none; margin: 0; padding: 0; display: grid; gap: 10px; }
.rec { border: 1px solid var(--line); border-left-width: 5px; border-radius: 6px; padding: 10px 14px; }
.rec.critical { border-left-color: var(--critical); background: var(--critical-bg); }
.rec.warning { border-left-color: var(--warning); background: var(--warning-bg); }
.rec.info { border-left-color: var(--info); background: var(--info-bg); }
.rec .sev { font-weight: 650; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; margin-right: 8px; }
.rec.critical .sev { color: var(--critical); } .rec.warning .sev { color: var(--warning); } .rec.info .sev { color: var(--info); }
.rec .msg { margin: 2px 0 4px; }
.rec .meta { font-size: 0.85rem; color: var(--muted); margin: 0; }
.rec code { font-size: 0.8rem; }
.rec details { font-size: 0.85rem; margin-top: 4px; }
.rec details summary { cursor: pointer; color: var(--muted); }
.rec details dl { display: grid; grid-template-columns: max-content auto; gap: 0 14px; margin: 4px 0 0; }
.rec details dd { margin: 0; overflow-wrap: anywhere; }
.map-wrap { display: grid; grid-template-columns: minmax(0, 1fr) 290px; gap: 16px; align-items: start; }
.map-box { border: 1px solid var(--line); border-radius: 8px; background: #fff; overflow: hidden; }
svg.map { display: block; max-width: 100%; height: auto; margin: 0 auto; }
svg.map .tie { stroke: #97a0aa; stroke-opacity: 0.55; stroke-linecap: round; }
svg.map .tie.bridge { stroke: #1f2328; stroke-opacity: 0.95; stroke-dasharray: 6 4; }
svg.map .actor { stroke: #fff; stroke-width: 1.5; cursor: pointer; }
svg.map .actor.cut { stroke: #1f2328; stroke-width: 3.2; }
svg.map .actor:focus { outline: none; stroke: var(--accent); stroke-width: 4; }
svg.map .vmark, svg.key .vmark { fill: #1f2328; stroke: #fff; stroke-width: 1.2; pointer-events: none; }
svg.map .part { fill: #fafbfc; stroke: #8c959f; stroke-width: 1.2; stroke-dasharray: 5 4; }
svg.map .label {
  font: 600 11.5px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: #1f2328;
  paint-order: stroke; stroke: #fff; stroke-width: 3.5px; stroke-linejoin: round; pointer-events: none;
}
svg.map.live .label.zoom { display: inline; }
svg.map.live .label.off { display: none; }
svg.map.live { touch-action: none; cursor: grab; }
svg.map.live.dragging { cursor: grabbing; }
svg.map.live .label { font-size: var(--label-size, 11.5px); stroke-width: var(--label-halo, 3.5px); }
.map-tools { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; padding: 8px 10px; border-bottom: 1px solid var(--line); background: var(--soft); }
.map-find { display: flex; flex: 1 1 240px; flex-wrap: wrap; align-items: center; gap: 4px 6px; min-width: 0; margin: 0; }
.map-find label { font-size: 0.85rem; color: var(--muted); white-space: nowrap; }
.map-find input { flex: 1 1 140px; min-width: 0; font: inherit; font-size: 16px; padding: 5px 8px; border: 1px solid #8c959f; border-radius: 6px; background: #fff; color: var(--ink); }
.map-tools button { font: inherit; font-size: 0.9rem; min-width: 38px; min-height: 38px; padding: 0 10px; border: 1px solid #8c959f; border-radius: 6px; background: #fff; color: var(--ink); cursor: pointer; }
.map-tools button:hover { background: var(--soft); }
.map-tools button:focus-visible, .map-find input:focus-visible, .panel .to-row:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.map-zoom { display: flex; gap: 4px; }
.map-zoom button { display: inline-flex; align-items: center; justify-content: center; padding: 0; }
svg.icon path { fill: none; stroke: currentColor; stroke-width: 1.8; stroke-linecap: round; }
.map-status { flex-basis: 100%; margin: 0; }
.map-status:empty { display: none; }
.panel .to-row { font: inherit; font-size: 0.85rem; margin-top: 8px; padding: 3px 10px; border: 1px solid #8c959f; border-radius: 6px; background: #fff; color: var(--accent); cursor: pointer; }
tbody tr.found, tbody tr.found:hover { background: #fff1b8; }
.legend-names { max-width: 46em; }
.legend-names p { margin: 0; }
svg.map.focus .tie { stroke-opacity: 0.12; }
svg.map.focus .tie.on { stroke: #1f2328; stroke-opacity: 0.9; }
svg.map.focus .actor { opacity: 0.22; }
svg.map.focus .actor.near, svg.map.focus .actor.on { opacity: 1; }
svg.map.focus .actor.on { stroke: var(--accent); stroke-width: 4; }
svg.map.focus .label, svg.map.focus .vmark { opacity: 0.25; }
svg.map.focus .label.near, svg.map.focus .label.on { opacity: 1; }
.panel { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; background: var(--soft); position: sticky; top: 12px; max-height: calc(100vh - 24px); overflow: auto; font-size: 0.9rem; }
.panel h3 { font-size: 1.05rem; margin: 0 0 2px; overflow-wrap: anywhere; }
.panel .panel-id { color: var(--muted); font-size: 0.8rem; margin: 0 0 6px; overflow-wrap: anywhere; }
.panel .badges { margin: 4px 0 8px; }
.badge { display: inline-block; border-radius: 999px; padding: 1px 9px; font-size: 0.78rem; font-weight: 600; margin: 0 4px 4px 0; border: 1px solid var(--line); background: #fff; }
.badge.cut { border-color: #1f2328; }
.badge.vulnerable { border-color: #1f2328; }
.panel dl { display: grid; grid-template-columns: auto max-content; gap: 1px 12px; margin: 6px 0 10px; }
.panel dt { color: var(--muted); } .panel dd { margin: 0; text-align: right; font-variant-numeric: tabular-nums; }
.panel h4 { margin: 8px 0 4px; font-size: 0.9rem; }
.panel ul { margin: 0; padding-left: 18px; }
.panel li { overflow-wrap: anywhere; }
.panel .w { color: var(--muted); font-variant-numeric: tabular-nums; }
.legend { display: flex; flex-wrap: wrap; gap: 10px 36px; margin: 12px 2px 0; font-size: 0.88rem; }
.legend h3 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); margin-bottom: 4px; }
.legend-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 3px; }
.legend-list li { display: flex; align-items: center; gap: 8px; }
svg.key { flex: none; }
svg.key .key-swatch { stroke: #fff; stroke-width: 1; }
svg.key .key-plain { fill: #b9c1c9; stroke: #fff; stroke-width: 1; }
svg.key .key-cut { fill: #b9c1c9; stroke: #1f2328; stroke-width: 2.6; }
svg.key .key-bridge { stroke: #1f2328; stroke-width: 2.2; stroke-dasharray: 4 3; }
svg.key .key-part { fill: #fafbfc; stroke: #8c959f; stroke-width: 1.2; stroke-dasharray: 3 2; }
.table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; }
table { border-collapse: collapse; width: 100%; font-size: 0.88rem; font-variant-numeric: tabular-nums; }
th, td { padding: 5px 7px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; position: sticky; top: 0; vertical-align: bottom; font-size: 0.82rem; line-height: 1.25; }
td.num, th.num { text-align: right; }
tbody tr:hover { background: #f3f7fc; }
tbody tr:last-child td { border-bottom: none; }
th button { font: inherit; color: inherit; text-align: inherit; cursor: pointer; padding: 0; margin: 0; border: 0; background: none; }
th button::after { content: "\\2195"; color: #afb8c1; margin-left: 2px; font-weight: 400; }
th[aria-sort="ascending"] button::after { content: "\\2191"; color: var(--ink); }
th[aria-sort="descending"] button::after { content: "\\2193"; color: var(--ink); }
td button.name { font: inherit; text-align: left; cursor: pointer; color: var(--accent); text-decoration: underline; text-decoration-color: #b6cde6; text-underline-offset: 2px; padding: 0; margin: 0; border: 0; background: none; }
td.actor { min-width: 170px; }
td.group { white-space: nowrap; }
svg.dot-svg { vertical-align: -1px; margin-right: 2px; }
.small { font-size: 0.8rem; }
ul.plain { margin: 4px 0 10px; padding-left: 20px; }
footer { margin-top: 40px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.82rem; }
@media (max-width: 860px) {
  .map-wrap { grid-template-columns: 1fr; }
  .panel { position: static; max-height: none; }
}
@media print {
  @page { margin: 14mm; }
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; margin-top: 20px; }
  .panel, .hint, .no-print { display: none !important; }
  .map-wrap { display: block; }
  .map-box { border: none; break-inside: avoid; }
  svg.map { max-height: none; }
  .rec, .card, tr { break-inside: avoid; }
  .rec { background: none !important; }
  details { display: block; }
  th { position: static; }
  th button::after { content: none; }
  td button.name { color: inherit; text-decoration: none; }
  .table-wrap { overflow: visible; border: none; }
  a { color: inherit; }
}
`;

export const SCRIPT = `
(function () {
  'use strict';
  var source = document.getElementById('tuff-data');
  if (!source) return;
  var data = JSON.parse(source.textContent);
  var actors = data.actors;
  var svg = document.getElementById('map');
  var panel = document.getElementById('panel');
  var adjacency = actors.map(function () { return []; });
  data.ties.forEach(function (t, e) {
    adjacency[t[0]].push({ other: t[1], weight: t[2], label: t[3], tie: e });
    adjacency[t[1]].push({ other: t[0], weight: t[2], label: t[3], tie: e });
  });
  var circles = svg ? Array.prototype.slice.call(svg.querySelectorAll('circle.actor')) : [];
  var lines = svg ? Array.prototype.slice.call(svg.querySelectorAll('line.tie')) : [];
  var labels = svg ? Array.prototype.slice.call(svg.querySelectorAll('text.label')) : [];
  var pinned = -1;

  function make(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function describe(i) {
    if (!panel) return;
    var a = actors[i];
    panel.textContent = '';
    panel.appendChild(make('h3', '', a.name));
    if (a.name !== a.id) panel.appendChild(make('p', 'panel-id', a.id));
    var badges = make('p', 'badges');
    if (a.group !== null) badges.appendChild(make('span', 'badge', a.group));
    if (a.cut) badges.appendChild(make('span', 'badge cut', data.text.cut));
    if (a.vulnerable) badges.appendChild(make('span', 'badge vulnerable', data.text.vulnerable));
    if (badges.childNodes.length) panel.appendChild(badges);
    var list = make('dl');
    data.facts.forEach(function (label, k) {
      list.appendChild(make('dt', '', label));
      list.appendChild(make('dd', '', a.values[k]));
    });
    panel.appendChild(list);
    var ties = adjacency[i].slice().sort(function (p, q) {
      return q.weight - p.weight || (actors[p.other].name < actors[q.other].name ? -1 : actors[p.other].name > actors[q.other].name ? 1 : p.other - q.other);
    });
    panel.appendChild(make('h4', '', ties.length === 0 ? data.text.noTies : ties.length === 1 ? data.text.tie : data.text.ties.replace('{n}', String(ties.length))));
    if (ties.length) {
      var ul = make('ul');
      ties.forEach(function (t) {
        var li = make('li', '', actors[t.other].name);
        if (data.weighted) li.appendChild(make('span', 'w', ' \\u00b7 ' + t.label));
        ul.appendChild(li);
      });
      panel.appendChild(ul);
    }
    var row = rowOf(i);
    if (row) {
      var toRow = make('button', 'to-row', data.text.row);
      toRow.type = 'button';
      toRow.addEventListener('click', function () {
        if (row.scrollIntoView) row.scrollIntoView({ block: 'center' });
        var name = row.querySelector('button.name');
        if (name) name.focus({ preventScroll: true });
      });
      panel.appendChild(toRow);
    }
  }

  /** The actor's row in the table of all actors, or null. */
  function rowOf(i) {
    var button = document.querySelector('table.actors button.name[data-i="' + i + '"]');
    return button ? button.closest('tr') : null;
  }

  /** Marks the row of actor i in the table of all actors (i < 0: none). */
  function markRow(i) {
    Array.prototype.forEach.call(document.querySelectorAll('table.actors tr.found'), function (r) { r.classList.remove('found'); });
    var row = i >= 0 ? rowOf(i) : null;
    if (row) row.classList.add('found');
  }

  function highlight(i) {
    if (!svg) return;
    if (i < 0) {
      svg.classList.remove('focus');
      circles.forEach(function (c) { c.classList.remove('on', 'near'); });
      lines.forEach(function (l) { l.classList.remove('on'); });
      labels.forEach(function (l) { l.classList.remove('on', 'near'); });
      return;
    }
    var near = {};
    near[i] = true;
    adjacency[i].forEach(function (t) { near[t.other] = true; });
    svg.classList.add('focus');
    circles.forEach(function (c, k) { c.classList.toggle('on', k === i); c.classList.toggle('near', k !== i && near[k] === true); });
    lines.forEach(function (l) { l.classList.toggle('on', Number(l.getAttribute('data-s')) === i || Number(l.getAttribute('data-t')) === i); });
    labels.forEach(function (l) { var k = Number(l.getAttribute('data-i')); l.classList.toggle('on', k === i); l.classList.toggle('near', near[k] === true); });
  }

  function reset() {
    if (panel) {
      panel.textContent = '';
      panel.appendChild(make('p', 'hint', data.text.hint));
    }
    highlight(-1);
    markRow(-1);
    drawLabels();
  }

  function actorAt(target) {
    return target && target.classList && target.classList.contains('actor') ? Number(target.getAttribute('data-i')) : -1;
  }

  function select(i) {
    pinned = i;
    describe(i);
    highlight(i);
    markRow(i);
    drawLabels();
  }

  // Zoom and pan: the viewBox of the map follows the wheel (zooming about the pointer), one pointer dragging (pan),
  // two pointers pinching (zoom about their midpoint, pan with it), the + / - / whole-map buttons and, on a focused
  // circle, the keys + - 0 and the arrows. Written here rather than taken from a library (d3-zoom, panzoom, ...):
  // the whole job is some 150 lines of pointer events on one viewBox, where a library would add tens of kB to every
  // report, a build step to inline it and third-party code under the page's script hash, for the same behaviour.
  // Labels keep LABEL_PX on screen at any zoom; drawLabels decides which fit (see html-map.ts).
  var LABEL_PX = 12;
  /** The static label size in map units, and the geometry of the label positions (layout.ts labelOptions). */
  var BASE_PX = 11.5, LABEL_H = 14, LABEL_GAP = 4;
  var MAX_ZOOM = 16, STEP = 1.6;
  /** Circles by cell of a GRID x GRID grid over the whole map, so a label is checked against nearby circles only. */
  var GRID = 48, grid = {}, cellSize = 1;
  /** Searching zooms in until the map has at least this many screen px per map unit. */
  var FIND_SCALE = 1.5;
  var base = null, view = null, frame = 0, labelGroup = null;
  var cx = [], cy = [], cr = [], texts = [];
  var gesture = null, pointers = {}, dragged = false;

  function fmt(v) { return String(Math.round(v * 100) / 100); }
  function viewHeight(w) { return w * base.h / base.w; }
  /**
   * Screen px per map unit. The SVG's width on the screen is read once and again after a resize, not on every frame:
   * reading it forces a layout of the whole page (a long actor table) each time.
   */
  var svgWidth = 0;
  function screenScale() {
    if (!(svgWidth > 0)) svgWidth = svg.getBoundingClientRect().width;
    return svgWidth > 0 ? svgWidth / view.w : 0;
  }

  function clampView() {
    view.w = Math.min(base.w, Math.max(base.w / MAX_ZOOM, view.w));
    // Within rounding of the whole map: the whole map, exactly.
    if (view.w >= base.w * 0.999) { view.w = base.w; view.x = base.x; view.y = base.y; return; }
    // The view's centre stays on the map.
    var h = viewHeight(view.w);
    view.x = Math.min(base.x + base.w - view.w / 2, Math.max(base.x - view.w / 2, view.x));
    view.y = Math.min(base.y + base.h - h / 2, Math.max(base.y - h / 2, view.y));
  }

  function applyView() {
    clampView();
    // The state is what the attribute says, so the label size below follows the map's true scale.
    view.x = Number(fmt(view.x));
    view.y = Number(fmt(view.y));
    view.w = Number(fmt(view.w));
    svg.setAttribute('viewBox', [view.x, view.y, view.w, viewHeight(view.w)].map(fmt).join(' '));
    if (!frame) frame = (window.requestAnimationFrame || setTimeout)(function () { frame = 0; drawLabels(); });
  }

  /** Calls visit with every grid cell the box touches (cells outside the map are skipped). */
  function cellsOf(x0, y0, x1, y1, visit) {
    var gx0 = Math.max(0, Math.floor((x0 - base.x) / cellSize)), gx1 = Math.min(GRID - 1, Math.floor((x1 - base.x) / cellSize));
    var gy0 = Math.max(0, Math.floor((y0 - base.y) / cellSize)), gy1 = Math.min(GRID - 1, Math.floor((y1 - base.y) / cellSize));
    for (var gx = gx0; gx <= gx1; gx++) for (var gy = gy0; gy <= gy1; gy++) visit(gx * GRID + gy);
  }

  /** Map coordinates of a point on the screen. */
  function toMap(clientX, clientY) {
    var rect = svg.getBoundingClientRect();
    return { x: view.x + (clientX - rect.left) * view.w / rect.width, y: view.y + (clientY - rect.top) * view.w / rect.width };
  }

  /** Zooms by factor k (> 1: in) keeping the map point (x, y) where it is on the screen. */
  function zoomAt(k, x, y) {
    var w = Math.min(base.w, Math.max(base.w / MAX_ZOOM, view.w / k));
    var ratio = w / view.w;
    view.x = x - (x - view.x) * ratio;
    view.y = y - (y - view.y) * ratio;
    view.w = w;
    applyView();
  }

  function zoomCentre(k) { zoomAt(k, view.x + view.w / 2, view.y + viewHeight(view.w) / 2); }

  var ANCHORS = ['start', 'end', 'middle', 'middle', 'start', 'start', 'end', 'end'];

  /**
   * The box of label L at position p (0-7) drawn f times its static size: layout.ts labelOptions with every length
   * but the radius scaled.
   */
  function labelAt(L, f, p) {
    var x = cx[L.i], y = cy[L.i], r = cr[L.i], d = r * Math.SQRT1_2;
    var h = LABEL_H * f, o = LABEL_GAP * f, g = 2 * f, w = L.w * f;
    var X, M;
    switch (p) {
      case 1: X = x - r - o; M = y; break;
      case 2: X = x; M = y + r + g + h / 2; break;
      case 3: X = x; M = y - r - g - h / 2; break;
      case 4: X = x + d + o; M = y - d - h / 2 + g; break;
      case 5: X = x + d + o; M = y + d + h / 2 - g; break;
      case 6: X = x - d - o; M = y - d - h / 2 + g; break;
      case 7: X = x - d - o; M = y + d + h / 2 - g; break;
      default: X = x + r + o; M = y;
    }
    var anchor = ANCHORS[p];
    var left = anchor === 'start' ? X : anchor === 'end' ? X - w : X - w / 2;
    return { x: X, y: M + 4 * f, x0: left, x1: left + w, y0: M - h / 2, y1: M + h / 2 };
  }

  /**
   * Labels at LABEL_PX on screen: in their order in the SVG (the names of the full map first, then those for
   * zooming in; the selected actor's before all, then its neighbours'), each one drawn at the first of its positions (its own in the SVG,
   * then the others in layout.ts's order) where it lies wholly in view, overlaps no label drawn and covers no other
   * circle; a name of the full map (or the selected actor's) may cover circles where nothing else is free; a label
   * with no such position is not drawn.
   */
  function drawLabels() {
    if (!view || !svg.classList.contains('live')) return;
    var s = screenScale();
    if (!(s > 0)) return;
    var size = LABEL_PX / s, f = size / BASE_PX;
    // Rounded up: never below LABEL_PX on screen. Set on the labels' group, not the SVG: a property changed on the
    // SVG restyles every circle and line too (some 100 ms a step on a network of 1,000 actors).
    if (labelGroup) {
      labelGroup.style.setProperty('--label-size', Math.ceil(size * 1e4) / 1e4 + 'px');
      labelGroup.style.setProperty('--label-halo', Math.ceil(3.5 * f * 1e4) / 1e4 + 'px');
    }
    var x1 = view.x + view.w, y1 = view.y + viewHeight(view.w);
    var drawn = [];
    var order = texts;
    if (pinned >= 0) {
      var near = {};
      adjacency[pinned].forEach(function (t) { near[t.other] = true; });
      var rank = function (L) { return L.i === pinned ? 0 : near[L.i] ? 1 : 2; };
      order = [0, 1, 2].reduce(function (all, r) { return all.concat(texts.filter(function (L) { return rank(L) === r; })); }, []);
    }
    var free = function (b) {
      return b.x0 >= view.x && b.x1 <= x1 && b.y0 >= view.y && b.y1 <= y1 && !drawn.some(function (o) {
        return b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1;
      });
    };
    var covers = function (b, own) {
      var hit = false;
      cellsOf(b.x0, b.y0, b.x1, b.y1, function (cell) {
        if (hit || !grid[cell]) return;
        hit = grid[cell].some(function (c) {
          return c !== own && cx[c] - cr[c] < b.x1 && b.x0 < cx[c] + cr[c] && cy[c] - cr[c] < b.y1 && b.y0 < cy[c] + cr[c];
        });
      });
      return hit;
    };
    order.forEach(function (L) {
      var b = null;
      // A circle out of view: no position of its label can be in view (a label is shorter than the view is wide).
      if (cx[L.i] + cr[L.i] > view.x - L.w * f && cx[L.i] - cr[L.i] < x1 + L.w * f && cy[L.i] > view.y - cr[L.i] - LABEL_H * 2 * f && cy[L.i] < y1 + cr[L.i] + LABEL_H * 2 * f) {
        var passes = L.full || L.i === pinned ? 2 : 1;
        for (var pass = 0; pass < passes && b === null; pass++) {
          for (var k = -1; k < 8 && b === null; k++) {
            var p = k < 0 ? L.p : k;
            if (k === L.p) continue;
            var at = labelAt(L, f, p);
            if (free(at) && (pass === 1 || !covers(at, L.i))) { b = at; b.p = p; }
          }
        }
      }
      if (b) {
        drawn.push(b);
        L.node.setAttribute('x', fmt(b.x));
        L.node.setAttribute('y', fmt(b.y));
        L.node.setAttribute('text-anchor', ANCHORS[b.p]);
      }
      L.node.classList.toggle('off', b === null);
    });
  }

  /** Back to the static map (printing): every label where the SVG put it, at its static size. */
  function staticMap() {
    if (!view) return;
    svg.classList.remove('live');
    svg.setAttribute('viewBox', [base.x, base.y, base.w, base.h].map(fmt).join(' '));
    texts.forEach(function (L) {
      L.node.setAttribute('x', L.x);
      L.node.setAttribute('y', L.y);
      L.node.setAttribute('text-anchor', L.anchor);
      L.node.classList.remove('off');
    });
  }

  function liveMap() {
    if (!view) return;
    svgWidth = 0;
    svg.classList.add('live');
    applyView();
  }

  /** Shows actor i: selected, its row marked, the map centred on it (zoomed in to FIND_SCALE if zoom). */
  function showActor(i, zoom) {
    select(i);
    if (!view) return;
    var rect = svg.getBoundingClientRect();
    if (zoom && rect.width > 0) view.w = Math.min(view.w, rect.width / FIND_SCALE);
    view.x = cx[i] - view.w / 2;
    view.y = cy[i] - viewHeight(view.w) / 2;
    applyView();
  }

  function setupZoom() {
    var tools = document.getElementById('map-tools');
    var box = svg.viewBox && svg.viewBox.baseVal;
    if (!tools || !box || !(box.width > 0) || !svg.getBoundingClientRect) return;
    // The attribute's numbers (baseVal holds them as 32-bit floats).
    base = { x: Number(fmt(box.x)), y: Number(fmt(box.y)), w: Number(fmt(box.width)), h: Number(fmt(box.height)) };
    view = { x: base.x, y: base.y, w: base.w };
    cellSize = Math.max(base.w, base.h) / GRID;
    labelGroup = svg.querySelector('g.labels');
    circles.forEach(function (c, k) {
      cx[k] = Number(c.getAttribute('cx'));
      cy[k] = Number(c.getAttribute('cy'));
      cr[k] = Number(c.getAttribute('r'));
      cellsOf(cx[k] - cr[k], cy[k] - cr[k], cx[k] + cr[k], cy[k] + cr[k], function (cell) { (grid[cell] = grid[cell] || []).push(k); });
    });
    texts = labels.map(function (node) {
      return {
        node: node, i: Number(node.getAttribute('data-i')), p: Number(node.getAttribute('data-p')), w: Number(node.getAttribute('data-w')),
        anchor: node.getAttribute('text-anchor'), x: node.getAttribute('x'), y: node.getAttribute('y'), full: !node.classList.contains('zoom'),
      };
    });
    tools.hidden = false;
    Array.prototype.forEach.call(document.querySelectorAll('.legend-names'), function (n) { n.hidden = false; });
    svg.classList.add('live');

    Array.prototype.forEach.call(tools.querySelectorAll('button[data-zoom]'), function (button) {
      button.addEventListener('click', function () {
        var action = button.getAttribute('data-zoom');
        if (action === 'in') zoomCentre(STEP);
        else if (action === 'out') zoomCentre(1 / STEP);
        else { view.w = base.w; applyView(); }
      });
    });

    svg.addEventListener('wheel', function (event) {
      var dy = event.deltaY * (event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1);
      if (dy === 0) return;
      // A trackpad pinch arrives as a wheel event with ctrlKey and small steps.
      var k = Math.min(2, Math.max(0.5, Math.exp(-dy * (event.ctrlKey ? 0.01 : 0.002))));
      if (k < 1 && view.w >= base.w) return; // the whole map already: let the page scroll on
      event.preventDefault();
      var at = toMap(event.clientX, event.clientY);
      zoomAt(k, at.x, at.y);
    }, { passive: false });

    var active = function () { return Object.keys(pointers).map(function (id) { return pointers[id]; }); };
    var begin = function () {
      var ps = active();
      var rect = svg.getBoundingClientRect();
      if (ps.length === 0 || !(rect.width > 0)) { gesture = null; return; }
      var unit = view.w / rect.width;
      if (ps.length === 1) {
        gesture = { n: 1, x: ps[0].x, y: ps[0].y, vx: view.x, vy: view.y, unit: unit, moving: gesture !== null };
      } else {
        var mx = (ps[0].x + ps[1].x) / 2, my = (ps[0].y + ps[1].y) / 2;
        gesture = {
          n: 2, rect: rect, dist: Math.max(1, Math.hypot(ps[0].x - ps[1].x, ps[0].y - ps[1].y)), w: view.w,
          // the map point under the first midpoint follows the midpoint
          ux: view.x + (mx - rect.left) * unit, uy: view.y + (my - rect.top) * unit, moving: true,
        };
      }
    };
    svg.addEventListener('pointerdown', function (event) {
      if (event.pointerType === 'mouse' && event.button !== 0) return;
      if (active().length === 0) { dragged = false; gesture = null; }
      pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
      begin();
    });
    svg.addEventListener('pointermove', function (event) {
      var p = pointers[event.pointerId];
      if (!p || !gesture) return;
      p.x = event.clientX;
      p.y = event.clientY;
      var g = gesture;
      if (g.n === 1) {
        var dx = p.x - g.x, dy = p.y - g.y;
        if (!g.moving) {
          if (dx * dx + dy * dy < 25) return; // a tap or a click, not yet a drag
          g.moving = true;
          try { svg.setPointerCapture(event.pointerId); } catch (e) { /* a pointer the browser does not track */ }
        }
        dragged = true;
        svg.classList.add('dragging');
        view.x = g.vx - dx * g.unit;
        view.y = g.vy - dy * g.unit;
      } else {
        var ps = active();
        if (ps.length < 2) return;
        var dist = Math.max(1, Math.hypot(ps[0].x - ps[1].x, ps[0].y - ps[1].y));
        var mx = (ps[0].x + ps[1].x) / 2, my = (ps[0].y + ps[1].y) / 2;
        dragged = true;
        view.w = Math.min(base.w, Math.max(base.w / MAX_ZOOM, g.w * g.dist / dist));
        var unit = view.w / g.rect.width;
        view.x = g.ux - (mx - g.rect.left) * unit;
        view.y = g.uy - (my - g.rect.top) * unit;
      }
      applyView();
    });
    var end = function (event) {
      if (!pointers[event.pointerId]) return;
      delete pointers[event.pointerId];
      svg.classList.remove('dragging');
      begin(); // a finger left after a pinch pans on from here
    };
    svg.addEventListener('pointerup', end);
    svg.addEventListener('pointercancel', end);

    svg.addEventListener('keydown', function (event) {
      var key = event.key, step = view.w * 0.2;
      if (key === '+' || key === '=') zoomCentre(STEP);
      else if (key === '-' || key === '_') zoomCentre(1 / STEP);
      else if (key === '0') { view.w = base.w; applyView(); }
      else if (key === 'ArrowLeft' || key === 'ArrowRight' || key === 'ArrowUp' || key === 'ArrowDown') {
        if (view.w >= base.w) return;
        if (key === 'ArrowLeft') view.x -= step;
        else if (key === 'ArrowRight') view.x += step;
        else if (key === 'ArrowUp') view.y -= step;
        else view.y += step;
        applyView();
      } else return;
      event.preventDefault();
    });
    window.addEventListener('resize', function () { svgWidth = 0; if (svg.classList.contains('live')) applyView(); });
    window.addEventListener('beforeprint', staticMap);
    window.addEventListener('afterprint', liveMap);

    setupFind();
    applyView();
  }

  /** The search field: a datalist of every actor's name (its id beside it), Enter or a pick from the list shows the actor. */
  function setupFind() {
    var form = document.getElementById('map-find');
    var input = document.getElementById('map-find-input');
    var list = document.getElementById('map-find-names');
    var status = document.getElementById('map-status');
    if (!form || !input || !list) return;
    var order = actors.map(function (a, i) { return i; });
    order.sort(function (p, q) {
      var a = actors[p].name, b = actors[q].name;
      return (collator ? collator.compare(a, b) : a < b ? -1 : a > b ? 1 : 0) || p - q;
    });
    order.forEach(function (i) {
      var option = document.createElement('option');
      option.value = actors[i].name;
      if (actors[i].name !== actors[i].id) option.label = actors[i].id;
      list.appendChild(option);
    });
    var say = function (text) { if (status) status.textContent = text; };
    /** Actors whose name or id is text (any case), else (unless exact) those containing it, in the list's order. */
    var find = function (text, exact) {
      var q = text.trim().toLocaleLowerCase();
      if (q === '') return [];
      var is = order.filter(function (i) { return actors[i].name.toLocaleLowerCase() === q || actors[i].id.toLocaleLowerCase() === q; });
      if (is.length > 0 || exact) return is;
      return order.filter(function (i) { return actors[i].name.toLocaleLowerCase().indexOf(q) >= 0 || actors[i].id.toLocaleLowerCase().indexOf(q) >= 0; });
    };
    input.addEventListener('input', function (event) {
      // A pick from the list (no inputType, or a replacement), not every key typed.
      if (event.inputType && event.inputType !== 'insertReplacementText') return;
      var found = find(input.value, true);
      if (found.length > 0) { say(''); showActor(found[0], true); }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var q = input.value.trim();
      if (q === '') return;
      var found = find(q, false);
      if (found.length === 0) { say(data.text.findNone.replace('{q}', q)); return; }
      var exact = find(q, true).length > 0;
      say(found.length > 1 && !exact ? data.text.findMany.replace('{n}', String(found.length)).replace('{q}', q) : '');
      showActor(found[0], true);
      if (svg.scrollIntoView) svg.scrollIntoView({ block: 'nearest' });
    });
  }

  if (svg) {
    svg.addEventListener('mouseover', function (event) {
      var i = actorAt(event.target);
      if (i >= 0 && pinned < 0 && !dragged) { describe(i); highlight(i); }
    });
    svg.addEventListener('mouseout', function (event) {
      if (actorAt(event.target) >= 0 && pinned < 0 && !dragged) reset();
    });
    // A mouse click also focuses the circle: only keyboard focus selects on its own.
    var pointing = false;
    svg.addEventListener('mousedown', function () { pointing = true; });
    svg.addEventListener('click', function (event) {
      pointing = false;
      if (dragged) { dragged = false; return; } // the end of a drag or a pinch, not a click
      var i = actorAt(event.target);
      if (i < 0 || i === pinned) { pinned = -1; reset(); } else select(i);
    });
    svg.addEventListener('focusin', function (event) {
      var i = actorAt(event.target);
      if (i >= 0 && !pointing) select(i);
    });
  }
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && pinned >= 0) { pinned = -1; reset(); }
  });

  Array.prototype.forEach.call(document.querySelectorAll('button.name[data-i]'), function (button) {
    button.addEventListener('click', function () {
      showActor(Number(button.getAttribute('data-i')), false);
      if (svg && svg.scrollIntoView) svg.scrollIntoView({ block: 'nearest' });
    });
  });

  var collator = typeof Intl !== 'undefined' ? new Intl.Collator(document.documentElement.lang || undefined, { numeric: true }) : null;
  if (svg) setupZoom();
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var body = table.tBodies[0];
    Array.prototype.forEach.call(body.rows, function (row, k) { row.setAttribute('data-order', String(k)); });
    heads.forEach(function (th, column) {
      var button = th.querySelector('button');
      if (!button) return;
      button.addEventListener('click', function () {
        var numeric = th.getAttribute('data-type') === 'num';
        var current = th.getAttribute('aria-sort');
        var ascending = current ? current !== 'ascending' : !numeric;
        var rows = Array.prototype.slice.call(body.rows);
        var key = function (row) {
          var cell = row.cells[column];
          var raw = cell.getAttribute('data-v');
          if (numeric) return raw === null || raw === '' ? null : Number(raw);
          var text = raw !== null ? raw : cell.textContent;
          return text === '' ? null : text;
        };
        rows.sort(function (p, q) {
          var a = key(p), b = key(q), d;
          if (a === null || b === null) d = a === b ? 0 : a === null ? 1 : -1;
          else {
            d = numeric ? a - b : collator ? collator.compare(a, b) : a < b ? -1 : a > b ? 1 : 0;
            if (!ascending) d = -d;
          }
          return d || Number(p.getAttribute('data-order')) - Number(q.getAttribute('data-order'));
        });
        rows.forEach(function (row) { body.appendChild(row); });
        heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      });
    });
  });

  // Print everything: open the folded parts first.
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
  });

  reset();
})();
`;
