/**
 * Code-unit comparison: the order of ids everywhere in tuff ("10" < "2").
 * Never localeCompare: its order depends on the machine's locale.
 */

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sort a copy of `items` by key descending, then by id ascending (code units). */
export function byValueDescThenId<T>(items: readonly T[], value: (t: T) => number, id: (t: T) => string): T[] {
  return [...items].sort((a, b) => {
    const d = value(b) - value(a);
    if (d !== 0 && !Number.isNaN(d)) return d;
    return compareCodeUnits(id(a), id(b));
  });
}
