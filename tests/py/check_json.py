"""Reads a liaison node-link JSON export with networkx.node_link_graph.
Usage: check_json.py FILE.json STATS.json ACTORS.json EDGES.json"""
import json
import sys

import networkx as nx

from expect import check_networkx_graph, compare, edge_expect, finish, load, node_expect

path, stats_p, actors_p, edges_p = sys.argv[1:5]
stats, actors, edges = load(stats_p, actors_p, edges_p)
data = json.load(open(path, encoding="utf-8"))
G = nx.node_link_graph(data, edges="links")


def node_want(a):
    """Node-link JSON keeps aliases as a list."""
    return {**node_expect(a), "aliases": a["aliases"]}


problems = check_networkx_graph(G, stats, actors, node_want=node_want)
for u, v, key, d in G.edges(keys=True, data=True):
    e = edges[key]
    want = edge_expect(e)
    want.pop("span_start")
    want.pop("span_end")
    want["span"] = e["span"]
    want["type"] = e["type"]
    problems += compare(f"edge {key}", want, d)
finish(problems, f"ok: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges (node-link)")
