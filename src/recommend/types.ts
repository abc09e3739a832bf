/**
 * The data a recommendation rule produces: a `Finding` is everything about a
 * recommendation except its sentence. Rules return findings; the registry
 * (index.ts) orders them and renders each `params` through the rule
 * catalogue of the chosen language (src/i18n/rules-{en,da}.ts) into the
 * report's `Recommendation.message`.
 *
 * `RuleParams` maps every rule id to the exact shape of its message
 * parameters, so the catalogues are typed per rule: a missing or misspelt
 * parameter is a compile error in both languages. Ids in params are actor ids
 * (resolved to "Label (id)" by the formatter); numbers are raw (formatted by
 * the catalogue with the language's decimal mark).
 */

import type { Severity } from '../types.js';
import type { RuleContext } from './context.js';

/** A JSON value with finite numbers (checked by the registry). */
export type Json = number | string | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/**
 * What a rule measured. Key order is the JSON order: `metric`, `value`, then
 * `threshold` (the number it was compared with) and/or `comparison` (how, in
 * words a script can match), then rule-specific details.
 */
/** A group a claim rests on that has at most thresholds.smallGroup.maxActors actors. */
export interface SmallGroup {
  readonly group: string;
  readonly actors: number;
}

export type Evidence = { readonly metric: string; readonly value: Json } & { readonly [key: string]: Json };

