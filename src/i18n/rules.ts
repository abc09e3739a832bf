/**
 * The sentences of the recommendations, one catalogue per language
 * (rules-en.ts, rules-da.ts), both typed by `RuleCatalogue`: every rule id
 * has a message function over that rule's typed parameters
 * (src/recommend/types.ts RuleParams), so a missing translation or parameter
 * is a compile error. Each catalogue owns its grammar (plurals, gender of
 * "one", number words, decimal mark, list conjunction); the shared
 * `RuleFormat` only turns ids into names and group values into quoted text.
 */

import type { Lang } from '../options.js';
import type { RuleId, RuleParams } from '../recommend/types.js';
import { rulesEn } from './rules-en.js';
import { rulesDa } from './rules-da.js';

export type GroupKind = 'sector' | 'group';

export interface RuleFormat {
  /** "Label (id)", or the id when there is no label. */
  readonly name: (id: string) => string;
  /**
   * For a second mention in the same message: the label when it is short
   * (at most SHORT_LABEL characters), else the id, which the first mention
   * "Label (id)" has just introduced.
   */
  readonly short: (id: string) => string;
  /** A list of names: "A, B and C"; when `total` exceeds the ids given (or `max`), "A, B and 3 more". */
  readonly names: (ids: readonly string[], total?: number, max?: number) => string;
  /** A group value as quoted text. */
  readonly group: (value: string) => string;
  /** Whether groups are sectors (the `sector` column) or another grouping column. */
  readonly kind: GroupKind;
}

export type RuleMessage<R extends RuleId> = (params: RuleParams[R], f: RuleFormat) => string;

export interface RuleCatalogue {
  /** Joins the last two items of a list ("and" / "og"). */
  readonly and: string;
  /** The tail of a cut list: "3 more" / "3 andre". */
  readonly others: (count: number) => string;
  /** Short titles, for the text report's grouping. */
  readonly titles: (kind: GroupKind) => Readonly<Record<RuleId, string>>;
  /** Message of the summary finding that stands for findings beyond the per-rule cap. */
  readonly omitted: (title: string, count: number, shown: number) => string;
  /** Text report, first screen: the line announcing the "good to know" items listed at the end ("more" after other items). */
  readonly laterSuggestions: (count: number, more: boolean) => string;
  /** Text report, first screen, when nothing is critical or a warning. */
  readonly nothingUrgent: string;
  /** Text report: the heading of the "good to know" items at the end. */
  readonly laterHeading: string;
  /** Text report: the line under a rule's bullets when some are not shown. */
  readonly moreOfKind: (count: number) => string;
  readonly messages: { readonly [R in RuleId]: RuleMessage<R> };
  /** The sentences of findings folded into another item with the same cause (src/recommend/combine.ts). */
  readonly merged: MergedTexts;
}

/**
 * A folded finding said inside its lead's item, as one sentence that does not
 * repeat the lead's fact (src/recommend/combine.ts).
 */
export interface MergedTexts {
  /** In an item about a group (single broker, detached group) of `of` actors: those of them flagged vulnerable. */
  readonly vulnerable: (actors: readonly string[], of: number, f: RuleFormat) => string;
  /** In a single-broker item: a bridge at the broker the far side hangs on. */
  readonly fragileTie: (p: RuleParams['fragile-tie'], f: RuleFormat) => string;
  /** In a single-broker item: the broker is also a hub. */
  readonly hub: (p: RuleParams['dominant-hub'], f: RuleFormat) => string;
  /** In a single-broker item: the broker is the facilitator (--facilitator); the cut-off group is the lead's. */
  readonly facilitator: (p: RuleParams['facilitator-dependence'], f: RuleFormat) => string;
  /** In a single-broker item: what else goes if the broker leaves (the cut-off group is the lead's). */
  readonly whatIf: (p: RuleParams['what-if-leaves'], f: RuleFormat) => string;
  /** In a single-broker item: introductions that go around the broker; `others` when the item already suggests one. */
  readonly around: (pairs: readonly (readonly [string, string])[], broker: string, others: boolean, f: RuleFormat) => string;
  /** Introductions that bring the vulnerable actor `actor` closer (in the item that tells of it): the partners to introduce it to. */
  readonly closer: (partners: readonly string[], actor: string, f: RuleFormat) => string;
  /** In a missing-sector-link item: further introductions that would be the first tie between the two groups. */
  readonly across: (pairs: readonly (readonly [string, string])[], f: RuleFormat) => string;
  /** In a vulnerable-citizens item about an actor without ties: the first contact of isolated-actors. */
  readonly firstContact: (p: RuleParams['isolated-actors'], f: RuleFormat) => string;
}

export function ruleCatalogue(lang: Lang): RuleCatalogue {
  return lang === 'da' ? rulesDa : rulesEn;
}

/** Control characters shown as spaces; long labels cut with an ellipsis. */
export function cleanLabel(text: string, max = 60): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim();
  const chars = [...clean];
  return chars.length <= max ? clean : `${chars.slice(0, max - 1).join('')}…`;
}

/** Labels up to this length are repeated in full; longer ones are referred to by id. */
export const SHORT_LABEL = 30;

export function createRuleFormat(
  catalogue: RuleCatalogue,
  labelOf: (id: string) => string | null,
  kind: GroupKind,
): RuleFormat {
  const short = (id: string): string => {
    const label = labelOf(id);
    return label !== null && label.trim() !== '' && [...label.trim()].length <= SHORT_LABEL ? cleanLabel(label) : cleanLabel(id, 40);
  };
  const name = (id: string): string => {
    const label = labelOf(id);
    return label !== null && label.trim() !== '' && label !== id ? `${cleanLabel(label)} (${cleanLabel(id, 40)})` : cleanLabel(id, 40);
  };
  const names = (ids: readonly string[], total = ids.length, max = 6): string => {
    const shown = ids.slice(0, max).map(name);
    const rest = Math.max(0, total - shown.length);
    const sep = shown.some((s) => s.includes(',')) ? '; ' : ', ';
    const items = rest > 0 ? [...shown, catalogue.others(rest)] : shown;
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(sep)} ${catalogue.and} ${items[items.length - 1]}`;
  };
  const group = (value: string): string => `"${cleanLabel(value, 40)}"`;
  return { name, short, names, group, kind };
}
