/**
 * mulberry32: the small seeded PRNG (uniform in [0, 1)) that the fuzz suite,
 * the benchmarks and the generated-network tests use, so a seed means the same
 * sequence everywhere (the fuzz replays and the bench networks depend on it).
 * The library's own generator is src/util/random.ts; this one is for tests and
 * tools, which must not change their sequences when the library's does.
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
