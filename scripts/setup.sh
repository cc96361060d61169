#!/usr/bin/env bash
# scripts/setup.sh [--browser | --no-browser]
#
# Idempotent, cached install of every tool the project needs, on a fresh
# Debian 12 machine that only has rustup/cargo. Versions come from
# scripts/tools.env (the one place they are pinned). A second run takes a few
# seconds: each step is skipped when the tool is already at its pinned version.
#
#   --browser     also install the test browsers: Chromium + chromedriver,
#                 Firefox ESR + geckodriver (cargo), WebKitGTK's WebKitWebDriver
#                 + xvfb (Debian packages, a French locale for WebKit under
#                 .tools/locale), the end-to-end suite's npm packages
#                 (e2e/node_modules), and nginx
#   --no-browser  the default; explicit form for scripts that `source` this file
#
# Run it (`bash scripts/setup.sh`) or source it (`source scripts/setup.sh
# --no-browser`): when sourced, the caller's shell also gets PATH (cargo bin,
# project-local wasm-opt) and TRUNK_SKIP_VERSION_CHECK=true exported.
# When sourcing, always pass one of the flags: with no arguments `source`
# hands this file the caller's own arguments.
set -euo pipefail

SETUP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SETUP_BROWSER=0
for setup_arg in "$@"; do
  case "$setup_arg" in
    --browser) SETUP_BROWSER=1 ;;
    --no-browser) SETUP_BROWSER=0 ;;
    -h | --help)
      sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      printf 'setup: ERROR: unknown option %s (usage: scripts/setup.sh [--browser])\n' "$setup_arg" >&2
      exit 2
      ;;
  esac
done

setup_step() { printf 'setup: %s\n' "$*"; }
setup_die() {
  printf 'setup: ERROR: %s\n' "$*" >&2
  exit 1
}

# Run a long install quietly, logging to .tools/logs/NAME.log; show the log's
# tail if it fails.
setup_run_logged() {
  local name="$1"
  shift
  local log="$SETUP_ROOT/.tools/logs/$name.log"
  mkdir -p "$SETUP_ROOT/.tools/logs"
  if ! "$@" >"$log" 2>&1; then
    printf 'setup: ERROR: %s failed; last lines of %s:\n' "$*" "${log#"$SETUP_ROOT"/}" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
}

SETUP_APT_UPDATED=0
setup_apt_install() {
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || setup_die "need root (or sudo) to apt-get install $*"
    sudo=(sudo)
  fi
  if [ "$SETUP_APT_UPDATED" -eq 0 ]; then
    setup_run_logged apt-update "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    SETUP_APT_UPDATED=1
  fi
  setup_run_logged apt-install "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q "$@"
}

# First line of `CMD --version`, second word ("trunk 0.22.1" -> "0.22.1"); empty if absent.
setup_tool_version() {
  command -v "$1" >/dev/null 2>&1 || return 0
  "$1" --version 2>/dev/null | head -n 1 | awk '{print $2}' || true
}

# --- pinned versions ---------------------------------------------------------
# shellcheck source=scripts/tools.env
source "$SETUP_ROOT/scripts/tools.env"
for setup_var in TRUNK_VERSION WASM_BINDGEN_VERSION BINARYEN_VERSION \
  PLAYWRIGHT_CORE_VERSION AXE_CORE_PLAYWRIGHT_VERSION QRCODE_GENERATOR_VERSION ESBUILD_VERSION \
  JSQR_VERSION PNGJS_VERSION SELENIUM_WEBDRIVER_VERSION GECKODRIVER_VERSION; do
  [ -n "${!setup_var:-}" ] || setup_die "$setup_var is not set in scripts/tools.env"
done

# --- environment (exported to the caller when sourced) -----------------------
SETUP_CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
SETUP_BINARYEN_PREFIX="$SETUP_ROOT/.tools/binaryen"
case ":$PATH:" in *":$SETUP_CARGO_BIN:"*) ;; *) PATH="$SETUP_CARGO_BIN:$PATH" ;; esac
case ":$PATH:" in
  *":$SETUP_BINARYEN_PREFIX/node_modules/.bin:"*) ;;
  *) PATH="$SETUP_BINARYEN_PREFIX/node_modules/.bin:$PATH" ;;
