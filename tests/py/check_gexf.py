"""Reads a liaison GEXF export with NetworkX: every edge with its relation type, dates as time
intervals. Usage: check_gexf.py FILE.gexf STATS.json ACTORS.json EDGES.json"""
import sys

import networkx as nx

from expect import check_networkx_graph, compare, edge_expect, finish, load

path, stats_p, actors_p, edges_p = sys.argv[1:5]
stats, actors, edges = load(stats_p, actors_p, edges_p)
G = nx.read_gexf(path)
problems = check_networkx_graph(G, stats, actors)
for u, v, key, d in G.edges(keys=True, data=True):
    e = edges.get(key)
    if e is None:
        problems.append(f"unknown edge {key}")
        continue
    want = edge_expect(e)
    want["relation"] = e["type"]
    problems += compare(f"edge {key}", want, d)
    if e["date"] is not None and ("start" not in d or "end" not in d):
        problems.append(f"edge {key}: dated {e['date']} but has no start/end")
    if e["date"] is None and ("start" in d or "end" in d):
        problems.append(f"edge {key}: undated but has a time")
finish(problems, f"ok: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges (gexf)")
