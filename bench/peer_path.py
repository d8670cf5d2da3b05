#!/usr/bin/env python3
"""Answer liaison's shortest-path question with igraph or NetworkX, from liaison's GraphML export.

    peer_path.py igraph|networkx GRAPHML PAIRS [--inprocess]

PAIRS is a file of "SOURCE TARGET" lines (actor ids). Without --inprocess: load the graph, answer
the first pair, print its hop count (what a whole-process timing measures). With --inprocess: load,
then time the path search alone over every pair and print the mean seconds per search. Paths
ignore direction, as `liaison path` does by default.
"""
import sys
import time


def main():
    lib, graphml, pairs_file = sys.argv[1:4]
    inprocess = "--inprocess" in sys.argv
    pairs = [line.split() for line in open(pairs_file) if line.strip()]
    if lib == "igraph":
        import igraph as ig

        g = ig.Graph.Read_GraphML(graphml)
        index = {v: i for i, v in enumerate(g.vs["id"])}

        def hops(a, b):
            p = g.get_shortest_path(index[a], index[b], mode="all")
            return len(p) - 1 if p else None

    elif lib == "networkx":
        import networkx as nx

        g = nx.read_graphml(graphml).to_undirected(as_view=True)

        def hops(a, b):
            try:
                return len(nx.shortest_path(g, a, b)) - 1
            except nx.NetworkXNoPath:
                return None

    else:
        sys.exit(f"unknown library {lib!r}: use igraph or networkx")
    if not inprocess:
        print(hops(*pairs[0]))
        return
    start = time.perf_counter()
    for a, b in pairs:
        hops(a, b)
    print((time.perf_counter() - start) / len(pairs))


if __name__ == "__main__":
    main()
