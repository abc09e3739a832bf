#!/usr/bin/python3
"""
The metric set of `tuff analyse --format json`, computed with a peer library,
timed per family -- the benchmark's side of the comparison (bench/run.mjs runs
it under /usr/bin/time for wall time and peak RSS).

  /usr/bin/python3 bench/peers.py igraph|networkx FOLDER [--sample K] [--runs R]
                   [--bw-ratio X] [--wbw-ratio Y] [--check]

Families (the same names as tuff's phases): read, degree, components,
cut-points, clustering, structural-holes, paths (betweenness, closeness,
harmonic, diameter and mean distance of the largest component),
weighted-betweenness (length 1/weight), eigenvector, pagerank, groups,
communities (R Louvain runs, the best modularity kept, as tuff does).

--sample K: the per-source families are run from K seeded random sources and
their time is multiplied by n/K (marked "extrapolated" in the output).
python-igraph 0.10 has no per-source betweenness, so for igraph the two
betweenness times are the sampled closeness time (n BFS) times --bw-ratio /
--wbw-ratio, the ratios igraph showed between betweenness and closeness on
the next smaller network of the same run (bench/run.mjs passes them).
--check adds per-actor values (for tuff's cross-check on small networks).
Prints one JSON document on stdout.
"""
import csv
import json
import math
import random
import sys
import time
from collections import defaultdict

args = sys.argv[1:]
tool = args[0]
folder = args[1]


def opt(name, default, cast):
    return cast(args[args.index(name) + 1]) if name in args else default


sample = opt('--sample', 0, int)
runs = opt('--runs', 20, int)
bw_ratio = opt('--bw-ratio', 0.0, float)
wbw_ratio = opt('--wbw-ratio', 0.0, float)
check = '--check' in args

phases = {}
measured = [0.0]  # seconds actually spent in the timed families (before extrapolation)


def timed(name, fn, scale=1.0, note=None):
    start = time.perf_counter()
    value = fn()
    seconds = time.perf_counter() - start
    measured[0] += seconds
    entry = phases.setdefault(name, {'seconds': 0.0, 'extrapolated': False, 'notes': []})
    entry['seconds'] += seconds * scale
    if scale != 1.0 or note:
        entry['extrapolated'] = entry['extrapolated'] or scale != 1.0
        if note:
            entry['notes'].append(note)
    return value


def read():
    ids, sector = [], []
    with open(f'{folder}/actors.csv', newline='', encoding='utf-8') as f:
        for row in csv.DictReader(f):
            ids.append(row['id'])
            sector.append(row.get('sector') or None)
    index = {v: i for i, v in enumerate(ids)}
    edges, weights = [], []
    with open(f'{folder}/ties.csv', newline='', encoding='utf-8') as f:
        for row in csv.DictReader(f):
            edges.append((index[row['source']], index[row['target']]))
            weights.append(float(row['weight']))
    return ids, sector, edges, weights


def groups_family(n, neighbours, sector):
    # E-I per actor and participation (no igraph/networkx counterpart; as the oracle did).
    ei, part = [None] * n, [None] * n
    for i in range(n):
        k = len(neighbours[i])
        if k == 0 or sector[i] is None:
            continue
        counts = defaultdict(int)
        for j in neighbours[i]:
            counts[sector[j]] += 1
        internal = counts[sector[i]]
        ei[i] = (k - 2 * internal) / k
        part[i] = 1 - sum((c / k) ** 2 for c in counts.values())
    return ei, part


def effective_size(n, neighbours):
    out = [None] * n
    for i in range(n):
        nb = neighbours[i]
        k = len(nb)
        if k == 0:
            continue
        t = sum(len(neighbours[j] & nb) for j in nb) / 2
        out[i] = k - 2 * t / k
    return out


def sources_of(n):
    rng = random.Random(20240601)
    return rng.sample(range(n), min(sample, n))


