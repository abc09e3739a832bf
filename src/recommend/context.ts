/**
 * The input of every rule, and the structural helpers several rules share,
 * each computed once per run (lazily: a rule that is not needed costs
 * nothing). Rules read only this: the Dataset (attributes), the CSR Network,
 * the Analysis (the report's metrics), the thresholds and the facilitator.
 *
 * Helpers:
 * - `actors[i]`, `degree`, `componentOf` and metric arrays by actor index.
 * - `vulnerable[i]`: 1 when the actor is flagged vulnerable (util/vulnerable.ts:
 *   `vulnerable` / `sårbar` is ja / yes / true / 1 / sårbar / vulnerable,
 *   case-insensitively; the reports and compare read it the same way).
 * - `tiesBetween(a, b)`: the group × group tie matrix (sparse; counts).
 * - `structure()`: centre, cut-off parts, gates, bridges (structure.ts).
 * - `brokerage()`: Gould–Fernandez roles (brokerage.ts).
 * - `peripheral()`: the vulnerable actors on the edge, and why (shared by the
 *   vulnerable rule and the introductions).
 * - `linker()`: who in the largest group could link an outside actor or group (linking.ts).
 * - `introductions()`: ranked introduction pairs (introductions.ts).
 * - `clusters()`: the members of each Louvain community, in index order
 *   (shared by the two community rules).
 */

import type { Actor, Analysis, Dataset } from '../types.js';
import type { Network } from '../model/network.js';
import { THRESHOLDS, type Thresholds } from './thresholds.js';
import { computeStructure, type Structure } from './structure.js';
import { computeBrokerage, type BrokerageResult } from './brokerage.js';
import { createLinker, type Linker } from './linking.js';
import { computeIntroductions, type IntroductionsResult } from './introductions.js';
import { isVulnerable } from '../util/vulnerable.js';

export interface RuleContextInput {
  readonly dataset: Dataset;
  readonly network: Network;
  readonly analysis: Analysis;
  readonly thresholds?: Thresholds;
  /** The backbone actor's id (--facilitator), already checked to exist, or null. */
  readonly facilitator: string | null;
}

export interface Peripheral {
  readonly flagged: Uint8Array;
  readonly outside: Uint8Array;
  readonly few: Uint8Array;
  readonly onlyBonding: Uint8Array;
  readonly fewTies: number;
  readonly medianDegree: number;
}

export interface RuleContext {
  readonly dataset: Dataset;
  readonly network: Network;
  readonly analysis: Analysis;
  readonly thresholds: Thresholds;
  readonly facilitator: string | null;

  readonly actors: readonly Actor[];
  readonly degree: Int32Array;
  readonly componentOf: Int32Array;
  readonly betweenness: Float64Array;
  readonly closeness: Float64Array;
  /** NaN where the metric is null. */
  readonly effectiveSize: Float64Array;
  readonly eiIndex: Float64Array;
  readonly community: Int32Array;
  readonly vulnerable: Uint8Array;
  readonly anyVulnerable: boolean;
  /** Number of groups (0 without a group column). */
  readonly groupCount: number;
  /** 'sector' when groups come from the sector column, else 'group'. */
  readonly groupKind: 'sector' | 'group';
  readonly tiesBetween: (a: number, b: number) => number;
  /** Whether the group has a member in the largest group (of two or more actors). */
  readonly groupInLargest: (g: number) => boolean;

  readonly structure: () => Structure;
  readonly brokerage: () => BrokerageResult;
  readonly peripheral: () => Peripheral;
  readonly linker: () => Linker;
  readonly introductions: () => IntroductionsResult;
  /** Members of each Louvain community (by the report's community number), in index order. */
  readonly clusters: () => readonly (readonly number[])[];

  readonly id: (i: number) => string;
  readonly ids: (list: readonly number[]) => string[];
}

