/**
 * Reciprocity family of directed answers, in O(n + m) by merging each actor's
 * ascending out-row with its ascending in-row (model/arcs.ts):
 *
 * - mutual_i = |{j : i→j and j→i}|: the ties i reports that j reports back.
 * - actor reciprocity r_i = mutual_i / |{j : i→j, j answered}|: of the ties i
 *   reports to actors who answered (only they could confirm), the share they
 *   confirm. **null** when i did not answer (its own answers are unknown, not
 *   0) or reports no tie to a respondent. Without respondent information every
 *   actor counts as a respondent and r_i = mutual_i / outDegree_i (null when i
 *   names no one).
 * - network reciprocity = mutual arcs / all arcs = Σ_i mutual_i / m
 *   (networkx `nx.reciprocity(G)`); null when there is no arc.
 * - dyad census (igraph `Graph.dyad_census()`, Holland & Leinhardt 1970) over
 *   the n(n−1)/2 unordered pairs: mutual (both arcs), asymmetric (one arc),
 *   null (none).
 * - among respondents: mutual arcs / arcs whose two ends both answered (the
 *   reciprocity of the part of the network where a confirmation was possible);
 *   null when there is no such arc.
 */

import type { DirectedNetwork } from '../model/directed-network.js';

export interface ReciprocityResult {
  readonly mutual: Int32Array;
  readonly actor: (number | null)[];
  readonly network: number | null;
  readonly dyads: { readonly mutual: number; readonly asymmetric: number; readonly null: number };
  readonly amongRespondents: number | null;
}

export function computeReciprocity(d: DirectedNetwork): ReciprocityResult {
  const { n, m, outOffsets, outTargets, inOffsets, inTargets, respondent } = d;
  const mutual = new Int32Array(n);
  const actor: (number | null)[] = new Array<number | null>(n);
  let mutualArcs = 0;
  let respondentArcs = 0;
  let respondentMutual = 0;
  for (let i = 0; i < n; i++) {
    let p = outOffsets[i]!;
    const pEnd = outOffsets[i + 1]!;
    let q = inOffsets[i]!;
    const qEnd = inOffsets[i + 1]!;
    let both = 0;
    let toRespondents = 0;
    for (let k = p; k < pEnd; k++) toRespondents += respondent[outTargets[k]!]!;
    while (p < pEnd && q < qEnd) {
      const a = outTargets[p]!;
      const b = inTargets[q]!;
      if (a === b) {
        both++;
        p++;
        q++;
      } else if (a < b) p++;
      else q++;
    }
    mutual[i] = both;
    mutualArcs += both;
    actor[i] = respondent[i] === 1 && toRespondents > 0 ? both / toRespondents : null;
    if (respondent[i] === 1) {
      respondentArcs += toRespondents;
      respondentMutual += both; // a mutual partner has an arc to i, so it answered
    }
  }
  const mutualPairs = mutualArcs / 2;
  const asymmetric = m - mutualArcs;
  const pairs = (n * (n - 1)) / 2;
  return {
    mutual,
    actor,
    network: m === 0 ? null : mutualArcs / m,
    dyads: { mutual: mutualPairs, asymmetric, null: pairs - mutualPairs - asymmetric },
    amongRespondents: respondentArcs === 0 ? null : respondentMutual / respondentArcs,
  };
}
