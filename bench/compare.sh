#!/usr/bin/env bash
# The scale benchmark: liaison on a synthetic corpus, side by side with igraph and NetworkX
# loading liaison's GraphML export of the same corpus and answering the same path questions.
# Prints every figure of BENCHMARKS.md's scale table with its target, and the ratios.
#
#   bench/compare.sh [ACTORS] [RELATIONS]        (default 100000 1000000)
#   SKIP_NETWORKX=1 bench/compare.sh …           (NetworkX needs minutes and several GB)
#
# The corpus is generated once (deterministic, seed 1) into target/compare-ACTORS-RELATIONS.
set -euo pipefail
cd "$(dirname "$0")/.."
actors=${1:-100000}
relations=${2:-1000000}
work="target/compare-$actors-$relations"
corpus="$work/corpus"
cargo build --release -q
bin="$PWD/target/release/liaison"
export LIAISON_GRAPH="$corpus"
mkdir -p "$work"
[ -f "$corpus/actors.json" ] || "$bin" synth --out "$corpus" --actors "$actors" --relations "$relations" >&2

say() { printf '%-62s %s\n' "$1" "$2"; }
secs() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][int(sys.argv[2])]['mean'])" "$@"; }

# Full build from files: wall time and peak memory (the page cache is warm: files were just read).
"$bin" build >/dev/null
/usr/bin/time -f "%e %M" -o "$work/build.time" "$bin" build >/dev/null
read -r build_s build_kb < "$work/build.time"
say "liaison build, full, from files (target ≤ 5 s, ≤ 2 GiB)" "$build_s s, $((build_kb / 1024)) MiB peak"

# The question pairs: the same formula as benches/queries.rs, over persons in id order.
"$bin" actors --kind person --json > "$work/persons.json"
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
persons = [a["id"] for a in json.load(open(f"{work}/persons.json"))]
with open(f"{work}/pairs.txt", "w") as f:
    for i in range(64):
        f.write(f"{persons[(i * 7919) % len(persons)]} {persons[(i * 104729 + 13) % len(persons)]}\n")
PY
read -r a b < "$work/pairs.txt"
hub=$("$bin" stats --json --top 1 | python3 -c "import json,sys; print(json.load(sys.stdin)['most_connected'][0]['actor']['id'])")
ttype=extradited

# First query after changing one document's annotations (5 different edits, median).
doc=$(ls "$corpus/docs" | grep '\.json$' | sed -n 7p)
for i in 1 2 3 4 5; do
  python3 - "$corpus/docs/$doc" "$i" <<'PY'
import json, sys
p, i = sys.argv[1], int(sys.argv[2])
d = json.load(open(p))
d["relations"][0]["date"] = f"199{i}"
json.dump(d, open(p, "w"), ensure_ascii=False)
PY
  /usr/bin/time -f "%e" -a -o "$work/incr.time" "$bin" show "$a" >/dev/null
done
incr=$(sort -n "$work/incr.time" | sed -n 3p); rm -f "$work/incr.time"
say "first query after changing one document (target ≤ 0.3 s)" "$incr s (median of 5)"
"$bin" build >/dev/null

# Whole-process queries, store warm, freshness check included.
near=$("$bin" neighbors "$a" --depth 2 --json | python3 -c "import json,sys; print(len(json.load(sys.stdin)))")
hubrels=$("$bin" show "$hub" --json | python3 -c "import json,sys; print(len(json.load(sys.stdin)['relations']))")
hyperfine -N --warmup 5 --runs 30 --export-json "$work/q.json" \
  "$bin path $a $b" "$bin neighbors $a --depth 2" "$bin neighbors $a --depth 2 --json" \
  "$bin show $a" "$bin show $hub" >&2
ms() { python3 -c "print(f'{$(secs "$work/q.json" "$1")*1000:.1f} ms')"; }
say "path A B, whole process (target ≤ 30 ms)" "$(ms 0)"
say "neighbors A --depth 2, whole process (target ≤ 30 ms)" "$(ms 1) table, $(ms 2) JSON ($near actors)"
say "show A, whole process (target ≤ 30 ms)" "$(ms 3)"
say "show HUB ($hub, $hubrels relations), whole process" "$(ms 4)"

# Output-bound commands: MB/s of what they write.
"$bin" edges --type $ttype --json > "$work/edges.json"
"$bin" export graphml -o "$work/g.graphml"
"$bin" export dot -o "$work/g.dot"
hyperfine -N --warmup 1 --runs 5 --export-json "$work/o.json" \
  "$bin edges --type $ttype --json" \
  "$bin export graphml -o $work/g.graphml" \
  "$bin export dot -o $work/g.dot" >&2
mbs() { python3 -c "import os; print(f'{os.path.getsize(\"$1\")/1e6/$2:.0f} MB/s ({os.path.getsize(\"$1\")/1e6:.0f} MB in {$2:.2f} s)')"; }
say "edges --type $ttype --json (target ≥ 100 MB/s)" "$(mbs "$work/edges.json" "$(secs "$work/o.json" 0)")"
say "export graphml (target ≥ 200 MB/s)" "$(mbs "$work/g.graphml" "$(secs "$work/o.json" 1)")"
say "export dot (target ≥ 200 MB/s)" "$(mbs "$work/g.dot" "$(secs "$work/o.json" 2)")"

# The same path question, whole process, against the peers loading our GraphML.
liaison_path=$(secs "$work/q.json" 0)
ours=$("$bin" path "$a" "$b" --json | python3 -c "import json,sys; print(len(json.load(sys.stdin)['hops']))")
theirs=$(python3 bench/peer_path.py igraph "$work/g.graphml" "$work/pairs.txt")
[ "$ours" = "$theirs" ] || { echo "igraph found $theirs hops, liaison $ours" >&2; exit 1; }
hyperfine --warmup 0 --runs 3 --export-json "$work/ig.json" \
  "python3 bench/peer_path.py igraph $work/g.graphml $work/pairs.txt" >&2
ig=$(secs "$work/ig.json" 0)
say "igraph: load GraphML + path, whole process" "$(python3 -c "print(f'{$ig:.2f} s: liaison is {$ig/$liaison_path:.0f}× faster (target ≥ 100×)')")"
if [ -z "${SKIP_NETWORKX:-}" ]; then
  hyperfine --warmup 0 --runs 1 --export-json "$work/nx.json" \
    "python3 bench/peer_path.py networkx $work/g.graphml $work/pairs.txt" >&2
  nx=$(secs "$work/nx.json" 0)
  say "NetworkX: load GraphML + path, whole process" "$(python3 -c "print(f'{$nx:.1f} s: liaison is {$nx/$liaison_path:.0f}× faster (target ≥ 1000×)')")"
fi

# The path search alone, in process, over the 64 pairs: igraph vs liaison's criterion figure.
ig_search=$(python3 bench/peer_path.py igraph "$work/g.graphml" "$work/pairs.txt" --inprocess)
LIAISON_BENCH_CORPUS="$corpus" cargo bench -q --bench queries -- "shortest path" >&2
ours_search=$(python3 -c "import json; print(json.load(open('target/criterion/query/shortest path (bidirectional BFS)/new/estimates.json'))['mean']['point_estimate']/1e9)")
say "path search alone, in process: liaison" "$(python3 -c "print(f'{$ours_search*1e6:.1f} µs')")"
say "path search alone, in process: igraph get_shortest_path" "$(python3 -c "print(f'{$ig_search*1e6:.1f} µs: liaison is {$ig_search/$ours_search:.0f}× faster (target ≥ 10×)')")"
