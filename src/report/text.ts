/**
 * Report → the terminal report a facilitator reads. Pure: the chalk instance
 * (colour level decided once by the CLI) and the language are passed in.
 *
 * Order: recommendations first (what to do), then the network in figures, who
 * holds it together, bonding vs bridging by group, fragility (parts, isolates,
 * bridges), and informal clusters. Numbers are rounded here; the JSON report
 * keeps full precision.
 */

import type { Lang } from '../options.js';
import type { Recommendation, Report, ReportActor, Severity } from '../types.js';
import { SEVERITIES } from '../types.js';
import { messages, type Messages } from '../i18n/messages.js';
import { ruleCatalogue } from '../i18n/rules.js';
import type { ChalkInstance } from '../util/colour.js';
import { byValueDescThenId } from '../util/sort.js';
import { metricLabel, metricText } from './columns.js';
import { clip, numberFormatter, table } from './format.js';
import { BROKER_METRICS, clusterList, cutPointsByCutOff, directedFacts, mostNamed, restsOnNonRespondentsLine, estimateLines, inputShapeLines, tieTypeRows, twoModeSections, groupColumnAsWritten, groupMix, inputWarningCount, summaryFacts, topBrokers } from './sections.js';

export interface TextOptions {
  readonly chalk: ChalkInstance;
  readonly lang: Lang;
  /** Rows in the top-actor tables. */
  readonly top: number;
  /** Name of the network shown in the title (folder or file name). */
  readonly name: string;
}

/** Lists of ids longer than this are cut with "… and N more". */
const LIST_LIMIT = 12;

