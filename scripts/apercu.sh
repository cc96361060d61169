#!/usr/bin/env bash
# scripts/apercu.sh AAAA-MM-JJ [DOSSIER]
#
# Ce que verront les candidats ce jour-là, sans navigateur : pour cinq
# candidats types, les quatre conclusions et la prochaine étape, calculées par
# le moteur du simulateur avec les données de DOSSIER (content/ par défaut,
# ou un dossier qui ne contient que donnees.toml). À lancer après
# scripts/verifier-contenu.sh, par exemple à la date d'ouverture des
# inscriptions, pendant l'oral, et le lendemain de la fin de l'oral.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
case "${1:-}" in
  -h | --help | "")
    sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    [ -n "${1:-}" ] || exit 2
    exit 0
    ;;
esac
day="$1"
dir="$(cd "${2:-$ROOT/content}" && pwd)"
[ -f "$dir/donnees.toml" ] || {
  echo "apercu : pas de fichier donnees.toml dans « $dir »." >&2
  exit 2
}
# As scripts/verifier-contenu.sh names it (relative to the project when
# inside it), so that the build it made is reused.
case "$dir/" in
  "$ROOT/"*) dir="$(realpath --relative-to="$ROOT" "$dir")" ;;
esac
cd "$ROOT"
case ":$PATH:" in *":${CARGO_HOME:-$HOME/.cargo}/bin:"*) ;; *) PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH" ;; esac
log="$ROOT/target/verif-contenu/apercu.log"
mkdir -p "$(dirname "$log")"
# Same build folder as the content check: after it, only the preview is built.
if ! DEASS_CONTENT_DIR="$dir" RUST_BACKTRACE=0 CARGO_TERM_COLOR=never \
  cargo build --target-dir target/verif-contenu --quiet --example apercu >"$log" 2>&1; then
  echo "apercu : la construction a échoué. Lancez d'abord : bash scripts/verifier-contenu.sh" >&2
  echo "Si la vérification passe, ce n'est pas votre saisie : prévenez l'équipe technique (journal : $log)." >&2
  exit 4
fi
exec target/verif-contenu/debug/examples/apercu "$day"
