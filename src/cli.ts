/**
 * The command line: the only module that touches `process` (argv, env,
 * stdout/stderr, TTY). It declares the commands with commander, turns flags
 * into typed options (options.ts), runs them (commands/), prints, and maps every
 * error to the exit-code contract:
 *   0 ok · 1 --fail-on tripped · 2 usage or unusable input · 3 internal bug.
 * Errors are one line on stderr; the stack only with --debug.
 */

import { Command, CommanderError, Option } from 'commander';
import { EXIT, InternalError, isTuffError } from './errors.js';
import {
  DEFAULTS, DUPLICATES, EXCEL_DIALECTS, FORMATS, LANGS, NON_RESPONDENT_RULES, SYMMETRISATIONS, WEIGHT_MEANINGS, parseDuplicates, resolveOptions,
  type RawAnalyseOptions, type ShapeFlag,
} from './options.js';
import { runAnalyse } from './commands/analyse.js';
import { DEFAULT_SAMPLES } from './analysis/paths-sampling.js';
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
import { COMMUNITIES_DEFAULTS, RUNS_BUDGET } from './analysis/communities.js';
import { chooseColour, type ChalkInstance } from './util/colour.js';

/** Warnings printed on stderr before "… and N more"; all of them are in the JSON report. */
const MAX_WARNING_LINES = 100;

/** Help texts shared by the commands, defaults taken from the code that applies them (options.defaultLang, communities.defaultCommunityRuns). */
const LANG_DEFAULT_HELP = 'from LC_ALL/LC_MESSAGES/LANG, da… → Danish';
const RUNS_DEFAULT_HELP = `${COMMUNITIES_DEFAULTS.runs}, fewer above ${(RUNS_BUDGET / COMMUNITIES_DEFAULTS.runs).toLocaleString('en-US')} ties`;
const TOP_HELP = 'rows in the top-actor tables (text, Markdown) and top actors labelled on the HTML map';
const DIRECTED_HELP = 'each row A,B is A\'s answer "I have a tie to B" (survey data; also meta.json "directed": true)';
const SYMMETRISE_HELP = `directed data: the undirected network of the other metrics, ${SYMMETRISATIONS.join(' or ')} (mutual: only ties both sides report) (default: union)`;
const NON_RESPONDENTS_HELP = `directed data: ${NON_RESPONDENT_RULES.join(', ')} = an actor with no row of its own did not answer (default: the actors' respondent/besvaret column, if any)`;
const WEIGHT_HELP = 'the ties column that is the tie weight, any numeric column (default: meta.json weight, else the weight/styrke/vægt column)';
const MATRIX_HELP = 'the ties file is an adjacency matrix: actor ids in the first row and column, cells 0/1 or weights (default: recognised when the first row and column hold the same ids)';
const TIE_TYPE_HELP = 'analyse only these kinds of tie (comma-separated values of the ties\' type/relation/relationstype column) (default: every kind, merged)';
const WEIGHT_MEANS_HELP = 'strength: a larger number is a stronger tie; distance: a longer, weaker one, e.g. a frequency code where 1 = daily (strength = 1/value) (default: meta.json weightMeans, else strength)';

