/**
 * GEXF and GraphML exports: well-formed XML (a strict parser that fails on any
 * error, and only characters XML 1.0 allows), a declaration with a fixed type
 * for every metric even when all its values are null, null values omitted
 * rather than written as "null", weights and bridges on the edges, hostile
 * labels carried as data. Each file is read back with the graphology
 * ecosystem's own parsers (graphology-gexf, graphology-graphml), as Gephi-
 * and Cytoscape-like consumers, and the values must round-trip exactly.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { UndirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { ROOT } from '../helpers/exec.js';
import { makeDataset } from '../helpers/shared.js';
import { readNetwork } from '../../src/io/read-network.js';
import { computeAnalysis } from '../../src/analysis/index.js';
import { buildReport } from '../../src/report/build.js';
import { renderGexf } from '../../src/report/gexf.js';
import { renderGraphml } from '../../src/report/graphml.js';
import type { Dataset, Report } from '../../src/types.js';

/** The 16 per-actor metrics of report-schema.md, with the type each must be declared with. */
const METRICS: readonly [string, 'integer' | 'double' | 'boolean'][] = [
  ['degree', 'integer'], ['strength', 'double'], ['betweenness', 'double'], ['weightedBetweenness', 'double'],
  ['closeness', 'double'], ['harmonic', 'double'], ['eigenvector', 'double'], ['pagerank', 'double'],
  ['constraint', 'double'], ['effectiveSize', 'double'], ['clustering', 'double'], ['articulationPoint', 'boolean'],
  ['component', 'integer'], ['eiIndex', 'double'], ['participation', 'double'], ['community', 'integer'],
];
const GRAPHML_TYPE = { integer: 'int', double: 'double', boolean: 'boolean' } as const;

function build(dataset: Dataset, input = { ties: 'ties.csv', delimiter: ',' }): { report: Report; dataset: Dataset } {
  const analysis = computeAnalysis(dataset, { seed: 1, runs: 3 });
  const report = buildReport({
    dataset,
    input: { ...input, actors: null, groupBy: dataset.groupBy, weighted: dataset.weighted, encoding: 'utf-8', columns: {} },
    warnings: [],
    analysis,
    recommendations: [],
  });
  return { report, dataset };
}

function hostile(): { report: Report; dataset: Dataset } {
  const read = readNetwork(path.join(ROOT, 'fixtures', 'render', 'hostile'), { duplicates: 'sum' });
  const analysis = computeAnalysis(read.dataset, { seed: 1, runs: 3 });
  return { report: buildReport({ ...read, analysis, recommendations: [] }), dataset: read.dataset };
}

/** Ungrouped (eiIndex and participation null everywhere), with control characters and reserved names. */
function awkward(): { report: Report; dataset: Dataset } {
  return build(
    makeDataset([['a', 'b', 2.5], ['b', 'c', 1]], {
      actors: [
        { id: 'a', label: 'bell\u0007 <&> "quoted" \'single\'\ttab', attributes: { size: 'big', color: 'red', degree: 'not a metric' } },
        { id: 'b', label: 'lone surrogate \ud800 here' },
        'c',
        'isolate',
      ],
    }),
  );
}

/** Parse strictly: any error or warning of the XML parser fails, and so does a bare `&`. */
function parseStrict(xml: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({
    errorHandler: {
      warning: (m: string) => problems.push(`warning: ${m}`),
      error: (m: string) => problems.push(`error: ${m}`),
      fatalError: (m: string) => problems.push(`fatal: ${m}`),
    },
  }).parseFromString(xml, 'application/xml');
  expect(problems).toEqual([]);
  // xmldom lets a bare `&` through; XML does not.
  expect(xml.match(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g)).toBeNull();
  return doc as unknown as Document;
}

/** Only characters of the XML 1.0 Char production. */
const XML_CHARS = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

function elements(doc: Document, name: string): Element[] {
  return Array.from(doc.getElementsByTagName(name) as unknown as ArrayLike<Element>);
}

