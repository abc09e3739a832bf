/**
 * The command line: the only module that touches `process` (argv, env,
 * stdout/stderr, TTY). It declares the commands with commander, turns flags
 * into typed options (options.ts), runs them (commands/), prints, and maps every
 * error to the exit-code contract:
 *   0 ok · 1 --fail-on tripped · 2 usage or unusable input · 3 internal bug.
 * Errors are one line on stderr; the stack only with --debug.
 */

import { warningLines } from './util/warning-lines.js';
import { commanderMessage } from './i18n/commander.js';
import { noticeCatalogue } from './i18n/notices.js';
import { Command, CommanderError } from 'commander';
import { EXIT, InternalError, isTuffError } from './errors.js';
import { defaultLang, messageLang, parseDuplicates, resolveOptions, type Lang, type RawAnalyseOptions } from './options.js';
import {
  ANALYSIS_OPTIONS, BATCH_ANALYSIS_KEYS, BATCH_RENDER_KEYS, COMPARE_ANALYSIS_KEYS, COMPARE_RENDER_KEYS,
  LANG_DEFAULT_HELP, READ_OPTIONS, RENDER_OPTIONS, RUNS_DEFAULT_HELP, SHARED_READ_KEYS, addAnalyseOptions, addOptions, analyseRaw, rawOf,
} from './cli-options.js';
import { runAnalyse } from './commands/analyse.js';
import { availableParallelism } from 'node:os';
import { BATCH_DEFAULT_FORMAT, resolveBatchOptions, runBatch } from './commands/batch.js';
import { createProgress } from './batch/progress.js';
import { resolveAnonymiseOptions, runAnonymise } from './commands/anonymise.js';
import { ANONYMISE_DEFAULTS } from './anonymise/anonymise.js';
import { parseCompareFormat, runCompare } from './commands/compare.js';
import { COMPARE_FORMATS } from './compare/render.js';
import { runTemplate } from './commands/template.js';
import { SEVERITIES, type DataWarning, type Severity } from './types.js';
import { VERSION } from './version.js';
import { chooseColour, type ChalkInstance } from './util/colour.js';

/** Warnings printed on stderr before "… and N more"; all of them are in the JSON report. */
const MAX_WARNING_LINES = 100;

export async function main(argv: readonly string[]): Promise<number> {
  const debug = argv.includes('--debug');
  // `tuff analyse … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.OK);
    throw error;
  });
  let exitCode: number = EXIT.OK;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    return reportError(error, debug, messageLang(argv, process.env));
  }
}

