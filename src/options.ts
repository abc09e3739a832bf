/**
 * Options of `tuff analyse`: one type, frozen defaults, one validator. The CLI
 * registers the flags from cli-options.ts and hands their raw strings here;
 * `resolveOptions` fills the defaults (undefined = default) and throws
 * UsageError on a bad value. The analysis limits (ANALYSIS_LIMITS,
 * analysisProblems) are the library API's too. The --help text reads its
 * defaults from DEFAULTS, so the two cannot drift.
 */

import { UsageError } from './errors.js';
import type { ErrorProblem } from './i18n/input.js';
import { NON_RESPONDENT_RULES, SEVERITIES, SYMMETRISATIONS, type NonRespondentRule, type Severity, type Symmetrise } from './types.js';
import { DUPLICATE_POLICIES, WEIGHT_MEANINGS, type DuplicatePolicy, type WeightMeans } from './model/ties.js';
import { PROJECTIONS, type Projection } from './model/two-mode.js';

export const FORMATS = ['text', 'json', 'html', 'markdown', 'csv', 'gexf', 'graphml'] as const;
export type Format = (typeof FORMATS)[number];

export const LANGS = ['en', 'da'] as const;
export type Lang = (typeof LANGS)[number];

/** --duplicates: the reader's policies for a repeated tie (model/ties.ts). */
export const DUPLICATES = DUPLICATE_POLICIES;
export type { DuplicatePolicy, WeightMeans };

/** --weight-means: how the weight column reads (model/ties.ts). */
export { WEIGHT_MEANINGS };

/** --symmetrise and --non-respondents: directed answers (model/directed.ts). */
export { SYMMETRISATIONS, NON_RESPONDENT_RULES, type Symmetrise, type NonRespondentRule };

/** --projection: how an attendance list is projected onto the actors (model/two-mode.ts). */
export { PROJECTIONS, type Projection };

/** --excel: CSV for Excel in this locale (report/csv.ts). */
export const EXCEL_DIALECTS = ['da', 'en'] as const;
export type ExcelDialect = (typeof EXCEL_DIALECTS)[number];

export interface AnalyseCommandOptions {
  readonly input: string;
  readonly actors: string | undefined;
  readonly groupBy: string | undefined;
  readonly duplicates: DuplicatePolicy;
  readonly format: Format;
  readonly out: string | undefined;
  readonly seed: number;
  /** undefined: 20 runs, fewer on very large networks (analysis decides by size). */
  readonly runs: number | undefined;
  readonly lang: Lang;
  readonly color: boolean;
  readonly failOn: Severity | undefined;
  readonly top: number;
  /** --excel; undefined: Danish Excel when the input was `;`-separated, else plain CSV. */
  readonly excel: ExcelDialect | undefined;
  /** --facilitator: the backbone actor's id (checked against the network in pipeline.ts). */
  readonly facilitator: string | undefined;
  /** --threads for the shortest-path metrics; undefined: 1 (the CLI passes the number of cores). Never changes the result. */
  readonly threads?: number | undefined;
  /** --exact: exact path metrics at any size (analysis/paths-sampling.ts). */
  readonly exact?: boolean | undefined;
  /** --samples K: source budget of the sampled path metrics; given = sample components larger than K. */
  readonly samples?: number | undefined;
  /** --directed: each row is the source's answer about the target; undefined: meta.json `directed`, else undirected. */
  readonly directed?: boolean | undefined;
  /** --symmetrise (directed data): undefined = meta.json `symmetrise`, else union. */
  readonly symmetrise?: Symmetrise | undefined;
  /** --non-respondents (directed data): undefined = the actors' respondent column, if any. */
  readonly nonRespondents?: NonRespondentRule | undefined;
  /** The input's shape: which ties column is the weight, and how it reads (io/read-network.ts ReadOptions). */
  readonly weight?: string | undefined;
  readonly weightMeans?: WeightMeans | undefined;
  /** --tie-type: the kinds of tie to analyse; undefined: every kind, merged. */
  readonly tieTypes?: readonly string[] | undefined;
  /** --matrix: the ties file is an adjacency matrix (default: recognised by its shape). */
  readonly matrix?: boolean | undefined;
  /** --sheet, --actors-sheet: a workbook's sheets (default: found by their names). */
  readonly sheet?: string | undefined;
  readonly actorsSheet?: string | undefined;
  /** --two-mode: the input is an attendance list (actor, activity per row); undefined: meta.json `twoMode`, else recognised by a folder's file name. */
  readonly twoMode?: boolean | undefined;
  /** --projection (two-mode data): undefined = meta.json `projection`, else count. */
  readonly projection?: Projection | undefined;
}

