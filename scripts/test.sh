#!/usr/bin/env bash
# scripts/test.sh — runs EVERY test, stopping at the first failure:
#   setup --browser, cargo fmt --check, clippy (native and wasm32), cargo test
#   (native), wasm component tests in headless Chromium, trunk build --release
#   (into dist/), end-to-end + accessibility suite (node --test, e2e/).
# Works from a clean clone (no dist/, no e2e/node_modules). Prints one summary
# line per stage at the end.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TEST_SUMMARY=()
TEST_CURRENT=""
TEST_STARTED=$SECONDS

test_summary() {
  local rc=$?
  if [ -n "$TEST_CURRENT" ]; then
    TEST_SUMMARY+=("FAIL  $TEST_CURRENT")
  fi
  echo
  echo "=== test.sh summary ==="
  local line
  for line in "${TEST_SUMMARY[@]}"; do echo "  $line"; done
  if [ "$rc" -eq 0 ]; then
    echo "test.sh: all ${#TEST_SUMMARY[@]} stages passed in $((SECONDS - TEST_STARTED))s"
  else
    echo "test.sh: FAILED at stage '${TEST_CURRENT:-?}' (exit $rc) after $((SECONDS - TEST_STARTED))s"
  fi
}
trap test_summary EXIT

# stage NAME CMD... : run one stage; on failure the EXIT trap prints the summary.
stage() {
  local name="$1" t0=$SECONDS
  shift
  TEST_CURRENT="$name"
  echo
  echo "=== $name ==="
  "$@"
  TEST_SUMMARY+=("ok    $name ($((SECONDS - t0))s)")
  TEST_CURRENT=""
}

# Setup is sourced (not a subshell) so PATH and TRUNK_SKIP_VERSION_CHECK carry over.
TEST_CURRENT="setup --browser"
echo "=== setup --browser ==="
t0=$SECONDS
source scripts/setup.sh --browser
TEST_SUMMARY+=("ok    setup --browser ($((SECONDS - t0))s)")
TEST_CURRENT=""

export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

stage "cargo fmt --check" \
  cargo fmt --all --check

stage "clippy native (all targets)" \
  cargo clippy --all-targets -- -D warnings

stage "clippy wasm32 (lib, bins)" \
  cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings

stage "cargo test (native)" \
  cargo test

# Component tests: #[wasm_bindgen_test] in headless Chromium via chromedriver.
# Only the targets that contain wasm_bindgen_test are built for wasm32: each
# tests/NAME.rs that mentions it, plus --lib --bins when src/ does. (A test
# binary without any wasm_bindgen_test would just print "no tests to run!" and
# pass, but building the native-only suites for wasm32 costs time.) If nothing
# is found, every target is run, as a plain `cargo test --target wasm32-...`.
wasm_tests() {
  local sel=() f
  if grep -rqs 'wasm_bindgen_test' src; then sel+=(--lib --bins); fi
  for f in tests/*.rs; do
    [ -f "$f" ] && grep -qs 'wasm_bindgen_test' "$f" && sel+=(--test "$(basename "$f" .rs)")
  done
  echo "wasm test targets: ${sel[*]:-all}"
  CHROMEDRIVER=/usr/bin/chromedriver \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test --target wasm32-unknown-unknown "${sel[@]}"
}
stage "wasm component tests (headless Chromium)" wasm_tests

stage "trunk build --release (dist/)" \
  trunk build --release

e2e_tests() {
  mkdir -p e2e/artifacts
  local files=(e2e/*.test.mjs)
  [ -e "${files[0]}" ] || {
    echo "no e2e/*.test.mjs files" >&2
    return 1
  }
  node --test --test-concurrency=1 "${files[@]}"
}
stage "end-to-end + accessibility (node --test e2e/)" e2e_tests
