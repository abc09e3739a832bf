/**
 * What the text, Markdown and HTML reports say about estimates: a line when
 * path metrics were sampled, one more when the sample cannot say which
 * actors have the 20 highest betweenness values (warning codes from
 * analysis/paths-sampling.ts), so a shared report never passes estimates
 * off as exact values.
 */
import { describe, expect, it } from 'vitest';
import * as tuff from '../../src/index.js';
import { sharedPath } from '../helpers/shared.js';

const read = tuff.readNetwork(sharedPath('sondervang'));
const report = tuff.analyse(read);

function withWarnings(codes: readonly string[]): tuff.Report {
  const warnings = codes.map((code) => ({ file: 'ties.csv', line: 0, code, message: `${code} (test)` }));
  return { ...report, dataQuality: { ...report.dataQuality, warnings } };
}

function text(r: tuff.Report, lang: 'en' | 'da', format: 'text' | 'markdown' | 'html' = 'text'): string {
  return tuff.renderReport({ report: r, dataset: read.dataset }, { format, lang });
}

describe('text report: estimates', () => {
  it('an exact report says nothing about estimates', () => {
    expect(report.dataQuality.warnings).toEqual([]);
    expect(text(report, 'en')).not.toContain('estimate');
  });

  it('a certified sample: the estimates line only', () => {
    const out = text(withWarnings(['betweenness-estimated', 'closeness-estimated']), 'en');
    expect(out).toContain('betweenness, closeness and distances are estimates from sampled actors');
    expect(out).not.toContain('20 highest betweenness');
  });

  it('an uncertain top 20: one more line, in English and Danish', () => {
    const codes = ['betweenness-estimated', 'betweenness-top-uncertain', 'closeness-estimated'];
    expect(text(withWarnings(codes), 'en')).toContain('the estimates cannot tell exactly which actors have the 20 highest betweenness values');
    expect(text(withWarnings(codes), 'da')).toContain('skønnene kan ikke afgøre præcist, hvilke aktører der har de 20 højeste betweenness-værdier');
  });

  it('Markdown and HTML say the same, as the facilitator may share them', () => {
    const codes = ['betweenness-estimated', 'betweenness-top-uncertain', 'closeness-estimated'];
    for (const format of ['markdown', 'html'] as const) {
      const en = text(withWarnings(codes), 'en', format);
      expect(en, format).toContain('betweenness, closeness and distances are estimates from sampled actors');
      expect(en, format).toContain('the estimates cannot tell exactly which actors have the 20 highest betweenness values');
      expect(text(withWarnings(codes), 'da', format), format).toContain('betweenness, closeness og afstande er skøn');
      expect(text(report, 'en', format), format).not.toContain('are estimates from sampled actors');
    }
  });

  it('analysis notes (line 0) are not counted as data warnings from reading the input; input warnings are', () => {
    const notes = withWarnings(['betweenness-estimated', 'closeness-estimated', 'eigenvector-not-converged']);
    for (const format of ['text', 'markdown', 'html'] as const) {
      const out = text(notes, 'en', format);
      expect(out, format).not.toMatch(/[0-9]+ data warnings?/);
      expect(out, format).toContain('eigenvector centrality did not converge on this network');
    }
    const mixed: tuff.Report = {
      ...notes,
      dataQuality: { warnings: [...notes.dataQuality.warnings, { file: 'ties.csv', line: 4, code: 'self-loop', message: 'x' }] },
    };
    expect(text(mixed, 'en')).toContain('1 data warning (listed on stderr and in the JSON report)');
    expect(text(mixed, 'da', 'html')).toContain('1 advarsel om data ved indlæsningen');
  });

  it('the eigenvector line in Danish and Markdown; a sample replaced by exact values adds no line and no count', () => {
    const eigen = withWarnings(['eigenvector-not-converged']);
    expect(text(eigen, 'da', 'markdown')).toContain('eigenvektorcentraliteten konvergerede ikke på dette netværk');
    const replaced = withWarnings(['sampling-replaced-by-exact']);
    for (const format of ['text', 'markdown', 'html'] as const) {
      expect(text(replaced, 'en', format), format).toBe(text(report, 'en', format));
    }
  });
});
