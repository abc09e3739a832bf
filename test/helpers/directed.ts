/**
 * Test helper: the directed survey fixture (fixtures/directed/survey) and its
 * oracle (expected.json, written by oracle.py with networkx and igraph).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SURVEY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/directed/survey');

type Value = number | boolean | null;

export interface UndirectedExpected {
  summary: Record<string, number | null>;
  actors: Record<string, Record<string, Value>>;
  groups: Record<string, { actors: number; internalTies: number; externalTies: number; eiIndex: number | null }>;
  eiIndex: number | null;
  groupTies: { internal: number; external: number };
  bridges: [string, string][];
  louvain: { bestModularity: number; bestSeed: number; bestPartition: Record<string, number> };
}

export interface SurveyExpected {
  directed: {
    summary: { arcs: number; reciprocity: number; dyadCensus: { mutual: number; asymmetric: number; null: number }; responseRate: number };
    respondents: number;
    nonRespondents: string[];
    reciprocityAmongRespondents: number;
    tiesBetweenRespondents: number;
    /** [reporter, named] pairs, sorted. */
    unconfirmedBetweenRespondents: [string, string][];
    actors: Record<string, Record<string, Value>>;
  };
  union: UndirectedExpected;
  mutual: UndirectedExpected;
}

export function loadSurveyExpected(): SurveyExpected {
  return JSON.parse(readFileSync(path.join(SURVEY, 'expected.json'), 'utf8')) as SurveyExpected;
}
