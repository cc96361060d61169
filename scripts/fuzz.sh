#!/usr/bin/env bash
# scripts/fuzz.sh [CASES] — the long run of the link parser's fuzz test
# (tests/link_fuzz.rs, proptest): every property with CASES inputs each
# (default 1 000 000; CI runs the same test with 1 500). Optimised build.
# Prints the cases, the time and the failures (a failure is also saved by
# proptest under tests/proptest-regressions/ and replayed first next time).
# The result goes to target/fuzz/report.txt; record it in docs/deploiement.md "Security".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

CASES="${1:-1000000}"
[[ "$CASES" =~ ^[0-9]+$ ]] || {
  echo "usage: scripts/fuzz.sh [CASES]" >&2
  exit 2
}
command -v cargo >/dev/null 2>&1 || {
  echo "fuzz: cargo not found (install Rust with rustup first)" >&2
  exit 1
}
mkdir -p target/fuzz
log=target/fuzz/link_fuzz.log
echo "fuzz: tests/link_fuzz.rs with PROPTEST_CASES=$CASES per property (cargo test --release), log $log"
cargo test --release --test link_fuzz --no-run -q
start=$SECONDS
rc=0
PROPTEST_CASES="$CASES" cargo test --release --test link_fuzz -q -- --test-threads="$(nproc)" >"$log" 2>&1 || rc=$?
elapsed=$((SECONDS - start))
props="$(grep -cE '^test [a-z_]+ \.\.\. ' "$log" || true)"
[ "$props" -gt 0 ] || props="$(sed -n 's/^running \([0-9]*\) tests\{0,1\}$/\1/p' "$log" | head -n 1)"
result="$(grep -E '^test result:' "$log" | tail -n 1)"
{
  echo "fuzz: $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "fuzz: PROPTEST_CASES=$CASES per property, $props tests in tests/link_fuzz.rs, ${elapsed}s"
  echo "fuzz: $result"
} | tee target/fuzz/report.txt
if [ "$rc" -ne 0 ]; then
  grep -E "panicked|minimal failing input|Test failed" "$log" | head -n 20 >&2 || true
  echo "fuzz: FAILED (see $log)" >&2
fi
exit "$rc"
