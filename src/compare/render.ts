/**
 * Comparison → text (terminal), Markdown (to share) and JSON (scripts). Pure:
 * colour (a chalk instance decided by the CLI) and language are passed in.
 * Text and Markdown show the same sections in the same order — which shape
 * each wave was read from, actors, ties,
 * the network in figures, who names whom (directed answers only), groups,
 * brokers, vulnerable citizens — with long
 * lists cut at LIST_LIMIT ("… and N more"); JSON has everything at full
 * precision. Numbers are rounded here only.
 */

import type { Lang } from '../options.js';
import type { ChalkInstance } from '../util/colour.js';
import { compareMessages, type CompareMessages } from '../i18n/compare.js';
import { clip, numberFormatter, table, type Align } from '../report/format.js';
import { markdownText } from '../report/escape.js';
import { wordInput } from '../report/input-shape.js';
import { messages } from '../i18n/messages.js';
import type { ActorRef, BrokerChange, BrokerState, Change, Comparison } from './compare.js';

export const COMPARE_FORMATS = ['text', 'json', 'markdown'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];

export interface CompareRenderOptions {
  readonly lang: Lang;
  /** Colour for text; ignored by the other formats. Omit for none. */
  readonly chalk?: ChalkInstance | undefined;
}

const LIST_LIMIT = 12;

export function renderComparison(comparison: Comparison, format: CompareFormat, options: CompareRenderOptions): string {
  switch (format) {
    case 'json':
      return renderComparisonJson(comparison);
    case 'markdown':
      return renderComparisonMarkdown(comparison, options);
    case 'text':
      return renderComparisonText(comparison, options);
  }
}

export function renderComparisonJson(comparison: Comparison): string {
  return `${JSON.stringify(comparison, (key, value: unknown) => {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`comparison value ${key} is ${value}: not representable in JSON`);
    return value;
  }, 2)}\n`;
}

/** What both renderers need: rows of cells already worded and rounded, plus plain lines. */
interface Doc {
  readonly title: string;
  /** Which shape each wave was read from, `name: read from …`. */
  readonly read: readonly string[];
  readonly sections: readonly Section[];
}
type Block =
  | { readonly kind: 'line'; readonly text: string }
  | { readonly kind: 'list'; readonly label: string; readonly items: readonly string[]; readonly total: number; readonly lines?: boolean }
  | { readonly kind: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly align: readonly Align[] };
interface Section {
  readonly heading: string;
  readonly blocks: readonly Block[];
}

