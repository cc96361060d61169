#!/usr/bin/env bash
# scripts/test.sh — runs EVERY test, stopping at the first failure:
#   setup --browser, cargo fmt --check, clippy (native and wasm32), cargo test
#   (native), wasm component tests in headless Chromium and in headless
#   Firefox, trunk build --release (into dist/), end-to-end + accessibility
#   suite in Chromium (node --test, e2e/), the cross-engine end-to-end suite in
#   Firefox and in WebKit (e2e/engines/, W3C WebDriver), release packed and
#   served by nginx, then by Apache, content check, rentrée 2027 fixture, the yearly update
#   rehearsed on a copy of the tree (guide's command, native and Chromium
#   tests on the updated data), byte budget (bench/budget.json).
# Works from a clean clone (no dist/, no e2e/node_modules). Prints one summary
# line per stage at the end.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TEST_SUMMARY=()
# Checks that passed without running (a line `NOT RUN: …` in a stage's
# output, e.g. tests/audit.rs without ../shared/sources): said in the summary.
TEST_NOT_RUN=()
TEST_NOT_RUN_SEEN=$'\n'
TEST_CURRENT=""
TEST_STARTED=$SECONDS
# Each stage's output is also kept in target/test-logs/ so that, on a failure,
# the summary (the last lines CI shows) repeats the stage's error lines.
TEST_LOGS=target/test-logs
TEST_LOG=""
mkdir -p "$TEST_LOGS"

# disk_free: the space left where target/ is (a full disk makes rustc and the
# browsers fail in ways that do not say so).
disk_free() { df -Ph . | awk 'NR == 2 { print $4 " free on " $6 }'; }

TEST_CLEANUP=() # folders the EXIT trap removes
test_summary() {
  local rc=$?
  [ "${#TEST_CLEANUP[@]}" -eq 0 ] || rm -rf "${TEST_CLEANUP[@]}"
  if [ -n "$TEST_CURRENT" ]; then
    TEST_SUMMARY+=("FAIL  $TEST_CURRENT")
  fi
  echo
  echo "=== test.sh summary ==="
  local line
  for line in "${TEST_SUMMARY[@]}"; do echo "  $line"; done
  for line in "${TEST_NOT_RUN[@]}"; do echo "  NOT RUN $line"; done
  if [ "$rc" -eq 0 ]; then
    local not_run=""
    [ "${#TEST_NOT_RUN[@]}" -eq 0 ] || not_run="; ${#TEST_NOT_RUN[@]} check(s) NOT RUN, listed above"
    echo "test.sh: all ${#TEST_SUMMARY[@]} stages passed in $((SECONDS - TEST_STARTED))s ($(disk_free))$not_run"
  else
    if [ -n "$TEST_LOG" ] && [ -f "$TEST_LOG" ]; then
      echo "--- error lines of that stage ($TEST_LOG; $(disk_free)) ---"
      grep -E -m 25 '^error|panicked|No space|^not ok|✖|FAIL|Error:|fatal' "$TEST_LOG" | cut -c 1-300 || true
    fi
    echo "test.sh: FAILED at stage '${TEST_CURRENT:-?}' (exit $rc) after $((SECONDS - TEST_STARTED))s"
  fi
}
trap test_summary EXIT

# stage NAME CMD... : run one stage; on failure the EXIT trap prints the summary.
stage() {
  local name="$1" t0=$SECONDS
  shift
  TEST_CURRENT="$name"
  TEST_LOG="$TEST_LOGS/$(printf '%s' "$name" | tr -c 'A-Za-z0-9' '-' | cut -c 1-60).log"
  echo
  echo "=== $name ($(disk_free)) ==="
  # (A log that cannot be written, on a full disk, must not fail the stage:
  # tee still copies to the terminal.)
  "$@" 2>&1 | { tee "$TEST_LOG" || true; }
  TEST_SUMMARY+=("ok    $name ($((SECONDS - t0))s)")
  TEST_CURRENT=""
  note_not_run "$name"
}

# note_not_run STAGE: the `NOT RUN: …` lines of the stage's log, each once
# across the run (the rehearsal's copy repeats the native tests' note).
note_not_run() {
  local line
  [ -f "$TEST_LOG" ] || return 0
  while IFS= read -r line; do
    case "$TEST_NOT_RUN_SEEN" in *$'\n'"$line"$'\n'*) continue ;; esac
    TEST_NOT_RUN_SEEN+="$line"$'\n'
    TEST_NOT_RUN+=("(stage '$1'): $line")
  done < <(grep -o 'NOT RUN: .*' "$TEST_LOG" | sed 's/^NOT RUN: //' | sort -u || true)
}

# Setup is sourced (not a subshell) so PATH and the TRUNK_* settings carry over.
TEST_CURRENT="setup --browser"
echo "=== setup --browser ==="
t0=$SECONDS
source scripts/setup.sh --browser
TEST_SUMMARY+=("ok    setup --browser ($((SECONDS - t0))s)")
TEST_CURRENT=""

