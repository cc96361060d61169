#!/usr/bin/env bash
# scripts/setup.sh [--browser | --no-browser]
#
# Idempotent, cached install of every tool the project needs, on a fresh
# Debian 12 machine that only has rustup/cargo. Versions come from
# scripts/tools.env, wasm-bindgen's from Cargo.lock, and the npm packages'
# from each folder's package-lock.json (npm ci). A second run takes a few
# seconds: each step is skipped when the tool is already at its pinned version.
#
#   --browser     also install the test browsers: Chromium + chromedriver,
#                 Firefox ESR + geckodriver (cargo), WebKitGTK's WebKitWebDriver
#                 + xvfb (Debian packages, a French locale for WebKit under
#                 .tools/locale), the end-to-end suite's npm packages
#                 (e2e/node_modules), nginx and Apache (apache2)
#   --no-browser  the default; explicit form for scripts that `source` this file
#
# Run it (`bash scripts/setup.sh`) or source it (`source scripts/setup.sh
# --no-browser`): when sourced, the caller's shell also gets PATH (cargo bin,
# project-local wasm-opt), TRUNK_SKIP_VERSION_CHECK=true and
# TRUNK_TOOLS_WASM_OPT exported.
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
for setup_var in TRUNK_VERSION BINARYEN_VERSION GECKODRIVER_VERSION; do
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
# trunk (offline) then refuses a wasm-opt of another version on PATH.
export TRUNK_TOOLS_WASM_OPT="version_$BINARYEN_VERSION"
command -v cargo >/dev/null 2>&1 || setup_die "cargo not found (install Rust with rustup first)"

# --- wasm-bindgen: the crate's version, from Cargo.lock ------------------------
# The CLI must equal the crate exactly; trunk reads the same Cargo.lock.
cd "$SETUP_ROOT"
if [ ! -f Cargo.lock ]; then
  setup_step "Cargo.lock: missing, generating it"
  cargo generate-lockfile -q
fi
WASM_BINDGEN_VERSION="$(awk '$0 == "name = \"wasm-bindgen\"" { getline; if ($1 == "version") { gsub(/"/, "", $3); print $3 } }' Cargo.lock | sort -u | tr '\n' ' ')"
WASM_BINDGEN_VERSION="${WASM_BINDGEN_VERSION% }"
case "$WASM_BINDGEN_VERSION" in
  "") setup_die "no wasm-bindgen crate found in Cargo.lock" ;;
  *" "*) setup_die "Cargo.lock holds several wasm-bindgen versions ($WASM_BINDGEN_VERSION); pin one in Cargo.toml (wasm-bindgen = \"=X.Y.Z\") and run 'cargo update -p wasm-bindgen'" ;;
esac

# --- node / npm ------------------------------------------------------------------
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  setup_step "node $(node --version), npm: present"
else
  setup_step "node/npm: missing, apt-get install nodejs npm"
  setup_apt_install nodejs npm
fi
setup_node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$setup_node_major" -lt 20 ]; then
  printf 'setup: WARNING: node %s is older than 20, which the e2e suite'"'"'s playwright-core requires\n' \
    "$(node --version)" >&2
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
  setup_step "wasm-bindgen-cli $WASM_BINDGEN_VERSION (the crate's, from Cargo.lock): present"
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
setup_want="$(cat web/package.json web/package-lock.json | sha256sum | cut -d' ' -f1)"
if [ -f web/node_modules/qrcode-generator/dist/qrcode.js ] && [ "$(cat web/node_modules/.setup-stamp 2>/dev/null || true)" = "$setup_want" ]; then
  setup_step "web npm packages (web/package-lock.json): up to date"
else
  setup_step "web npm packages (web/package-lock.json): npm ci"
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

  # Debian's Apache, for the other deployment test (e2e/apache.test.mjs serves
  # the release with deploy/.htaccess). As with nginx, the test starts it with
  # its own config in a temp dir (the modules from /etc/apache2/mods-available,
  # read only) and never starts the package's service.
  if [ -x /usr/sbin/apache2 ] && [ -d /etc/apache2/mods-available ]; then
    setup_step "apache2: present ($(/usr/sbin/apache2 -v 2>/dev/null | sed -n 's/^Server version: //p' || true))"
  else
    setup_step "apache2: installing (apt-get, Debian's apache2 package)"
    setup_apt_install apache2
    [ -x /usr/sbin/apache2 ] || setup_die "apt-get installed apache2 but /usr/sbin/apache2 is missing"
  fi
fi

setup_step "done"
