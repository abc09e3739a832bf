/**
 * Report + ties → one self-contained HTML file for people who never open a
 * terminal: key figures, recommendations, the network map (html-map.ts) with
 * a details panel, a sortable table of all actors, bonding/bridging by group,
 * the separate parts and fragile ties, and the informal clusters.
 *
 * Self-contained and safe to open from an e-mail attachment: the style sheet
 * and script are inline (html-assets.ts), there are no external resources or
 * fonts, and a Content-Security-Policy admits only those two blocks, by hash,
 * with `default-src 'none'` (no request can leave the page). Every string from
 * the input is written through `escapeHtml` as text; the data the script needs
 * is JSON inside `<script type="application/json">` with `<` as `\u003c`.
 *
 * Deterministic: the same report and dataset give the same bytes (layout from
 * a fixed seed, no timestamps, no random ids). The language (`lang`
 * attribute, every word, decimal marks) follows --lang.
 */

import { createHash } from 'node:crypto';
import { messages, type Messages } from '../i18n/messages.js';
import type { Lang } from '../options.js';
import type { ActorMetrics, Report, Severity } from '../types.js';
import { SEVERITIES } from '../types.js';
import { compareCodeUnits } from '../util/sort.js';
import { isVulnerable } from '../util/vulnerable.js';
import { VERSION } from '../version.js';
import { actorIds, displayName, metricLabel, metricSpec, metricText } from './columns.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { clip, formatNumber, formatPercent, numberFormatter, type NumberFormatter } from './format.js';
import { SCRIPT, STYLE } from './html-assets.js';
import { renderMap } from './html-map.js';
import { groupColours, type GroupColours } from './palette.js';
import type { RenderInput, RenderOptions } from './render-input.js';
import { byBetweenness, clusterList, cutPointsByCutOff, directedFacts, mostNamed, restsOnNonRespondentsLine, estimateLines, inputShapeLines, tieTypeRows, twoModeSections, groupColumnAsWritten, inputWarningCount, summaryFacts } from './sections.js';

/** Names listed in a recommendation or a part before "… and N more". */
const NAMES_SHOWN = 8;

/** What every section of the page reads. */
interface Page {
  readonly input: RenderInput;
  readonly report: Report;
  readonly lang: Lang;
  readonly top: number;
  readonly t: Messages;
  readonly colours: GroupColours;
  /** The actors in code-unit order, and each one's index there (the map's and the script's actor number). */
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly num: NumberFormatter;
  readonly name: (id: string) => string;
  readonly cutPoints: readonly string[];
}

/** The actor table's metric columns, after the actor and group columns (strength only for weighted ties). */
const TABLE_METRICS = ['degree', 'strength', 'betweenness', 'eigenvector', 'constraint', 'effectiveSize', 'clustering', 'articulationPoint'] as const satisfies readonly (keyof ActorMetrics)[];
/** The figures the map's details panel shows for an actor (strength only for weighted ties). */
const PANEL_METRICS = ['degree', 'strength', 'betweenness', 'closeness', 'eigenvector', 'constraint', 'effectiveSize', 'clustering', 'community'] as const satisfies readonly (keyof ActorMetrics)[];

/** The metrics of `keys` this report shows: strength only when the ties are weighted. */
function shownMetrics<K extends keyof ActorMetrics>(keys: readonly K[], report: Report): K[] {
  return keys.filter((k) => k !== 'strength' || report.input.weighted);
}

export function renderHtml(input: RenderInput, options: Pick<RenderOptions, 'lang' | 'top' | 'name'>): string {
  const { report } = input;
  const { lang } = options;
  const t = messages(lang);
  const ids = actorIds(report);
  const page: Page = {
    input,
    report,
    lang,
    top: options.top,
    t,
    colours: groupColours(report),
    ids,
    index: new Map(ids.map((id, i) => [id, i] as const)),
    num: numberFormatter(lang, t.notDefined),
    name: (id) => displayName(id, report.actors[id]),
    cutPoints: cutPointsByCutOff(report),
  };
  const body = [
    ...headerSection(page, options.name),
    ...figuresSection(page),
    ...directedSection(page),
    ...mapSection(page),
    ...recommendationsSection(page),
    ...actorsSection(page),
    ...groupsSection(page),
    ...tieTypesSection(page),
    ...twoModeSection(page),
    ...partsSection(page),
    ...clustersSection(page),
    `<footer>${escapeHtml(t.doc.footerHtml(VERSION))}</footer>`,
  ];
  return document(page, options.name, body);
}

