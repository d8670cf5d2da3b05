#!/usr/bin/env bash
# Export benchmark: liaison's GraphML and DOT writers against NetworkX's write_graphml on the same
# synthetic graph. Prints a Markdown table for BENCHMARKS.md.
#
#   bench/export.sh [ACTORS] [RELATIONS]      (default 20000 actors, 100000 relations)
#
# The graph comes from `liaison synth` (deterministic, seed 1). liaison is timed as a whole process
# (open the store, select, write to a file) with hyperfine; NetworkX is timed on write_graphml
# alone, after the graph was loaded from liaison's node-link JSON export of the same corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
actors=${1:-20000}
relations=${2:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release -q
bin=target/release/liaison
"$bin" synth --out "$work/graph" --actors "$actors" --relations "$relations" >/dev/null
export LIAISON_GRAPH="$work/graph"
"$bin" build >/dev/null
"$bin" export json -o "$work/g.json"

hyperfine --warmup 1 --runs 5 --export-json "$work/h.json" \
  "$bin export graphml -o $work/g.graphml" \
  "$bin export dot -o $work/g.dot" >&2

python3 - "$work" <<'PY'
import json, os, sys, time
import networkx as nx
work = sys.argv[1]
runs = json.load(open(f"{work}/h.json"))["results"]
G = nx.node_link_graph(json.load(open(f"{work}/g.json")), edges="links")
for n, d in G.nodes(data=True):  # GraphML holds scalars only
    d["aliases"] = "; ".join(d["aliases"]); d.pop("names")
    for key in [k for k, x in d.items() if x is None]:
        del d[key]
for u, v, k, d in G.edges(keys=True, data=True):
    d["relations"] = " ".join(d["relations"]); d["evidence"] = "\n".join(d["evidence"])
    d["span_start"], d["span_end"] = d.pop("span")
    for key in [k for k, x in d.items() if x is None]:
        del d[key]
times = []
for _ in range(3):
    t = time.perf_counter(); nx.write_graphml(G, f"{work}/nx.graphml"); times.append(time.perf_counter() - t)
nx_t = min(times); nx_mb = os.path.getsize(f"{work}/nx.graphml") / 1e6
print(f"graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges\n")
print("| writer | time (s) | output (MB) | throughput (MB/s) |")
print("|---|---|---|---|")
for r, f in zip(runs, ["g.graphml", "g.dot"]):
    mb = os.path.getsize(f"{work}/{f}") / 1e6
    name = "liaison export graphml" if f.endswith("graphml") else "liaison export dot"
    print(f"| {name} (whole process) | {r['mean']:.3f} ± {r['stddev']:.3f} | {mb:.1f} | {mb / r['mean']:.0f} |")
print(f"| NetworkX 3.6 write_graphml (write only, best of 3) | {nx_t:.3f} | {nx_mb:.1f} | {nx_mb / nx_t:.0f} |")
PY