esac
export PATH
export TRUNK_SKIP_VERSION_CHECK=true
command -v cargo >/dev/null 2>&1 || setup_die "cargo not found (install Rust with rustup first)"

# --- pins must agree across files ---------------------------------------------
cd "$SETUP_ROOT"
if [ ! -f Cargo.lock ]; then
  setup_step "Cargo.lock: missing, generating it"
  cargo generate-lockfile -q
fi
setup_lock_wb="$(awk '$0 == "name = \"wasm-bindgen\"" { getline; if ($1 == "version") { gsub(/"/, "", $3); print $3 } }' Cargo.lock | sort -u | tr '\n' ' ')"
setup_lock_wb="${setup_lock_wb% }"
[ -n "$setup_lock_wb" ] || setup_die "no wasm-bindgen crate found in Cargo.lock"
[ "$setup_lock_wb" = "$WASM_BINDGEN_VERSION" ] || setup_die \
  "Cargo.lock has wasm-bindgen $setup_lock_wb but scripts/tools.env pins WASM_BINDGEN_VERSION=$WASM_BINDGEN_VERSION. The wasm-bindgen CLI must equal the crate exactly: either set WASM_BINDGEN_VERSION (scripts/tools.env) and wasm_bindgen (Trunk.toml [tools]) to $setup_lock_wb, or pin wasm-bindgen = \"=$WASM_BINDGEN_VERSION\" in Cargo.toml and run 'cargo update -p wasm-bindgen'"

[ -f Trunk.toml ] || setup_die "Trunk.toml missing at the repo root"
setup_toml_value() { sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*\"\\([^\"]*\\)\".*/\\1/p" Trunk.toml | head -n 1; }
setup_trunk_wb="$(setup_toml_value wasm_bindgen)"
setup_trunk_wo="$(setup_toml_value wasm_opt)"
[ "$setup_trunk_wb" = "$WASM_BINDGEN_VERSION" ] || setup_die \
  "Trunk.toml [tools] wasm_bindgen = \"$setup_trunk_wb\" but scripts/tools.env pins WASM_BINDGEN_VERSION=$WASM_BINDGEN_VERSION; make them equal"
[ "$setup_trunk_wo" = "version_$BINARYEN_VERSION" ] || setup_die \
  "Trunk.toml [tools] wasm_opt = \"$setup_trunk_wo\" but scripts/tools.env pins BINARYEN_VERSION=$BINARYEN_VERSION; set wasm_opt = \"version_$BINARYEN_VERSION\""
setup_step "pins: tools.env, Cargo.lock and Trunk.toml agree (wasm-bindgen $WASM_BINDGEN_VERSION, wasm-opt version_$BINARYEN_VERSION)"

# --- node / npm ------------------------------------------------------------------
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  setup_step "node $(node --version), npm: present"
else
  setup_step "node/npm: missing, apt-get install nodejs npm"
  setup_apt_install nodejs npm
fi
setup_node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$setup_node_major" -lt 20 ]; then
  printf 'setup: WARNING: node %s is older than 20, which playwright-core %s requires (e2e suite)\n' \
    "$(node --version)" "$PLAYWRIGHT_CORE_VERSION" >&2
fi

if [ -f e2e/package.json ]; then
  # shellcheck disable=SC2016 # JavaScript template literal, not shell
  setup_e2e_pins="$(node -e '
    const p = require(process.argv[1]); const d = p.devDependencies || {};
    const want = { "playwright-core": process.argv[2], "@axe-core/playwright": process.argv[3],
      "jsqr": process.argv[4], "pngjs": process.argv[5], "selenium-webdriver": process.argv[6] };
    const bad = Object.entries(want).filter(([n, v]) => d[n] !== v)
      .map(([n, v]) => `${n} is "${d[n]}" (tools.env pins ${v})`);
    console.log(bad.join("; "));' "$SETUP_ROOT/e2e/package.json" "$PLAYWRIGHT_CORE_VERSION" "$AXE_CORE_PLAYWRIGHT_VERSION" \
    "$JSQR_VERSION" "$PNGJS_VERSION" "$SELENIUM_WEBDRIVER_VERSION")"
  [ -z "$setup_e2e_pins" ] || setup_die "e2e/package.json devDependencies drift from scripts/tools.env: $setup_e2e_pins; pin them exactly and run 'npm install' in e2e/ to refresh package-lock.json"
fi

# --- Rust wasm target -------------------------------------------------------------
command -v rustup >/dev/null 2>&1 || setup_die "rustup not found: it is needed to add the wasm32-unknown-unknown target"
if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  setup_step "rust target wasm32-unknown-unknown: present"
else
  setup_step "rust target wasm32-unknown-unknown: adding"
  setup_run_logged rustup-target rustup target add wasm32-unknown-unknown
fi

# --- trunk ------------------------------------------------------------------------
setup_have="$(setup_tool_version trunk)"
if [ "$setup_have" = "$TRUNK_VERSION" ]; then
  setup_step "trunk $TRUNK_VERSION: present"
else
  setup_step "trunk $TRUNK_VERSION: installing (found '${setup_have:-none}'; cargo install, ~10 min, log .tools/logs/trunk.log)"
  setup_run_logged trunk cargo install --locked trunk --version "$TRUNK_VERSION" --ignore-rust-version
  setup_have="$(setup_tool_version trunk)"
  [ "$setup_have" = "$TRUNK_VERSION" ] || setup_die \
    "after install, 'trunk --version' on PATH ($(command -v trunk || echo none)) reports '${setup_have:-nothing}', not $TRUNK_VERSION"
fi

# --- wasm-bindgen-cli (wasm-bindgen + wasm-bindgen-test-runner) --------------------
# No --locked: the CLI's own lockfile pins a webpki-roots version the registry
# mirror lacks (see shared/TOOLCHAIN.md).
setup_have="$(setup_tool_version wasm-bindgen)"
setup_have_runner="$(setup_tool_version wasm-bindgen-test-runner)"
if [ "$setup_have" = "$WASM_BINDGEN_VERSION" ] && [ "$setup_have_runner" = "$WASM_BINDGEN_VERSION" ]; then
  setup_step "wasm-bindgen-cli $WASM_BINDGEN_VERSION: present"
else
  setup_step "wasm-bindgen-cli $WASM_BINDGEN_VERSION: installing (found '${setup_have:-none}'; cargo install, ~3 min, log .tools/logs/wasm-bindgen-cli.log)"
  setup_run_logged wasm-bindgen-cli cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  setup_have="$(setup_tool_version wasm-bindgen)"
  setup_have_runner="$(setup_tool_version wasm-bindgen-test-runner)"
  if [ "$setup_have" != "$WASM_BINDGEN_VERSION" ] || [ "$setup_have_runner" != "$WASM_BINDGEN_VERSION" ]; then
    setup_die "after install, wasm-bindgen on PATH ($(command -v wasm-bindgen || echo none)) reports '${setup_have:-nothing}' and wasm-bindgen-test-runner '${setup_have_runner:-nothing}', not $WASM_BINDGEN_VERSION"
  fi
fi

# --- binaryen (wasm-opt) from npm, project-local ------------------------------------
# Debian's binaryen (v108) cannot parse current wasm-bindgen output.
setup_binaryen_installed() {
  local pkg="$SETUP_BINARYEN_PREFIX/node_modules/binaryen/package.json" v
  [ -f "$pkg" ] && [ -x "$SETUP_BINARYEN_PREFIX/node_modules/.bin/wasm-opt" ] || return 1
  v="$(sed -n 's/^[[:space:]]*"version":[[:space:]]*"\([^"]*\)".*/\1/p' "$pkg" | head -n 1)"
  [ "${v%%.*}" = "$BINARYEN_VERSION" ]
}
if setup_binaryen_installed; then
  setup_step "binaryen $BINARYEN_VERSION (wasm-opt): present in .tools/binaryen"
else
  setup_step "binaryen $BINARYEN_VERSION (wasm-opt): installing into .tools/binaryen (npm)"
  mkdir -p "$SETUP_BINARYEN_PREFIX"
  setup_run_logged binaryen npm install --prefix "$SETUP_BINARYEN_PREFIX" --no-audit --no-fund \
    "binaryen@$BINARYEN_VERSION"
  setup_binaryen_installed || setup_die "binaryen $BINARYEN_VERSION did not install into .tools/binaryen"
fi
setup_have="$(wasm-opt --version 2>/dev/null | head -n 1 || true)"
case "$setup_have" in
  *"version $BINARYEN_VERSION "* | *"(version_$BINARYEN_VERSION)"*) ;;
  *) setup_die "'wasm-opt --version' on PATH ($(command -v wasm-opt || echo none)) reports '${setup_have:-nothing}', expected version $BINARYEN_VERSION" ;;
esac

# --- the widget's own JavaScript packages (web/: the print view's QR code) -----------
# Copied into the build by scripts/qr-asset.mjs (trunk post_build), so both
# the serve and the test commands need them.
setup_web_pin="$(node -p 'require(process.argv[1]).dependencies["qrcode-generator"]' "$SETUP_ROOT/web/package.json")"
[ "$setup_web_pin" = "$QRCODE_GENERATOR_VERSION" ] || setup_die \
  "web/package.json pins qrcode-generator $setup_web_pin but scripts/tools.env pins QRCODE_GENERATOR_VERSION=$QRCODE_GENERATOR_VERSION; pin it exactly and run 'npm install' in web/"
setup_web_pin="$(node -p 'require(process.argv[1]).devDependencies.esbuild' "$SETUP_ROOT/web/package.json")"
[ "$setup_web_pin" = "$ESBUILD_VERSION" ] || setup_die \
  "web/package.json pins esbuild $setup_web_pin but scripts/tools.env pins ESBUILD_VERSION=$ESBUILD_VERSION; pin it exactly and run 'npm install' in web/"
setup_want="$(cat web/package.json web/package-lock.json | sha256sum | cut -d' ' -f1)"
if [ -f web/node_modules/qrcode-generator/dist/qrcode.js ] && [ -f web/node_modules/esbuild/package.json ] && [ "$(cat web/node_modules/.setup-stamp 2>/dev/null || true)" = "$setup_want" ]; then
  setup_step "web npm packages (qrcode-generator $QRCODE_GENERATOR_VERSION, esbuild $ESBUILD_VERSION): up to date"
else
  setup_step "web npm packages (qrcode-generator $QRCODE_GENERATOR_VERSION, esbuild $ESBUILD_VERSION): npm ci"
  setup_run_logged web-npm env -C web npm ci --no-audit --no-fund --ignore-scripts
  printf '%s\n' "$setup_want" >web/node_modules/.setup-stamp
fi

# --- browser + end-to-end packages (--browser) --------------------------------------
if [ "$SETUP_BROWSER" -eq 1 ]; then
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    setup_step "chromium + chromedriver: present"
  else
    setup_step "chromium + chromedriver: installing (apt-get, ~1 min)"
    setup_apt_install chromium chromium-driver
    if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
      setup_die "apt-get installed chromium chromium-driver but /usr/bin/chromium or /usr/bin/chromedriver is still missing"
    fi
  fi

  # The cross-engine suite (e2e/engines/): Firefox ESR and WebKitGTK, driven
  # through W3C WebDriver; WebKit's MiniBrowser needs an X display (xvfb-run).
  SETUP_MINIBROWSER=/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser
  if [ -x /usr/bin/firefox-esr ] && [ -x /usr/bin/WebKitWebDriver ] && [ -x "$SETUP_MINIBROWSER" ] &&
    [ -x /usr/bin/xvfb-run ] && [ -x /usr/bin/xauth ] && [ -f /usr/share/i18n/locales/fr_FR ]; then
    setup_step "firefox-esr ($(/usr/bin/firefox-esr --version 2>/dev/null | awk '{print $3}')) + webkit2gtk-driver + xvfb: present"
  else
    setup_step "firefox-esr + webkit2gtk-driver + xvfb: installing (apt-get, ~1 min)"
    setup_apt_install firefox-esr webkit2gtk-driver xvfb xauth locales
    for setup_f in /usr/bin/firefox-esr /usr/bin/WebKitWebDriver "$SETUP_MINIBROWSER" /usr/bin/xvfb-run /usr/bin/xauth \
      /usr/share/i18n/locales/fr_FR; do
      [ -e "$setup_f" ] || setup_die "apt-get installed firefox-esr webkit2gtk-driver xvfb xauth locales but $setup_f is missing"
    done
  fi

  # geckodriver from crates.io (Debian has no package), pinned; skipped when present.
  setup_have="$(setup_tool_version geckodriver)"
  if [ "$setup_have" = "$GECKODRIVER_VERSION" ]; then
    setup_step "geckodriver $GECKODRIVER_VERSION: present"
  else
    setup_step "geckodriver $GECKODRIVER_VERSION: installing (found '${setup_have:-none}'; cargo install, ~3 min, log .tools/logs/geckodriver.log)"
    setup_run_logged geckodriver cargo install --locked geckodriver --version "$GECKODRIVER_VERSION"
    setup_have="$(setup_tool_version geckodriver)"
    [ "$setup_have" = "$GECKODRIVER_VERSION" ] || setup_die \
      "after install, 'geckodriver --version' on PATH ($(command -v geckodriver || echo none)) reports '${setup_have:-nothing}', not $GECKODRIVER_VERSION"
  fi

  # WebKitGTK takes the browser's language from the process locale (Firefox
  # from a pref): a French locale, compiled into .tools/locale (LOCPATH), so a
  # French candidate's WebKit can be tested without touching /etc.
  if [ -f "$SETUP_ROOT/.tools/locale/fr_FR.UTF-8/LC_CTYPE" ]; then
    setup_step "locale fr_FR.UTF-8 for WebKit: present in .tools/locale"
  else
    setup_step "locale fr_FR.UTF-8 for WebKit: compiling into .tools/locale (localedef, ~5 s)"
    mkdir -p "$SETUP_ROOT/.tools/locale"
    setup_run_logged localedef localedef -i fr_FR -f UTF-8 "$SETUP_ROOT/.tools/locale/fr_FR.UTF-8"
  fi

  [ -f e2e/package.json ] || setup_die "e2e/package.json missing"
  # Never download a browser: playwright-core uses /usr/bin/chromium.
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
  setup_stamp="e2e/node_modules/.setup-stamp"
  if [ -f e2e/package-lock.json ]; then
    setup_want="$(cat e2e/package.json e2e/package-lock.json | sha256sum | cut -d' ' -f1)"
    if [ -d e2e/node_modules ] && [ "$(cat "$setup_stamp" 2>/dev/null || true)" = "$setup_want" ]; then
      setup_step "e2e npm packages: up to date"
    else
      setup_step "e2e npm packages: npm ci"
      setup_run_logged e2e-npm env -C e2e npm ci --no-audit --no-fund
      printf '%s\n' "$setup_want" >"$setup_stamp"
    fi
  else
    setup_step "e2e npm packages: npm install (no package-lock.json yet)"
    setup_run_logged e2e-npm env -C e2e npm install --no-audit --no-fund
    setup_want="$(cat e2e/package.json e2e/package-lock.json | sha256sum | cut -d' ' -f1)"
    printf '%s\n' "$setup_want" >"$setup_stamp"
  fi

  # poppler-utils: pdfinfo counts the pages of the printed result (e2e).
  if command -v pdfinfo >/dev/null 2>&1; then
    setup_step "poppler-utils (pdfinfo): present"
  else
    setup_step "poppler-utils (pdfinfo): installing (apt-get)"
    setup_apt_install poppler-utils
    command -v pdfinfo >/dev/null 2>&1 || setup_die "apt-get installed poppler-utils but pdfinfo is missing"
  fi

  # Debian's nginx, for the deployment test (e2e/nginx.test.mjs serves the
  # release with deploy/'s own rules). Debian 12's `nginx` package is the
  # server itself (`nginx-light` only adds an echo module). The test runs it
  # with its own config in a temp dir: nothing under /etc/nginx is used, and
  # the package's service is never started (no init system / policy-rc.d).
  if [ -x /usr/sbin/nginx ]; then
    setup_step "nginx: present ($(/usr/sbin/nginx -v 2>&1 | sed 's/^nginx version: //' || true))"
  else
    setup_step "nginx: installing (apt-get, Debian's nginx package)"
    setup_apt_install nginx
    [ -x /usr/sbin/nginx ] || setup_die "apt-get installed nginx but /usr/sbin/nginx is missing"
  fi
fi

setup_step "done"
