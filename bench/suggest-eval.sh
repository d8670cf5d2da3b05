#!/usr/bin/env bash
# Scores `suggest`'s relation proposals and mentions against annotated documents (release build):
# the development sets (dev and dev2: the rules were written against them), the held-out test set, and the shipped
# corpus graph/, document by document (no rule was written for those: leave-one-document-out).
# Usage: bench/suggest-eval.sh [--errors]   (--errors lists wrong and missed relations per document;
# do not use it on the test set while writing rules)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q
L=target/release/liaison
echo "== dev: bench/suggest-eval/dev (rules written against it)"
$L --graph bench/suggest-eval/dev eval-suggest "$@"
echo
echo "== dev2: bench/suggest-eval/dev2 (second development set; rules generalised against it)"
$L --graph bench/suggest-eval/dev2 eval-suggest "$@"
echo
echo "== test: bench/suggest-eval/test (held out)"
$L --graph bench/suggest-eval/test eval-suggest
echo
echo "== shipped corpus: graph/ (leave-one-document-out)"
$L --graph graph eval-suggest