describe.each([
  ['hostile fixture', hostile],
  ['ungrouped network with control characters and reserved attribute names', awkward],
])('GEXF export: %s', (_name, make) => {
  const { report, dataset } = make();
  const xml = renderGexf({ report, dataset }, { name: 'test <&>' });

  it('is well-formed XML 1.0 with only allowed characters', () => {
    expect(XML_CHARS.test(xml)).toBe(true);
    const doc = parseStrict(xml);
    expect(doc.documentElement.tagName).toBe('gexf');
    expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.gexf.net/1.2draft');
  });

  it('declares every metric with a fixed type, and the edge attribute bridge', () => {
    const doc = parseStrict(xml);
    const [nodeAttrs, edgeAttrs] = elements(doc, 'attributes');
    expect(nodeAttrs!.getAttribute('class')).toBe('node');
    const declared = new Map(elements(nodeAttrs as unknown as Document, 'attribute').map((a) => [a.getAttribute('id'), a.getAttribute('type')]));
    for (const [metric, type] of METRICS) expect(declared.get(metric), metric).toBe(type);
    expect(elements(edgeAttrs as unknown as Document, 'attribute').map((a) => a.getAttribute('id'))).toEqual(['bridge']);
  });

  it('writes one node per actor and one edge per tie, and omits null values', () => {
    const doc = parseStrict(xml);
    expect(elements(doc, 'node')).toHaveLength(Object.keys(report.actors).length);
    expect(elements(doc, 'edge')).toHaveLength(dataset.ties.length);
    expect(xml).not.toMatch(/value="(null|undefined|NaN|-?Infinity)"/);
    for (const node of elements(doc, 'node')) {
      const id = node.getAttribute('id')!;
      const values = new Map(elements(node as unknown as Document, 'attvalue').map((v) => [v.getAttribute('for'), v.getAttribute('value')]));
      const actor = report.actors[id]!;
      for (const [metric] of METRICS) {
        const value = actor[metric as keyof typeof actor];
        if (value === null) expect(values.has(metric), `${id}.${metric}`).toBe(false);
        else expect(values.get(metric), `${id}.${metric}`).toBe(String(value));
      }
    }
  });

  it('reads back with graphology-gexf: ids, labels, metrics and weights round-trip', () => {
    const graph = gexf.parse(UndirectedGraph, xml);
    expect(graph.order).toBe(Object.keys(report.actors).length);
    expect(graph.size).toBe(dataset.ties.length);
    for (const [id, actor] of Object.entries(report.actors)) {
      const attrs = graph.getNodeAttributes(id);
      expect(attrs.label).toBe(sanitised(actor.label ?? id));
      expect(attrs.degree).toBe(actor.degree);
      expect(attrs.betweenness).toBe(actor.betweenness);
      expect(attrs.pagerank).toBe(actor.pagerank);
      expect(attrs.articulationPoint).toBe(actor.articulationPoint);
      if (actor.eiIndex === null) expect(attrs.eiIndex).toBeUndefined();
    }
    for (const tie of dataset.ties) {
      const edge = graph.edge(tie.source, tie.target);
      expect(edge).toBeDefined();
      expect(graph.getEdgeAttribute(edge!, 'weight')).toBe(tie.weight);
    }
  });
});

describe.each([
  ['hostile fixture', hostile],
  ['ungrouped network with control characters and reserved attribute names', awkward],
])('GraphML export: %s', (_name, make) => {
  const { report, dataset } = make();
  const xml = renderGraphml({ report, dataset }, { name: 'test <&>' });

  it('is well-formed XML 1.0 with only allowed characters', () => {
    expect(XML_CHARS.test(xml)).toBe(true);
    const doc = parseStrict(xml);
    expect(doc.documentElement.tagName).toBe('graphml');
  });

  it('declares every metric with a fixed GraphML type, and weight and bridge on edges', () => {
    const doc = parseStrict(xml);
    const keys = elements(doc, 'key');
    const nodeKeys = new Map(keys.filter((k) => k.getAttribute('for') === 'node').map((k) => [k.getAttribute('attr.name'), k.getAttribute('attr.type')]));
    for (const [metric, type] of METRICS) expect(nodeKeys.get(metric), metric).toBe(GRAPHML_TYPE[type]);
    expect(nodeKeys.get('label')).toBe('string');
    const edgeKeys = new Map(keys.filter((k) => k.getAttribute('for') === 'edge').map((k) => [k.getAttribute('attr.name'), k.getAttribute('attr.type')]));
    expect(Object.fromEntries(edgeKeys)).toEqual({ weight: 'double', bridge: 'boolean' });
    // Key ids are unique.
    expect(new Set(keys.map((k) => k.getAttribute('id'))).size).toBe(keys.length);
  });

  it('omits null values instead of writing "null"', () => {
    expect(xml).not.toMatch(/>(null|undefined|NaN|-?Infinity)</);
  });

  it('reads back with graphology-graphml: metrics, labels, weights and bridges round-trip', () => {
    const graph = graphml.parse(UndirectedGraph, xml);
    expect(graph.order).toBe(Object.keys(report.actors).length);
    expect(graph.size).toBe(dataset.ties.length);
    for (const [id, actor] of Object.entries(report.actors)) {
      const attrs = graph.getNodeAttributes(id);
      if (actor.label !== null) expect(attrs.label).toBe(sanitised(actor.label));
      expect(attrs.degree).toBe(actor.degree);
      expect(attrs.closeness).toBe(actor.closeness);
      expect(attrs.articulationPoint).toBe(actor.articulationPoint);
      if (actor.constraint === null) expect(attrs.constraint).toBeUndefined();
      else expect(attrs.constraint).toBe(actor.constraint);
      if (actor.eiIndex === null) expect(attrs.eiIndex).toBeUndefined();
    }
    const bridges = new Set(report.bridges.map(([u, v]) => `${u} ${v}`));
    for (const tie of dataset.ties) {
      const edge = graph.edge(tie.source, tie.target)!;
      expect(graph.getEdgeAttribute(edge, 'weight')).toBe(tie.weight);
      expect(graph.getEdgeAttribute(edge, 'bridge')).toBe(bridges.has(`${tie.source} ${tie.target}`));
    }
  });
});

/** What XML can carry of a string: characters outside XML 1.0 become U+FFFD. */
function sanitised(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
