/**
 * Connected components by iterative breadth-first search (an Int32Array queue,
 * no recursion), O(n + m).
 *
 * Numbering (the contract in fixtures/oracles/README.md): components by
 * size descending, ties broken by the smallest actor id in the component;
 * since index order is id order, that is the smallest index, which is also
 * the order in which a scan over 0..n−1 discovers the components.
 * Each isolate is a component of its own (size 1) and is counted in
 * `isolates` (actors with degree 0). Empty network: no components, 0 isolates.
 * `list[k].actors` are the member ids in code-unit order.
 */

import type { ComponentInfo } from '../types.js';
import type { Network } from '../model/network.js';

export type ComponentsResult = {
  /** Component index of each actor (0 = largest). */
  readonly componentOf: Int32Array;
  readonly list: ComponentInfo[];
  readonly isolates: number;
};

export function computeComponents(net: Network): ComponentsResult {
  const { n, offsets, targets, ids } = net;
  const found = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  let isolates = 0;

  for (let s = 0; s < n; s++) {
    if (offsets[s + 1]! === offsets[s]!) isolates++;
    if (found[s] !== -1) continue;
    const c = sizes.length;
    found[s] = c;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      const end = offsets[v + 1]!;
      for (let p = offsets[v]!; p < end; p++) {
        const w = targets[p]!;
        if (found[w] === -1) {
          found[w] = c;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }

  const count = sizes.length;
  // Discovery order is smallest-member order, so sort by size desc, then discovery index.
  const order = new Int32Array(count);
  for (let c = 0; c < count; c++) order[c] = c;
  order.sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const rank = new Int32Array(count);
  for (let k = 0; k < count; k++) rank[order[k]!] = k;

  const componentOf = new Int32Array(n);
  const members: string[][] = new Array<string[]>(count);
  for (let k = 0; k < count; k++) members[k] = [];
  for (let i = 0; i < n; i++) {
    const k = rank[found[i]!]!;
    componentOf[i] = k;
    members[k]!.push(ids[i]!); // ascending i = code-unit order
  }
  const list: ComponentInfo[] = members.map((actors, index) => ({ index, size: actors.length, actors }));
  return { componentOf, list, isolates };
}
