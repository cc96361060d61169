#!/usr/bin/env bash
# scripts/bench.sh [--runs N] [--throttle] [--no-lighthouse] [--lighthouse-runs N]
# — the benchmark (docs/performance.md,
# "Performance"). Not a test, and not run by CI: it times things, and timings
# on a shared 2-core machine are noisy (compare the ratios within one run).
#
#   1. builds the release app with trunk into target/bench/dist (not dist/,
#      which the tests use);
#   2. node bench/bench.mjs: every asset raw / gzip -9 / brotli -q 11, the
#      first screen's transfer, embed.js; first paint of the app against the
#      same start screen as static HTML (interleaved, median of >= 9 runs in
#      headless Chromium); click -> next question over persona runs; then
#      node bench/slow-phone.mjs: the bytes a start visit and a result link
#      download (network), and "Commencer" tapped as soon as painted on a
#      throttled slow phone (tap -> question, longest time without feedback);
#   3. the rules engine natively on every answer combination (evaluations/s,
#      `cargo run --release --example sweep`);
#   4. Lighthouse (npm, pinned in bench/package.json; installed on first use
#      into bench/node_modules) with its mobile preset on Debian's Chromium,
#      on the entries of e2e/fixtures.mjs (start page, question, result and
#      error links, each mode), in a French and an English browser, the files
#      served gzip-compressed with the strict CSP (bench/lighthouse.mjs);
#      skipped with --no-lighthouse;
#   5. where the wasm's bytes go: `twiggy top` (twiggy is installed with cargo
#      on first use, version pinned in scripts/tools.env) of a copy of the
#      release wasm optimised exactly as trunk does (wasm-opt -Oz --converge
#      --low-memory-unused, index.html) but keeping
#      the function names (-g), which the shipped wasm does not carry.
#
# The whole report is also written to target/bench/report.txt.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# shellcheck source=scripts/setup.sh
source scripts/setup.sh --browser

BENCH_DIR=target/bench
mkdir -p "$BENCH_DIR"
REPORT="$BENCH_DIR/report.txt"
exec > >(tee "$REPORT") 2>&1

echo "=== bench: trunk build --release (into $BENCH_DIR/dist) ==="
if ! trunk -v build --release --dist "$BENCH_DIR/dist" >"$BENCH_DIR/trunk.log" 2>&1; then
  tail -n 40 "$BENCH_DIR/trunk.log"
  echo "bench: the release build failed (log: $BENCH_DIR/trunk.log)" >&2
  exit 1
fi
grep -oE "wasm-opt args.*|^csp-loader:.*" "$BENCH_DIR/trunk.log" || true

echo
echo "=== bench: sizes, first paint, interaction (node bench/bench.mjs) ==="
node bench/bench.mjs --dist "$BENCH_DIR/dist" "$@"

echo
echo "=== bench: a slow phone, and the bytes of a visit (node bench/slow-phone.mjs) ==="
node bench/slow-phone.mjs --dist "$BENCH_DIR/dist" --json "$BENCH_DIR/slow-phone.json"

if [[ " $* " != *" --no-lighthouse "* ]]; then
  echo
  echo "=== bench: Lighthouse, mobile preset (node bench/lighthouse.mjs) ==="
  if [ ! -x bench/node_modules/.bin/lighthouse ]; then
    echo "lighthouse: installing (npm ci --prefix bench)"
    npm ci --prefix bench --no-audit --no-fund --loglevel=error
  fi
  lh_runs=1
  if [[ " $* " =~ \ --lighthouse-runs\ ([0-9]+)\  ]]; then lh_runs="${BASH_REMATCH[1]}"; fi
  node bench/lighthouse.mjs --dist "$BENCH_DIR/dist" --runs "$lh_runs"
fi

echo
echo "=== bench: rules engine, every answer combination (cargo run --release --example sweep) ==="
cargo run --release --quiet --example sweep

echo
echo "=== bench: where the wasm's bytes go (twiggy $TWIGGY_VERSION) ==="
if [ "$(twiggy --version 2>/dev/null | awk '{print $2}')" != "$TWIGGY_VERSION" ]; then
  echo "twiggy $TWIGGY_VERSION: installing (cargo install, ~3 min, log .tools/logs/twiggy.log)"
  setup_run_logged twiggy cargo install twiggy --version "$TWIGGY_VERSION" --locked
fi
# trunk's wasm-bindgen output (before wasm-opt) still has the name section.
bg=target/wasm-bindgen/release/deass-eligibility_bg.wasm
[ -f "$bg" ] || {
  echo "bench: $bg not found (trunk's wasm-bindgen output)" >&2
  exit 1
}
wasm-opt -Oz --converge --low-memory-unused -g "$bg" -o "$BENCH_DIR/named.wasm"
wasm-opt --strip-debug "$BENCH_DIR/named.wasm" -o "$BENCH_DIR/unnamed.wasm"
shipped="$(ls "$BENCH_DIR"/dist/*.wasm)"
echo "named copy: $(stat -c %s "$BENCH_DIR/named.wasm") bytes; without its names $(stat -c %s "$BENCH_DIR/unnamed.wasm") bytes; shipped $(basename "$shipped"): $(stat -c %s "$shipped") bytes"
twiggy top -n 15 "$BENCH_DIR/named.wasm" | cut -c1-160
twiggy top -n 1000000 --format csv "$BENCH_DIR/named.wasm" >"$BENCH_DIR/twiggy-top.csv"
node bench/wasm-groups.mjs "$BENCH_DIR/twiggy-top.csv"
echo
echo "bench: report written to $REPORT"
