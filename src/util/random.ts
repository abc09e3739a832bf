/**
 * A small seeded pseudo-random number generator, so that every randomised
 * step in tuff (the Louvain runs) is reproducible from a seed.
 *
 * Algorithm: splitmix32 — a Weyl sequence (state += 0x9e3779b9) passed
 * through the 32-bit finaliser of MurmurHash3-style mixing with the
 * constants of Chris Wellons' hash-prospector "lowbias32"
 * (x ^= x >>> 16; x *= 0x21f0aaad; x ^= x >>> 15; x *= 0x735a2d97; x ^= x >>> 15).
 * Because each output is a full hash of the state, neighbouring seeds
 * (seed, seed + 1, … as used for repeated Louvain runs) give unrelated streams,
 * unlike generators that use the seed as raw state (e.g. mulberry32 without
 * a seed hash). Period 2^32 — plenty for a few million draws per run.
 *
 * Decisions: the seed must be a finite integer (RangeError otherwise: a
 * fractional seed is a caller bug, options are validated in the CLI); it is
 * reduced modulo 2^32, so seeds that differ by a multiple of 2^32 (and
 * negative seeds and their unsigned counterpart) give the same stream.
 */

/** A source of uniform numbers in [0, 1), 32 bits of randomness each. */
export type Rng = () => number;

const TWO_POW_32 = 4294967296;

export function createRng(seed: number): Rng {
  if (!Number.isInteger(seed)) throw new RangeError(`createRng: seed must be an integer, got ${seed}`);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    z ^= z >>> 15;
    return (z >>> 0) / TWO_POW_32;
  };
}
