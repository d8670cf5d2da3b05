#!/usr/bin/env bash
# Scores `suggest`'s relation proposals and mentions against annotated documents (release build):
# the development sets (dev, dev2 … dev14, test2 … test11 and test16 … test51, held-out sets
# opened after their scoring: the rules were written against them), the held-out sets test12 …
# test15 and test52 … test55 (never read), and the shipped corpus graph/.
# Usage: bench/suggest-eval.sh [--errors]   (--errors lists wrong and missed relations per document
# of the development sets; the held-out sets are always scored without it: their errors are not read)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q
L=target/release/liaison
for set in dev dev2 dev3 dev4 dev5 dev6 dev7 dev8 dev9 dev10 dev11 dev12 dev13 dev14 \
  test2 test3 test4 test5 test6 test7 test8 test9 test10 test11 test16 test17 test18 test19 \
  test20 test21 test22 test23 test24 test25 test26 test27 test28 test29 test30 test31 \
  test32 test33 test34 test35 test36 test37 test38 test39 test40 test41 test42 test43 \
  test44 test45 test46 test47 test48 test49 test50 test51; do
  [ -d "bench/suggest-eval/$set" ] || continue
  echo "== $set: bench/suggest-eval/$set (development)"
  $L --graph "bench/suggest-eval/$set" eval-suggest "$@"
  echo
done
for set in test12 test13 test14 test15 test52 test53 test54 test55; do
  [ -d "bench/suggest-eval/$set" ] || continue
  echo "== $set: bench/suggest-eval/$set (held out)"
  $L --graph "bench/suggest-eval/$set" eval-suggest
  echo
done
echo "== shipped corpus: graph/"
$L --graph graph eval-suggest