function buildDoc(c: Comparison, lang: Lang): Doc {
  const t = compareMessages(lang);
  const num = numberFormatter(lang, t.notDefined);
  const signed = (x: number | null, digits: number): string => {
    if (x === null) return t.notDefined;
    const text = num(x, digits);
    return x > 0 && text.replace(/[0,.]/g, '') !== '' ? `+${text}` : text;
  };
  const name = (id: string, label: string | null): string =>
    label !== null && label !== id ? `${clip(label, 40)} (${clip(id, 20)})` : clip(id, 40);
  const list = (label: string, refs: readonly ActorRef[]): Block => ({
    kind: 'list',
    label,
    items: refs.slice(0, LIST_LIMIT).map((r) => name(r.id, r.label)),
    total: refs.length,
  });
  const pairs = (label: string, ps: readonly (readonly [string, string])[]): Block => ({
    kind: 'list',
    label,
    items: ps.slice(0, LIST_LIMIT).map(([u, v]) => `${clip(u, 30)} – ${clip(v, 30)}`),
    total: ps.length,
  });
  const row = (label: string, ch: Change, digits: number): string[] => [label, num(ch.before, digits), num(ch.after, digits), signed(ch.change, digits)];

  const sections: Section[] = [];
  const actorBlocks: Block[] = [
    { kind: 'line', text: t.actorsLine(c.actors.before, c.actors.after, c.actors.joined.length, c.actors.left.length, c.actors.stayed) },
  ];
  if (c.actors.joined.length > 0) actorBlocks.push(list(t.joined, c.actors.joined));
  if (c.actors.left.length > 0) actorBlocks.push(list(t.left, c.actors.left));
  sections.push({ heading: t.sectionActors, blocks: actorBlocks });

  const tieBlocks: Block[] = [
    { kind: 'line', text: t.tiesLine(c.ties.before, c.ties.after, c.ties.gained.length, c.ties.lost.length, c.ties.kept) },
  ];
  if (c.ties.gained.length > 0) tieBlocks.push(pairs(t.gained, c.ties.gained));
  if (c.ties.lost.length > 0) tieBlocks.push(pairs(t.lost, c.ties.lost));
  if (c.ties.reweighted.length > 0) {
    tieBlocks.push({
      kind: 'list',
      label: t.reweighted(c.ties.reweighted.length),
      items: c.ties.reweighted.slice(0, LIST_LIMIT).map((r) => `${clip(r.source, 30)} – ${clip(r.target, 30)}: ${num(r.before, 2)} → ${num(r.after, 2)}`),
      total: c.ties.reweighted.length,
    });
  }
  tieBlocks.push({ kind: 'line', text: `${t.jaccard} ${num(c.ties.jaccard, 2)}` });
  sections.push({ heading: t.sectionTies, blocks: tieBlocks });

  const s = c.summary;
  sections.push({
    heading: t.sectionNetwork,
    blocks: [
      {
        kind: 'table',
        header: [t.colMeasure, t.colBefore, t.colAfter, t.colChange],
        rows: [
          row(t.density, s.density, 3),
          row(t.components, s.components, 0),
          row(t.isolates, s.isolates, 0),
          row(t.degreeCentralization, s.degreeCentralization, 2),
          row(t.transitivity, s.transitivity, 2),
          row(t.modularity, s.modularity, 2),
          row(t.networkEi, c.eiIndex, 2),
        ],
        align: ['left', 'right', 'right', 'right'],
      },
    ],
  });

  const d = c.directed;
  if (d !== undefined) {
    const percent = (ch: Change): Change => ({
      before: ch.before === null ? null : ch.before * 100, after: ch.after === null ? null : ch.after * 100, change: ch.change === null ? null : ch.change * 100,
    });
    const directedBlocks: Block[] = [{ kind: 'line', text: t.directedIntro }];
    if (d.before !== d.after) directedBlocks.push({ kind: 'line', text: t.directedOneWave(d.before) });
    directedBlocks.push({
      kind: 'table',
      header: [t.colMeasure, t.colBefore, t.colAfter, t.colChange],
      rows: [
        row(t.arcs, d.arcs, 0),
        row(t.reciprocity, d.reciprocity, 2),
        row(t.mutualPairs, d.dyads.mutual, 0),
        row(t.asymmetricPairs, d.dyads.asymmetric, 0),
        row(t.nullPairs, d.dyads.null, 0),
        ...(d.responseRate.before === null && d.responseRate.after === null ? [] : [row(t.responseRate, percent(d.responseRate), 0)]),
      ],
      align: ['left', 'right', 'right', 'right'],
    });
    if (d.becameMutual.length > 0) directedBlocks.push(pairs(t.becameMutual, d.becameMutual));
    if (d.noLongerMutual.length > 0) directedBlocks.push(pairs(t.noLongerMutual, d.noLongerMutual));
    sections.push({ heading: t.sectionDirected, blocks: directedBlocks });
  }

  const groupBlocks: Block[] = [];
  if (c.before.groupBy !== c.after.groupBy) groupBlocks.push({ kind: 'line', text: t.groupByDiffers(c.before.groupBy, c.after.groupBy) });
  const groupNames = Object.keys(c.groups);
  if (groupNames.length === 0) {
    groupBlocks.push({ kind: 'line', text: t.noGroups });
  } else {
    groupBlocks.push({ kind: 'line', text: t.groupsIntro });
    groupBlocks.push({
      kind: 'table',
      header: [t.colGroup, t.colActorsBefore, t.colActorsAfter, t.colEiBefore, t.colEiAfter, t.colChange],
      rows: groupNames.map((g) => {
        const x = c.groups[g]!;
        return [clip(g, 30), num(x.actors.before, 0), num(x.actors.after, 0), num(x.eiIndex.before, 2), num(x.eiIndex.after, 2), signed(x.eiIndex.change, 2)];
      }),
      align: ['left', 'right', 'right', 'right', 'right', 'right'],
    });
  }
  sections.push({ heading: t.sectionGroups, blocks: groupBlocks });

  const reasons = (state: BrokerState): string[] =>
    [state.articulationPoint ? t.cutPoint : '', state.topBetweenness ? t.topBetweenness : ''].filter((r) => r !== '');
  const becameItem = (b: BrokerChange): string =>
    `${name(b.id, b.label)}: ${[...(b.before === null ? [t.newcomer] : []), ...(b.after === null ? [] : reasons(b.after))].join(', ')}`;
  const stoppedItem = (b: BrokerChange): string =>
    `${name(b.id, b.label)}: ${b.after === null ? t.leaver : t.wasBroker(b.before === null ? '' : reasons(b.before).join(', '))}`;
  const brokerBlocks: Block[] = [{ kind: 'line', text: t.brokersIntro(Math.round(c.brokers.topShare * 100)) }];
  if (c.brokers.became.length === 0 && c.brokers.stopped.length === 0) brokerBlocks.push({ kind: 'line', text: t.noBrokerChange });
  if (c.brokers.became.length > 0) {
    brokerBlocks.push({ kind: 'list', label: t.became, items: c.brokers.became.slice(0, LIST_LIMIT).map(becameItem), total: c.brokers.became.length, lines: true });
  }
  if (c.brokers.stopped.length > 0) {
    brokerBlocks.push({ kind: 'list', label: t.stopped, items: c.brokers.stopped.slice(0, LIST_LIMIT).map(stoppedItem), total: c.brokers.stopped.length, lines: true });
  }
  sections.push({ heading: t.sectionBrokers, blocks: brokerBlocks });

  const v = c.vulnerable;
  const vulnerableBlocks: Block[] = [];
  if (v.actors.length === 0 && v.joined.length === 0 && v.left.length === 0) {
    vulnerableBlocks.push({ kind: 'line', text: t.noVulnerable });
  } else {
    vulnerableBlocks.push({ kind: 'line', text: t.vulnerableLine(v.closer, v.further, v.same) });
    vulnerableBlocks.push({ kind: 'line', text: t.vulnerableRule(num(v.closenessThreshold, 2)) });
    if (v.actors.length > 0) {
      const inOut = (b: boolean): string => (b ? t.inLargest : t.outsideLargest);
      vulnerableBlocks.push({
        kind: 'table',
        header: [t.colActor, t.colLargest, t.colCloseness, t.colTies, t.colVerdict],
        rows: v.actors.map((a) => [
          name(a.id, a.label),
          `${inOut(a.inLargestComponent.before)} → ${inOut(a.inLargestComponent.after)}`,
          `${num(a.closeness.before, 3)} → ${num(a.closeness.after, 3)}`,
          `${num(a.degree.before, 0)} → ${num(a.degree.after, 0)}`,
          t.verdict[a.verdict],
        ]),
        align: ['left', 'left', 'right', 'right', 'left'],
      });
    }
    if (v.joined.length > 0) vulnerableBlocks.push(list(t.vulnerableJoined, v.joined));
    if (v.left.length > 0) vulnerableBlocks.push(list(t.vulnerableLeft, v.left));
  }
  sections.push({ heading: t.sectionVulnerable, blocks: vulnerableBlocks });

  const m = messages(lang);
  const read = [`${c.before.name}: ${wordInput(c.before.input, m)}`, `${c.after.name}: ${wordInput(c.after.input, m)}`];
  return { title: t.title(c.before.name, c.after.name), read, sections };
}

