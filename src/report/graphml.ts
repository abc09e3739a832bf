/**
 * Report + ties → GraphML (http://graphml.graphdrawing.org/xmlns), which
 * Cytoscape, Gephi, yEd and igraph/networkx open: one node per actor (id
 * order) whose GraphML id is the actor id, with `label`, `sector`, the actor
 * attributes and every metric as `data`; one undirected edge per tie with its
 * `weight` and whether it is a `bridge`.
 *
 * Why a writer here: graphology-graphml (0.5.2, checked) only has a parser —
 * its README announces a writer, but the package exports `parse` alone.
 * Decisions: every key is declared with a fixed type (columns.ts: int, double,
 * boolean; strings for text), key ids are `d0…` (always valid NMTOKENs; the
 * names are in `attr.name`), a null value is omitted (no `data` element),
 * strings are escaped by escape.ts. Node ids are the actor ids as users know
 * them (Cytoscape shows them as `name`); the schema types node ids as NMTOKEN,
 * so an id with spaces is not schema-valid, which none of these tools check.
 * The tests read the output back with graphology-graphml's parser.
 */

import { VERSION } from '../version.js';
import type { RenderInput, RenderOptions } from './render-input.js';
import { actorIds, attributeColumns, metricColumns, metricValue, type MetricKind } from './columns.js';
import { reportEdges } from './edges.js';
import { messages } from '../i18n/messages.js';
import { describeInput, inputDescription } from './input-shape.js';
import { xmlAttr, xmlNumber, xmlText } from './escape.js';

const GRAPHML_TYPE: Readonly<Record<MetricKind, string>> = { integer: 'int', double: 'double', boolean: 'boolean' };

interface Key {
  readonly id: string;
  readonly name: string;
  readonly type: string;
}

export function renderGraphml({ report, dataset }: RenderInput, options: Pick<RenderOptions, 'name' | 'lang'>): string {
  const attributes = attributeColumns(report);
  const metrics = metricColumns(report);
  const edges = reportEdges(report, dataset);
  const names = ['label', 'sector', ...attributes.map((a) => a.field)];
  const nodeKeys: Key[] = [
    ...names.map((name) => ({ name, type: 'string' })),
    ...metrics.map((c) => ({ name: c.key as string, type: GRAPHML_TYPE[c.kind] })),
  ].map((k, i) => ({ id: `d${i}`, ...k }));
  const weightKey = `d${nodeKeys.length}`;
  const bridgeKey = `d${nodeKeys.length + 1}`;
  const mutualKey = `d${nodeKeys.length + 2}`;
  const shapeKey = `d${nodeKeys.length + 3}`;

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <desc>tuff ${xmlText(VERSION)}: ${xmlText(options.name)}: ${xmlText(describeInput(report, messages(options.lang)))}</desc>`,
    ...nodeKeys.map((k) => `  <key id="${k.id}" for="node" attr.name="${xmlAttr(k.name)}" attr.type="${k.type}"/>`),
    `  <key id="${weightKey}" for="edge" attr.name="weight" attr.type="double"/>`,
    `  <key id="${bridgeKey}" for="edge" attr.name="bridge" attr.type="boolean"/>`,
    ...(edges.directed ? [`  <key id="${mutualKey}" for="edge" attr.name="mutual" attr.type="boolean"/>`] : []),
    `  <key id="${shapeKey}" for="graph" attr.name="shape" attr.type="string"/>`,
    `  <graph id="G" edgedefault="${edges.directed ? 'directed' : 'undirected'}">`,
    `    <data key="${shapeKey}">${xmlText(inputDescription(report).shape)}</data>`,
  ];
  for (const id of actorIds(report)) {
    const actor = report.actors[id]!;
    const values: (string | null)[] = [
      actor.label,
      actor.sector,
      ...attributes.map((a) => actor.attributes[a.name] ?? null),
      ...metrics.map((c) => {
        const value = metricValue(actor, c);
        return value === null ? null : typeof value === 'boolean' ? String(value) : xmlNumber(value);
      }),
    ];
    out.push(`    <node id="${xmlAttr(id)}">`);
    values.forEach((value, i) => {
      if (value !== null) out.push(`      <data key="d${i}">${xmlText(value)}</data>`);
    });
    out.push('    </node>');
  }
  edges.list.forEach((edge, e) => {
    const mutual = edge.mutual === null ? '' : `<data key="${mutualKey}">${edge.mutual}</data>`;
    out.push(
      `    <edge id="e${e}" source="${xmlAttr(edge.source)}" target="${xmlAttr(edge.target)}">` +
        `<data key="${weightKey}">${xmlNumber(edge.weight)}</data><data key="${bridgeKey}">${edge.bridge}</data>${mutual}</edge>`,
    );
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
