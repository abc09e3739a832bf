/**
 * Deterministic generator of partnership-like networks for the benchmark (and
 * for tests that need a realistic network of a given size). Same (n, seed) →
 * the same actors and ties, byte for byte, on every machine.
 *
 * Shape, chosen to look like a municipality-wide partnership survey:
 * - actors live in local clusters ("neighbourhoods", 20–200 actors, mean ~70);
 *   growth is preferential attachment (hubs, heavy-tailed degrees) mostly
 *   inside the own cluster, sometimes across the whole network (bridging
 *   ties to big hubs), with triadic closure (a partner's partner) for
 *   clustering — Holme & Kim (2002), "Growing scale-free networks with tunable
 *   clustering", on top of a planted cluster structure;
 * - ties per new actor: 1 with probability 0.3 (many actors name one partner,
 *   so many degree-1 actors), else 2 + geometric, about 5 ties per actor in all;
 * - 1% isolates and 1% small detached groups (2–5 actors), as surveys have;
 * - sectors offentlig/civil/privat/borger, public actors more likely among hubs;
 * - weights 1–5 in halves, stronger inside a cluster than across;
 * - ids `a0000123` are a seeded permutation, so index order says nothing about
 *   the clusters (no unrealistic memory locality).
 *
 *   node bench/generate.mjs <actors> <folder> [--seed S]   (writes actors.csv, ties.csv, meta.json; after npm run build)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SECTORS = Object.freeze(['offentlig', 'civil', 'privat', 'borger']);

// The same seeded generator as tuff itself (built: `npm run build`), so there is one splitmix32 in the project.
export { createRng } from '../dist/util/random.js';
import { createRng } from '../dist/util/random.js';

/**
 * A partnership-like network of n actors: { ids, sector, ties: [u, v, weight][] }
 * with actor indices u < v into ids (ids ascending). Mean degree about 10
 * (about 5 ties per actor). `extraMean` (default 4.9) is the mean of the
 * geometric part of the ties a new actor makes (2 + geometric, with
 * probability 0.7): 3.6 gives about 4.2 ties per actor (the directed bench,
 * bench/directed-full.mjs). The default keeps every existing sequence.
 */