def run_igraph():
    import igraph
    ids, sector, edges, weights = timed('read', read)
    n = len(ids)

    def build():
        g = igraph.Graph(n=n, edges=edges)
        g.es['weight'] = weights
        g.es['distance'] = [1 / w for w in weights]
        return g
    g = timed('read', build)
    neighbours = timed('structural-holes', lambda: [set(g.neighbors(i)) for i in range(n)])
    out = {'tool': 'igraph', 'version': igraph.__version__, 'actors': n, 'ties': len(edges)}
    timed('degree', lambda: (g.degree(), g.strength(weights='weight')))
    comps = timed('components', lambda: g.connected_components())
    timed('cut-points', lambda: (g.articulation_points(), g.bridges()))
    timed('clustering', lambda: (g.transitivity_local_undirected(mode='zero'), g.transitivity_undirected(),
                                 g.transitivity_avglocal_undirected(mode='zero')))
    timed('structural-holes', lambda: (g.constraint(weights='weight'), effective_size(n, neighbours)))
    largest = max(comps, key=len)
    L = g.induced_subgraph(largest)
    if sample == 0:
        sub = {}

        def part(name, fn, family='paths'):
            before = phases.get(family, {'seconds': 0.0})['seconds']
            value = timed(family, fn)
            sub[name] = phases[family]['seconds'] - before
            return value
        bw = part('betweenness', lambda: g.betweenness(directed=False))
        close = part('closeness', lambda: g.closeness())
        harm = part('harmonic', lambda: g.harmonic_centrality())
        out['diameter'] = part('diameter', lambda: L.diameter(directed=False))
        out['averagePath'] = part('mean distance', lambda: L.average_path_length(directed=False))
        wbw = part('weighted betweenness', lambda: g.betweenness(directed=False, weights='distance'), 'weighted-betweenness')
        out['subSeconds'] = sub
        # Per-source cost ratios, for extrapolating betweenness on a larger network.
        out['ratios'] = {'betweennessPerCloseness': sub['betweenness'] / sub['closeness'],
                         'weightedPerCloseness': sub['weighted betweenness'] / sub['closeness']}
        scale = 2 / ((n - 1) * (n - 2)) if n > 2 else 1
        out['top20'] = top20(ids, [b * scale for b in bw])
        if check:
            size = {v: len(c) for c in comps for v in c}
            out['values'] = {
                'betweenness': [b * scale for b in bw],
                'weightedBetweenness': [b * scale for b in wbw],
                'closeness': [0 if (c != c) else c * (size[i] - 1) / (n - 1) for i, c in enumerate(close)],
                'harmonic': harm,
            }
    else:
        src = sources_of(n)
        scale = n / len(src)
        k = len(src)
        start = time.perf_counter()
        g.closeness(vertices=src)
        measured[0] += time.perf_counter() - start
        t_close = (time.perf_counter() - start) * scale
        note = f'{k} sampled sources, x{scale:.0f}'
        phases.setdefault('paths', {'seconds': 0.0, 'extrapolated': True, 'notes': []})
        phases['paths']['seconds'] += t_close
        phases['paths']['notes'].append(f'closeness: {note}')
        timed('paths', lambda: g.harmonic_centrality(vertices=src), scale, f'harmonic: {note}')
        Lsrc = random.Random(7).sample(range(L.vcount()), min(k, L.vcount()))
        timed('paths', lambda: L.eccentricity(vertices=Lsrc), L.vcount() / len(Lsrc), f'diameter: {note}')
        phases['paths']['seconds'] += t_close  # mean distance: n BFS like closeness
        phases['paths']['notes'].append('mean distance: as closeness (n BFS)')
        if bw_ratio > 0:
            phases['paths']['seconds'] += t_close * bw_ratio
            phases['paths']['notes'].append(f'betweenness: closeness time x {bw_ratio:.2f} (ratio on the smaller network)')
        if wbw_ratio > 0:
            phases['weighted-betweenness'] = {'seconds': t_close * wbw_ratio, 'extrapolated': True,
                                              'notes': [f'closeness time x {wbw_ratio:.2f} (ratio on the smaller network)']}
    timed('eigenvector', lambda: g.eigenvector_centrality(scale=False))
    pr = timed('pagerank', lambda: g.pagerank(weights='weight', damping=0.85))
    if check and 'values' in out:
        out['values']['pagerank'] = pr
    timed('groups', lambda: groups_family(n, neighbours, sector))
    random.seed(1)
    best = timed('communities', lambda: max(g.community_multilevel(weights='weight').modularity for _ in range(runs)))
    out['modularity'] = best
    return out


