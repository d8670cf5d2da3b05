#!/usr/bin/env bash
# Regenerates exports/: the shipped corpus in every export format, a diagram of the whole graph,
# an ego diagram (SVG and PNG) of each design-card agency present in graph/actors.json, and the
# report of the whole corpus (report.html) with a screenshot of its top (report.png, for the
# README; taken with headless Chromium).
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
"$LIAISON" render -o "$out/liaison.svg" \
  --title "liaison: the shipped corpus (relations of one type merged)"
for agency in dgst dgsn fbi cia interpol dea bcij; do
  if "$LIAISON" show "$agency" >/dev/null 2>&1; then
    for ext in svg png; do
      "$LIAISON" render -o "$out/ego/$agency.$ext" --ego "$agency" --depth 1 \
        --cluster country --title "$agency and its direct relations (liaison render --ego $agency --cluster country)"
    done
  fi
done
"$LIAISON" report -o "$out/report.html"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
  --user-data-dir="$profile" --window-size=1280,2300 --screenshot="$(realpath "$out")/report.png" \
  "file://$(realpath "$out/report.html")" 2>/dev/null
test -s "$out/report.png"
