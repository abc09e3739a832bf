/**
 * batch/plan.ts: safe and unique report names, summary rows and files, exit
 * codes. Expected values are written out by hand from the rules in the
 * module header.
 */
import { describe, expect, it } from 'vitest';
import {
  batchExitCode,
  buildRow,
  buildSummary,
  extensionOf,
  planOutputs,
  renderSummaryCsv,
  renderSummaryJson,
  sanitiseStem,
  threadsPerNetwork,
  tripsGate,
  type BatchMetrics,
  type BatchOutcome,
} from '../../src/batch/plan.js';

const METRICS: BatchMetrics = {
  actors: 6, ties: 5, density: 1 / 3, components: 2, isolates: 1, eiIndex: -0.2, modularity: 0.25,
  degreeCentralization: 0.4, recommendations: { critical: 0, warning: 2, info: 1 }, dataWarnings: 3,
  delimiter: ',', shape: 'matrix', format: 'xlsx', directed: true,
};

describe('sanitiseStem', () => {
  it.each([
    ['alpha', 'alpha'],
    ['Nørre By (2024)', 'Nørre_By_2024'],
    ['../../etc/passwd', 'etc_passwd'],
    ['..', 'network'],
    ['.hidden', 'hidden'],
    ['-rf', 'rf'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a_b_c_d_e_f_g_h_i_j'],
    ['', 'network'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['trailing dot.', 'trailing_dot'],
    ['tab\there\nnewline', 'tab_here_newline'],
  ])('%j → %j', (name, stem) => {
    expect(sanitiseStem(name)).toBe(stem);
  });

  it('never contains a path separator or starts with a dot, and is at most 100 characters', () => {
    for (const name of ['/', '\\', '../..', '.../x', 'x'.repeat(500), '\u0000\u0001', 'a'.repeat(99) + '.b']) {
      const stem = sanitiseStem(name);
      expect(stem).not.toMatch(/[/\\]/);
      expect(stem.startsWith('.')).toBe(false);
      expect([...stem].length).toBeLessThanOrEqual(100);
      expect(stem.length).toBeGreaterThan(0);
    }
  });
});

describe('planOutputs', () => {
  it('orders by name then path and de-duplicates case-insensitively, whatever the input order', () => {
    const inputs = [
      { name: 'alpha', path: 'z/alpha' },
      { name: 'Alpha', path: 'y/Alpha' },
      { name: 'alpha', path: 'a/alpha' },
      { name: 'alpha-2', path: 'b/alpha-2' },
      { name: 'summary', path: 's/summary' },
    ];
    const expected = [
      { name: 'Alpha', path: 'y/Alpha', report: 'Alpha.json' },
      { name: 'alpha', path: 'a/alpha', report: 'alpha-2.json' },
      { name: 'alpha', path: 'z/alpha', report: 'alpha-3.json' },
      { name: 'alpha-2', path: 'b/alpha-2', report: 'alpha-2-2.json' },
      { name: 'summary', path: 's/summary', report: 'summary-2.json' },
    ];
    expect(planOutputs(inputs, 'json')).toEqual(expected);
    expect(planOutputs([...inputs].reverse(), 'json')).toEqual(expected);
  });

  it('maps formats to extensions', () => {
    expect(extensionOf('json')).toBe('json');
    expect(extensionOf('text')).toBe('txt');
    expect(extensionOf('markdown')).toBe('md');
    expect(extensionOf('gexf')).toBe('gexf');
  });
});

describe('summary rows and exit codes', () => {
  const net = (name: string) => ({ name, path: `in/${name}`, report: `${name}.json` });
  const ok: BatchOutcome = { status: 'ok', metrics: METRICS };

  it('--fail-on trips at or above the severity', () => {
    expect(tripsGate(METRICS.recommendations, undefined)).toBe(false);
    expect(tripsGate(METRICS.recommendations, 'critical')).toBe(false);
    expect(tripsGate(METRICS.recommendations, 'warning')).toBe(true);
    expect(tripsGate({ critical: 0, warning: 0, info: 1 }, 'warning')).toBe(false);
    expect(tripsGate({ critical: 0, warning: 0, info: 1 }, 'info')).toBe(true);
  });

  it('a failed row has the error and no figures', () => {
    const row = buildRow(net('b'), { status: 'failed', error: 'b/ties.csv:4: weight "x" is not a number' }, 'info');
    expect(row.status).toBe('failed');
    expect(row.report).toBeNull();
    expect(row.actors).toBeNull();
    expect(row.failOn).toBe(false);
  });

  it('sorts rows by name whatever order they finished in, and counts statuses', () => {
    const rows = [
      buildRow(net('c'), ok, 'warning'),
      buildRow(net('a'), ok, undefined),
      buildRow(net('b'), { status: 'failed', error: 'x' }, undefined),
    ];
    const summary = buildSummary(rows, 'json', 'warning');
    expect(summary.networks.map((r) => r.name)).toEqual(['a', 'b', 'c']);
    expect(summary.counts).toEqual({ networks: 3, ok: 2, failed: 1, crashed: 0, missing: 0, failOn: 1 });
    expect(summary.complete).toBe(true);
    expect(batchExitCode(summary)).toBe(2);
    expect(renderSummaryJson(buildSummary([...rows].reverse(), 'json', 'warning'))).toBe(renderSummaryJson(summary));
  });

  it('exit code: interrupted 130 > crashed 3 > failed 2 > --fail-on 1 > 0', () => {
    const code = (outcomes: BatchOutcome[], failOn?: 'warning') =>
      batchExitCode(buildSummary(outcomes.map((o, i) => buildRow(net(`n${i}`), o, failOn)), 'json', failOn));
    expect(code([ok])).toBe(0);
    expect(code([ok], 'warning')).toBe(1);
    expect(code([ok, { status: 'failed', error: 'e' }], 'warning')).toBe(2);
    expect(code([{ status: 'crashed', error: 'e' }, { status: 'failed', error: 'e' }])).toBe(3);
    expect(code([{ status: 'missing', error: 'e' }, { status: 'crashed', error: 'e' }])).toBe(130);
  });

  it('writes the CSV with one header line, full precision and quoted errors', () => {
    const rows = [buildRow(net('a'), ok, undefined), buildRow(net('b'), { status: 'failed', error: 'b/ties.csv:4: weight "x", bad' }, undefined)];
    const csv = renderSummaryCsv(buildSummary(rows, 'json', undefined));
    expect(csv.split('\n')).toEqual([
      'name,path,status,error,report,actors,ties,density,components,isolates,eiIndex,modularity,degreeCentralization,critical,warning,info,dataWarnings,failOn,shape,format,directed',
      'a,in/a,ok,,a.json,6,5,0.3333333333333333,2,1,-0.2,0.25,0.4,0,2,1,3,false,matrix,xlsx,true',
      'b,in/b,failed,"b/ties.csv:4: weight ""x"", bad",,,,,,,,,,,,,,false,,,',
      '',
    ]);
  });
});

describe('threadsPerNetwork', () => {
  it('one thread each while there are at least as many networks as threads; else an equal share', () => {
    expect(threadsPerNetwork(2, 10)).toBe(1);
    expect(threadsPerNetwork(2, 2)).toBe(1);
    expect(threadsPerNetwork(2, 1)).toBe(2);
    expect(threadsPerNetwork(8, 3)).toBe(2);
    expect(threadsPerNetwork(8, 1)).toBe(8);
    expect(threadsPerNetwork(1, 5)).toBe(1);
    expect(threadsPerNetwork(4, 0)).toBe(4);
  });
});