export function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('tuff')
    .description('Network analysis of local multi-actor partnerships: who holds the network together, bridging vs bonding ties, isolated actors and groups, communities.')
    .version(VERSION, '-V, --version')
    .option('--debug', 'print the stack trace of an internal error')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => process.stdout.write(text),
      writeErr: (text) => process.stderr.write(text),
      // Commander's own errors are rethrown (exitOverride) and printed by reportError as one line.
      outputError: () => {},
    });

  const analyse = program
    .command('analyse')
    .alias('analyze')
    .description('analyse one network: a ties CSV file, or a folder with ties.csv, actors.csv and meta.json')
    .argument('<input>', 'ties CSV file, or folder with ties.csv (+ actors.csv, meta.json)');
  addAnalyseOptions(analyse)
    .option('--debug', 'print the stack trace of an internal error')
    .action((input: string, flags: Record<string, unknown>) => {
      const raw: RawAnalyseOptions = analyseRaw(input, flags);
      const resolved = resolveOptions(raw, process.env);
      const options = { ...resolved, threads: resolved.threads ?? availableParallelism() };
      const toTerminal = options.out === undefined && options.format === 'text';
      const chalk = makeChalk(options.color && toTerminal);
      const result = runAnalyse(options, chalk);
      printWarnings(result.warnings, options.lang);
      if (result.stdout !== '') process.stdout.write(result.stdout);
      setExitCode(gate(result.report.recommendations.map((r) => r.severity), options.failOn));
    });

  const batch = program
    .command('batch')
    .description('analyse many networks in parallel: a report per network plus summary.csv and summary.json in --out')
    .argument('<inputs...>', 'network folders, ties CSV files, folders of network folders, or patterns such as "surveys/*"')
    .option('-o, --out <folder>', 'folder for the reports and the summaries (created if missing)')
    .option('--threads <n>', 'worker threads (default: the number of cores)')
    .option('--max-memory <MiB>', 'heap limit per worker; a network that needs more is reported as crashed');
  addOptions(batch, READ_OPTIONS, SHARED_READ_KEYS, {
    groupBy: { help: 'actor column that defines groups (default: each network\'s meta.json groupBy, else sector)' },
  });
  addOptions(batch, ANALYSIS_OPTIONS, BATCH_ANALYSIS_KEYS, { runs: { help: `Louvain runs per network (default: ${RUNS_DEFAULT_HELP})` } });
  addOptions(batch, RENDER_OPTIONS, BATCH_RENDER_KEYS, {
    format: { help: 'format of each report', defaultValue: BATCH_DEFAULT_FORMAT },
    failOn: { help: 'exit 1 when any network has a recommendation at or above this severity' },
    lang: { help: `language of the reports and their recommendations (default: ${LANG_DEFAULT_HELP})` },
  });
  batch
    .option('--debug', 'print the stack trace of an internal error')
    .action(async (inputs: string[], flags: Record<string, unknown>) => {
      const options = resolveBatchOptions(
        {
          inputs,
          out: str(flags.out),
          threads: str(flags.threads),
          maxMemory: str(flags.maxMemory),
          analyse: {
            ...rawOf(flags, READ_OPTIONS, SHARED_READ_KEYS),
            ...rawOf(flags, ANALYSIS_OPTIONS, BATCH_ANALYSIS_KEYS),
            ...rawOf(flags, RENDER_OPTIONS, BATCH_RENDER_KEYS),
          },
        },
        process.env,
        process.cwd(),
        availableParallelism(),
      );
      const progress = createProgress(process.stderr, process.stderr.isTTY === true, options.analyse.lang);
      const interrupt = new AbortController();
      const onSigint = (): void => interrupt.abort();
      process.once('SIGINT', onSigint); // a second Ctrl-C stops at once
      process.once('SIGTERM', onSigint); // as Ctrl-C: finished reports kept, the summary names what is missing
      try {
        const result = await runBatch(options, {
          signal: interrupt.signal,
          onStart: (total) => progress.start(total),
          onDone: (network, outcome, finished, total) => progress.done(network, outcome, finished, total),
        }).finally(() => progress.stop());
        printWarnings(result.warnings, options.analyse.lang);
        const c = result.summary.counts;
        process.stderr.write(`tuff: ${noticeCatalogue(options.analyse.lang).batchDone(c, result.summaryFiles)}\n`);
        setExitCode(result.exitCode);
      } finally {
        process.removeListener('SIGINT', onSigint);
        process.removeListener('SIGTERM', onSigint);
      }
    });

  const anonymise = program
    .command('anonymise')
    .alias('anonymize')
    .description('replace ids and labels with keyed pseudonyms; keep sector and chosen attributes; write actors.csv and ties.csv in the input\'s dialect')
    .argument('<input>', 'ties CSV file, or folder with ties.csv (+ actors.csv, meta.json)')
    .option('-o, --out <folder>', 'folder for the anonymised actors.csv and ties.csv (created if missing)')
    .option('-k, --key <file>', 'secret key file (default: a new random key written beside --out as <folder>.key)')
    .option('--keep <attributes>', 'comma-separated actor attributes to keep besides sector, e.g. vulnerable,role')
    .option('--min-group <k>', 'warn when fewer than k actors share a combination of kept values', String(ANONYMISE_DEFAULTS.minGroup));
  addOptions(anonymise, READ_OPTIONS, ['actors', 'groupBy', 'duplicates'], {
    groupBy: { help: 'actor column that defines groups (default: meta.json groupBy, else sector)' },
  });
  anonymise
    .option('--debug', 'print the stack trace of an internal error')
    .action((input: string, flags: Record<string, unknown>) => {
      const options = resolveAnonymiseOptions({
        input,
        actors: str(flags.actors),
        groupBy: str(flags.groupBy),
        duplicates: parseDuplicates(str(flags.duplicates)),
        out: str(flags.out),
        key: str(flags.key),
        keep: str(flags.keep),
        minGroup: str(flags.minGroup),
      });
      const lang = defaultLang(process.env);
      const result = runAnonymise({ ...options, lang });
      printWarnings(result.warnings, lang);
      for (const notice of result.notices) process.stderr.write(`tuff: ${notice}\n`);
    });

  const compare = program
    .command('compare')
    .description('compare two waves of the same partnership: actors and ties gained and lost, brokers, groups, vulnerable citizens')
    .argument('<before>', 'the earlier wave: ties CSV file or network folder')
    .argument('<after>', 'the later wave: ties CSV file or network folder');
  addOptions(compare, RENDER_OPTIONS, COMPARE_RENDER_KEYS, {
    format: { choices: COMPARE_FORMATS, defaultValue: 'text' },
    out: { help: 'write the comparison to this file instead of stdout' },
    lang: { help: `language of the text and Markdown (default: ${LANG_DEFAULT_HELP})` },
    color: { help: 'no colour in the text output' },
  });
  addOptions(compare, READ_OPTIONS, SHARED_READ_KEYS, {
    groupBy: { help: 'actor column that defines groups in both waves (default: meta.json groupBy, else sector)' },
  });
  addOptions(compare, ANALYSIS_OPTIONS, COMPARE_ANALYSIS_KEYS, {
    threads: { help: 'threads for betweenness, closeness and distances; the comparison is the same for any number (default: the number of cores)' },
    exact: { help: 'exact betweenness, closeness and mean distance in both waves however large (slow above ~30,000 actors)' },
  });
  compare
    .option('--debug', 'print the stack trace of an internal error')
    .action((before: string, after: string, flags: Record<string, unknown>) => {
      const shared = resolveOptions(
        {
          input: before,
          ...rawOf(flags, READ_OPTIONS, SHARED_READ_KEYS),
          ...rawOf(flags, ANALYSIS_OPTIONS, COMPARE_ANALYSIS_KEYS),
          ...rawOf(flags, RENDER_OPTIONS, ['lang', 'color'] as const),
        },
        process.env,
      );
      const format = parseCompareFormat(str(flags.format));
      const out = str(flags.out);
      const chalk = makeChalk(shared.color && out === undefined && format === 'text');
      const result = runCompare(
        {
          before, after, groupBy: str(flags.groupBy), duplicates: shared.duplicates, format, lang: shared.lang, out, seed: shared.seed,
          runs: shared.runs, threads: shared.threads ?? availableParallelism(), exact: shared.exact === true,
          directed: shared.directed, symmetrise: shared.symmetrise, nonRespondents: shared.nonRespondents,
          weight: shared.weight, weightMeans: shared.weightMeans, tieTypes: shared.tieTypes, matrix: shared.matrix, sheet: shared.sheet, actorsSheet: shared.actorsSheet,
          twoMode: shared.twoMode, projection: shared.projection,
        },
        chalk,
      );
      printWarnings(result.warnings, shared.lang);
      if (result.stdout !== '') process.stdout.write(result.stdout);
    });

  const template = program
    .command('template')
    .description('write the empty files a facilitator sends out to collect the network: actors.csv, ties.csv (Danish Excel\'s CSV), README.txt and one .xlsx workbook')
    .argument('<dir>', 'folder for the files (created if missing); no existing file is overwritten');
  addOptions(template, RENDER_OPTIONS, ['lang'], { lang: { help: `language of the headers and the README (default: ${LANG_DEFAULT_HELP})` } });
  template
    .option('--debug', 'print the stack trace of an internal error')
    .action(async (dir: string, flags: Record<string, unknown>) => {
      const lang = resolveOptions({ input: dir, lang: str(flags.lang), color: false }, process.env).lang;
      const result = await runTemplate({ dir, lang });
      process.stderr.write(`tuff: ${noticeCatalogue(lang).wrote(result.files)}\n`);
    });

  return program;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Exit 1 when a recommendation is at or above the --fail-on severity. */