export const DEFAULTS = Object.freeze({
  duplicates: 'sum' as DuplicatePolicy,
  format: 'text' as Format,
  seed: 1,
  top: 10,
});

/** Raw values as the CLI hands them over: strings, never auto-cast. */
export interface RawAnalyseOptions {
  input: string;
  actors?: string | undefined;
  groupBy?: string | undefined;
  duplicates?: string | undefined;
  format?: string | undefined;
  out?: string | undefined;
  seed?: string | undefined;
  runs?: string | undefined;
  threads?: string | undefined;
  exact?: boolean | undefined;
  samples?: string | undefined;
  lang?: string | undefined;
  color: boolean;
  failOn?: string | undefined;
  top?: string | undefined;
  facilitator?: string | undefined;
  excel?: string | undefined;
  directed?: boolean | undefined;
  symmetrise?: string | undefined;
  nonRespondents?: string | undefined;
  weight?: string | undefined;
  weightMeans?: string | undefined;
  tieType?: string | undefined;
  matrix?: boolean | undefined;
  sheet?: string | undefined;
  actorsSheet?: string | undefined;
  twoMode?: boolean | undefined;
  projection?: string | undefined;
}

/** The language from --lang, else from LC_ALL / LANG (`da…` → Danish), else English. */
export function defaultLang(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('da') ? 'da' : 'en';
}

/**
 * The language of the messages of a run, from its command line (the last
 * `--lang X` or `--lang=X` naming a language) or else the locale: errors are
 * printed in it even when they come before the options are resolved, or
 * from a bad option among them.
 */
export function messageLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  let lang: Lang | undefined;
  argv.forEach((arg, i) => {
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined && (LANGS as readonly string[]).includes(value)) lang = value as Lang;
  });
  return lang ?? defaultLang(env);
}

export function resolveOptions(raw: RawAnalyseOptions, env: Readonly<Record<string, string | undefined>>): AnalyseCommandOptions {
  return {
    input: raw.input,
    actors: raw.actors,
    groupBy: raw.groupBy,
    duplicates: parseDuplicates(raw.duplicates),
    format: oneOf('--format', raw.format, FORMATS) ?? DEFAULTS.format,
    out: raw.out,
    seed: integer('--seed', raw.seed, ...ANALYSIS_LIMITS.seed) ?? DEFAULTS.seed,
    runs: integer('--runs', raw.runs, ...ANALYSIS_LIMITS.runs),
    lang: oneOf('--lang', raw.lang, LANGS) ?? defaultLang(env),
    color: raw.color,
    failOn: oneOf('--fail-on', raw.failOn, SEVERITIES),
    top: integer('--top', raw.top, 1, 1_000_000) ?? DEFAULTS.top,
    excel: oneOf('--excel', raw.excel, EXCEL_DIALECTS),
    facilitator: raw.facilitator,
    ...pathOptions(raw),
    ...directedOptions(raw),
    ...shapeOptions(raw),
  };
}

/** --directed, --symmetrise, --non-respondents (the last two need directed data: checked when it is read). */
export function directedOptions(raw: Pick<RawAnalyseOptions, 'directed' | 'symmetrise' | 'nonRespondents'>): Pick<AnalyseCommandOptions, 'directed' | 'symmetrise' | 'nonRespondents'> {
  return {
    directed: raw.directed === true ? true : undefined,
    symmetrise: oneOf('--symmetrise', raw.symmetrise, SYMMETRISATIONS),
    nonRespondents: oneOf('--non-respondents', raw.nonRespondents, NON_RESPONDENT_RULES),
  };
}

/** The flags that say how the input is read (shared by analyse, batch and compare). */
export type ShapeFlag = 'weight' | 'weightMeans' | 'tieType' | 'matrix' | 'sheet' | 'actorsSheet' | 'twoMode' | 'projection';