/** The page around the sections: the head with its Content-Security-Policy, the data for the script, the script. */
function document(page: Page, networkName: string, body: readonly string[]): string {
  const { lang, t } = page;
  const data = mapData(page);
  const script = SCRIPT;
  const csp = [
    "default-src 'none'",
    `style-src '${sha256(STYLE)}'`,
    `script-src '${sha256(script)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="tuff ${escapeHtml(VERSION)}">`,
    `<title>${escapeHtml(t.doc.heading(networkName))}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    `<script type="application/json" id="tuff-data">${jsonForScript(data)}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function headerSection({ report, t }: Page, networkName: string): string[] {
  const d = t.doc;
  const s = report.summary;
  const out: string[] = ['<header>'];
  out.push(`<h1>${escapeHtml(d.heading(networkName))} <span class="brand">· tuff</span></h1>`);
  const lede = [t.inputLine(s.actors, s.ties, report.input.weighted), report.input.groupBy === null ? t.noGroups : t.groupedBy(groupColumnAsWritten(report) ?? report.input.groupBy)];
  out.push(`<p class="lede">${escapeHtml(lede.join(' · '))}</p>`);
  for (const line of inputShapeLines(report, t)) out.push(`<p class="lede">${escapeHtml(line)}</p>`);
  const inputWarnings = inputWarningCount(report);
  if (inputWarnings > 0) out.push(`<p class="lede warn-line">${escapeHtml(d.warningsHtml(inputWarnings))}</p>`);
  for (const line of estimateLines(report, t)) out.push(`<p class="lede warn-line">${escapeHtml(line)}</p>`);
  const critical = report.recommendations.filter((r) => r.severity === 'critical').length;
  const nav: [string, string][] = [
    ['#map-section', d.mapTitle],
    ['#recommendations', critical > 0 ? `${t.sectionRecommendations} (${d.criticalCount(critical)})` : t.sectionRecommendations],
    ['#actors', d.sectionActors],
  ];
  if (report.input.groupBy !== null && Object.keys(report.groups).length > 0) nav.push(['#groups', t.sectionSectors]);
  if (report.tieTypes !== undefined) nav.push(['#tie-types', t.sectionTieTypes]);
  for (const section of twoModeSections(report, t, (id) => id)) nav.push([`#${section.id}`, section.heading]);
  nav.push(['#parts', t.sectionFragility], ['#clusters', t.sectionCommunities]);
  out.push(`<nav class="toc no-print">${nav.map(([href, text]) => `<a href="${href}">${escapeHtml(text)}</a>`).join('')}</nav>`);
  out.push('</header>');
  return out;
}

/** Key figures: cards, and every figure behind one click. */
function figuresSection({ report, t, lang, num, cutPoints }: Page): string[] {
  const d = t.doc;
  const s = report.summary;
  const out: string[] = [`<section id="figures"><h2>${escapeHtml(t.sectionSummary)}</h2>`];
  const cards: [string, string, boolean][] = [
    [String(s.actors), t.actors, false],
    [String(s.ties), t.ties, false],
    [formatPercent(s.density, 1, lang), d.cardDensity, false],
    [String(s.components), d.cardParts, s.components > 1],
    [String(s.isolates), t.isolates, s.isolates > 0],
    [String(cutPoints.length), d.cardCutPoints, cutPoints.length > 0],
    [String(report.bridges.length), d.cardBridges, report.bridges.length > 0],
  ];
  if (report.input.groupBy !== null && report.eiIndex !== null) cards.push([num(report.eiIndex, 2), d.cardEi, false]);
  out.push('<ul class="cards">');
  for (const [value, what, alert] of cards) {
    out.push(`<li class="card${alert ? ' alert' : ''}"><span class="value">${escapeHtml(value)}</span><span class="what">${escapeHtml(what)}</span></li>`);
  }
  out.push('</ul>');
  const facts = summaryFacts(report, t, lang, { counts: false, ei: (value, meaning) => `${value} · ${meaning}` });
  facts.push([d.clusters, d.clustersValue(report.communities.count, report.communities.modularity === null ? t.notDefined : num(report.communities.modularity, 3))]);
  out.push(`<details class="figures"><summary>${escapeHtml(d.allFigures)}</summary><dl class="facts">`);
  for (const [k, v] of facts) out.push(`<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`);
  out.push('</dl></details></section>');
  return out;
}

/** Directed answers: who names whom (nothing for undirected data). */
function directedSection({ report, t, lang, top, num, name }: Page): string[] {
  const directed = directedFacts(report, t, lang);
  if (directed.length === 0) return [];
  const out: string[] = [`<section id="directed"><h2>${escapeHtml(t.sectionDirected)}</h2><dl class="facts">`];
  for (const [k, v] of directed) out.push(`<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`);
  out.push('</dl>');
  const rests = restsOnNonRespondentsLine(report, t);
  if (rests !== null) out.push(`<p class="warn-line">${escapeHtml(rests)}</p>`);
  out.push(`<p class="hint">${escapeHtml(t.directedIntro)}</p>`);
  out.push('<div class="table-wrap"><table class="sortable"><thead><tr>');
  out.push(th(t.colActor, 'text'), th(t.colSector, 'text'), th(t.colNamedBy, 'num'), th(t.colNames, 'num'), th(t.colReciprocity, 'num'), th(t.colAnswered, 'text'));
  out.push('</tr></thead><tbody>');
  for (const id of mostNamed(report, top)) {
    const a = report.actors[id]!;
    const answered = a.respondent === null || a.respondent === undefined ? '' : t.answered(a.respondent);
    out.push(
      `<tr><td>${escapeHtml(name(id))}</td><td>${escapeHtml(a.sector ?? '')}</td>${numCell(a.inDegree ?? 0, String(a.inDegree ?? 0))}` +
        `${numCell(a.outDegree ?? 0, String(a.outDegree ?? 0))}${numCell(a.reciprocity ?? null, num(a.reciprocity ?? null, 2))}<td>${escapeHtml(answered)}</td></tr>`,
    );
  }
  out.push('</tbody></table></div></section>');
  return out;
}

function mapSection({ input, t, colours, top }: Page): string[] {
  const d = t.doc;
  const map = renderMap(input, t, colours, top);
  return [
    `<section id="map-section"><h2>${escapeHtml(d.mapTitle)}</h2>`,
    `<p class="hint">${escapeHtml(d.mapHowTo(colours.column))}</p>`,
    '<div class="map-wrap">',
    `<div class="map-box">\n${map.controls}\n${map.svg}\n</div>`,
    `<aside id="panel" class="panel" aria-live="polite"><p class="hint">${escapeHtml(d.panelHint)}</p></aside>`,
    '</div>',
    map.legend,
    '</section>',
  ];
}

/** Recommendations: critical and warnings open, the rest behind one click. */
function recommendationsSection({ report, t, lang, name }: Page): string[] {
  const out: string[] = [`<section id="recommendations"><h2>${escapeHtml(t.sectionRecommendations)}</h2>`];
  if (report.recommendations.length === 0) out.push(`<p>${escapeHtml(t.noRecommendations)}</p>`);
  else {
    const open = report.recommendations.filter((r) => r.severity !== 'info');
    const info = report.recommendations.filter((r) => r.severity === 'info');
    if (open.length > 0) {
      out.push('<ol class="recs">');
      for (const severity of SEVERITIES) {
        for (const r of open.filter((x) => x.severity === severity)) out.push(renderRecommendation(r, severity, t, lang, name));
      }
      out.push('</ol>');
    }
    if (info.length > 0) {
      out.push(`<details class="more-recs"${open.length === 0 ? ' open' : ''}><summary>${escapeHtml(t.doc.moreRecommendations(info.length, t.severity.info))}</summary><ol class="recs">`);
      for (const r of info) out.push(renderRecommendation(r, 'info', t, lang, name));
      out.push('</ol></details>');
    }
  }
  out.push('</section>');
  return out;
}

function actorsSection(page: Page): string[] {
  const d = page.t.doc;
  return [`<section id="actors"><h2>${escapeHtml(d.sectionActors)}</h2>`, `<p class="hint">${escapeHtml(d.actorsHint)}</p>`, renderActorTable(page), '</section>'];
}

/** Bonding and bridging by group (nothing without groups). */
function groupsSection({ report, t, num, colours }: Page): string[] {
  const groups = Object.keys(report.groups).sort(compareCodeUnits);
  if (report.input.groupBy === null || groups.length === 0) return [];
  const out: string[] = [`<section id="groups"><h2>${escapeHtml(t.sectionSectors)}</h2><p class="hint">${escapeHtml(t.sectorsIntro)}</p>`];
  out.push('<div class="table-wrap"><table class="sortable"><thead><tr>');
  out.push(th(t.colGroup, 'text'), th(t.actors, 'num'), th(t.colInternal, 'num'), th(t.colExternal, 'num'), th(t.colEi, 'num'), th(t.colReading, 'text', false));
  out.push('</tr></thead><tbody>');
  for (const g of groups) {
    const stats = report.groups[g]!;
    const legend = colours.column === report.input.groupBy ? colours.legend.find((l) => l.value === g) : undefined;
    const dot = legend === undefined ? '' : dotFor(legend.colour);
    out.push(
      `<tr><td>${dot}${escapeHtml(g)}</td>${numCell(stats.actors, String(stats.actors))}${numCell(stats.internalTies, String(stats.internalTies))}` +
        `${numCell(stats.externalTies, String(stats.externalTies))}${numCell(stats.eiIndex, num(stats.eiIndex, 2))}<td>${escapeHtml(t.eiMeaning(stats.eiIndex))}</td></tr>`,
    );
  }
  out.push('</tbody></table></div></section>');
  return out;
}

/** Kinds of tie (multiplex data; nothing without a tie-type column). */
function tieTypesSection({ report, t, lang }: Page): string[] {
  if (report.tieTypes === undefined) return [];
  const out: string[] = [`<section id="tie-types"><h2>${escapeHtml(t.sectionTieTypes)}</h2><p class="hint">${escapeHtml(t.tieTypesIntro(report.tieTypes.column, report.tieTypes.selected))}</p>`];
  out.push('<div class="table-wrap"><table class="sortable"><thead><tr>');
  out.push(th(t.colKind, 'text'), th(t.colAnalysed, 'text'), th(t.ties, 'num'), th(t.colDensity, 'num'), th(t.colInternal, 'num'), th(t.colExternal, 'num'), th(t.colGroupPairs, 'text', false));
  out.push('</tr></thead><tbody>');
  const kinds = report.tieTypes.types;
  tieTypeRows(report, t, lang).forEach(([kind, analysed, ties, density, internal, external, pairs], i) => {
    const k = kinds[i]!;
    out.push(
      `<tr><td>${escapeHtml(kind!)}</td><td>${escapeHtml(analysed!)}</td>${numCell(k.ties, ties!)}${numCell(k.density, density!)}` +
        `${numCell(k.internalTies, internal!)}${numCell(k.externalTies, external!)}<td>${escapeHtml(pairs!)}</td></tr>`,
    );
  });
  out.push('</tbody></table></div>');
  out.push(`<p>${escapeHtml(t.multiplexLine(report.tieTypes.multiplexPairs, report.tieTypes.mergedBy))}</p></section>`);
  return out;
}

/** An attendance list's two sections (nothing for other shapes); at most HTML_LIST_LIMIT lines each. */
function twoModeSection({ report, t, name }: Page): string[] {
  return twoModeSections(report, t, name).flatMap((section) => {
    const out = [`<section id="${section.id}"><h2>${escapeHtml(section.heading)}</h2><p class="hint">${escapeHtml(section.intro)}</p>`];
    if (section.lines.length > 0) {
      out.push('<ul class="plain">', ...section.lines.slice(0, HTML_LIST_LIMIT).map((line) => `<li>${escapeHtml(line)}</li>`), '</ul>');
    }
    if (section.lines.length > HTML_LIST_LIMIT) out.push(`<p>${escapeHtml(t.moreNotShown(section.lines.length - HTML_LIST_LIMIT))}</p>`);
    out.push('</section>');
    return out;
  });
}

/** Lines of a list section of the page beyond this are cut with "… and N more". */
const HTML_LIST_LIMIT = 100;

/** Parts, isolates and fragile ties. */
function partsSection({ report, t, ids, name, cutPoints }: Page): string[] {
  const out: string[] = [`<section id="parts"><h2>${escapeHtml(t.sectionFragility)}</h2>`];
  const [largest, ...rest] = report.components;
  out.push(`<p>${escapeHtml(t.componentsLine(report.components.length, largest?.size ?? 0, report.summary.actors))}</p>`);
  const detached = rest.filter((c) => c.size > 1);
  if (detached.length > 0) {
    out.push('<ul class="plain">');
    for (const c of detached) out.push(`<li>${escapeHtml(t.detachedGroup(c.index, c.size))} ${escapeHtml(nameList(c.actors, name, t))}</li>`);
    out.push('</ul>');
  }
  const isolates = ids.filter((id) => report.actors[id]!.degree === 0);
  if (isolates.length > 0) out.push(`<p>${escapeHtml(t.isolatesLine(isolates.length))} ${escapeHtml(nameList(isolates, name, t))}</p>`);
  if (cutPoints.length > 0) out.push(`<p>${escapeHtml(t.cutPoints(cutPoints.length))} ${escapeHtml(nameList(cutPoints, name, t, (id) => ` (${t.cutsOff(report.actors[id]!.cutOff)})`))}</p>`);
  else out.push(`<p>${escapeHtml(t.noCutPoints)}</p>`);
  if (report.bridges.length > 0) {
    out.push(`<p>${escapeHtml(t.bridgesLine(report.bridges.length))}</p><ul class="plain">`);
    for (const [u, v] of report.bridges) out.push(`<li>${escapeHtml(name(u))} – ${escapeHtml(name(v))}</li>`);
    out.push('</ul>');
  } else out.push(`<p>${escapeHtml(t.doc.noBridges)}</p>`);
  out.push('</section>');
  return out;
}

/** Informal clusters (Louvain communities). */
function clustersSection({ report, t, name }: Page): string[] {
  const out: string[] = [`<section id="clusters"><h2>${escapeHtml(t.sectionCommunities)}</h2>`];
  const c = report.communities;
  out.push(`<p>${escapeHtml(t.communitiesLine(c.count, c.modularity, c.runs))}</p>`);
  const shown = clusterList(report);
  if (shown.length > 0) {
    out.push('<ul class="plain">');
    for (const { index: k, members } of shown) {
      out.push(`<li><strong>${escapeHtml(t.communityLine(k, members.length))}</strong>: ${escapeHtml(nameList(members, name, t))}</li>`);
    }
    out.push('</ul>');
  }
  out.push('</section>');
  return out;
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

function renderRecommendation(
  r: Report['recommendations'][number],
  severity: Severity,
  t: Messages,
  lang: Lang,
  name: (id: string) => string,
): string {
  const d = t.doc;
  const out: string[] = [`<li class="rec ${severity}">`];
  out.push(`<p class="msg"><span class="sev">${escapeHtml(t.severity[severity])}</span>${escapeHtml(r.message)}</p>`);
  const meta: string[] = [];
  if (r.actors.length > 0) meta.push(`${d.recActors}: ${nameList(r.actors, name, t)}`);
  if (r.groups.length > 0) meta.push(`${d.recGroups}: ${r.groups.join(', ')}`);
  if (meta.length > 0) out.push(`<p class="meta">${escapeHtml(meta.join(' · '))}</p>`);
  const evidence = Object.entries(r.evidence);
  out.push(`<details><summary>${escapeHtml(d.recEvidence)} · <code>${escapeHtml(r.rule)}</code></summary>`);
  if (evidence.length > 0) {
    out.push('<dl>');
    for (const [k, v] of evidence) out.push(`<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(evidenceText(v, lang, t))}</dd>`);
    out.push('</dl>');
  }
  out.push('</details></li>');
  return out.join('');
}

/** An evidence value as text: numbers rounded in the language, lists joined, objects as JSON. */
function evidenceText(value: unknown, lang: Lang, t: Messages): string {
  if (value === null || value === undefined) return t.notDefined;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : formatNumber(value, 3, lang);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? t.yes : t.doc.no;
  if (Array.isArray(value)) return value.length === 0 ? '–' : value.map((v) => evidenceText(v, lang, t)).join(', ');
  return JSON.stringify(value);
}

/** `after`: text put after an actor's (clipped) name, e.g. how many a cut point cuts off. */
function nameList(ids: readonly string[], name: (id: string) => string, t: Messages, after: (id: string) => string = () => ''): string {
  const shown = ids.slice(0, NAMES_SHOWN).map((id) => clip(name(id), 60) + after(id));
  const more = ids.length - shown.length;
  return more > 0 ? `${shown.join(', ')} ${t.doc.andMore(more)}` : shown.join(', ');
}

function th(label: string, type: 'num' | 'text', sortable = true, sort?: 'descending'): string {
  const cls = type === 'num' ? ' class="num"' : '';
  const aria = sort === undefined ? '' : ` aria-sort="${sort}"`;
  const inner = sortable ? `<button type="button">${escapeHtml(label)}</button>` : escapeHtml(label);
  return `<th${cls} data-type="${type}"${aria} scope="col">${inner}</th>`;
}

function numCell(value: number | null, text: string): string {
  return `<td class="num" data-v="${value === null ? '' : String(value)}">${escapeHtml(text)}</td>`;
}

function dotFor(colour: string): string {
  return `<svg class="dot-svg" viewBox="0 0 10 10" width="10" height="10" aria-hidden="true"><circle cx="5" cy="5" r="5" fill="${colour}"/></svg> `;
}

/** A heading of the actor table or the panel: the metric's label, numeric metrics sortable as numbers. */
function metricTh(key: keyof ActorMetrics, t: Messages, sort?: 'descending'): string {
  return th(metricLabel(key, t), metricSpec(key).kind === 'boolean' ? 'text' : 'num', true, sort);
}

/** Every actor, sorted by betweenness (the table's first sort), its metric columns from TABLE_METRICS. */
function renderActorTable({ report, t, colours, index, num }: Page): string {
  const d = t.doc;
  const ids = byBetweenness(report, [...index.keys()]);
  const anyVulnerable = ids.some((id) => isVulnerable(report.actors[id]!));
  const metrics = shownMetrics(TABLE_METRICS, report);
  const out: string[] = ['<div class="table-wrap"><table class="sortable actors"><thead><tr>'];
  out.push(th(t.colActor, 'text'));
  if (colours.column !== null) out.push(th(d.colGroup(colours.column), 'text'));
  for (const key of metrics) out.push(metricTh(key, t, key === 'betweenness' ? 'descending' : undefined));
  if (anyVulnerable) out.push(th(d.colVulnerable, 'text'));
  out.push('</tr></thead><tbody>');
  for (const id of ids) {
    const a = report.actors[id]!;
    const label = displayName(id, a);
    const idNote = label !== id ? `<br><span class="muted small">${escapeHtml(id)}</span>` : '';
    const cells: string[] = [
      `<td class="actor" data-v="${escapeHtml(label)}"><button type="button" class="name" data-i="${index.get(id)!}">${escapeHtml(label)}</button>${idNote}</td>`,
    ];
    if (colours.column !== null) {
      const g = colours.groupOf(id);
      cells.push(`<td class="group">${g === null ? '' : `${dotFor(colours.colourOf(id))}${escapeHtml(g)}`}</td>`);
    }
    for (const key of metrics) {
      const value = a[key];
      cells.push(typeof value === 'boolean' ? `<td>${escapeHtml(value ? t.yes : '')}</td>` : numCell(value, metricText(a, key, num)));
    }
    if (anyVulnerable) cells.push(`<td>${escapeHtml(isVulnerable(a) ? t.yes : '')}</td>`);
    out.push(`<tr>${cells.join('')}</tr>`);
  }
  out.push('</tbody></table></div>');
  return out.join('\n');
}

/** What the page script shows on hover/click: names, groups, figures already formatted (PANEL_METRICS), and the ties. */
function mapData({ input: { report, dataset }, t, lang, colours, ids, index, num }: Page): unknown {
  const d = t.doc;
  const weighted = report.input.weighted;
  const metrics = shownMetrics(PANEL_METRICS, report);
  return {
    weighted,
    facts: metrics.map((key) => metricLabel(key, t)),
    text: {
      tie: d.panelTie,
      ties: d.panelTies,
      noTies: d.panelNoTies,
      hint: d.panelHint,
      cut: d.badgeCutPoint,
      vulnerable: d.badgeVulnerable,
      row: d.panelRow,
      findNone: d.mapFindNone,
      findMany: d.mapFindMany,
    },
    actors: ids.map((id) => {
      const a = report.actors[id]!;
      return {
        id,
        name: displayName(id, a),
        group: colours.groupOf(id),
        cut: a.articulationPoint,
        vulnerable: isVulnerable(a),
        values: metrics.map((key) => metricText(a, key, num)),
      };
    }),
    ties: dataset.ties.map((tie) => [index.get(tie.source)!, index.get(tie.target)!, tie.weight, formatWeight(tie.weight, lang)]),
  };
}

function formatWeight(weight: number, lang: Lang): string {
  if (Number.isInteger(weight)) return String(weight);
  const text = formatNumber(weight, 2, lang).replace(/0+$/, '');
  return text.endsWith(',') || text.endsWith('.') ? text.slice(0, -1) : text;
}