export function renderText(report: Report, options: TextOptions): string {
  const { chalk, lang } = options;
  const t = messages(lang);
  const out: string[] = [];
  const heading = (text: string): void => {
    out.push('', chalk.bold.underline(text));
  };
  const name = (id: string): string => actorName(report, id);

  out.push(chalk.bold(t.title(options.name)));
  out.push(t.inputLine(report.summary.actors, report.summary.ties, report.input.weighted));
  out.push(report.input.groupBy === null ? t.noGroups : t.groupedBy(groupColumnAsWritten(report) ?? report.input.groupBy));
  for (const line of inputShapeLines(report, t)) out.push(line);
  const inputWarnings = inputWarningCount(report);
  if (inputWarnings > 0) out.push(chalk.yellow(t.warningsLine(inputWarnings)));
  for (const line of estimateLines(report, t)) out.push(chalk.yellow(line));

  renderRecommendations(report, t, chalk, heading, out, lang);

  // The network in figures.
  heading(t.sectionSummary);
  const s = report.summary;
  const num = numberFormatter(lang, t.notDefined);
  const facts = summaryFacts(report, t, lang, { counts: true, ei: (value, meaning) => `${value}  ${meaning}` });
  const labelWidth = Math.max(...facts.map(([k]) => [...k].length));
  for (const [k, v] of facts) out.push(`  ${k.padEnd(labelWidth)}  ${v}`);

  // Directed answers: who names whom.
  const directed = directedFacts(report, t, lang);
  if (directed.length > 0) {
    heading(t.sectionDirected);
    const width = Math.max(...directed.map(([k]) => [...k].length));
    for (const [k, v] of directed) out.push(`  ${k.padEnd(width)}  ${v}`);
    out.push('', `  ${t.directedIntro}`);
    out.push(
      ...table(
        [t.colRank, t.colActor, t.colSector, t.colNamedBy, t.colNames, t.colReciprocity, t.colAnswered],
        mostNamed(report, options.top).map((id, rank) => {
          const a = report.actors[id]!;
          return [
            String(rank + 1),
            clip(name(id), 36),
            clip(a.sector ?? '', 14),
            String(a.inDegree ?? 0),
            String(a.outDegree ?? 0),
            num(a.reciprocity ?? null, 2),
            a.respondent === null || a.respondent === undefined ? '' : t.answered(a.respondent),
          ];
        }),
        ['right', 'left', 'left', 'right', 'right', 'right', 'left'],
        { header: (x) => chalk.dim(x) },
      ),
    );
    const rests = restsOnNonRespondentsLine(report, t);
    if (rests !== null) out.push('', `  ${chalk.yellow(rests)}`);
  }

  // Who holds the network together.
  heading(t.sectionBrokers);
  out.push(`  ${t.brokersIntro}`);
  const ids = Object.keys(report.actors);
  const rows = topBrokers(report, options.top).map((id, rank) => {
    const a = report.actors[id]!;
    return [
      String(rank + 1),
      clip(name(id), 36),
      clip(a.sector ?? '', 14),
      ...BROKER_METRICS.map((key) => metricText(a, key, num)),
      a.articulationPoint ? t.yes : t.no,
    ];
  });
  out.push(
    ...table(
      [t.colRank, t.colActor, t.colSector, ...BROKER_METRICS.map((key) => metricLabel(key, t)), metricLabel('articulationPoint', t)],
      rows,
      ['right', 'left', 'left', 'right', 'right', 'right', 'right', 'left'],
      { header: (x) => chalk.dim(x) },
    ),
  );
  const cut = cutPointsByCutOff(report);
  out.push('');
  if (cut.length === 0) out.push(`  ${t.noCutPoints}`);
  else {
    out.push(`  ${t.cutPoints(cut.length)}`);
    for (const id of cut.slice(0, LIST_LIMIT)) out.push(`    ${chalk.red(name(id))}  ${chalk.dim(`(${t.cutsOff(report.actors[id]!.cutOff)})`)}`);
    if (cut.length > LIST_LIMIT) out.push(`    ${t.moreNotShown(cut.length - LIST_LIMIT)}`);
  }
  const brokers = byValueDescThenId(
    ids.filter((id) => report.actors[id]!.degree >= 3 && report.actors[id]!.constraint !== null),
    (id) => -report.actors[id]!.constraint!,
    (id) => id,
  ).slice(0, Math.min(5, options.top));
  out.push('');
  if (brokers.length === 0) out.push(`  ${t.noLowConstraint}`);
  else {
    out.push(`  ${t.lowConstraint}`);
    for (const id of brokers) {
      const a = report.actors[id]!;
      out.push(`    ${name(id)}  (${t.colConstraint.toLowerCase()} ${num(a.constraint)}, ${t.colEffectiveSize.toLowerCase()} ${num(a.effectiveSize, 1)})`);
    }
  }

  // Bonding vs bridging by group.
  heading(t.sectionSectors);
  const groups = Object.keys(report.groups);
  if (report.input.groupBy === null || groups.length === 0) out.push(`  ${t.noSectors}`);
  else {
    out.push(`  ${t.sectorsIntro}`);
    const groupRows = groups.map((g) => {
      const stats = report.groups[g]!;
      return [
        clip(g, 24),
        String(stats.actors),
        String(stats.internalTies),
        String(stats.externalTies),
        num(stats.eiIndex, 2),
        t.eiMeaning(stats.eiIndex),
      ];
    });
    out.push(
      ...table(
        [t.colGroup, t.actors, t.colInternal, t.colExternal, t.colEi, t.colReading],
        groupRows,
        ['left', 'right', 'right', 'right', 'right', 'left'],
        { header: (x) => chalk.dim(x) },
      ),
    );
  }

  // Kinds of tie (multiplex data).
  if (report.tieTypes !== undefined) {
    heading(t.sectionTieTypes);
    out.push(`  ${t.tieTypesIntro(report.tieTypes.column, report.tieTypes.selected)}`);
    out.push(
      ...table(
        [t.colKind, t.colAnalysed, t.ties, t.colDensity, t.colInternal, t.colExternal, t.colGroupPairs],
        tieTypeRows(report, t, lang).map(([kind, ...rest]) => [clip(kind!, 28), ...rest]),
        ['left', 'left', 'right', 'right', 'right', 'right', 'left'],
        { header: (x) => chalk.dim(x) },
      ),
    );
    out.push('', `  ${t.multiplexLine(report.tieTypes.multiplexPairs, report.tieTypes.mergedBy)}`);
  }

  // An attendance list: the activities that bring groups together, who shares none.
  for (const section of twoModeSections(report, t, name)) {
    heading(section.heading);
    out.push(`  ${section.intro}`);
    for (const line of section.lines.slice(0, LIST_LIMIT)) out.push(`    ${line}`);
    if (section.lines.length > LIST_LIMIT) out.push(`    ${t.moreNotShown(section.lines.length - LIST_LIMIT)}`);
  }

  // Parts, isolates and fragile ties.
  heading(t.sectionFragility);
  const [largest, ...rest] = report.components;
  out.push(`  ${t.componentsLine(report.components.length, largest?.size ?? 0, s.actors)}`);
  const detached = rest.filter((c) => c.size > 1);
  for (const c of detached.slice(0, LIST_LIMIT)) {
    out.push(`  ${t.detachedGroup(c.index, c.size)}`);
    listActors(c.actors, name, t, out, (x) => x);
  }
  if (detached.length > LIST_LIMIT) out.push(`  ${t.moreNotShown(detached.length - LIST_LIMIT)}`);
  const isolates = ids.filter((id) => report.actors[id]!.degree === 0);
  if (isolates.length > 0) {
    out.push(`  ${t.isolatesLine(isolates.length)}`);
    listActors(isolates, name, t, out, chalk.yellow);
  }
  if (report.bridges.length > 0) {
    out.push(`  ${t.bridgesLine(report.bridges.length)}`);
    for (const [u, v] of report.bridges.slice(0, LIST_LIMIT)) out.push(`    ${name(u)} – ${name(v)}`);
    if (report.bridges.length > LIST_LIMIT) out.push(`    ${t.moreNotShown(report.bridges.length - LIST_LIMIT)}`);
  }

  // Informal clusters.
  heading(t.sectionCommunities);
  const c = report.communities;
  out.push(`  ${t.communitiesLine(c.count, c.modularity, c.runs)}`);
  const shown = clusterList(report);
  for (const { index: k, members } of shown.slice(0, LIST_LIMIT)) {
    const mix = groupMix(report, members);
    out.push(`  ${chalk.bold(t.communityLine(k, members.length))}${mix === '' ? '' : `  ${t.communityMix}: ${mix}`}`);
    listActors(members, name, t, out, (x) => x, 6);
  }
  if (shown.length > LIST_LIMIT) out.push(`  ${t.moreNotShown(shown.length - LIST_LIMIT)}`);

  renderLaterSuggestions(report, chalk, heading, out, lang);

  out.push('', chalk.dim(t.footer), '');
  return out.join('\n');
}