export function createContext(input: RuleContextInput): RuleContext {
  const { dataset, network: net, analysis } = input;
  const thresholds = input.thresholds ?? THRESHOLDS;
  const n = net.n;

  const byId = new Map(dataset.actors.map((a) => [a.id, a] as const));
  const actors = net.ids.map((id) => byId.get(id) ?? { id, label: null, sector: null, attributes: {} });
  const degree = new Int32Array(n);
  const componentOf = new Int32Array(n);
  const betweenness = new Float64Array(n);
  const closeness = new Float64Array(n);
  const effectiveSize = new Float64Array(n);
  const eiIndex = new Float64Array(n);
  const community = new Int32Array(n);
  const vulnerable = new Uint8Array(n);
  let anyVulnerable = false;
  for (let i = 0; i < n; i++) {
    const m = analysis.actors[net.ids[i]!];
    if (m === undefined) throw new Error(`actor ${net.ids[i]} has no metrics`);
    degree[i] = net.offsets[i + 1]! - net.offsets[i]!;
    componentOf[i] = m.component;
    betweenness[i] = m.betweenness;
    closeness[i] = m.closeness;
    effectiveSize[i] = m.effectiveSize ?? Number.NaN;
    eiIndex[i] = m.eiIndex ?? Number.NaN;
    community[i] = m.community;
    if (isVulnerable(actors[i])) {
      vulnerable[i] = 1;
      anyVulnerable = true;
    }
  }

  const G = net.groupNames.length;
  const matrix = new Map<number, number>();
  const inLargest = new Uint8Array(G);
  if (analysis.components.length > 0 && analysis.components[0]!.size >= 2) {
    for (let i = 0; i < n; i++) if (componentOf[i] === 0 && net.group[i]! >= 0) inLargest[net.group[i]!] = 1;
  }
  for (let e = 0; e < net.m; e++) {
    const a = net.group[net.tieSource[e]!]!;
    const b = net.group[net.tieTarget[e]!]!;
    if (a < 0 || b < 0) continue;
    const key = a <= b ? a * G + b : b * G + a;
    matrix.set(key, (matrix.get(key) ?? 0) + 1);
  }
  const tiesBetween = (a: number, b: number): number => matrix.get(a <= b ? a * G + b : b * G + a) ?? 0;

  const id = (i: number): string => net.ids[i]!;
  const ctx: RuleContext = {
    dataset,
    network: net,
    analysis,
    thresholds,
    facilitator: input.facilitator,
    actors,
    degree,
    componentOf,
    betweenness,
    closeness,
    effectiveSize,
    eiIndex,
    community,
    vulnerable,
    anyVulnerable,
    groupCount: G,
    groupKind: dataset.groupBy === 'sector' ? 'sector' : 'group',
    tiesBetween,
    groupInLargest: (g) => inLargest[g] === 1,
    structure: lazy(() => computeStructure(net, componentOf, closeness)),
    brokerage: lazy(() => computeBrokerage(net)),
    peripheral: lazy(() => computePeripheral(ctx)),
    linker: lazy(() => createLinker(ctx)),
    introductions: lazy(() => computeIntroductions(ctx)),
    clusters: lazy(() => membersByCommunity(community)),
    id,
    ids: (list) => list.map(id),
  };
  return ctx;
}

function membersByCommunity(community: Int32Array): number[][] {
  let count = 0;
  for (const c of community) count = Math.max(count, c + 1);
  const members: number[][] = Array.from({ length: count }, () => []);
  for (let i = 0; i < community.length; i++) members[community[i]!]!.push(i);
  return members;
}

function lazy<T>(make: () => T): () => T {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value as T;
  };
}

/** Median of the degrees of actors with at least one tie (0 when none). */
export function medianDegree(degree: Int32Array): number {
  const list = Array.from(degree).filter((k) => k > 0).sort((a, b) => a - b);
  if (list.length === 0) return 0;
  const mid = list.length >> 1;
  return list.length % 2 === 1 ? list[mid]! : (list[mid - 1]! + list[mid]!) / 2;
}

function computePeripheral(ctx: RuleContext): Peripheral {
  const { network: net, degree, vulnerable, componentOf } = ctx;
  const n = net.n;
  const median = medianDegree(degree);
  const fewTies = Math.max(1, Math.floor(ctx.thresholds.vulnerable.fewTiesFactor * median));
  const flagged = new Uint8Array(n);
  const outside = new Uint8Array(n);
  const few = new Uint8Array(n);
  const onlyBonding = new Uint8Array(n);
  if (!ctx.anyVulnerable) return { flagged, outside, few, onlyBonding, fewTies, medianDegree: median };
  const s = ctx.structure();
  for (let i = 0; i < n; i++) {
    if (vulnerable[i] !== 1) continue;
    outside[i] = componentOf[i] !== 0 || s.root === -1 ? 1 : 0;
    few[i] = degree[i]! <= fewTies ? 1 : 0;
    onlyBonding[i] = ctx.groupCount >= 2 && ctx.eiIndex[i] === -1 ? 1 : 0;
    const gated = s.gateOuter[i]! !== -1;
    flagged[i] = outside[i] === 1 || few[i] === 1 || onlyBonding[i] === 1 || gated ? 1 : 0;
  }
  return { flagged, outside, few, onlyBonding, fewTies, medianDegree: median };
}
