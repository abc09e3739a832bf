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
 * on the map. Plain ES2017, no dependencies.
 */

export const STYLE = `
:root {
  --ink: #1f2328; --muted: #59636e; --line: #d8dee4; --soft: #f6f8fa; --accent: #0b5cad;
  --critical: #b42318; --warning: #8a5a00; --info: #1b5e9e;
  --critical-bg: #fdf0ee; --warning-bg: #fdf6e3; --info-bg: #eef5fc;
}
* { box-sizing: border-box; }
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
  }

  function actorAt(target) {
    return target && target.classList && target.classList.contains('actor') ? Number(target.getAttribute('data-i')) : -1;
  }

  function select(i) {
    pinned = i;
    describe(i);
    highlight(i);
  }

  if (svg) {
    svg.addEventListener('mouseover', function (event) {
      var i = actorAt(event.target);
      if (i >= 0 && pinned < 0) { describe(i); highlight(i); }
    });
    svg.addEventListener('mouseout', function (event) {
      if (actorAt(event.target) >= 0 && pinned < 0) reset();
    });
    // A mouse click also focuses the circle: only keyboard focus selects on its own.
    var pointing = false;
    svg.addEventListener('mousedown', function () { pointing = true; });
    svg.addEventListener('click', function (event) {
      pointing = false;
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
      select(Number(button.getAttribute('data-i')));
      if (svg && svg.scrollIntoView) svg.scrollIntoView({ block: 'nearest' });
    });
  });

  var collator = typeof Intl !== 'undefined' ? new Intl.Collator(document.documentElement.lang || undefined, { numeric: true }) : null;
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
