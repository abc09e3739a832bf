/**
 * Report + ties → GEXF 1.2 (http://www.gexf.net/1.2draft), the format Gephi
 * opens natively: one node per actor (id order) with its label and every
 * metric as a node attribute, one undirected edge per tie (tie order) with its
 * weight and whether it is a bridge.
 *
 * Why not graphology-gexf's writer (0.13.2, checked): it infers each
 * attribute's type from the values (a metric that is 0/1 in one network is
 * declared `integer`, in another `double`), declares no attribute whose values
 * are all null (so `eiIndex`/`participation` vanish from an ungrouped network),
 * writes control characters in labels unescaped (an ill-formed file), sends
 * attribute names such as `size` or `color` to the viz namespace, and its 1.2
 * viz namespace URI is misspelt (`http:///`). This writer declares every
 * metric with a fixed type (columns.ts), omits null values (no `attvalue`),
 * escapes through escape.ts, and is byte-deterministic (no date in `meta`).
 * The tests read the output back with graphology-gexf's parser.
 */

import { VERSION } from '../version.js';
import type { RenderInput, RenderOptions } from './render-input.js';
import { actorIds, attributeColumns, metricColumns, metricValue, type MetricKind } from './columns.js';
import { reportEdges } from './edges.js';
import { messages } from '../i18n/messages.js';
import { describeInput } from './input-shape.js';
import { xmlAttr, xmlNumber, xmlText } from './escape.js';

const GEXF_TYPE: Readonly<Record<MetricKind, string>> = { integer: 'integer', double: 'double', boolean: 'boolean' };

export function renderGexf({ report, dataset }: RenderInput, options: Pick<RenderOptions, 'name' | 'lang'>): string {
  const attributes = attributeColumns(report);
  const metrics = metricColumns(report);
  const edges = reportEdges(report, dataset);
  // Attribute ids: "sector", the metric names, then a0, a1, … for the actor attributes.
  const declared: { id: string; title: string; type: string }[] = [
    { id: 'sector', title: 'sector', type: 'string' },
    ...attributes.map((a, i) => ({ id: `a${i}`, title: a.field, type: 'string' })),
    ...metrics.map((c) => ({ id: c.key, title: c.key, type: GEXF_TYPE[c.kind] })),
  ];

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">',
    '  <meta>',
    `    <creator>tuff ${xmlText(VERSION)}</creator>`,
    `    <description>${xmlText(options.name)}: ${xmlText(describeInput(report, messages(options.lang)))}</description>`,
    '  </meta>',
    `  <graph defaultedgetype="${edges.directed ? 'directed' : 'undirected'}" mode="static">`,
    '    <attributes class="node" mode="static">',
    ...declared.map((d) => `      <attribute id="${xmlAttr(d.id)}" title="${xmlAttr(d.title)}" type="${d.type}"/>`),
    '    </attributes>',
    '    <attributes class="edge" mode="static">',
    '      <attribute id="bridge" title="bridge" type="boolean"/>',
    ...(edges.directed ? ['      <attribute id="mutual" title="mutual" type="boolean"/>'] : []),
    '    </attributes>',
    '    <nodes>',
  ];
  for (const id of actorIds(report)) {
    const actor = report.actors[id]!;
    const values: [string, string][] = [];
    if (actor.sector !== null) values.push(['sector', actor.sector]);
    attributes.forEach((a, i) => {
      const value = actor.attributes[a.name];
      if (value !== undefined) values.push([`a${i}`, value]);
    });
    for (const c of metrics) {
      const value = metricValue(actor, c);
      if (value !== null) values.push([c.key, typeof value === 'boolean' ? String(value) : xmlNumber(value)]);
    }
    out.push(`      <node id="${xmlAttr(id)}" label="${xmlAttr(actor.label ?? id)}">`);
    out.push('        <attvalues>');
    for (const [key, value] of values) out.push(`          <attvalue for="${xmlAttr(key)}" value="${xmlAttr(value)}"/>`);
    out.push('        </attvalues>');
    out.push('      </node>');
  }
  out.push('    </nodes>', '    <edges>');
  edges.list.forEach((edge, e) => {
    const mutual = edge.mutual === null ? '' : `<attvalue for="mutual" value="${edge.mutual}"/>`;
    out.push(
      `      <edge id="e${e}" source="${xmlAttr(edge.source)}" target="${xmlAttr(edge.target)}" weight="${xmlNumber(edge.weight)}">` +
        `<attvalues><attvalue for="bridge" value="${edge.bridge}"/>${mutual}</attvalues></edge>`,
    );
  });
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
