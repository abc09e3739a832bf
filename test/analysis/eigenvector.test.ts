import { describe, expect, it } from 'vitest';
import { computeEigenvector, computeEigenvectorDetailed } from '../../src/analysis/eigenvector.js';
import { buildNetwork, type Network } from '../../src/model/network.js';
import { loadExpected, loadSharedDataset, makeDataset } from '../helpers/shared.js';

type Edge = readonly [string, string, number?];

function net(ties: readonly Edge[], actors: readonly string[] = []): Network {
  return buildNetwork(makeDataset(ties, { actors }));
}

function byId(network: Network, values: Float64Array): Record<string, number> {
  return Object.fromEntries(network.ids.map((id, i) => [id, values[i]!]));
}

function clique(prefix: string, k: number): Edge[] {
  const edges: Edge[] = [];
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) edges.push([`${prefix}${i}`, `${prefix}${j}`]);
  return edges;
}

describe('computeEigenvector on the shared oracles (networkx eigenvector_centrality_numpy)', () => {
  for (const name of ['karate', 'florentine', 'sondervang']) {
    it(`${name}: within 1e-9 of expected.json, zeros exactly where the oracle has them`, () => {
      const network = buildNetwork(loadSharedDataset(name));
      const expected = loadExpected(name);
      const x = computeEigenvector(network);
      for (let i = 0; i < network.n; i++) {
        const want = expected.actors[network.ids[i]!]!.eigenvector as number;
        expect(Math.abs(x[i]! - want)).toBeLessThan(1e-9);
        expect(x[i] === 0).toBe(want === 0);
      }
      expect(Math.hypot(...x)).toBeCloseTo(1, 12);
    });
  }
});

