#!/usr/bin/env bash
# Runs the fuzz targets of fuzz/ (one per parser of outside input; see fuzz/README.md).
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]   fuzz each TARGET (default: all) for SECONDS (default 60)
#   FUZZ_REPLAY=1 scripts/fuzz.sh           only run the committed seeds and regressions once
#   FUZZ_KEEP_GOING=1 scripts/fuzz.sh 600 T  go on past crashes (libFuzzer fork mode), to find more
#                                           than the first while known ones are not fixed yet
#   FUZZ_SANITIZER=none scripts/fuzz.sh 20   build without AddressSanitizer (faster to build and
#                                           run; what CI's smoke run uses, .ci/run)
#
# New inputs go to fuzz/corpus/TARGET (ignored by git), crashes to fuzz/artifacts/TARGET; keep a
# crashing input as a regression test by copying it into fuzz/regressions/TARGET/.
# cargo fuzz passes nightly-only flags (-Zsanitizer=address); RUSTC_BOOTSTRAP=1 lets the stable
# toolchain, the only one a fresh machine has, accept them.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
export RUSTC_BOOTSTRAP=1
san=()
if [ -n "${FUZZ_SANITIZER:-}" ]; then
  san=(--sanitizer "$FUZZ_SANITIZER")
fi
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(cd fuzz && cargo fuzz list)
fi
status=0
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t" "fuzz/regressions/$t"
  if [ -n "${FUZZ_REPLAY:-}" ]; then
    echo "== $t: replaying seeds and regressions"
    (cd fuzz && cargo fuzz run -O "${san[@]}" "$t" "seeds/$t" "regressions/$t" -- -runs=0) || status=1
  elif [ -n "${FUZZ_KEEP_GOING:-}" ]; then
    echo "== $t: fuzzing for $seconds s, past crashes"
    (cd fuzz && cargo fuzz run -O "${san[@]}" "$t" "corpus/$t" "seeds/$t" -- \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -fork=1 -ignore_crashes=1 \
      -ignore_timeouts=1 -ignore_ooms=1) || status=1
  else
    echo "== $t: fuzzing for $seconds s"
    (cd fuzz && cargo fuzz run -O "${san[@]}" "$t" "corpus/$t" "seeds/$t" "regressions/$t" -- \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1) || status=1
  fi
done
exit "$status"
