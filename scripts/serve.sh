#!/usr/bin/env bash
# scripts/serve.sh [extra trunk serve options]
# Installs the tools if needed (scripts/setup.sh), then serves the app with
# live rebuild at http://127.0.0.1:8080/ (release build; no browser is opened).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Sourced so PATH (cargo bin, .tools wasm-opt) and the TRUNK_* settings carry over.
source scripts/setup.sh --no-browser

echo "serve: http://127.0.0.1:8080/ (Ctrl-C to stop)"
exec trunk serve --release --address 127.0.0.1 --port 8080 --open=false "$@"
