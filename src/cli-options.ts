/**
 * The command-line options, one spec per group (issue 14.3): how the input
 * is read (READ_OPTIONS), what the analysis does (ANALYSIS_OPTIONS) and how
 * the report is shown (RENDER_OPTIONS). `addOptions` registers a group's
 * options on a commander command, so a flag is declared once for every
 * command that takes it; `rawOf` reads them back as the raw strings the
 * validators (options.ts: resolveOptions, analysisProblems) check. Defaults
 * and choices come from the code that applies them. Never touches process.
 */

import { Option, type Command } from 'commander';
import { COMMUNITIES_DEFAULTS, RUNS_BUDGET } from './analysis/communities.js';
import { DEFAULT_SAMPLES } from './analysis/paths-sampling.js';
import { DEFAULTS, DUPLICATES, EXCEL_DIALECTS, FORMATS, LANGS, NON_RESPONDENT_RULES, PROJECTIONS, SYMMETRISATIONS, WEIGHT_MEANINGS, type RawAnalyseOptions } from './options.js';
import { SEVERITIES } from './types.js';

/** One option: commander flags (`<arg>` for a value, none for a switch), help, and optionally choices and the default --help shows. */
export interface OptionSpec {
  readonly flags: string;
  readonly help: string;
  readonly choices?: readonly string[];
  readonly defaultValue?: string;
}

/** The raw option names (RawAnalyseOptions) of a group, each with its spec. */
type Group<K extends keyof RawAnalyseOptions> = { readonly [key in K]: OptionSpec };

export const LANG_DEFAULT_HELP = 'from LC_ALL/LC_MESSAGES/LANG, da… → Danish';
export const RUNS_DEFAULT_HELP = `${COMMUNITIES_DEFAULTS.runs}, fewer above ${(RUNS_BUDGET / COMMUNITIES_DEFAULTS.runs).toLocaleString('en-US')} ties`;

/** How the input is read (io/read-network.ts ReadOptions). */
export const READ_OPTIONS = Object.freeze({
  actors: { flags: '-a, --actors <file>', help: 'actors CSV file (id, label, sector, attributes…)' },
  groupBy: { flags: '-g, --group-by <column>', help: 'actor column that defines groups for bridging/bonding (default: meta.json groupBy, else sector)' },
  duplicates: { flags: '--duplicates <policy>', help: 'how repeated ties are merged', choices: DUPLICATES, defaultValue: DEFAULTS.duplicates },
  directed: { flags: '--directed', help: 'each row A,B is A\'s answer "I have a tie to B" (survey data; also meta.json "directed": true)' },
  symmetrise: {
    flags: '--symmetrise <how>',
    help: `directed data: the undirected network of the other metrics, ${SYMMETRISATIONS.join(' or ')} (mutual: only ties both sides report) (default: union)`,
  },
  nonRespondents: {
    flags: '--non-respondents <rule>',
    help: `directed data: ${NON_RESPONDENT_RULES.join(', ')} = an actor with no row of its own did not answer (default: the actors' respondent/besvaret column, if any)`,
  },
  weight: { flags: '--weight <column>', help: 'the ties column that is the tie weight, any numeric column (default: meta.json weight, else the weight/styrke/vægt column)' },
  weightMeans: {
    flags: '--weight-means <meaning>',
    help: 'strength: a larger number is a stronger tie; distance: a longer, weaker one, e.g. a frequency code where 1 = daily (strength = 1/value) (default: meta.json weightMeans, else strength)',
    choices: WEIGHT_MEANINGS,
  },
  tieType: { flags: '--tie-type <kinds>', help: 'analyse only these kinds of tie (comma-separated values of the ties\' type/relation/relationstype column) (default: every kind, merged)' },
  matrix: {
    flags: '--matrix',
    help: 'the ties file is an adjacency matrix: actor ids in the first row and column, cells 0/1 or weights (default: recognised when the first row and column hold the same ids)',
  },
  sheet: { flags: '--sheet <name>', help: 'Excel workbook (.xlsx): the sheet of ties (default: the sheet named ties, relationer, relations or netværk, or the only one)' },
  actorsSheet: { flags: '--actors-sheet <name>', help: 'Excel workbook (.xlsx): the sheet of actors (default: the sheet named actors, aktører or aktoerer, if any)' },
  twoMode: {
    flags: '--two-mode',
    help: 'the input is an attendance list: one row per actor and activity (columns actor/aktør, activity/aktivitet/møde), projected onto the actors (default: meta.json "twoMode", or a folder\'s deltagelse.csv/participation.csv/attendance.csv)',
  },
  projection: {
    flags: '--projection <how>',
    help: 'two-mode data: a tie\'s weight is count = the number of activities both attend, or newman = the sum of 1/(participants − 1) over them (default: meta.json "projection", else count)',
    choices: PROJECTIONS,
  },
} satisfies Group<'actors' | 'groupBy' | 'duplicates' | 'directed' | 'symmetrise' | 'nonRespondents' | 'weight' | 'weightMeans' | 'tieType' | 'matrix' | 'sheet' | 'actorsSheet' | 'twoMode' | 'projection'>);