/** The raw input-shape flags, as options.shapeOptions reads them. */
function shapeRaw(flags: Record<string, unknown>): Pick<RawAnalyseOptions, ShapeFlag> {
  return { weight: str(flags.weight), weightMeans: str(flags.weightMeans), tieType: str(flags.tieType), matrix: flags.matrix === true,
    sheet: str(flags.sheet), actorsSheet: str(flags.actorsSheet) };
}

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
    return reportError(error, debug);
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

  program
    .command('analyse')
    .alias('analyze')
    .description('analyse one network: a ties CSV file, or a folder with ties.csv, actors.csv and meta.json')
    .argument('<input>', 'ties CSV file, or folder with ties.csv (+ actors.csv, meta.json)')
    .option('-a, --actors <file>', 'actors CSV file (id, label, sector, attributes…)')
    .option('-g, --group-by <column>', 'actor column that defines groups for bridging/bonding (default: meta.json groupBy, else sector)')
    .addOption(new Option('--duplicates <policy>', 'how repeated ties are merged').choices(DUPLICATES).default(DEFAULTS.duplicates))
    .option('--directed', DIRECTED_HELP)
    .option('--symmetrise <how>', SYMMETRISE_HELP)
    .option('--non-respondents <rule>', NON_RESPONDENTS_HELP)
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default(DEFAULTS.format))
    .option('-o, --out <file>', 'write the report to this file instead of stdout')
    .addOption(new Option('--excel <locale>', 'CSV for Excel: da = ";", decimal comma, BOM; en = ",", BOM (default: da when the input uses ";")').choices(EXCEL_DIALECTS))
    .addOption(new Option('--lang <lang>', `language of the report and its recommendations (default: ${LANG_DEFAULT_HELP})`).choices(LANGS))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a recommendation at or above this severity is found').choices(SEVERITIES))
    .option('--seed <n>', 'seed of the first Louvain run', String(DEFAULTS.seed))
    .option('--runs <n>', `Louvain runs; the best modularity is kept (default: ${RUNS_DEFAULT_HELP})`)
    .option('--top <n>', TOP_HELP, String(DEFAULTS.top))
    .option('--facilitator <id>', 'id of the backbone (facilitator) actor: how much the partnership depends on it')
    .option('--threads <n>', 'threads for betweenness, closeness and distances; the report is the same for any number (default: the number of cores)')
    .option('--exact', 'exact betweenness, closeness and mean distance however large the network (slow above ~30,000 actors)')
    .option('--samples <k>', `sources sampled for betweenness, closeness and mean distance; large networks are sampled by default (${DEFAULT_SAMPLES} sources), the bound is in the warnings; a sample that cannot single out the top 20 is replaced by exact values where these are affordable`)
    .option('--no-color', 'no colour in the text report (also NO_COLOR=1, or when stdout is not a terminal)')
    .option('--weight <column>', WEIGHT_HELP)
    .addOption(new Option('--weight-means <meaning>', WEIGHT_MEANS_HELP).choices(WEIGHT_MEANINGS))
    .option('--tie-type <kinds>', TIE_TYPE_HELP)
    .option('--matrix', MATRIX_HELP)
    .option('--sheet <name>', 'Excel workbook (.xlsx): the sheet of ties (default: the sheet named ties, relationer, relations or netværk, or the only one)')
    .option('--actors-sheet <name>', 'Excel workbook (.xlsx): the sheet of actors (default: the sheet named actors, aktører or aktoerer, if any)')
    .option('--debug', 'print the stack trace of an internal error')
    .action((input: string, flags: Record<string, unknown>) => {
      const raw: RawAnalyseOptions = {
        input,
        actors: str(flags.actors),
        groupBy: str(flags.groupBy),
        duplicates: str(flags.duplicates),
        format: str(flags.format),
        out: str(flags.out),
        seed: str(flags.seed),
        runs: str(flags.runs),
        lang: str(flags.lang),
        color: flags.color !== false,
        failOn: str(flags.failOn),
        top: str(flags.top),
        excel: str(flags.excel),
        facilitator: str(flags.facilitator),
        threads: str(flags.threads),
        exact: flags.exact === true,
        samples: str(flags.samples),
        directed: flags.directed === true,
        symmetrise: str(flags.symmetrise),
        nonRespondents: str(flags.nonRespondents),
        ...shapeRaw(flags),
      };
      const resolved = resolveOptions(raw, process.env);
      const options = { ...resolved, threads: resolved.threads ?? availableParallelism() };
      const toTerminal = options.out === undefined && options.format === 'text';
      const chalk = makeChalk(options.color && toTerminal);
      const result = runAnalyse(options, chalk);
      printWarnings(result.warnings);
      if (result.stdout !== '') process.stdout.write(result.stdout);
      setExitCode(gate(result.report.recommendations.map((r) => r.severity), options.failOn));
    });

  program
    .command('batch')
    .description('analyse many networks in parallel: a report per network plus summary.csv and summary.json in --out')
    .argument('<inputs...>', 'network folders, ties CSV files, folders of network folders, or patterns such as "surveys/*"')
    .option('-o, --out <folder>', 'folder for the reports and the summaries (created if missing)')
    .addOption(new Option('-f, --format <format>', 'format of each report').choices(FORMATS).default(BATCH_DEFAULT_FORMAT))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when any network has a recommendation at or above this severity').choices(SEVERITIES))
    .option('--threads <n>', 'worker threads (default: the number of cores)')
    .option('--max-memory <MiB>', 'heap limit per worker; a network that needs more is reported as crashed')
    .option('-g, --group-by <column>', 'actor column that defines groups (default: each network\'s meta.json groupBy, else sector)')
    .addOption(new Option('--duplicates <policy>', 'how repeated ties are merged').choices(DUPLICATES).default(DEFAULTS.duplicates))
    .option('--directed', DIRECTED_HELP)
    .option('--symmetrise <how>', SYMMETRISE_HELP)
    .option('--non-respondents <rule>', NON_RESPONDENTS_HELP)
    .addOption(new Option('--lang <lang>', `language of the reports and their recommendations (default: ${LANG_DEFAULT_HELP})`).choices(LANGS))
    .option('--seed <n>', 'seed of the first Louvain run', String(DEFAULTS.seed))
    .option('--runs <n>', `Louvain runs per network (default: ${RUNS_DEFAULT_HELP})`)
    .option('--top <n>', TOP_HELP, String(DEFAULTS.top))
    .option('--weight <column>', WEIGHT_HELP)
    .addOption(new Option('--weight-means <meaning>', WEIGHT_MEANS_HELP).choices(WEIGHT_MEANINGS))
    .option('--tie-type <kinds>', TIE_TYPE_HELP)
    .option('--matrix', MATRIX_HELP)
    .option('--sheet <name>', 'Excel workbook (.xlsx): the sheet of ties (default: the sheet named ties, relationer, relations or netværk, or the only one)')
    .option('--actors-sheet <name>', 'Excel workbook (.xlsx): the sheet of actors (default: the sheet named actors, aktører or aktoerer, if any)')
    .option('--debug', 'print the stack trace of an internal error')
    .action(async (inputs: string[], flags: Record<string, unknown>) => {
      const options = resolveBatchOptions(
        {
          inputs,
          out: str(flags.out),
          threads: str(flags.threads),
          maxMemory: str(flags.maxMemory),
          analyse: {
            groupBy: str(flags.groupBy), duplicates: str(flags.duplicates), format: str(flags.format), seed: str(flags.seed),
            runs: str(flags.runs), lang: str(flags.lang), failOn: str(flags.failOn), top: str(flags.top),
            directed: flags.directed === true, symmetrise: str(flags.symmetrise), nonRespondents: str(flags.nonRespondents),
            ...shapeRaw(flags),
          },
        },
        process.env,
        process.cwd(),
        availableParallelism(),
      );
      const progress = createProgress(process.stderr, process.stderr.isTTY === true);
      const interrupt = new AbortController();
      const onSigint = (): void => interrupt.abort();
      process.once('SIGINT', onSigint); // a second Ctrl-C stops at once
      try {
        const result = await runBatch(options, {
          signal: interrupt.signal,
          onStart: (total) => progress.start(total),
          onDone: (network, outcome, finished, total) => progress.done(network, outcome, finished, total),
        }).finally(() => progress.stop());
        const c = result.summary.counts;
        process.stderr.write(
          `tuff: batch: ${c.ok} ok, ${c.failed} failed, ${c.crashed} crashed, ${c.missing} missing; summary in ${result.summaryFiles.join(' and ')}\n`,
        );
        setExitCode(result.exitCode);
      } finally {
        process.removeListener('SIGINT', onSigint);
      }
    });

  program
    .command('anonymise')
    .alias('anonymize')
    .description('replace ids and labels with keyed pseudonyms; keep sector and chosen attributes; write actors.csv and ties.csv in the input\'s dialect')
    .argument('<input>', 'ties CSV file, or folder with ties.csv (+ actors.csv, meta.json)')
    .option('-o, --out <folder>', 'folder for the anonymised actors.csv and ties.csv (created if missing)')
    .option('-k, --key <file>', 'secret key file (default: a new random key written beside --out as <folder>.key)')
    .option('--keep <attributes>', 'comma-separated actor attributes to keep besides sector, e.g. vulnerable,role')
    .option('--min-group <k>', 'warn when fewer than k actors share a combination of kept values', String(ANONYMISE_DEFAULTS.minGroup))
    .option('-a, --actors <file>', 'actors CSV file (id, label, sector, attributes…)')
    .option('-g, --group-by <column>', 'actor column that defines groups (default: meta.json groupBy, else sector)')
    .addOption(new Option('--duplicates <policy>', 'how repeated ties are merged').choices(DUPLICATES).default(DEFAULTS.duplicates))
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
      const result = runAnonymise(options);
      printWarnings(result.warnings);
      for (const notice of result.notices) process.stderr.write(`tuff: ${notice}\n`);
    });

  program
    .command('compare')
    .description('compare two waves of the same partnership: actors and ties gained and lost, brokers, groups, vulnerable citizens')
    .argument('<before>', 'the earlier wave: ties CSV file or network folder')
    .argument('<after>', 'the later wave: ties CSV file or network folder')
    .addOption(new Option('-f, --format <format>', 'output format').choices(COMPARE_FORMATS).default('text'))
    .option('-o, --out <file>', 'write the comparison to this file instead of stdout')
    .addOption(new Option('--lang <lang>', `language of the text and Markdown (default: ${LANG_DEFAULT_HELP})`).choices(LANGS))
    .option('-g, --group-by <column>', 'actor column that defines groups in both waves (default: meta.json groupBy, else sector)')
    .addOption(new Option('--duplicates <policy>', 'how repeated ties are merged').choices(DUPLICATES).default(DEFAULTS.duplicates))
    .option('--directed', DIRECTED_HELP)
    .option('--symmetrise <how>', SYMMETRISE_HELP)
    .option('--non-respondents <rule>', NON_RESPONDENTS_HELP)
    .option('--seed <n>', 'seed of the first Louvain run', String(DEFAULTS.seed))
    .option('--runs <n>', `Louvain runs; the best modularity is kept (default: ${RUNS_DEFAULT_HELP})`)
    .option('--threads <n>', 'threads for betweenness, closeness and distances; the comparison is the same for any number (default: the number of cores)')
    .option('--exact', 'exact betweenness, closeness and mean distance in both waves however large (slow above ~30,000 actors)')
    .option('--no-color', 'no colour in the text output')
    .option('--weight <column>', WEIGHT_HELP)
    .addOption(new Option('--weight-means <meaning>', WEIGHT_MEANS_HELP).choices(WEIGHT_MEANINGS))
    .option('--tie-type <kinds>', TIE_TYPE_HELP)
    .option('--matrix', MATRIX_HELP)
    .option('--sheet <name>', 'Excel workbook (.xlsx): the sheet of ties (default: the sheet named ties, relationer, relations or netværk, or the only one)')
    .option('--actors-sheet <name>', 'Excel workbook (.xlsx): the sheet of actors (default: the sheet named actors, aktører or aktoerer, if any)')
    .option('--debug', 'print the stack trace of an internal error')
    .action((before: string, after: string, flags: Record<string, unknown>) => {
      const shared = resolveOptions(
        {
          input: before, duplicates: str(flags.duplicates), lang: str(flags.lang), seed: str(flags.seed), runs: str(flags.runs),
          threads: str(flags.threads), exact: flags.exact === true, color: flags.color !== false,
          directed: flags.directed === true, symmetrise: str(flags.symmetrise), nonRespondents: str(flags.nonRespondents),
          ...shapeRaw(flags),
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
        },
        chalk,
      );
      printWarnings(result.warnings);
      if (result.stdout !== '') process.stdout.write(result.stdout);
    });

  program
    .command('template')
    .description('write the empty files a facilitator sends out to collect the network: actors.csv, ties.csv (Danish Excel\'s CSV), README.txt and one .xlsx workbook')
    .argument('<dir>', 'folder for the files (created if missing); no existing file is overwritten')
    .addOption(new Option('--lang <lang>', `language of the headers and the README (default: ${LANG_DEFAULT_HELP})`).choices(LANGS))
    .option('--debug', 'print the stack trace of an internal error')
    .action(async (dir: string, flags: Record<string, unknown>) => {
      const lang = resolveOptions({ input: dir, lang: str(flags.lang), color: false }, process.env).lang;
      const result = await runTemplate({ dir, lang });
      process.stderr.write(`tuff: wrote ${result.files.join(', ')}\n`);
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

function printWarnings(warnings: readonly DataWarning[]): void {
  for (const w of warnings.slice(0, MAX_WARNING_LINES)) {
    const where = w.line > 0 ? `${w.file}:${w.line}` : w.file;
    process.stderr.write(`tuff: warning: ${where}: ${w.message}\n`);
  }
  if (warnings.length > MAX_WARNING_LINES) {
    process.stderr.write(
      `tuff: warning: … and ${warnings.length - MAX_WARNING_LINES} more warnings (all are listed under dataQuality in --format json)\n`,
    );
  }
}

function reportError(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return EXIT.OK; // --help, --version
    const message = error.message.replace(/^error: /, '').replace(/\s+/g, ' ').trim();
    process.stderr.write(`tuff: ${message} (see tuff --help)\n`);
    return EXIT.INPUT;
  }
  if (isTuffError(error) && !(error instanceof InternalError)) {
    process.stderr.write(`tuff: ${oneLine(error.message)}\n`);
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