describe('computeEigenvector on hand-derived cases', () => {
  it('star K1,4: centre 1/√2, leaves 1/√8 (λ = 2)', () => {
    const network = net([['c', 'a'], ['c', 'b'], ['c', 'd'], ['c', 'e']]);
    const r = computeEigenvectorDetailed(network);
    const x = byId(network, r.values);
    expect(x.c!).toBeCloseTo(1 / Math.SQRT2, 12);
    for (const id of ['a', 'b', 'd', 'e']) expect(x[id]!).toBeCloseTo(1 / Math.sqrt(8), 12);
    expect(r.eigenvalue).toBeCloseTo(2, 12);
    expect(r.converged).toBe(true);
  });

  it('path P4: x_j ∝ sin(jπ/5)', () => {
    const network = net([['1', '2'], ['2', '3'], ['3', '4']]);
    const raw = [1, 2, 3, 4].map((j) => Math.sin((j * Math.PI) / 5));
    const norm = Math.hypot(...raw);
    const x = byId(network, computeEigenvector(network));
    raw.forEach((v, k) => expect(x[String(k + 1)]!).toBeCloseTo(v / norm, 12));
  });

  it('bipartite K2,3 (λ = ±√6): side of 2 gets 1/2, side of 3 gets 1/√6, no oscillation', () => {
    const network = net([['a1', 'b1'], ['a1', 'b2'], ['a1', 'b3'], ['a2', 'b1'], ['a2', 'b2'], ['a2', 'b3']]);
    const r = computeEigenvectorDetailed(network);
    const x = byId(network, r.values);
    expect(r.converged).toBe(true);
    expect(r.eigenvalue).toBeCloseTo(Math.sqrt(6), 12);
    for (const id of ['a1', 'a2']) expect(x[id]!).toBeCloseTo(0.5, 12);
    for (const id of ['b1', 'b2', 'b3']) expect(x[id]!).toBeCloseTo(1 / Math.sqrt(6), 12);
  });

  it('triangle plus isolate: 1/√3 on the triangle, exactly 0 on the isolate', () => {
    const network = net([['a', 'b'], ['b', 'c'], ['a', 'c']], ['z']);
    const x = byId(network, computeEigenvector(network));
    for (const id of ['a', 'b', 'c']) expect(x[id]!).toBeCloseTo(1 / Math.sqrt(3), 12);
    expect(x.z).toBe(0);
  });

  it('K4 and a separate triangle: only the component owning λ_max = 3 is non-zero', () => {
    const network = net([...clique('k', 4), ...clique('t', 3)]);
    const x = byId(network, computeEigenvector(network));
    for (let i = 0; i < 4; i++) expect(x[`k${i}`]!).toBeCloseTo(0.5, 12);
    for (let i = 0; i < 3; i++) expect(x[`t${i}`]).toBe(0);
  });

  it('tie weights are ignored (unweighted adjacency)', () => {
    const weighted = net([['a', 'b', 5], ['b', 'c', 1], ['c', 'd', 2], ['a', 'c', 0.5]]);
    const plain = net([['a', 'b'], ['b', 'c'], ['c', 'd'], ['a', 'c']]);
    expect([...computeEigenvector(weighted)]).toEqual([...computeEigenvector(plain)]);
  });

  describe('tied λ_max in several components: the uniform start projected on the eigenspace', () => {
    it('two separate triangles: 1/√6 everywhere', () => {
      const network = net([...clique('p', 3), ...clique('q', 3)]);
      for (const v of computeEigenvector(network)) expect(v).toBeCloseTo(1 / Math.sqrt(6), 12);
    });

    it('K4 and the cube Q3 (both 3-regular, λ = 3): 1/√12 everywhere', () => {
      const cube: Edge[] = [];
      for (let v = 0; v < 8; v++) for (const bit of [1, 2, 4]) if ((v & bit) === 0) cube.push([`q${v}`, `q${v | bit}`]);
      const network = net([...clique('k', 4), ...cube]);
      const r = computeEigenvectorDetailed(network);
      expect(r.converged).toBe(true);
      for (const v of r.values) expect(v).toBeCloseTo(1 / Math.sqrt(12), 12);
    });
  });

  // K10 with a pendant path of 3 has λ = 9.0113518985, with a pendant path of 4
  // λ = 9.0113519210 (numpy eigh): a gap of 2.2e-8.
  const pendant = (c: string, length: number): Edge[] =>
    Array.from({ length }, (_, k): Edge => [k === 0 ? `${c}0` : `${c}p${k}`, `${c}p${k + 1}`]);

  it('nearly tied λ_max in two components (gap 2.2e-8): the larger one wins, the other is exactly 0', () => {
    const network = net([...clique('a', 10), ...pendant('a', 3), ...clique('b', 10), ...pendant('b', 4)]);
    const r = computeEigenvectorDetailed(network);
    const x = byId(network, r.values);
    expect(r.converged).toBe(true);
    expect(r.eigenvalue).toBeCloseTo(9.011351921, 9);
    // numpy.linalg.eigh, principal eigenvector, sign made positive.
    expect(x.b0!).toBeCloseTo(0.3192448081291157, 10);
    expect(x.b1!).toBeCloseTo(0.315661444358025, 10);
    expect(x.bp1!).toBeCloseTo(0.03587431577325633, 10);
    expect(x.bp4!).toBeCloseTo(5.0262492320122326e-5, 10);
    for (const id of network.ids) if (id.startsWith('a')) expect(x[id]).toBe(0);
  });

  it('nearly degenerate λ_max inside one component: stops at the cap, converged = false, values still ≥ 0', () => {
    // The same two clusters joined by a path of 12 ties (a5 … b5): λ1 − λ2 = 2.2e-8
    // (numpy): the Rayleigh quotients of the two eigenvectors differ by less than
    // float64 can resolve once they are mixed by ~1e-3, so the iteration stalls.
    const link: Edge[] = Array.from({ length: 12 }, (_, k): Edge => [k === 0 ? 'a5' : `l${k}`, k === 11 ? 'b5' : `l${k + 1}`]);
    const network = net([...clique('a', 10), ...pendant('a', 3), ...clique('b', 10), ...pendant('b', 4), ...link]);
    const r = computeEigenvectorDetailed(network);
    expect(r.converged).toBe(false);
    expect(r.products).toBe(100_000);
    expect(r.eigenvalue).toBeCloseTo(9.0226485, 6);
    expect(Math.hypot(...r.values)).toBeCloseTo(1, 12);
    expect(r.values.every((v) => v >= 0)).toBe(true);
  });

  it('a stalled component below λ_max does not make the result unconverged: it is zeroed anyway', () => {
    // The stalling component above (λ ≈ 9.02) beside a separate K15 (λ = 14), which owns λ_max.
    const link: Edge[] = Array.from({ length: 12 }, (_, k): Edge => [k === 0 ? 'a5' : `l${k}`, k === 11 ? 'b5' : `l${k + 1}`]);
    const network = net([...clique('a', 10), ...pendant('a', 3), ...clique('b', 10), ...pendant('b', 4), ...link, ...clique('z', 15)]);
    const r = computeEigenvectorDetailed(network);
    expect(r.converged).toBe(true);
    expect(r.eigenvalue).toBeCloseTo(14, 12);
    const x = byId(network, r.values);
    for (const id of network.ids) expect(x[id]).toBe(id.startsWith('z') ? 1 / Math.sqrt(15) : 0);
  });

  it('no ties: every actor 0; one actor: [0]; no actors: []', () => {
    expect([...computeEigenvector(net([], ['a', 'b', 'c']))]).toEqual([0, 0, 0]);
    expect([...computeEigenvector(net([], ['solo']))]).toEqual([0]);
    expect(computeEigenvector(net([]))).toHaveLength(0);
  });
});