/** Recommendations shown per rule in the text report (fewer for "good to know"); all of them are in --format json. */
const RECOMMENDATIONS_PER_RULE: Readonly<Record<Severity, number>> = { critical: 5, warning: 5, info: 3 };
/** Messages are wrapped to this many columns (with a hanging indent). */
const WRAP = 100;

/**
 * What to do, before any table: the first screen holds what a facilitator can
 * act on this month — the critical and warning items, grouped by severity,
 * then by rule under its title, at most RECOMMENDATIONS_PER_RULE bullets per
 * rule and severity. The "good to know" items are announced in one line here
 * and listed at the end of the report (renderLaterSuggestions); Markdown,
 * HTML and JSON keep them in place. The messages name the actors ("Label (id)").
 */
function renderRecommendations(
  report: Report,
  t: Messages,
  chalk: ChalkInstance,
  heading: (text: string) => void,
  out: string[],
  lang: Lang,
): void {
  heading(t.sectionRecommendations);
  if (report.recommendations.length === 0) {
    out.push(`  ${t.noRecommendations}`);
    return;
  }
  const rules = ruleCatalogue(lang);
  const now = report.recommendations.filter((r) => r.severity !== 'info');
  const later = report.recommendations.length - now.length;
  if (now.length === 0) out.push(`  ${rules.nothingUrgent}`);
  renderSeverities(report, now, chalk, out, lang);
  if (later > 0) out.push('', ...wrap(rules.laterSuggestions(later, now.length > 0), WRAP, '  ', '  ').map((line) => chalk.dim(line)));
}

/** The "good to know" items, at the end of the text report, under their own heading. */
function renderLaterSuggestions(report: Report, chalk: ChalkInstance, heading: (text: string) => void, out: string[], lang: Lang): void {
  const later = report.recommendations.filter((r) => r.severity === 'info');
  if (later.length === 0) return;
  heading(ruleCatalogue(lang).laterHeading);
  renderSeverities(report, later, chalk, out, lang);
}

function renderSeverities(report: Report, list: readonly Recommendation[], chalk: ChalkInstance, out: string[], lang: Lang): void {
  const t = messages(lang);
  const rules = ruleCatalogue(lang);
  const titles = rules.titles(report.input.groupBy === 'sector' ? 'sector' : 'group');
  const colour: Record<Severity, (s: string) => string> = {
    critical: (s) => chalk.red.bold(s),
    warning: (s) => chalk.yellow.bold(s),
    info: (s) => chalk.cyan.bold(s),
  };
  for (const severity of SEVERITIES) {
    const items = list.filter((r) => r.severity === severity);
    if (items.length === 0) continue;
    out.push('', `  ${colour[severity](`${t.severity[severity]} (${items.length})`)}`);
    const byRule = new Map<string, Recommendation[]>();
    for (const r of items) byRule.set(r.rule, [...(byRule.get(r.rule) ?? []), r]);
    for (const [rule, group] of byRule) {
      const title = (titles as Readonly<Record<string, string>>)[rule] ?? rule;
      out.push(`    ${chalk.bold(title)} ${chalk.dim(`(${rule})`)}`);
      const shown = RECOMMENDATIONS_PER_RULE[severity];
      for (const r of group.slice(0, shown)) out.push(...wrap(r.message, WRAP, '    • ', '      '));
      if (group.length > shown) out.push(`      ${chalk.dim(rules.moreOfKind(group.length - shown))}`);
    }
  }
}

/** Greedy word wrap: the first line starts with `first`, the others with `rest`. */
function wrap(text: string, width: number, first: string, rest: string): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').split(/ +/)) {
    if (word === '') continue;
    if (!empty && [...line].length + 1 + [...word].length > width) {
      lines.push(line);
      line = rest + word;
    } else {
      line = empty ? line + word : `${line} ${word}`;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

/** "Label (id)" when the label differs from the id, else the id. */
export function actorName(report: Report, id: string): string {
  const a: ReportActor | undefined = report.actors[id];
  const label = a?.label;
  return label && label !== id ? `${clip(label, 40)} (${clip(id, 20)})` : clip(id, 40);
}

function listActors(
  ids: readonly string[],
  name: (id: string) => string,
  t: Messages,
  out: string[],
  paint: (s: string) => string,
  limit = LIST_LIMIT,
): void {
  for (const id of ids.slice(0, limit)) out.push(`    ${paint(name(id))}`);
  if (ids.length > limit) out.push(`    ${t.moreNotShown(ids.length - limit)}`);
}
