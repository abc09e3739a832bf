/**
 * The option validators without spawning the binary (issue 14.3): the raw
 * strings the CLI hands over → typed options or the one-line message, and
 * the same limits for the library API (`analyse`), which names the fields
 * without dashes. End-to-end checks of the same messages: test/cli/.
 */
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../src/i18n/input.js';
import { ANALYSIS_LIMITS, analysisProblems, resolveOptions, type RawAnalyseOptions } from '../src/options.js';
import { UsageError } from '../src/errors.js';

const ENV = {};
const raw = (extra: Partial<RawAnalyseOptions>): RawAnalyseOptions => ({ input: 'x', color: true, ...extra });

describe('resolveOptions: raw CLI values → options', () => {
  const accepted: [Partial<RawAnalyseOptions>, Record<string, unknown>][] = [
    [{}, { seed: 1, runs: undefined, threads: undefined, samples: undefined, exact: false, format: 'text', duplicates: 'sum', top: 10, lang: 'en' }],
    [{ seed: '0', runs: '1000', threads: '1024', samples: '2' }, { seed: 0, runs: 1000, threads: 1024, samples: 2 }],
    [{ seed: ' 2147483647 ', samples: '100000000' }, { seed: 2 ** 31 - 1, samples: 100_000_000 }],
    [{ exact: true }, { exact: true, samples: undefined }],
    [{ lang: 'da', format: 'html', duplicates: 'max', top: '3' }, { lang: 'da', format: 'html', duplicates: 'max', top: 3 }],
    [{ tieType: ' a, ,b ' }, { tieTypes: ['a', 'b'] }],
  ];
  for (const [given, expected] of accepted) {
    it(`accepts ${JSON.stringify(given)}`, () => {
      expect(resolveOptions(raw(given), ENV)).toMatchObject(expected);
    });
  }

  const refused: [Partial<RawAnalyseOptions>, string][] = [
    [{ seed: 'abc' }, '--seed must be a whole number from 0 to 2147483647 (got "abc")'],
    [{ seed: '2147483648' }, '--seed must be a whole number from 0 to 2147483647 (got "2147483648")'],
    [{ runs: '0' }, '--runs must be a whole number from 1 to 1000 (got "0")'],
    [{ threads: '1025' }, '--threads must be a whole number from 1 to 1024 (got "1025")'],
    [{ threads: '-1' }, '--threads must be a whole number from 1 to 1024 (got "-1")'],
    [{ samples: '1' }, '--samples must be a whole number from 2 to 100000000 (got "1")'],
    [{ samples: '2.5' }, '--samples must be a whole number from 2 to 100000000 (got "2.5")'],
    [{ exact: true, samples: '16' }, '--exact and --samples exclude each other: --exact computes every source'],
    [{ format: 'pdf' }, '--format must be one of text, json, html, markdown, csv, gexf, graphml (got "pdf")'],
    [{ tieType: ' , ' }, '--tie-type needs one kind of tie or several, separated by commas (e.g. --tie-type information,resources)'],
  ];
  for (const [given, message] of refused) {
    it(`refuses ${JSON.stringify(given)}`, () => {
      let thrown: unknown;
      try {
        resolveOptions(raw(given), ENV);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(UsageError);
      expect((thrown as UsageError).message).toBe(message);
      expect((thrown as UsageError).problem, 'a code to write it in Danish').not.toBeNull();
    });
  }
});

describe('analysisProblems: one set of limits for the CLI and the library', () => {
  const cli = (field: string): string => `--${field}`;
  const api = (field: string): string => field;
  for (const [field, [min, max]] of Object.entries(ANALYSIS_LIMITS)) {
    it(`${field}: ${min} to ${max}, the same for text and numbers`, () => {
      for (const ok of [min, max]) {
        expect(analysisProblems({ [field]: ok }, api)).toEqual([]);
        expect(analysisProblems({ [field]: String(ok) }, cli)).toEqual([]);
      }
      for (const bad of [min - 1, max + 1, min + 0.5, Number.NaN]) {
        expect(analysisProblems({ [field]: bad }, api).map((p) => errorMessage(p, 'en'))).toEqual([`${field} must be a whole number from ${min} to ${max} (got ${bad})`]);
      }
      expect(analysisProblems({ [field]: String(max + 1) }, cli).map((p) => errorMessage(p, 'en'))).toEqual([`--${field} must be a whole number from ${min} to ${max} (got "${max + 1}")`]);
    });
  }

  it('exact excludes samples, and every problem is named', () => {
    expect(analysisProblems({ exact: true, samples: 8 }, api).map((p) => errorMessage(p, 'en'))).toEqual(['exact and samples exclude each other: exact computes every source']);
    expect(analysisProblems({ exact: false, samples: 8 }, api)).toEqual([]);
    expect(analysisProblems({ seed: -1, threads: 0 }, api)).toHaveLength(2);
  });
});
