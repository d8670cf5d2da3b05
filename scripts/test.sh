#!/usr/bin/env bash
# The README's test command: install the test dependencies, then lint and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-test-deps.sh
cargo fmt --check
cargo clippy --all-targets -- -D warnings
cargo test --release
