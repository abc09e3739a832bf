/**
 * argv → options without spawning the binary (issue 14.3): the option specs
 * of src/cli-options.ts registered on a commander command as `tuff analyse`
 * registers them, then read back and checked by resolveOptions. The built
 * binary's own messages and exit codes: test/cli/.
 */
import { Command, CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_OPTIONS, READ_OPTIONS, RENDER_OPTIONS, addAnalyseOptions, addOptions, analyseRaw, rawOf } from '../src/cli-options.js';
import { resolveOptions, type AnalyseCommandOptions } from '../src/options.js';

/** `tuff analyse ARGV` → its options (or the error commander or the validator throws). */
function analyseArgv(argv: string[]): AnalyseCommandOptions {
  let options: AnalyseCommandOptions | undefined;
  const command = addAnalyseOptions(new Command('analyse').argument('<input>'))
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {} })
    .action((input: string, flags: Record<string, unknown>) => {
      options = resolveOptions(analyseRaw(input, flags), {});
    });
  command.parse(argv, { from: 'user' });
  return options!;
}

describe('tuff analyse: argv → options', () => {
  const table: [string[], Partial<Record<keyof AnalyseCommandOptions, unknown>>][] = [
    [['net'], { input: 'net', format: 'text', duplicates: 'sum', seed: 1, top: 10, lang: 'en', color: true, exact: false, directed: undefined, matrix: undefined }],
    [['net', '-f', 'json', '-o', 'r.json', '--lang', 'da'], { format: 'json', out: 'r.json', lang: 'da' }],
    [['net', '-a', 'a.csv', '-g', 'kind', '--duplicates', 'max'], { actors: 'a.csv', groupBy: 'kind', duplicates: 'max' }],
    [['net', '--seed', '7', '--runs', '3', '--threads', '2', '--samples', '64'], { seed: 7, runs: 3, threads: 2, samples: 64 }],
    [['net', '--exact', '--facilitator', 'hub'], { exact: true, facilitator: 'hub' }],
    [['net', '--directed', '--symmetrise', 'mutual', '--non-respondents', 'no-outgoing'], { directed: true, symmetrise: 'mutual', nonRespondents: 'no-outgoing' }],
    [['net', '--weight', 'freq', '--weight-means', 'distance', '--tie-type', 'info,res', '--matrix'], { weight: 'freq', weightMeans: 'distance', tieTypes: ['info', 'res'], matrix: true }],
    [['book.xlsx', '--sheet', 'Relationer', '--actors-sheet', 'Aktører'], { sheet: 'Relationer', actorsSheet: 'Aktører' }],
    [['net', '--no-color', '--fail-on', 'warning', '--top', '5', '--excel', 'en'], { color: false, failOn: 'warning', top: 5, excel: 'en' }],
  ];
  for (const [argv, expected] of table) {
    it(argv.join(' '), () => {
      expect(analyseArgv(argv)).toMatchObject(expected);
    });
  }

  it('refuses a choice commander knows, and a number the validator checks, with their messages', () => {
    expect(() => analyseArgv(['net', '--format', 'pdf'])).toThrow(CommanderError);
    expect(() => analyseArgv(['net', '--threads', '1025'])).toThrow('--threads must be a whole number from 1 to 1024 (got "1025")');
    expect(() => analyseArgv(['net', '--exact', '--samples', '8'])).toThrow('--exact and --samples exclude each other');
  });
});

describe('addOptions and rawOf', () => {
  it('a command takes some options of a group, adapted, and reads them back as raw values', () => {
    let raw: Record<string, unknown> = {};
    const command = new Command('x').exitOverride().action((flags: Record<string, unknown>) => {
      raw = { ...rawOf(flags, READ_OPTIONS, ['groupBy', 'directed']), ...rawOf(flags, ANALYSIS_OPTIONS, ['seed']), ...rawOf(flags, RENDER_OPTIONS, ['format', 'color']) };
    });
    addOptions(command, READ_OPTIONS, ['groupBy', 'directed']);
    addOptions(command, ANALYSIS_OPTIONS, ['seed']);
    addOptions(command, RENDER_OPTIONS, ['format', 'color'], { format: { defaultValue: 'json' } });
    command.parse(['-g', 'sector'], { from: 'user' });
    expect(raw).toEqual({ groupBy: 'sector', directed: false, seed: '1', format: 'json', color: true });
    expect(command.options.map((o) => o.long)).toEqual(['--group-by', '--directed', '--seed', '--format', '--no-color']);
    expect(() => command.parse(['--threads', '2'], { from: 'user' })).toThrow(CommanderError);
  });
});