def run_networkx():
    import networkx as nx
    ids, sector, edges, weights = timed('read', read)
    n = len(ids)

    def build():
        G = nx.Graph()
        G.add_nodes_from(range(n))
        for (u, v), w in zip(edges, weights):
            G.add_edge(u, v, weight=w, distance=1 / w)
        return G
    G = timed('read', build)
    out = {'tool': 'networkx', 'version': nx.__version__, 'actors': n, 'ties': len(edges)}
    timed('degree', lambda: (dict(G.degree()), dict(G.degree(weight='weight'))))
    comps = timed('components', lambda: list(nx.connected_components(G)))
    timed('cut-points', lambda: (list(nx.articulation_points(G)), list(nx.bridges(G))))
    timed('clustering', lambda: (nx.clustering(G), nx.transitivity(G), nx.average_clustering(G)))
    if sample == 0:
        timed('structural-holes', lambda: (nx.constraint(G, weight='weight'), nx.effective_size(G)))
    else:
        some = sources_of(n)[:max(1, sample * 2)] if n > 2 * sample else list(range(n))
        timed('structural-holes', lambda: (nx.constraint(G, nodes=some, weight='weight'), nx.effective_size(G, nodes=some)),
              n / len(some), f'{len(some)} sampled actors, x{n / len(some):.0f}')
    largest = max(comps, key=len)
    L = G.subgraph(largest)
    if sample == 0:
        bw = timed('paths', lambda: nx.betweenness_centrality(G, normalized=True))
        timed('paths', lambda: nx.closeness_centrality(G))
        timed('paths', lambda: nx.harmonic_centrality(G))
        out['diameter'] = timed('paths', lambda: nx.diameter(L))
        out['averagePath'] = timed('paths', lambda: nx.average_shortest_path_length(L))
        timed('weighted-betweenness', lambda: nx.betweenness_centrality(G, weight='distance', normalized=True))
        out['top20'] = top20(ids, [bw[i] for i in range(n)])
    else:
        src = sources_of(n)
        k = len(src)
        scale = n / k
        note = f'{k} sampled sources, x{scale:.0f}'
        timed('paths', lambda: nx.betweenness_centrality(G, k=k, seed=1), scale, f'betweenness: {note}')
        timed('paths', lambda: [nx.closeness_centrality(G, u=s) for s in src], scale, f'closeness: {note}')
        timed('paths', lambda: nx.harmonic_centrality(G, sources=src), scale, f'harmonic: {note}')
        Lsrc = random.Random(7).sample(sorted(largest), min(k, len(largest)))
        ls = len(largest) / len(Lsrc)
        timed('paths', lambda: nx.eccentricity(L, v=Lsrc), ls, f'diameter: {note}')
        timed('paths', lambda: [sum(nx.single_source_shortest_path_length(L, s).values()) for s in Lsrc], ls,
              f'mean distance: {note}')
        timed('weighted-betweenness', lambda: nx.betweenness_centrality(G, k=k, seed=1, weight='distance'), scale, note)
    timed('eigenvector', lambda: nx.eigenvector_centrality_numpy(G, weight=None))
    timed('pagerank', lambda: nx.pagerank(G, alpha=0.85, weight='weight', tol=1e-12, max_iter=10000))
    neighbours = [set(G.adj[i]) for i in range(n)]
    timed('groups', lambda: groups_family(n, neighbours, sector))
    best = timed('communities', lambda: max(
        nx.community.modularity(G, nx.community.louvain_communities(G, weight='weight', seed=s), weight='weight')
        for s in range(runs)))
    out['modularity'] = best
    return out


def top20(ids, values):
    order = sorted(range(len(ids)), key=lambda i: (-values[i], ids[i]))[:20]
    return [{'id': ids[i], 'betweenness': values[i]} for i in order]


start = time.perf_counter()
result = run_igraph() if tool == 'igraph' else run_networkx()
result['phases'] = phases
result['computeSeconds'] = sum(p['seconds'] for p in phases.values())
result['measuredSeconds'] = measured[0]
result['sample'] = sample
result['runs'] = runs
json.dump(result, sys.stdout)
sys.stdout.write('\n')