export const RULE_IDS = [
  'community-crosses-sectors',
  'community-isolated',
  'detached-groups',
  'dominant-hub',
  'facilitator-dependence',
  'fragile-tie',
  'introductions',
  'isolated-actors',
  'low-response-rate',
  'missing-sector-link',
  'named-not-naming',
  'potential-brokers',
  'sector-silo',
  'single-broker',
  'unconfirmed-ties',
  'vulnerable-citizens-peripheral',
  'what-if-leaves',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Why an introduction is worth more than its shared contacts alone. */
export type IntroductionReason = 'new-sector-link' | 'second-route' | 'vulnerable-closer' | 'across-clusters';

/** Gould & Fernandez (1989) brokerage roles: open two-paths a–v–c by the groups of a, v, c. */
export interface BrokerageRoles {
  readonly coordinator: number;
  readonly gatekeeper: number;
  readonly representative: number;
  readonly itinerant: number;
  readonly liaison: number;
}
export type BrokerageRole = keyof BrokerageRoles;

/** One actor's answers in a directed survey: how many it names, how many name it. */
export interface NamingCounts {
  readonly actor: string;
  readonly named: number;
  readonly names: number;
}

export interface RuleParams {
  readonly 'unconfirmed-ties': {
    /** Ties a respondent reports to another respondent who does not report it back. */
    readonly count: number;
    /** All ties respondents report to respondents. */
    readonly total: number;
    /** The strongest of them (at most three), [reporter, named]. */
    readonly examples: readonly (readonly [string, string])[];
    /** Actors with the most unconfirmed ties, either side (at most three). */
    readonly most: readonly string[];
  };
  readonly 'named-not-naming': {
    /** 'named': many name them, they name few; 'naming': they name many, few name them. */
    readonly direction: 'named' | 'naming';
    readonly actors: readonly NamingCounts[];
    readonly count: number;
  };
  readonly 'low-response-rate': {
    readonly rate: number;
    readonly respondents: number;
    readonly total: number;
    /** Non-respondents, most named first (the ones whose missing answers weigh most). */
    readonly followUp: readonly string[];
    readonly count: number;
    /** Ties known only from the other side. */
    readonly oneSided: number;
  };
  readonly 'community-isolated': {
    /** The community's number in the report (size desc, then smallest id). */
    readonly community: number;
    readonly size: number;
    readonly internal: number;
    readonly external: number;
    /** Members with ties out of the community, most such ties first (at most three). */
    readonly connectors: readonly string[];
    /** How many members have ties out (connectors may list fewer). */
    readonly connectorCount: number;
  };
  readonly 'community-crosses-sectors': {
    readonly community: number;
    readonly size: number;
    /** Members per group, largest first. */
    readonly groups: readonly { readonly group: string; readonly actors: number }[];
    readonly cross: number;
    readonly internal: number;
    /** Members with the most ties to other groups inside the community (at most three). */
    readonly members: readonly string[];
  };
  readonly 'isolated-actors': {
    readonly actor: string;
    /** A largest-group actor who shares the most attribute values, or null. */
    readonly contact: string | null;
    /** Attribute keys the two share ('sector' = the group column). */
    readonly shared: readonly string[];
  };
  readonly 'detached-groups': {
    readonly members: readonly string[];
    readonly size: number;
    /** The member with the most ties inside the group: the natural first contact. */
    readonly entry: string;
    readonly contact: string | null;
    /** Attribute keys the contact shares with members of the group. */
    readonly shared: readonly string[];
    /** Of those, the keys the entry itself shares with the contact ("who has the same …" is said only of these). */
    readonly sharedWithEntry: readonly string[];
  };
  readonly 'single-broker': {
    readonly broker: string;
    readonly cutOff: readonly string[];
    readonly count: number;
    /** When the whole group hangs on one tie: its actor at the group's side. */
    readonly viaTie: string | null;
    /** A second tie into the group: [inside, outside], both neighbours of the broker. */
    readonly suggestion: readonly [string, string] | null;
    /** Parts the largest group falls into without the broker, and the size of the largest part. */
    readonly parts: number;
    readonly largestPart: number;
  };
  readonly 'fragile-tie': {
    /** The end of the tie on the side of the partnership's centre. */
    readonly near: string;
    /** The end on the side that hangs on this tie. */
    readonly far: string;
    readonly count: number;
    readonly hanging: readonly string[];
  };
  readonly 'sector-silo': {
    readonly group: string;
    readonly internal: number;
    readonly external: number;
    readonly ei: number;
    readonly expected: number;
    /** The group's members with the most ties to other groups (at most three). */
    readonly bridgeActors: readonly string[];
  };
  readonly 'missing-sector-link': {
    readonly groupA: string;
    readonly groupB: string;
    readonly actorsA: number;
    readonly actorsB: number;
    /** A pair to introduce across the gap: [in A, in B] and their shared contacts, or null. */
    readonly suggestion: { readonly a: string; readonly b: string; readonly common: number } | null;
    /** Groups of the pair with at most thresholds.smallGroup.maxActors actors: the message says the claim rests on few. */
    readonly smallGroups: readonly SmallGroup[];
  };
  readonly 'dominant-hub': {
    readonly actor: string;
    readonly tieShare: number;
    readonly betweenness: number;
    readonly strong: boolean;
  };
  readonly 'vulnerable-citizens-peripheral': {
    readonly actor: string;
    readonly degree: number;
    /** Not connected to the largest group at all (isolated or in a detached group). */
    readonly outside: boolean;
    readonly few: boolean;
    readonly onlyBonding: boolean;
    /** The actor through whom alone it reaches the centre of the partnership, or null. */
    readonly gate: string | null;
    /** Its contacts (at most three). */
    readonly contacts: readonly string[];
  };
  readonly 'potential-brokers': {
    readonly actor: string;
    readonly degree: number;
    readonly effectiveSize: number;
    readonly groupsReached: number;
    readonly role: BrokerageRole | null;
    /** 1-based row in the report's betweenness ranking (actors with ties). */
    readonly betweennessRank: number;
    /** How many actors that ranking has. */
    readonly ranked: number;
    /** The top ranks counted as central (the rule skips them). */
    readonly centralRanks: number;
  };
  readonly introductions: {
    readonly a: string;
    readonly b: string;
    readonly groupA: string | null;
    readonly groupB: string | null;
    readonly common: readonly string[];
    readonly commonCount: number;
    readonly reasons: readonly IntroductionReason[];
    /** For 'second-route': the single broker the new tie would go around. */
    readonly around: string | null;
    /** For 'vulnerable-closer': the vulnerable actor brought closer. */
    readonly vulnerable: string | null;
    /** With 'new-sector-link': the small groups of the pair (see missing-sector-link); else empty. */
    readonly smallGroups: readonly SmallGroup[];
  };
  readonly 'what-if-leaves': {
    readonly actor: string;
    readonly count: number;
    /** Parts the largest group falls into without the actor, and the size of the largest part. */
    readonly parts: number;
    readonly largestPart: number;
    readonly cutOff: readonly string[];
    readonly ties: number;
    readonly betweenness: number;
    readonly sectorLinksLost: readonly (readonly [string, string])[];
  };
  readonly 'facilitator-dependence': {
    readonly actor: string;
    readonly crossGroup: boolean;
    readonly share: number;
    readonly allThrough: number;
    readonly count: number;
    readonly cutOff: readonly string[];
    readonly sectorLinksLost: readonly (readonly [string, string])[];
    readonly exact: boolean;
    /** The severity is warning: heavy dependence. */
    readonly strong: boolean;
  };
}

export interface FindingOf<R extends RuleId> {
  readonly rule: R;
  readonly severity: Severity;
  /** Actor ids the finding concerns, sorted by code units (capped, see thresholds.maxActorsPerFinding). */
  readonly actors: readonly string[];
  /** Group (sector) values it concerns, sorted by code units. */
  readonly groups: readonly string[];
  readonly evidence: Evidence;
  readonly params: RuleParams[R];
}

export type Finding = { [R in RuleId]: FindingOf<R> }[RuleId];

/** A rule: a pure function of the context. Findings come most important first. */
export type Rule<R extends RuleId = RuleId> = {
  readonly id: R;
  readonly run: (ctx: RuleContext) => readonly FindingOf<R>[];
};
