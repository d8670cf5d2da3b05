#!/usr/bin/env bash
# Rebuilds src/suggest/calibration.tsv: how often each rule of `suggest` was right on text it had
# never seen. Each held-out group is run with the rules as they were when it was scored once (its
# freeze commit, built in a git worktree), with every proposal (`--all`), and compared with the
# group's gold. A group joins the list below only once it has been scored and opened.
# Usage: bench/suggest-calibrate.sh   (about eight minutes: one release build per freeze)
set -euo pipefail
cd "$(dirname "$0")/.."
FREEZES=(
  "f50b959 test16 test17 test18 test19"
  "c89faa8 test20 test21 test22 test23"
  "c095fa9 test24 test25 test26 test27"
  "9e34892 test28 test29 test30 test31"
  "fae8c85 test32 test33 test34 test35"
  "0314399 test36 test37 test38 test39"
  "f37bebc test40 test41 test42 test43"
  "3b9288a test44 test45 test46 test47"
  "0134adb test48 test49 test50 test51"
)
tmp=$(mktemp -d)
trap 'git worktree remove --force "$tmp/wt" 2>/dev/null || true; rm -rf "$tmp"' EXIT
for line in "${FREEZES[@]}"; do
  read -r commit sets <<<"$line"
  echo "freeze $commit: $sets" >&2
  git worktree add -q --detach "$tmp/wt" "$commit"
  CARGO_TARGET_DIR="$tmp/target" cargo build --release -q --manifest-path "$tmp/wt/Cargo.toml"
  for set in $sets; do
    # A copy, so the old binary's store never meets the current one's.
    cp -r "bench/suggest-eval/$set" "$tmp/$set"
    mkdir -p "$tmp/out/$set"
    for txt in "$tmp/$set"/docs/*.txt; do
      id=$(basename "$txt" .txt)
      "$tmp/target/release/liaison" --graph "$tmp/$set" suggest "$id" --all --json >"$tmp/out/$set/$id.json"
    done
  done
  git worktree remove --force "$tmp/wt"
done
python3 bench/suggest-calibrate.py "$tmp/out" bench/suggest-eval >src/suggest/calibration.tsv
echo "wrote src/suggest/calibration.tsv" >&2
