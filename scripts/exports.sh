#!/usr/bin/env bash
# Regenerates exports/: the shipped corpus in every export format, a diagram of the whole graph,
# and an ego diagram (SVG and PNG) of each design-card agency present in graph/actors.json.
#
#   scripts/exports.sh            # writes exports/ from graph/
#   scripts/exports.sh OUT        # writes OUT/ instead (the staleness test uses this)
#
# LIAISON names the binary (default: a release build); LIAISON_GRAPH the corpus (default: graph).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-exports}
if [ -z "${LIAISON:-}" ]; then
  cargo build --release -q
  LIAISON=target/release/liaison
fi
export LIAISON_GRAPH=${LIAISON_GRAPH:-graph}
mkdir -p "$out/ego"
"$LIAISON" export dot -o "$out/liaison.dot" --cluster country
"$LIAISON" export graphml -o "$out/liaison.graphml"
"$LIAISON" export gexf -o "$out/liaison.gexf"
"$LIAISON" export json -o "$out/liaison.json"
"$LIAISON" export neo4j -o "$out/neo4j"
"$LIAISON" render -o "$out/liaison.svg" --engine sfdp --collapse --no-legend \
  --title "liaison: the shipped corpus (relations of one type merged)"
for agency in dgst dgsn fbi cia interpol dea bcij; do
  if "$LIAISON" show "$agency" >/dev/null 2>&1; then
    for ext in svg png; do
      "$LIAISON" render -o "$out/ego/$agency.$ext" --ego "$agency" --depth 1 --collapse \
        --cluster country --title "$agency and its direct relations (liaison render --ego $agency --collapse)"
    done
  fi
done