/** What the analysis does (limits: options.ts ANALYSIS_LIMITS). */
export const ANALYSIS_OPTIONS = Object.freeze({
  seed: { flags: '--seed <n>', help: 'seed of the first Louvain run', defaultValue: String(DEFAULTS.seed) },
  runs: { flags: '--runs <n>', help: `Louvain runs; the best modularity is kept (default: ${RUNS_DEFAULT_HELP})` },
  facilitator: { flags: '--facilitator <id>', help: 'id of the backbone (facilitator) actor: how much the partnership depends on it' },
  threads: { flags: '--threads <n>', help: 'threads for betweenness, closeness and distances; the report is the same for any number (default: the number of cores)' },
  exact: { flags: '--exact', help: 'exact betweenness, closeness and mean distance however large the network (slow above ~30,000 actors)' },
  samples: {
    flags: '--samples <k>',
    help: `sources sampled for betweenness, closeness and mean distance; large networks are sampled by default (${DEFAULT_SAMPLES} sources), the bound is in the warnings; a sample that cannot single out the top 20 is replaced by exact values where these are affordable`,
  },
} satisfies Group<'seed' | 'runs' | 'facilitator' | 'threads' | 'exact' | 'samples'>);

/** How the report is shown and where it goes. */
export const RENDER_OPTIONS = Object.freeze({
  format: { flags: '-f, --format <format>', help: 'output format', choices: FORMATS, defaultValue: DEFAULTS.format },
  out: { flags: '-o, --out <file>', help: 'write the report to this file instead of stdout' },
  excel: { flags: '--excel <locale>', help: 'CSV for Excel: da = ";", decimal comma, BOM; en = ",", BOM (default: da when the input uses ";")', choices: EXCEL_DIALECTS },
  lang: { flags: '--lang <lang>', help: `language of the report and its recommendations (default: ${LANG_DEFAULT_HELP})`, choices: LANGS },
  failOn: { flags: '--fail-on <severity>', help: 'exit 1 when a recommendation at or above this severity is found', choices: SEVERITIES },
  top: { flags: '--top <n>', help: 'rows in the top-actor tables (text, Markdown) and top actors labelled on the HTML map', defaultValue: String(DEFAULTS.top) },
  color: { flags: '--no-color', help: 'no colour in the text report (also NO_COLOR=1, or when stdout is not a terminal)' },
} satisfies Group<'format' | 'out' | 'excel' | 'lang' | 'failOn' | 'top' | 'color'>);

/**
 * Registers `keys` of `group` on `command`, in that order; `changes` adapts
 * an option to the command (its help, choices or default), never its flags.
 */
export function addOptions<G extends Readonly<Record<string, OptionSpec>>>(
  command: Command,
  group: G,
  keys: readonly (keyof G & string)[],
  changes: { readonly [K in keyof G]?: Partial<Omit<OptionSpec, 'flags'>> } = {},
): Command {
  for (const key of keys) {
    const spec = { ...group[key]!, ...changes[key] };
    const option = new Option(spec.flags, spec.help);
    if (spec.choices !== undefined) option.choices(spec.choices);
    if (spec.defaultValue !== undefined) option.default(spec.defaultValue);
    command.addOption(option);
  }
  return command;
}

/**
 * The values of `keys` of `group` as commander parsed them, as raw strings
 * (never auto-cast) and switches as booleans (`--no-color`: color false).
 */
export function rawOf<G extends Readonly<Record<string, OptionSpec>>, K extends keyof G & keyof RawAnalyseOptions & string>(
  flags: Readonly<Record<string, unknown>>,
  group: G,
  keys: readonly K[],
): Pick<RawAnalyseOptions, K> {
  const raw: Record<string, string | boolean | undefined> = {};
  for (const key of keys) {
    const spec = group[key]!;
    const value = flags[key];
    if (spec.flags.startsWith('--no-')) raw[key] = value !== false;
    else if (!spec.flags.includes('<')) raw[key] = value === true;
    else raw[key] = typeof value === 'string' ? value : undefined;
  }
  return raw as Pick<RawAnalyseOptions, K>;
}

export const READ_KEYS = Object.keys(READ_OPTIONS) as (keyof typeof READ_OPTIONS)[];
/** The read options every network of a batch or both waves of a comparison share (the actors file is per network). */
export const SHARED_READ_KEYS = READ_KEYS.filter((k) => k !== 'actors');

/** `tuff analyse`: every option of the three groups. */
export const ANALYSE_ANALYSIS_KEYS = Object.keys(ANALYSIS_OPTIONS) as (keyof typeof ANALYSIS_OPTIONS)[];
export const ANALYSE_RENDER_KEYS = Object.keys(RENDER_OPTIONS) as (keyof typeof RENDER_OPTIONS)[];

/** Registers every option of `tuff analyse` (the three groups, in full). */
export function addAnalyseOptions(command: Command): Command {
  addOptions(command, READ_OPTIONS, READ_KEYS);
  addOptions(command, ANALYSIS_OPTIONS, ANALYSE_ANALYSIS_KEYS);
  return addOptions(command, RENDER_OPTIONS, ANALYSE_RENDER_KEYS);
}

/** `tuff analyse`'s parsed flags → the raw options resolveOptions checks. */
export function analyseRaw(input: string, flags: Readonly<Record<string, unknown>>): RawAnalyseOptions {
  return {
    input,
    ...rawOf(flags, READ_OPTIONS, READ_KEYS),
    ...rawOf(flags, ANALYSIS_OPTIONS, ANALYSE_ANALYSIS_KEYS),
    ...rawOf(flags, RENDER_OPTIONS, ANALYSE_RENDER_KEYS),
  };
}

/** `tuff batch`: the analysis options of each network (its own --threads are the workers'), the report's format and gate. */
export const BATCH_ANALYSIS_KEYS = ['seed', 'runs'] as const;
export const BATCH_RENDER_KEYS = ['format', 'failOn', 'lang', 'top', 'excel'] as const;

/** `tuff compare`: both waves read and analysed alike; the comparison's own format and output. */
export const COMPARE_ANALYSIS_KEYS = ['seed', 'runs', 'threads', 'exact'] as const;
export const COMPARE_RENDER_KEYS = ['format', 'out', 'lang', 'color'] as const;