export function gate(found: readonly Severity[], failOn: Severity | undefined): number {
  if (failOn === undefined) return EXIT.OK;
  const limit = SEVERITIES.indexOf(failOn);
  return found.some((s) => SEVERITIES.indexOf(s) <= limit) ? EXIT.GATE : EXIT.OK;
}

/** Colour only when allowed by the flag, NO_COLOR is unset and stdout is a terminal (or FORCE_COLOR asks): util/colour.ts. */
function makeChalk(wanted: boolean): ChalkInstance {
  return chooseColour({ wanted, env: process.env, isTTY: process.stdout.isTTY === true });
}

function printWarnings(warnings: readonly DataWarning[], lang: Lang): void {
  for (const line of warningLines(warnings, MAX_WARNING_LINES, lang)) process.stderr.write(`${line}\n`);
}

function reportError(error: unknown, debug: boolean, lang: Lang): number {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return EXIT.OK; // --help, --version
    const message = error.message.replace(/^error: /, '').replace(/\s+/g, ' ').trim();
    process.stderr.write(`tuff: ${commanderMessage(message, lang)}\n`);
    return EXIT.INPUT;
  }
  if (isTuffError(error) && !(error instanceof InternalError)) {
    process.stderr.write(`tuff: ${oneLine(error.messageIn(lang))}\n`);
    if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `tuff: internal error: ${oneLine(message)}. This is a bug in tuff: please report it with the command you ran` +
      `${debug ? '' : ' (run with --debug for the stack trace)'}\n`,
  );
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return EXIT.INTERNAL;
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').trim();
}