/** --weight, --weight-means, --tie-type: how the input is read (shared by analyse, batch and compare). */
export function shapeOptions(
  raw: Pick<RawAnalyseOptions, ShapeFlag>,
): Pick<AnalyseCommandOptions, 'weight' | 'weightMeans' | 'tieTypes' | 'matrix' | 'sheet' | 'actorsSheet' | 'twoMode' | 'projection'> {
  if (raw.weight !== undefined && raw.weight.trim() === '') throw new UsageError({ code: 'weight-option-empty', params: {} });
  let tieTypes: string[] | undefined;
  if (raw.tieType !== undefined) {
    tieTypes = raw.tieType.split(',').map((s) => s.trim()).filter((s) => s !== '');
    if (tieTypes.length === 0) throw new UsageError({ code: 'tie-type-option-empty', params: {} });
  }
  return { weight: raw.weight, weightMeans: oneOf('--weight-means', raw.weightMeans, WEIGHT_MEANINGS), tieTypes, matrix: raw.matrix === true ? true : undefined,
    sheet: raw.sheet, actorsSheet: raw.actorsSheet,
    twoMode: raw.twoMode === true ? true : undefined, projection: oneOf('--projection', raw.projection, PROJECTIONS) };
}

/**
 * The analysis group's limits (whole numbers, inclusive): one table for the
 * CLI (--seed, --runs, --threads, --samples) and the library API (`analyse`
 * options of the same names), so both refuse the same values.
 */
export const ANALYSIS_LIMITS = Object.freeze({
  seed: [0, 2 ** 31 - 1],
  runs: [1, 1000],
  threads: [1, 1024],
  samples: [2, 100_000_000],
} as const satisfies Record<string, readonly [number, number]>);

export type AnalysisLimited = keyof typeof ANALYSIS_LIMITS;

/**
 * The analysis options as values: a number, or for the CLI the text given
 * (which must be digits). `got` is how the message shows the value given.
 */
export interface AnalysisValues {
  readonly seed?: number | string | undefined;
  readonly runs?: number | string | undefined;
  readonly threads?: number | string | undefined;
  readonly samples?: number | string | undefined;
  readonly exact?: boolean | undefined;
}

/**
 * The problems of analysis option values, one message each, [] when there is
 * none. `name` is how a field is called (`--seed` on the command line,
 * `seed` in the library). Used by resolveOptions (the CLI) and by the
 * library's `analyse` (src/index.ts).
 */
export function analysisProblems(values: AnalysisValues, name: (field: AnalysisLimited | 'exact') => string): ErrorProblem[] {
  const problems: ErrorProblem[] = [];
  for (const field of Object.keys(ANALYSIS_LIMITS) as AnalysisLimited[]) {
    const value = values[field];
    if (value !== undefined && wholeNumber(value, ANALYSIS_LIMITS[field]) === undefined) problems.push(rangeProblem(name(field), value, ANALYSIS_LIMITS[field]));
  }
  if (values.exact === true && values.samples !== undefined) {
    problems.push({ code: 'exact-and-samples', params: { exact: name('exact'), samples: name('samples') } });
  }
  return problems;
}

/** A value within [min, max] as a number (text: digits only, spaces around allowed), else undefined. */
function wholeNumber(value: number | string, [min, max]: readonly [number, number]): number | undefined {
  const n = typeof value === 'number' ? value : /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

function rangeProblem(label: string, value: number | string, [min, max]: readonly [number, number]): ErrorProblem {
  return { code: 'option-whole-number', params: { option: label, min, max, value } };
}

/** --threads, --exact, --samples (the last two exclude each other); --seed and --runs are checked with them. */
function pathOptions(raw: RawAnalyseOptions): Pick<AnalyseCommandOptions, 'threads' | 'exact' | 'samples'> {
  const problems = analysisProblems({ seed: raw.seed, runs: raw.runs, threads: raw.threads, samples: raw.samples, exact: raw.exact }, (field) => `--${field}`);
  if (problems.length > 0) throw new UsageError(problems[0]!);
  return { threads: limited('threads', raw.threads), exact: raw.exact === true, samples: limited('samples', raw.samples) };
}

/** A checked analysis value as a number (analysisProblems has refused a bad one). */
function limited(field: AnalysisLimited, value: string | undefined): number | undefined {
  return value === undefined ? undefined : wholeNumber(value, ANALYSIS_LIMITS[field]);
}

/** --duplicates of any command: one of DUPLICATES, default `sum`. */
export function parseDuplicates(value: string | undefined): DuplicatePolicy {
  return oneOf('--duplicates', value, DUPLICATES) ?? DEFAULTS.duplicates;
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError({ code: 'option-one-of', params: { option: flag, allowed, value } });
}

function integer(flag: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new UsageError({ code: 'option-whole-number', params: { option: flag, min, max, value } });
  const n = Number(value.trim());
  if (n < min || n > max) throw new UsageError({ code: 'option-whole-number', params: { option: flag, min, max, value } });
  return n;
}
