"""Reads a liaison node-link JSON export with networkx.node_link_graph.
Usage: check_json.py FILE.json STATS.json ACTORS.json EDGES.json"""
import json
import sys

import networkx as nx

from expect import compare, edge_expect, finish, load, node_expect

path, stats_p, actors_p, edges_p = sys.argv[1:5]
stats, actors, edges = load(stats_p, actors_p, edges_p)
problems = []
data = json.load(open(path, encoding="utf-8"))
G = nx.node_link_graph(data, edges="links")
if G.number_of_nodes() != stats["actors"]:
    problems.append(f"{G.number_of_nodes()} nodes, stats says {stats['actors']}")
if G.number_of_edges() != stats["relations"]:
    problems.append(f"{G.number_of_edges()} edges, stats says {stats['relations']}")
for aid, a in actors.items():
    want = node_expect(a)
    want.pop("aliases", None)
    want["aliases"] = a["aliases"]
    problems += compare(f"node {aid}", want, G.nodes[aid])
for u, v, key, d in G.edges(keys=True, data=True):
    e = edges[key]
    want = edge_expect(e)
    want.pop("span_start")
    want.pop("span_end")
    want["span"] = e["span"]
    want["type"] = e["type"]
    problems += compare(f"edge {key}", want, d)
finish(problems, f"ok: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges (node-link)")
