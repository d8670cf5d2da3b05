#!/usr/bin/env bash
# suggest's speed on a large synthetic corpus and its recall on the shipped one (release build).
# Usage: bench/suggest.sh [ACTORS] [DOCS]   (defaults 10000 actors, 1000 documents)
set -euo pipefail
cd "$(dirname "$0")/.."
ACTORS=${1:-10000}
DOCS=${2:-1000}
cargo build --release -q
L=target/release/liaison
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
$L synth --out "$DIR/syn" --actors "$ACTORS" --relations $((DOCS * 20)) --docs "$DOCS"
$L --graph "$DIR/syn" build >/dev/null
echo "== recall on the shipped corpus"
$L --graph graph suggest --all | tail -n 6
echo "== whole synthetic corpus: suggest --all ($ACTORS actors, $DOCS documents)"
/usr/bin/time -f "%e s, %M KB max RSS" $L --graph "$DIR/syn" suggest --all | tail -n 1
echo "== one document of it"
/usr/bin/time -f "%e s, %M KB max RSS" $L --graph "$DIR/syn" suggest synth-000000 --json >/dev/null