export function renderComparisonText(c: Comparison, options: CompareRenderOptions): string {
  const t = compareMessages(options.lang);
  const bold = options.chalk?.bold ?? ((s: string) => s);
  const underline = options.chalk?.bold.underline ?? ((s: string) => s);
  const doc = buildDoc(c, options.lang);
  const out: string[] = [bold(doc.title), ...doc.read];
  for (const section of doc.sections) {
    out.push('', underline(section.heading));
    for (const block of section.blocks) {
      if (block.kind === 'line') out.push(`  ${block.text}`);
      else if (block.kind === 'list' && block.lines === true) {
        out.push(`  ${block.label}`);
        for (const item of block.items) out.push(`    ${item}`);
        if (block.total > block.items.length) out.push(`    ${t.moreNotShown(block.total - block.items.length)}`);
      } else if (block.kind === 'list') out.push(`  ${block.label} ${joinList(block, t)}`);
      else out.push(...table(block.header, block.rows, block.align, { header: (s) => bold(s) }));
    }
  }
  return `${out.join('\n')}\n`;
}

export function renderComparisonMarkdown(c: Comparison, options: CompareRenderOptions): string {
  const t = compareMessages(options.lang);
  const doc = buildDoc(c, options.lang);
  const out: string[] = [`# ${markdownText(doc.title)}`, ''];
  for (const line of doc.read) out.push(markdownText(line), '');
  for (const section of doc.sections) {
    if (out[out.length - 1] !== '') out.push('');
    out.push(`## ${markdownText(section.heading)}`, '');
    for (const block of section.blocks) {
      if (block.kind === 'line') out.push(markdownText(block.text), '');
      else if (block.kind === 'list') {
        out.push(`**${markdownText(block.label)}**`, '');
        for (const item of block.items) out.push(`- ${markdownText(item)}`);
        if (block.total > block.items.length) out.push(`- ${markdownText(t.moreNotShown(block.total - block.items.length))}`);
        out.push('');
      } else {
        out.push(`| ${block.header.map(markdownText).join(' | ')} |`);
        out.push(`|${block.align.map((a) => (a === 'right' ? ' ---: ' : ' --- ')).join('|')}|`);
        for (const r of block.rows) out.push(`| ${r.map(markdownText).join(' | ')} |`);
        out.push('');
      }
    }
  }
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}

function joinList(block: Extract<Block, { kind: 'list' }>, t: CompareMessages): string {
  const more = block.total > block.items.length ? [t.moreNotShown(block.total - block.items.length)] : [];
  return [...block.items, ...more].join(', ') || t.none;
}
