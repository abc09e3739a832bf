/**
 * Report → Markdown to paste into a partnership's shared document (GitHub,
 * GitLab, Notion, Obsidian, HedgeDoc…): title, recommendations, the network in
 * figures, top actors, bonding/bridging by group, separate parts, cut points
 * and bridges, informal clusters. GitHub-flavoured tables; every string from
 * the input (labels, ids, group values, messages) goes through
 * `markdownText`, so a `|` cannot split a cell and `<script>` or `*` render as
 * the characters they are. Numbers are rounded with the language's decimal
 * mark, as in the text report; the JSON and CSV keep full precision.
 */

import { messages, type Messages } from '../i18n/messages.js';
import { SEVERITIES } from '../types.js';
import { compareCodeUnits } from '../util/sort.js';
import { VERSION } from '../version.js';
import { actorIds, displayName, metricLabel, metricText } from './columns.js';
import { markdownText } from './escape.js';
import { clip, numberFormatter, type Align } from './format.js';
import type { RenderInput, RenderOptions } from './render-input.js';
import { BROKER_METRICS, byBetweenness, clusterList, cutPointsByCutOff, directedFacts, mostNamed, restsOnNonRespondentsLine, estimateLines, inputShapeLines, tieTypeRows, twoModeSections, groupColumnAsWritten, groupMix, inputWarningCount, summaryFacts, topBrokers } from './sections.js';

/** Ids listed in one cell or line before "and N more". */
/** Lines of a list section beyond this are cut with "… and N more". */
const LIST_LIMIT = 12;
const NAMES_SHOWN = 12;

