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
import type { Report, Severity } from '../types.js';
import { SEVERITIES } from '../types.js';
import { compareCodeUnits } from '../util/sort.js';
import { isVulnerable } from '../util/vulnerable.js';
import { VERSION } from '../version.js';
import { actorIds, displayName } from './columns.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { clip, formatNumber, formatPercent } from './format.js';
import { SCRIPT, STYLE } from './html-assets.js';
import { renderMap } from './html-map.js';
import { groupColours, type GroupColours } from './palette.js';
import type { RenderInput, RenderOptions } from './render-input.js';
import { byBetweenness, clusterList, directedFacts, mostNamed, restsOnNonRespondentsLine, estimateLines, inputShapeLines, tieTypeRows, groupColumnAsWritten, inputWarningCount, summaryFacts } from './sections.js';

/** Names listed in a recommendation or a part before "… and N more". */
const NAMES_SHOWN = 8;

export function renderHtml(input: RenderInput, options: Pick<RenderOptions, 'lang' | 'top' | 'name'>): string {
  const { report } = input;
  const { lang } = options;
  const t = messages(lang);
  const d = t.doc;
  const colours = groupColours(report);
  const ids = actorIds(report);
  const index = new Map(ids.map((id, i) => [id, i] as const));
  const num = (value: number | null, digits = 3): string => formatNumber(value, digits, lang, t.notDefined);
  const name = (id: string): string => displayName(id, report.actors[id]);
  const map = renderMap(input, t, colours, options.top);
  const s = report.summary;
  const cutPoints = ids.filter((id) => report.actors[id]!.articulationPoint);

  const body: string[] = [];
  body.push('<header>');
  body.push(`<h1>${escapeHtml(d.heading(options.name))} <span class="brand">· tuff</span></h1>`);
  const lede = [t.inputLine(s.actors, s.ties, report.input.weighted), report.input.groupBy === null ? t.noGroups : t.groupedBy(groupColumnAsWritten(report) ?? report.input.groupBy)];
  body.push(`<p class="lede">${escapeHtml(lede.join(' · '))}</p>`);
  for (const line of inputShapeLines(report, t)) body.push(`<p class="lede">${escapeHtml(line)}</p>`);
  const inputWarnings = inputWarningCount(report);
  if (inputWarnings > 0) body.push(`<p class="lede warn-line">${escapeHtml(d.warningsHtml(inputWarnings))}</p>`);
  for (const line of estimateLines(report, t)) body.push(`<p class="lede warn-line">${escapeHtml(line)}</p>`);
  const critical = report.recommendations.filter((r) => r.severity === 'critical').length;
  const nav: [string, string][] = [
    ['#map-section', d.mapTitle],
    ['#recommendations', critical > 0 ? `${t.sectionRecommendations} (${d.criticalCount(critical)})` : t.sectionRecommendations],
    ['#actors', d.sectionActors],
  ];
  if (report.input.groupBy !== null && Object.keys(report.groups).length > 0) nav.push(['#groups', t.sectionSectors]);
  if (report.tieTypes !== undefined) nav.push(['#tie-types', t.sectionTieTypes]);
  nav.push(['#parts', t.sectionFragility], ['#clusters', t.sectionCommunities]);
  body.push(`<nav class="toc no-print">${nav.map(([href, text]) => `<a href="${href}">${escapeHtml(text)}</a>`).join('')}</nav>`);
  body.push('</header>');

  // Key figures.
  body.push(`<section id="figures"><h2>${escapeHtml(t.sectionSummary)}</h2>`);
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
  body.push('<ul class="cards">');
  for (const [value, what, alert] of cards) {
    body.push(`<li class="card${alert ? ' alert' : ''}"><span class="value">${escapeHtml(value)}</span><span class="what">${escapeHtml(what)}</span></li>`);
  }
  body.push('</ul>');
  const facts = summaryFacts(report, t, lang, { counts: false, ei: (value, meaning) => `${value} · ${meaning}` });
  facts.push([d.clusters, d.clustersValue(report.communities.count, report.communities.modularity === null ? t.notDefined : num(report.communities.modularity, 3))]);
  body.push(`<details class="figures"><summary>${escapeHtml(d.allFigures)}</summary><dl class="facts">`);
  for (const [k, v] of facts) body.push(`<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`);
  body.push('</dl></details></section>');

  // Directed answers: who names whom.
  const directed = directedFacts(report, t, lang);
  if (directed.length > 0) {
    body.push(`<section id="directed"><h2>${escapeHtml(t.sectionDirected)}</h2><dl class="facts">`);
    for (const [k, v] of directed) body.push(`<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`);
    body.push('</dl>');
    const rests = restsOnNonRespondentsLine(report, t);
    if (rests !== null) body.push(`<p class="warn-line">${escapeHtml(rests)}</p>`);
    body.push(`<p class="hint">${escapeHtml(t.directedIntro)}</p>`);
    body.push('<div class="table-wrap"><table class="sortable"><thead><tr>');
    body.push(th(t.colActor, 'text'), th(t.colSector, 'text'), th(t.colNamedBy, 'num'), th(t.colNames, 'num'), th(t.colReciprocity, 'num'), th(t.colAnswered, 'text'));
    body.push('</tr></thead><tbody>');
    for (const id of mostNamed(report, options.top)) {
      const a = report.actors[id]!;
      const answered = a.respondent === null || a.respondent === undefined ? '' : t.answered(a.respondent);
      body.push(
        `<tr><td>${escapeHtml(name(id))}</td><td>${escapeHtml(a.sector ?? '')}</td>${numCell(a.inDegree ?? 0, String(a.inDegree ?? 0))}` +
          `${numCell(a.outDegree ?? 0, String(a.outDegree ?? 0))}${numCell(a.reciprocity ?? null, num(a.reciprocity ?? null, 2))}<td>${escapeHtml(answered)}</td></tr>`,
      );
    }
    body.push('</tbody></table></div></section>');
  }

  // Map.
  body.push(`<section id="map-section"><h2>${escapeHtml(d.mapTitle)}</h2>`);
  body.push(`<p class="hint">${escapeHtml(d.mapHowTo(colours.column))}</p>`);
  body.push('<div class="map-wrap">');
  body.push(`<div class="map-box">\n${map.svg}\n</div>`);
  body.push(`<aside id="panel" class="panel" aria-live="polite"><p class="hint">${escapeHtml(d.panelHint)}</p></aside>`);
  body.push('</div>');
  body.push(map.legend);
  body.push('</section>');

  // Recommendations: critical and warnings open, the rest behind one click.
  body.push(`<section id="recommendations"><h2>${escapeHtml(t.sectionRecommendations)}</h2>`);
  if (report.recommendations.length === 0) body.push(`<p>${escapeHtml(t.noRecommendations)}</p>`);
  else {
    const open = report.recommendations.filter((r) => r.severity !== 'info');
    const info = report.recommendations.filter((r) => r.severity === 'info');
    if (open.length > 0) {
      body.push('<ol class="recs">');
      for (const severity of SEVERITIES) {
        for (const r of open.filter((x) => x.severity === severity)) body.push(renderRecommendation(r, severity, t, lang, name));
      }
      body.push('</ol>');
    }
    if (info.length > 0) {
      body.push(`<details class="more-recs"${open.length === 0 ? ' open' : ''}><summary>${escapeHtml(d.moreRecommendations(info.length, t.severity.info))}</summary><ol class="recs">`);
      for (const r of info) body.push(renderRecommendation(r, 'info', t, lang, name));
      body.push('</ol></details>');
    }
  }
  body.push('</section>');

  // All actors.
  body.push(`<section id="actors"><h2>${escapeHtml(d.sectionActors)}</h2>`);
  body.push(`<p class="hint">${escapeHtml(d.actorsHint)}</p>`);
  body.push(renderActorTable(report, t, lang, colours, index));
  body.push('</section>');

  // Groups.
  const groups = Object.keys(report.groups).sort(compareCodeUnits);
  if (report.input.groupBy !== null && groups.length > 0) {
    body.push(`<section id="groups"><h2>${escapeHtml(t.sectionSectors)}</h2><p class="hint">${escapeHtml(t.sectorsIntro)}</p>`);
    body.push('<div class="table-wrap"><table class="sortable"><thead><tr>');
    body.push(th(t.colGroup, 'text'), th(t.actors, 'num'), th(t.colInternal, 'num'), th(t.colExternal, 'num'), th(t.colEi, 'num'), th(t.colReading, 'text', false));
    body.push('</tr></thead><tbody>');
    for (const g of groups) {
      const stats = report.groups[g]!;
      const legend = colours.column === report.input.groupBy ? colours.legend.find((l) => l.value === g) : undefined;
      const dot = legend === undefined ? '' : dotFor(legend.colour);
      body.push(
        `<tr><td>${dot}${escapeHtml(g)}</td>${numCell(stats.actors, String(stats.actors))}${numCell(stats.internalTies, String(stats.internalTies))}` +
          `${numCell(stats.externalTies, String(stats.externalTies))}${numCell(stats.eiIndex, num(stats.eiIndex, 2))}<td>${escapeHtml(t.eiMeaning(stats.eiIndex))}</td></tr>`,
      );
    }
    body.push('</tbody></table></div></section>');
  }

  // Kinds of tie (multiplex data).
  if (report.tieTypes !== undefined) {
    body.push(`<section id="tie-types"><h2>${escapeHtml(t.sectionTieTypes)}</h2><p class="hint">${escapeHtml(t.tieTypesIntro(report.tieTypes.column, report.tieTypes.selected))}</p>`);
    body.push('<div class="table-wrap"><table class="sortable"><thead><tr>');
    body.push(th(t.colKind, 'text'), th(t.colAnalysed, 'text'), th(t.ties, 'num'), th(t.colDensity, 'num'), th(t.colInternal, 'num'), th(t.colExternal, 'num'), th(t.colGroupPairs, 'text', false));
    body.push('</tr></thead><tbody>');
    const kinds = report.tieTypes.types;
    tieTypeRows(report, t, lang).forEach(([kind, analysed, ties, density, internal, external, pairs], i) => {
      const k = kinds[i]!;
      body.push(
        `<tr><td>${escapeHtml(kind!)}</td><td>${escapeHtml(analysed!)}</td>${numCell(k.ties, ties!)}${numCell(k.density, density!)}` +
          `${numCell(k.internalTies, internal!)}${numCell(k.externalTies, external!)}<td>${escapeHtml(pairs!)}</td></tr>`,
      );
    });
    body.push('</tbody></table></div>');
    body.push(`<p>${escapeHtml(t.multiplexLine(report.tieTypes.multiplexPairs, report.tieTypes.mergedBy))}</p></section>`);
  }

  // Parts, isolates and fragile ties.
  body.push(`<section id="parts"><h2>${escapeHtml(t.sectionFragility)}</h2>`);
  const [largest, ...rest] = report.components;
  body.push(`<p>${escapeHtml(t.componentsLine(report.components.length, largest?.size ?? 0, s.actors))}</p>`);
  const detached = rest.filter((c) => c.size > 1);
  if (detached.length > 0) {
    body.push('<ul class="plain">');
    for (const c of detached) body.push(`<li>${escapeHtml(t.detachedGroup(c.index, c.size))} ${escapeHtml(nameList(c.actors, name, t))}</li>`);
    body.push('</ul>');
  }
  const isolates = ids.filter((id) => report.actors[id]!.degree === 0);
  if (isolates.length > 0) body.push(`<p>${escapeHtml(t.isolatesLine(isolates.length))} ${escapeHtml(nameList(isolates, name, t))}</p>`);
  if (cutPoints.length > 0) body.push(`<p>${escapeHtml(t.cutPoints(cutPoints.length))} ${escapeHtml(nameList(cutPoints, name, t))}</p>`);
  else body.push(`<p>${escapeHtml(t.noCutPoints)}</p>`);
  if (report.bridges.length > 0) {
    body.push(`<p>${escapeHtml(t.bridgesLine(report.bridges.length))}</p><ul class="plain">`);
    for (const [u, v] of report.bridges) body.push(`<li>${escapeHtml(name(u))} – ${escapeHtml(name(v))}</li>`);
    body.push('</ul>');
  } else body.push(`<p>${escapeHtml(d.noBridges)}</p>`);
  body.push('</section>');

  // Informal clusters.
  body.push(`<section id="clusters"><h2>${escapeHtml(t.sectionCommunities)}</h2>`);
  const c = report.communities;
  body.push(`<p>${escapeHtml(t.communitiesLine(c.count, c.modularity, c.runs))}</p>`);
  const shown = clusterList(report);
  if (shown.length > 0) {
    body.push('<ul class="plain">');
    for (const { index: k, members } of shown) {
      body.push(`<li><strong>${escapeHtml(t.communityLine(k, members.length))}</strong>: ${escapeHtml(nameList(members, name, t))}</li>`);
    }
    body.push('</ul>');
  }
  body.push('</section>');

  body.push(`<footer>${escapeHtml(d.footerHtml(VERSION))}</footer>`);

  const data = mapData(input, t, lang, colours, ids);
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
    `<title>${escapeHtml(d.heading(options.name))}</title>`,
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

function nameList(ids: readonly string[], name: (id: string) => string, t: Messages): string {
  const shown = ids.slice(0, NAMES_SHOWN).map((id) => clip(name(id), 60));
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

function renderActorTable(report: Report, t: Messages, lang: Lang, colours: GroupColours, index: ReadonlyMap<string, number>): string {
  const d = t.doc;
  const num = (value: number | null, digits = 3): string => formatNumber(value, digits, lang, t.notDefined);
  const ids = byBetweenness(report, [...index.keys()]);
  const anyVulnerable = ids.some((id) => isVulnerable(report.actors[id]!));
  const weighted = report.input.weighted;
  const out: string[] = ['<div class="table-wrap"><table class="sortable actors"><thead><tr>'];
  out.push(th(t.colActor, 'text'));
  if (colours.column !== null) out.push(th(d.colGroup(colours.column), 'text'));
  out.push(th(t.colTies, 'num'));
  if (weighted) out.push(th(d.colStrength, 'num'));
  out.push(
    th(t.colBetweenness, 'num', true, 'descending'),
    th(d.colEigenvector, 'num'),
    th(t.colConstraint, 'num'),
    th(t.colEffectiveSize, 'num'),
    th(d.colClustering, 'num'),
    th(t.colCutPoint, 'text'),
  );
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
    cells.push(numCell(a.degree, String(a.degree)));
    if (weighted) cells.push(numCell(a.strength, num(a.strength, 1)));
    cells.push(
      numCell(a.betweenness, num(a.betweenness)),
      numCell(a.eigenvector, num(a.eigenvector)),
      numCell(a.constraint, num(a.constraint)),
      numCell(a.effectiveSize, num(a.effectiveSize, 1)),
      numCell(a.clustering, num(a.clustering, 2)),
      `<td>${escapeHtml(a.articulationPoint ? t.yes : '')}</td>`,
    );
    if (anyVulnerable) cells.push(`<td>${escapeHtml(isVulnerable(a) ? t.yes : '')}</td>`);
    out.push(`<tr>${cells.join('')}</tr>`);
  }
  out.push('</tbody></table></div>');
  return out.join('\n');
}

/** What the page script shows on hover/click: names, groups, figures already formatted, and the ties. */
function mapData(
  { report, dataset }: RenderInput,
  t: Messages,
  lang: Lang,
  colours: GroupColours,
  ids: readonly string[],
): unknown {
  const d = t.doc;
  const num = (value: number | null, digits = 3): string => formatNumber(value, digits, lang, t.notDefined);
  const weighted = report.input.weighted;
  const facts = [
    t.colTies,
    ...(weighted ? [d.colStrength] : []),
    t.colBetweenness,
    d.colCloseness,
    d.colEigenvector,
    t.colConstraint,
    t.colEffectiveSize,
    d.colClustering,
    d.colCluster,
  ];
  const index = new Map(ids.map((id, i) => [id, i] as const));
  return {
    weighted,
    facts,
    text: { tie: d.panelTie, ties: d.panelTies, noTies: d.panelNoTies, hint: d.panelHint, cut: d.badgeCutPoint, vulnerable: d.badgeVulnerable },
    actors: ids.map((id) => {
      const a = report.actors[id]!;
      return {
        id,
        name: displayName(id, a),
        group: colours.groupOf(id),
        cut: a.articulationPoint,
        vulnerable: isVulnerable(a),
        values: [
          String(a.degree),
          ...(weighted ? [num(a.strength, 1)] : []),
          num(a.betweenness),
          num(a.closeness),
          num(a.eigenvector),
          num(a.constraint),
          num(a.effectiveSize, 1),
          num(a.clustering, 2),
          String(a.community),
        ],
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
