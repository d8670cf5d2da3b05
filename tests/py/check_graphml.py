"""Reads a liaison GraphML export with NetworkX and igraph and checks it against liaison's own
answers. Usage: check_graphml.py FILE.graphml STATS.json ACTORS.json EDGES.json"""
import math
import sys

import igraph
import networkx as nx

from expect import check_networkx_graph, compare, edge_expect, finish, load, node_expect

path, stats_p, actors_p, edges_p = sys.argv[1:5]
stats, actors, edges = load(stats_p, actors_p, edges_p)
G = nx.read_graphml(path, force_multigraph=True)
problems = check_networkx_graph(G, stats, actors, who="networkx: ")
seen = set()
for u, v, key, d in G.edges(keys=True, data=True):
    seen.add(key)
    e = edges.get(key)
    if e is None:
        problems.append(f"networkx: unknown edge {key}")
        continue
    if (u, v) != (e["source"]["id"], e["target"]["id"]):
        problems.append(f"networkx edge {key}: {u}->{v}")
    want = edge_expect(e)
    want["type"] = e["type"]
    want["relation"] = key
    problems += compare(f"networkx edge {key}", want, d)
problems += [f"networkx: edge {k} missing" for k in set(edges) - seen]

g = igraph.Graph.Read_GraphML(path)
if g.vcount() != stats["actors"]:
    problems.append(f"igraph: {g.vcount()} vertices, stats says {stats['actors']}")
if g.ecount() != stats["relations"]:
    problems.append(f"igraph: {g.ecount()} edges, stats says {stats['relations']}")


def clean(attrs):
    """igraph fills absent values with "" or NaN and reads ints as floats."""
    out = {}
    for k, v in attrs.items():
        if v == "" or (isinstance(v, float) and math.isnan(v)):
            continue
        out[k] = int(v) if isinstance(v, float) and v.is_integer() else v
    return out


names = g.vs["id"]
for vtx in g.vs:
    a = actors.get(vtx["id"])
    if a is None:
        problems.append(f"igraph: unknown vertex {vtx['id']}")
        continue
    problems += compare(f"igraph vertex {vtx['id']}", node_expect(a), clean(vtx.attributes()))
for edge in g.es:
    d = clean(edge.attributes())
    key = d.get("relation")  # igraph 1.0 drops GraphML edge ids, so match by attribute
    e = edges.get(key)
    if e is None:
        problems.append(f"igraph: edge with unknown relation {key!r}")
        continue
    if (names[edge.source], names[edge.target]) != (e["source"]["id"], e["target"]["id"]):
        problems.append(f"igraph edge {key}: wrong ends")
    want = edge_expect(e)
    want["type"] = e["type"]
    problems += compare(f"igraph edge {key}", want, d)

finish(problems, f"ok: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges (networkx, igraph)")