export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

# ci_free DIR...: in CI only, removes build folders no later stage reads (a
# clean run would otherwise leave some 8 GB in target/). Locally they stay:
# the next run reuses them.
ci_free() {
  [ -n "${CI:-}" ] || return 0
  rm -rf "$@"
  echo "ci_free: removed $* ($(disk_free))"
}
# In CI each build runs once: incremental caches would only take disk.
if [ -n "${CI:-}" ]; then export CARGO_INCREMENTAL=0; fi

stage "cargo fmt --check" \
  cargo fmt --all --check

# Natively, with the build-time renderer (--features ssr: the UI compiled for
# the host, examples/ssr.rs, tests/ssr.rs) and without it (the rules alone).
stage "clippy native (all targets, with and without --features ssr)" \
  sh -c 'cargo clippy --all-targets -- -D warnings && cargo clippy --all-targets --features ssr -- -D warnings'

stage "clippy wasm32 (lib, bins)" \
  cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings

stage "cargo test (native, with the build-time renderer)" \
  cargo test --features ssr

# Component tests: #[wasm_bindgen_test] in headless Chromium via chromedriver.
# Only the targets that contain wasm_bindgen_test are built for wasm32: each
# tests/NAME.rs that mentions it, plus --lib --bins when src/ does. (A test
# binary without any wasm_bindgen_test would just print "no tests to run!" and
# pass, but building the native-only suites for wasm32 costs time.) If nothing
# is found, every target is run, as a plain `cargo test --target wasm32-...`.
# $1: chromium or firefox (wasm-bindgen-test-runner picks the browser from
# which of CHROMEDRIVER / GECKODRIVER is set: only one is).
wasm_tests() {
  local browser="$1" sel=() f
  if grep -rqs 'wasm_bindgen_test' src; then sel+=(--lib --bins); fi
  for f in tests/*.rs; do
    [ -f "$f" ] && grep -qs 'wasm_bindgen_test' "$f" && sel+=(--test "$(basename "$f" .rs)")
  done
  echo "wasm test targets: ${sel[*]:-all} ($browser)"
  local driver=()
  case "$browser" in
    chromium) driver=(-u GECKODRIVER CHROMEDRIVER=/usr/bin/chromedriver) ;;
    firefox) driver=(-u CHROMEDRIVER "GECKODRIVER=$(command -v geckodriver)") ;;
  esac
  env "${driver[@]}" \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test --target wasm32-unknown-unknown "${sel[@]}"
}
stage "wasm component tests (headless Chromium)" wasm_tests chromium
# The same component tests in Firefox (geckodriver, headless). WebKitGTK has
# no wasm-bindgen-test-runner support: WebKit runs the end-to-end suite only.
stage "wasm component tests (headless Firefox)" wasm_tests firefox
ci_free target/debug target/wasm32-unknown-unknown/debug

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
stage "end-to-end + accessibility in Chromium (node --test e2e/)" e2e_tests

# The cross-engine suite (e2e/engines/suite.mjs) through W3C WebDriver, one
# stage per engine so the summary shows each one's time: personas from the
# start page, history, links, hostile links, the embed; zero CSP violations,
# no page error, no request to another origin.
stage "end-to-end in Firefox (geckodriver, e2e/engines/firefox.test.mjs)" \
  node --test --test-concurrency=1 e2e/engines/firefox.test.mjs
stage "end-to-end in WebKit (WebKitWebDriver + xvfb, e2e/engines/webkit.test.mjs)" \
  node --test --test-concurrency=1 e2e/engines/webkit.test.mjs

# Release and deployment: scripts/release.sh packs the dist/ just built
# (VERSION, SHA256SUMS, release/*.tar.gz); the archive is unpacked as a
# webmaster would, its checksums verified, and Debian's nginx serves it under
# /simulateur-deass/ with deploy/'s own rules (e2e/nginx.test.mjs); then
# Debian's Apache serves the same unpacked files with deploy/.htaccess
# (e2e/apache.test.mjs). Both run the checks of e2e/deployment.mjs.
RELEASE_UNPACKED="$(mktemp -d)" # removed after the Apache stage, or on exit
chmod 755 "$RELEASE_UNPACKED" # the servers' workers (user nobody) must reach the files
TEST_CLEANUP+=("$RELEASE_UNPACKED")
release_site() { printf '%s/deass-eligibility-%s/simulateur-deass' "$RELEASE_UNPACKED" "$(head -n 1 dist/VERSION)"; }
release_nginx_tests() {
  bash scripts/release.sh --no-build &&
    tar -xzf "release/deass-eligibility-$(head -n 1 dist/VERSION).tar.gz" -C "$RELEASE_UNPACKED" &&
    (cd "$(release_site)" && sha256sum --quiet --strict -c SHA256SUMS) &&
    DEASS_SITE_DIR="$(release_site)" node --test --test-concurrency=1 e2e/nginx.test.mjs
}
stage "release + nginx deployment (scripts/release.sh, e2e/nginx.test.mjs)" release_nginx_tests
apache_tests() {
  DEASS_SITE_DIR="$(release_site)" node --test --test-concurrency=1 e2e/apache.test.mjs
}
stage "Apache deployment of the same release (deploy/.htaccess, e2e/apache.test.mjs)" apache_tests
rm -rf "$RELEASE_UNPACKED"

# The content check for the admissions team: accepts next year's fixture,
# refuses a calendar out of order with a French message naming the key.
content_check_tests() {
  bash scripts/verifier-contenu.sh tests/fixtures/rentree-2027
  local out rc=0
  out="$(bash scripts/verifier-contenu.sh tests/fixtures/contenu-invalide 2>&1)" || rc=$?
  printf '%s\n' "$out"
  if [ "$rc" -eq 0 ]; then
    echo "verifier-contenu.sh accepted tests/fixtures/contenu-invalide" >&2
    return 1
  fi
  if ! grep -q 'erreur de contenu' <<<"$out" || ! grep -q 'calendar.oral_starts' <<<"$out"; then
    echo "verifier-contenu.sh did not say 'erreur de contenu' with the key calendar.oral_starts" >&2
    return 1
  fi
  echo "verifier-contenu.sh: refused the invalid file as expected (exit $rc)"
}
stage "content check (scripts/verifier-contenu.sh)" content_check_tests
ci_free target/verif-contenu

# The yearly update needs no Rust change: built against the 2027 fixture, the
# compiled facts are the fixture's (tests/rentree_2027.rs, whose other tests
# read the fixture at test time and already ran in `cargo test` above), the
# rule table still holds and the golden table is unchanged (its bac years are
# relative to the intake). Own target dir: the main build keeps its cache.
stage "yearly update: rentrée 2027 fixture (cargo test --test rentree_2027)" \
  env DEASS_CONTENT_DIR=tests/fixtures/rentree-2027 \
  cargo test --target-dir target/rentree-2027 --test rentree_2027 --test rules_table --test golden
ci_free target/rentree-2027

# The yearly update rehearsed as the admission service does it, on a copy of
# the tree: an update fixture whose days, months and amounts all differ from
# content/donnees.toml, the guide's command exactly as the guide writes it
# (check, summary, release), then the native tests and the Chromium
# end-to-end suite on that build. A test that hard-codes this year's data
# fails here. Own target dir (target/rehearsal): the main build keeps its cache.
stage "yearly update rehearsal (scripts/rehearse-update.sh: guide's command, cargo test, e2e on the updated copy)" \
  bash scripts/rehearse-update.sh

# --- The update page (issue 32): mise-a-jour.html, its own small wasm beside
# the widget (scripts/mise-a-jour.mjs, trunk's post_build hook). Its browser
# test (e2e/mise-a-jour.test.mjs: the fixture's values typed in, two typos,
# the preview on two dates, the download run through the guide's check) ran
# with the end-to-end suite above and again in the rehearsal. Here: the
# release archive carries it with its checksum, and no candidate file names it.
update_page_release_tests() {
  local version archive listing
  version="$(head -n 1 dist/VERSION)"
  archive="release/deass-eligibility-$version.tar.gz"
  # The listing first, then grep: `tar | grep -q` under pipefail fails when
  # grep stops reading before tar has written its last line (SIGPIPE).
  listing="$(tar -tzf "$archive")"
  grep -q '/simulateur-deass/mise-a-jour\.html$' <<<"$listing" || {
    echo "mise-a-jour.html is not in $archive" >&2
    return 1
  }
  grep -q '  mise-a-jour\.html$' dist/SHA256SUMS || {
    echo "mise-a-jour.html is not in dist/SHA256SUMS" >&2
    return 1
  }
  if grep -l 'mise-a-jour' dist/index.html dist/loader-*.js dist/guard-*.js dist/deass-eligibility-*.js 2>/dev/null; then
    echo "a candidate file names the update page (above)" >&2
    return 1
  fi
  echo "update page: in $archive and dist/SHA256SUMS, named by no candidate file"
}
stage "update page in the release (mise-a-jour.html)" update_page_release_tests
# Its code is compiled only with the feature `mise-a-jour` (the candidates'
# wasm is built without it): linted here with it.
stage "clippy wasm32, update page (--features mise-a-jour)" \
  cargo clippy --target wasm32-unknown-unknown --features mise-a-jour --lib --bins -- -D warnings

# Bundle sizes of the dist/ just built (raw, gzip -9, brotli) and the byte
# budget (bench/budget.json): fails when the first screen or embed.js is over
# it, or when the budget was raised without a CHANGELOG line. Not timed; the
# full benchmark with timings is scripts/bench.sh (docs/performance.md).
stage "byte budget (node bench/bench.mjs --no-browser --budget bench/budget.json)" \
  node bench/bench.mjs --dist dist --no-browser --budget bench/budget.json
