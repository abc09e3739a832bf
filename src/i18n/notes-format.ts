/** Number shapes shared by the note catalogues (notes-en.ts, notes-da.ts); each catalogue owns its words. */

/**
 * The ranks whose bounds overlap (firstUncertain–lastUncertain of `ranked`) in
 * one of three shapes, for both catalogues: a closed range ('range'), from a
 * rank below the first down to the last ('tail'), or every rank ('all').
 */
export function overlapShape(f: { readonly firstUncertain: number; readonly lastUncertain: number; readonly ranked: number }): 'range' | 'tail' | 'all' {
  if (f.lastUncertain < f.ranked) return 'range';
  if (f.firstUncertain > 1) return 'tail';
  return 'all';
}

/** A bound for a sentence: three significant digits, as JavaScript writes the number. */
export function bound(x: number): string {
  return Number(x.toPrecision(3)).toString();
}

/** The directed betweenness bound: two significant digits, exponent notation below 0.001 (1.2e-4). */
export function twoDigits(x: number): string {
  return x < 0.001 ? x.toExponential(1) : x.toPrecision(2);
}
