"""What liaison itself says about the graph (`stats --json`, `actors --json`, `edges --json`),
as plain Python values the reader checks compare against."""
import json
import sys


def load(stats_path, actors_path, edges_path):
    stats = json.load(open(stats_path, encoding="utf-8"))
    actors = {a["id"]: a for a in json.load(open(actors_path, encoding="utf-8"))}
    edges = {e["id"]: e for e in json.load(open(edges_path, encoding="utf-8"))}
    assert len(actors) == stats["actors"], "actors --json disagrees with stats --json"
    assert len(edges) == stats["relations"], "edges --json disagrees with stats --json"
    return stats, actors, edges


def node_expect(a):
    """The node attributes an export must carry for actor `a` (absent values are left out)."""
    want = {"kind": a["kind"]}
    for lang, name in a["names"].items():
        want[f"name_{lang}"] = name
    for k in ("country", "parent"):
        if a[k] is not None:
            want[k] = a[k]
    if a["aliases"]:
        want["aliases"] = "; ".join(a["aliases"])
    return want


def edge_expect(e):
    want = {
        "directed": e["directed"],
        "document": e["document"],
        "span_start": e["span"][0],
        "span_end": e["span"][1],
        "quote": e["quote"],
    }
    for k in ("date", "date_inferred", "place", "note"):
        if e[k] is not None:
            want[k] = e[k]
    return want


def compare(what, want, got):
    """Every wanted attribute is there with the same value; ints may come back as floats."""
    problems = []
    for k, v in want.items():
        g = got.get(k)
        if isinstance(v, bool) or not isinstance(v, int):
            ok = g == v
        else:
            ok = g is not None and g == v
        if not ok:
            problems.append(f"{what}: {k} is {g!r}, expected {v!r}")
    return problems


def finish(problems, summary):
    if problems:
        print("\n".join(problems[:50]), file=sys.stderr)
        print(f"{len(problems)} problems", file=sys.stderr)
        sys.exit(1)
    print(summary)


def check_networkx_graph(G, stats, actors, who="", node_want=None):
    """Problems with a NetworkX graph read from an export: its node and edge counts against
    `stats --json`, and every actor's node attributes (`node_want(actor)`, by default
    `node_expect`)."""
    node_want = node_want or node_expect
    problems = []
    if G.number_of_nodes() != stats["actors"]:
        problems.append(f"{who}{G.number_of_nodes()} nodes, stats says {stats['actors']}")
    if G.number_of_edges() != stats["relations"]:
        problems.append(f"{who}{G.number_of_edges()} edges, stats says {stats['relations']}")
    for aid, a in actors.items():
        if aid not in G:
            problems.append(f"{who}no node {aid}")
            continue
        problems += compare(f"{who}node {aid}", node_want(a), G.nodes[aid])
    return problems
