/**
 * The column spec (report/columns.ts) against real reports: its metrics are
 * the report's per-actor metric keys, in the JSON order, with the kind each
 * value has; the reports for people read headings and decimals from it.
 * (That a metric missing from the spec does not compile is the compiler's
 * part: `satisfies MetricSpecs<ActorMetrics>`.)
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNetwork } from '../../src/io/read-network.js';
import { buildAnalysisReport } from '../../src/pipeline.js';
import { DIRECTED_METRIC_COLUMNS, METRIC_COLUMNS, metricColumns, metricLabel, metricText } from '../../src/report/columns.js';
import { numberFormatter } from '../../src/report/format.js';
import { messages } from '../../src/i18n/messages.js';
import type { Report } from '../../src/types.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const reportOf = (dir: string): Report => buildAnalysisReport(readNetwork(path.join(ROOT, dir)), { seed: 1, runs: 2, lang: 'en' });
const NOT_METRICS = new Set(['label', 'sector', 'attributes']);

describe('the column spec against real reports', () => {
  for (const [dir, directed] of [['fixtures/oracles/karate', false], ['fixtures/directed/survey', true]] as const) {
    it(`${dir}: every per-actor metric of the report, in JSON key order, of its kind`, () => {
      const report = reportOf(dir);
      expect(report.input.directed === true).toBe(directed);
      const columns = metricColumns(report);
      expect(columns.slice(0, METRIC_COLUMNS.length)).toEqual(METRIC_COLUMNS);
      if (directed) expect(columns.length).toBeGreaterThan(METRIC_COLUMNS.length);
      for (const actor of Object.values(report.actors)) {
        expect(Object.keys(actor).filter((k) => !NOT_METRICS.has(k))).toEqual(columns.map((c) => c.key));
        for (const c of columns) {
          const value = actor[c.key];
          if (value === null) continue;
          if (c.kind === 'boolean') expect(typeof value, c.key).toBe('boolean');
          else expect(typeof value, c.key).toBe('number');
          if (c.kind === 'integer') expect(Number.isInteger(value), c.key).toBe(true);
        }
      }
    });
  }

  it('names every directed metric once, after the undirected ones', () => {
    const keys = [...METRIC_COLUMNS, ...DIRECTED_METRIC_COLUMNS].map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.indexOf('community')).toBe(METRIC_COLUMNS.length - 1);
  });
});

describe('metricText and metricLabel (the reports for people)', () => {
  const actor = reportOf('fixtures/oracles/karate').actors['1']!;
  it('integers as they are, doubles to their decimals in the language, headings from the catalogue', () => {
    const da = numberFormatter('da', '–');
    expect(metricText(actor, 'degree', da)).toBe(String(actor.degree));
    expect(metricText(actor, 'betweenness', da)).toBe(actor.betweenness.toFixed(3).replace('.', ','));
    expect(metricText(actor, 'effectiveSize', numberFormatter('en', '–'))).toBe(actor.effectiveSize!.toFixed(1));
    expect(metricLabel('degree', messages('da'))).toBe(messages('da').colTies);
    expect(metricLabel('pagerank', messages('en'))).toBe('pagerank');
    expect(() => metricText(actor, 'articulationPoint', da)).toThrow(/boolean/);
  });
});
