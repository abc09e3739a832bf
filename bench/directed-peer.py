#!/usr/bin/python3
"""
igraph's directed betweenness on an arc list, timed -- the peer of the directed case of the benchmark
(bench/directed-paths.mjs runs it in the same run as tuff).

  /usr/bin/python3 bench/directed-peer.py ARCS.csv N [--runs R]

ARCS.csv: source,target,weight with 0-based integer actor indices. Times `betweenness(directed=True)` (hop counts)
and `betweenness(directed=True, weights=1/weight)` separately, R times each (wall and process CPU seconds), and
prints one JSON document: the times, and both results normalised by 1/((n-1)(n-2)) (networkx's DiGraph scale) for
the cross-check.
"""
import csv
import json
import sys
import time

import igraph as ig

path, n = sys.argv[1], int(sys.argv[2])
runs = int(sys.argv[sys.argv.index('--runs') + 1]) if '--runs' in sys.argv else 1
with open(path, newline='') as f:
    rows = [(int(r['source']), int(r['target']), float(r['weight'])) for r in csv.DictReader(f)]
g = ig.Graph(n=n, edges=[(u, v) for u, v, _ in rows], directed=True)
g.es['length'] = [1.0 / w for _, _, w in rows]
scale = 1 / ((n - 1) * (n - 2)) if n > 2 else 1


def timed(fn):
    out = []
    value = None
    for _ in range(runs):
        w0, c0 = time.perf_counter(), time.process_time()
        value = fn()
        out.append({'wall': time.perf_counter() - w0, 'cpu': time.process_time() - c0})
    return value, out


hop, hop_times = timed(lambda: g.betweenness(directed=True))
weighted, weighted_times = timed(lambda: g.betweenness(directed=True, weights='length'))
json.dump({
    'igraph': ig.__version__,
    'hop': hop_times,
    'weighted': weighted_times,
    'betweenness': [x * scale for x in hop],
    'weightedBetweenness': [x * scale for x in weighted],
}, sys.stdout)
