import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/util/random.js';

const TWO_POW_32 = 4294967296;

function draws(seed: number, k: number): number[] {
  const rng = createRng(seed);
  return Array.from({ length: k }, () => rng());
}

describe('createRng (splitmix32)', () => {
  // Known answers from an independent Python big-integer implementation of
  // splitmix32 (state += 0x9e3779b9; lowbias32 finaliser), as uint32 words.
  const known: Record<number, number[]> = {
    0: [1684164658, 3653269916, 2939563536, 2141751570, 3295091513],
    1: [1580013426, 350525680, 3524174333, 3011703609, 643872864],
    42: [551831576, 144025891, 322543647, 3034809370, 908029994],
  };
  for (const [seed, words] of Object.entries(known)) {
    it(`matches the reference stream for seed ${seed}`, () => {
      expect(draws(Number(seed), 5)).toEqual(words.map((w) => w / TWO_POW_32));
    });
  }

  it('is deterministic: the same seed gives the same stream', () => {
    expect(draws(7, 100)).toEqual(draws(7, 100));
  });

  it('gives different streams for neighbouring seeds', () => {
    const a = draws(3, 20);
    const b = draws(4, 20);
    expect(a.filter((x, i) => x === b[i])).toHaveLength(0);
  });

  it('reduces the seed modulo 2^32', () => {
    expect(draws(-1, 5)).toEqual(draws(TWO_POW_32 - 1, 5));
    expect(draws(TWO_POW_32 + 5, 5)).toEqual(draws(5, 5));
  });

  it('refuses a non-integer seed', () => {
    expect(() => createRng(1.5)).toThrow(RangeError);
    expect(() => createRng(Number.NaN)).toThrow(RangeError);
  });

  it('draws in [0, 1), roughly uniformly', () => {
    const xs = draws(123, 100_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    // Chi-square over 10 buckets: 9 degrees of freedom, 99.99th percentile ≈ 33.7.
    const buckets = new Array<number>(10).fill(0);
    for (const x of xs) buckets[Math.floor(x * 10)]! += 1;
    const chi2 = buckets.reduce((s, c) => s + (c - 10_000) ** 2 / 10_000, 0);
    expect(chi2).toBeLessThan(33.7);
  });
});