export function generatePartnership(n, seed = 1, { extraMean = 4.9 } = {}) {
  const rand = createRng(seed * 2654435761 + n);
  const int = (k) => Math.floor(rand() * k);

  // Roles: isolates, detached small groups, and the main body.
  const isolates = Math.floor(n * 0.01);
  const detached = Math.floor(n * 0.01);
  const body = n - isolates - detached;

  const adj = Array.from({ length: n }, () => new Set());
  const ties = [];
  const weightOf = (local) => {
    // Halves from 1 to 5; inside a cluster the larger of two draws (stronger ties).
    const r = local ? Math.max(rand(), rand()) : rand() * 0.8;
    return 1 + Math.floor(r * 9) / 2;
  };
  const addTie = (u, v, local) => {
    if (u === v || adj[u].has(v)) return false;
    adj[u].add(v);
    adj[v].add(u);
    ties.push([u, v, weightOf(local)]);
    return true;
  };

  // Clusters over the body: sizes 20..200, roughly log-uniform (mean ~70).
  const clusterOf = new Int32Array(n).fill(-1);
  const clusters = [];
  for (let placed = 0; placed < body; ) {
    const size = Math.min(body - placed, Math.round(Math.exp(Math.log(20) + rand() * (Math.log(200) - Math.log(20)))));
    const members = [];
    for (let i = 0; i < size; i++) {
      clusterOf[placed + i] = clusters.length;
      members.push(placed + i);
    }
    clusters.push({ members, ends: [], placed: [] });
    placed += size;
  }

  // Growth in a seeded random order of the body's actors.
  const order = Array.from({ length: body }, (_, i) => i);
  for (let i = body - 1; i > 0; i--) {
    const j = int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const globalEnds = [];
  const tiesFor = () => (rand() < 0.3 ? 1 : 2 + Math.floor(Math.log(1 - rand()) / Math.log(1 - 1 / (extraMean + 1))));
  for (let step = 0; step < order.length; step++) {
    const v = order[step];
    const home = clusters[clusterOf[v]];
    const wanted = step === 0 ? 0 : Math.min(tiesFor(), step);
    let made = 0;
    let last = -1;
    for (let attempt = 0; made < wanted && attempt < 6 * wanted + 10; attempt++) {
      let u;
      let local = true;
      if (last >= 0 && rand() < 0.4 && adj[last].size > 0) {
        // Triadic closure: a partner's partner.
        const nb = [...adj[last]];
        u = nb[int(nb.length)];
        local = clusterOf[u] === clusterOf[v];
      } else if (home.ends.length > 0 && rand() < 0.85) {
        u = home.ends[int(home.ends.length)]; // degree-proportional inside the cluster
      } else if (home.placed.length > 0 && rand() < 0.3) {
        u = home.placed[int(home.placed.length)]; // a newcomer inside the cluster
      } else {
        u = globalEnds.length > 0 ? globalEnds[int(globalEnds.length)] : order[int(step)];
        local = clusterOf[u] === clusterOf[v];
      }
      if (addTie(v, u, local)) {
        made++;
        last = u;
        home.ends.push(v);
        const other = clusters[clusterOf[u]];
        if (other !== undefined) other.ends.push(u);
        globalEnds.push(v, u);
      }
    }
    home.placed.push(v);
  }

  // Detached small groups: paths, stars and triangles of 2..5 actors.
  for (let start = body; start < body + detached; ) {
    const size = Math.min(body + detached - start, 2 + int(4));
    for (let i = 1; i < size; i++) addTie(start + i, start + (rand() < 0.5 ? 0 : i - 1), true);
    if (size >= 3 && rand() < 0.3) addTie(start, start + 2, true);
    start += size;
  }

  // Sectors: public actors more likely among the hubs.
  const sectorIndex = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    const d = adj[i].size;
    const w = [0.12 * (1 + Math.log2(1 + d)), 0.3, 0.25, 0.3];
    let r = rand() * (w[0] + w[1] + w[2] + w[3]);
    let s = 0;
    while (s < 3 && r >= w[s]) r -= w[s++];
    sectorIndex[i] = s;
  }

  // Ids: a seeded permutation, zero-padded so that code-unit order = numeric order.
  const perm = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = int(i + 1);
    [perm[i], perm[j]] = [perm[j], perm[i]];
  }
  const width = Math.max(7, String(n - 1).length);
  // Actor i gets position perm[i]; renumber so that index = id order.
  const ids = Array.from({ length: n }, (_, k) => `a${String(k).padStart(width, '0')}`);
  const sector = new Array(n);
  for (let i = 0; i < n; i++) sector[perm[i]] = SECTORS[sectorIndex[i]];
  const out = ties.map(([u, v, w]) => {
    const a = perm[u];
    const b = perm[v];
    return a < b ? [a, b, w] : [b, a, w];
  });
  out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return { ids, sector, ties: out };
}

/** Write actors.csv, ties.csv and meta.json of `generatePartnership(n, seed)` into folder. */
export function writePartnership(folder, n, seed = 1) {
  const net = generatePartnership(n, seed);
  mkdirSync(folder, { recursive: true });
  const actors = ['id,label,sector'];
  for (let i = 0; i < n; i++) actors.push(`${net.ids[i]},Actor ${i},${net.sector[i]}`);
  const ties = ['source,target,weight'];
  for (const [u, v, w] of net.ties) ties.push(`${net.ids[u]},${net.ids[v]},${w}`);
  writeFileSync(path.join(folder, 'actors.csv'), `${actors.join('\n')}\n`);
  writeFileSync(path.join(folder, 'ties.csv'), `${ties.join('\n')}\n`);
  writeFileSync(
    path.join(folder, 'meta.json'),
    `${JSON.stringify({
      name: path.basename(folder),
      source: `synthetic partnership-like network, bench/generate.mjs n=${n} seed=${seed}`,
      directed: false,
      weighted: true,
      groupBy: 'sector',
    }, null, 2)}\n`,
  );
  return { actors: n, ties: net.ties.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [nArg, folder] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const seedAt = process.argv.indexOf('--seed');
  const seed = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 1;
  if (!nArg || !folder) {
    process.stderr.write('usage: node bench/generate.mjs <actors> <folder> [--seed S]\n');
    process.exit(2);
  }
  const { actors, ties } = writePartnership(folder, Number(nArg), seed);
  process.stdout.write(`${folder}: ${actors} actors, ${ties} ties\n`);
}