export function renderMarkdown({ report }: RenderInput, options: Pick<RenderOptions, 'lang' | 'top' | 'name'>): string {
  const { lang } = options;
  const t = messages(lang);
  const d = t.doc;
  const md = markdownText;
  const num = numberFormatter(lang, t.notDefined);
  const name = (id: string): string => md(clip(displayName(id, report.actors[id]), 60));
  const names = (ids: readonly string[]): string => nameList(ids, name, t);
  const s = report.summary;
  const ids = actorIds(report);
  const out: string[] = [];

  out.push(`# ${md(d.heading(options.name))}`, '');
  out.push(md(`${t.inputLine(s.actors, s.ties, report.input.weighted)} · ${report.input.groupBy === null ? t.noGroups : t.groupedBy(groupColumnAsWritten(report) ?? report.input.groupBy)}`));
  for (const line of inputShapeLines(report, t)) out.push('', md(line));
  const inputWarnings = inputWarningCount(report);
  if (inputWarnings > 0) out.push('', md(d.warningsHtml(inputWarnings)));
  for (const line of estimateLines(report, t)) out.push('', `**${md(line)}**`);

  out.push('', `## ${md(t.sectionRecommendations)}`, '');
  if (report.recommendations.length === 0) out.push(md(t.noRecommendations));
  else {
    for (const severity of SEVERITIES) {
      const items = report.recommendations.filter((r) => r.severity === severity);
      if (items.length === 0) continue;
      out.push(`**${md(t.severity[severity])}**`, '');
      for (const r of items) out.push(`- ${md(r.message)}`);
      out.push('');
    }
    out.pop();
  }

  out.push('', `## ${md(t.sectionSummary)}`, '');
  const facts = summaryFacts(report, t, lang, { counts: true, ei: (value, meaning) => `${value} (${meaning})` });
  for (const [k, v] of facts) out.push(`- ${md(k)}: **${md(v)}**`);

  const directed = directedFacts(report, t, lang);
  if (directed.length > 0) {
    out.push('', `## ${md(t.sectionDirected)}`, '');
    for (const [k, v] of directed) out.push(`- ${md(k)}: **${md(v)}**`);
    out.push('', md(t.directedIntro), '');
    out.push(
      ...table(
        [t.colRank, t.colActor, t.colSector, t.colNamedBy, t.colNames, t.colReciprocity, t.colAnswered].map(md),
        mostNamed(report, options.top).map((id, rank) => {
          const a = report.actors[id]!;
          return [
            String(rank + 1),
            name(id),
            md(a.sector ?? ''),
            String(a.inDegree ?? 0),
            String(a.outDegree ?? 0),
            num(a.reciprocity ?? null, 2),
            md(a.respondent === null || a.respondent === undefined ? '' : t.answered(a.respondent)),
          ];
        }),
        ['right', 'left', 'left', 'right', 'right', 'right', 'left'],
      ),
    );
    const rests = restsOnNonRespondentsLine(report, t);
    if (rests !== null) out.push('', `**${md(rests)}**`);
  }

  out.push('', `## ${md(t.sectionBrokers)}`, '', md(t.brokersIntro), '');
  out.push(
    ...table(
      [t.colRank, t.colActor, t.colSector, ...BROKER_METRICS.map((key) => metricLabel(key, t)), metricLabel('articulationPoint', t)].map(md),
      topBrokers(report, options.top).map((id, rank) => {
        const a = report.actors[id]!;
        return [
          String(rank + 1),
          name(id),
          md(a.sector ?? ''),
          ...BROKER_METRICS.map((key) => metricText(a, key, num)),
          md(a.articulationPoint ? t.yes : ''),
        ];
      }),
      ['right', 'left', 'left', 'right', 'right', 'right', 'right', 'left'],
    ),
  );

  const groups = Object.keys(report.groups).sort(compareCodeUnits);
  out.push('', `## ${md(t.sectionSectors)}`, '');
  if (report.input.groupBy === null || groups.length === 0) out.push(md(t.noSectors));
  else {
    out.push(md(t.sectorsIntro), '');
    out.push(
      ...table(
        [t.colGroup, t.actors, t.colInternal, t.colExternal, t.colEi, t.colReading].map(md),
        groups.map((g) => {
          const stats = report.groups[g]!;
          return [md(g), String(stats.actors), String(stats.internalTies), String(stats.externalTies), num(stats.eiIndex, 2), md(t.eiMeaning(stats.eiIndex))];
        }),
        ['left', 'right', 'right', 'right', 'right', 'left'],
      ),
    );
  }

  if (report.tieTypes !== undefined) {
    out.push('', `## ${md(t.sectionTieTypes)}`, '');
    out.push(md(t.tieTypesIntro(report.tieTypes.column, report.tieTypes.selected)), '');
    out.push(
      ...table(
        [t.colKind, t.colAnalysed, t.ties, t.colDensity, t.colInternal, t.colExternal, t.colGroupPairs].map(md),
        tieTypeRows(report, t, lang).map((row) => row.map(md)),
        ['left', 'left', 'right', 'right', 'right', 'right', 'left'],
      ),
    );
    out.push('', md(t.multiplexLine(report.tieTypes.multiplexPairs, report.tieTypes.mergedBy)));
  }

  // Lines are escaped whole: the names go in raw.
  for (const section of twoModeSections(report, t, (id) => clip(displayName(id, report.actors[id]), 60))) {
    out.push('', `## ${md(section.heading)}`, '', md(section.intro));
    if (section.lines.length > 0) out.push('', ...section.lines.slice(0, LIST_LIMIT).map((line) => `- ${md(line)}`));
    if (section.lines.length > LIST_LIMIT) out.push(`- ${md(t.moreNotShown(section.lines.length - LIST_LIMIT))}`);
  }

  out.push('', `## ${md(t.sectionFragility)}`, '');
  const [largest] = report.components;
  out.push(md(t.componentsLine(report.components.length, largest?.size ?? 0, s.actors)), '');
  out.push(
    ...table(
      [d.colPart, t.actors, d.colMembers].map(md),
      report.components.map((c) => [String(c.index), String(c.size), names(byBetweenness(report, c.actors))]),
      ['right', 'right', 'left'],
    ),
  );
  const isolates = ids.filter((id) => report.actors[id]!.degree === 0);
  if (isolates.length > 0) out.push('', `${md(t.isolatesLine(isolates.length))} ${names(isolates)}`);
  const cut = cutPointsByCutOff(report);
  out.push('', cut.length === 0 ? md(t.noCutPoints) : `${md(t.cutPoints(cut.length))} ${nameList(cut, (id) => `${name(id)} (${md(t.cutsOff(report.actors[id]!.cutOff))})`, t)}`);
  out.push('', report.bridges.length === 0 ? md(d.noBridges) : md(t.bridgesLine(report.bridges.length)));
  if (report.bridges.length > 0) {
    out.push('');
    for (const [u, v] of report.bridges) out.push(`- ${name(u)} – ${name(v)}`);
  }

  out.push('', `## ${md(t.sectionCommunities)}`, '');
  const c = report.communities;
  out.push(md(t.communitiesLine(c.count, c.modularity, c.runs)));
  const shown = clusterList(report);
  if (shown.length > 0) {
    out.push('');
    out.push(
      ...table(
        [d.colCluster, t.actors, d.recGroups, d.colMembers].map(md),
        shown.map(({ index: k, members }) => [String(k), String(members.length), md(groupMix(report, members)), names(members)]),
        ['right', 'right', 'left', 'left'],
      ),
    );
  }

  out.push('', '---', '', `*${md(d.footerMarkdown(VERSION))}*`, '');
  return out.join('\n');
}

/** A GitHub-flavoured table; cells are already escaped. */
function table(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[]): string[] {
  const rule = align.map((a) => (a === 'right' ? '---:' : ':---'));
  const line = (cells: readonly string[]): string => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)];
}

function nameList(ids: readonly string[], name: (id: string) => string, t: Messages): string {
  const shown = ids.slice(0, NAMES_SHOWN).map(name);
  const more = ids.length - shown.length;
  return more > 0 ? `${shown.join(', ')} ${markdownText(t.doc.andMore(more))}` : shown.join(', ');
}
