#!/usr/bin/env bash
# scripts/verifier-contenu.sh [DOSSIER]
#
# Vérifie les fichiers de contenu (donnees.toml, et fr.toml s'il est dans le
# dossier) AVANT toute construction du simulateur, avec des messages en
# français. DOSSIER vaut content/ par défaut ; un dossier qui ne contient que
# donnees.toml prend ses textes dans content/.
#
#   1. cargo check (natif) avec DEASS_CONTENT_DIR=DOSSIER : build.rs relit le
#      fichier et refuse une date dans le désordre, une valeur manquante, une
#      année de rentrée qui ne correspond pas au calendrier...
#   2. cargo test --test content : chaque texte utilisé existe et ses {champs}
#      sont connus.
# Code de sortie : 0 si tout va bien, 1 si le contenu est à corriger, 2 pour
# une erreur d'utilisation. Dossier de compilation à part (target/verif-contenu)
# pour ne pas défaire celui du projet.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
case "${1:-}" in
  -h | --help)
    sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
esac
[ "$#" -le 1 ] || {
  echo "usage : scripts/verifier-contenu.sh [DOSSIER]   (par défaut : content/)" >&2
  exit 2
}
dir_arg="${1:-$ROOT/content}"
if [ ! -d "$dir_arg" ]; then
  echo "verifier-contenu : le dossier « $dir_arg » n'existe pas." >&2
  exit 2
fi
if [ ! -f "$dir_arg/donnees.toml" ]; then
  echo "verifier-contenu : pas de fichier donnees.toml dans « $dir_arg »." >&2
  exit 2
fi
# build.rs lit le chemin depuis la racine du projet : chemin relatif à celle-ci
# (plus lisible dans les messages), absolu s'il est ailleurs.
dir_abs="$(cd "$dir_arg" && pwd)"
case "$dir_abs/" in
  "$ROOT/"*) dir="$(realpath --relative-to="$ROOT" "$dir_abs")" ;;
  *) dir="$dir_abs" ;;
esac
cd "$ROOT"

# cargo et rustup (installés par rustup dans ~/.cargo/bin).
case ":$PATH:" in *":${CARGO_HOME:-$HOME/.cargo}/bin:"*) ;; *) PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH" ;; esac
command -v cargo >/dev/null 2>&1 || {
  echo "verifier-contenu : cargo est introuvable. Installez Rust (rustup), ou demandez à l'équipe technique." >&2
  exit 2
}

export DEASS_CONTENT_DIR="$dir" RUST_BACKTRACE=0 CARGO_TERM_COLOR=never
target=(--target-dir target/verif-contenu)
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# French gloss of the TOML parser's English messages.
# shellcheck disable=SC2016 # backquotes are literal in these messages
explain() {
  sed -n \
    -e 's/^missing field `\([^`]*\)`.*/→ il manque la ligne `\1 = …` dans la section montrée ci-dessus (le nom entre crochets)./p' \
    -e 's/^unknown field `\([^`]*\)`.*/→ la clé `\1` est inconnue (faute de frappe ?) : les clés possibles sont listées ci-dessus, après « expected one of »./p' \
    -e 's/^duplicate key `\([^`]*\)`.*/→ la clé `\1` est écrite deux fois : gardez une seule ligne./p' \
    -e 's/^invalid type: .*expected u[0-9]*$/→ il faut un nombre entier, sans guillemets, sans espace ni symbole (par exemple 158, et non "158 €")./p' \
    -e 's/^invalid type: .*expected a string$/→ il faut un texte entre guillemets droits, par exemple "02 31 54 42 08"./p' \
    -e 's/^invalid type: .*expected .*[Dd]ate.*/→ il faut une date de la forme 2027-01-19 (année-mois-jour, sans guillemets)./p' \
    -e 's/^invalid value: integer `-[0-9]*`, expected u[0-9]*$/→ un nombre négatif n'"'"'a pas de sens ici./p' \
    -e 's/^invalid date-time$/→ cette date n'"'"'existe pas ou est mal écrite : forme 2027-01-19 (année-mois-jour)./p' \
    -e 's/^invalid array length .*/→ la liste n'"'"'a pas le bon nombre de valeurs (bloc_hours : 4 nombres, BC1 à BC4)./p' \
    -e 's/^expected .*/→ erreur d'"'"'écriture sur cette ligne : vérifiez le signe =, les guillemets droits "…" autour des textes, et qu'"'"'un commentaire commence par #./p' \
    -e 's/^invalid string$/→ texte mal fermé : vérifiez les guillemets droits "…"./p'
}

echo "Vérification du contenu de $dir/ …"
if ! cargo check "${target[@]}" --quiet >"$log" 2>&1; then
  # The build script's message: after "--- stderr", from the panic to the note.
  msg="$(sed -n '/--- stderr/,$p' "$log" | sed 's/^  //' | awk '
    /^thread .* panicked at/ { on = 1; next }
    /^note: run with|^stack backtrace:/ { on = 0 }
    on && NF { print }')"
  if printf '%s\n' "$msg" | grep -q 'erreur de contenu\|impossible de lire'; then
    echo
    printf '%s\n' "$msg"
    gloss="$(printf '%s\n' "$msg" | explain)"
    [ -z "$gloss" ] || printf '%s\n' "$gloss"
    echo
    echo "À corriger : ouvrez le fichier indiqué à la ligne indiquée, corrigez la valeur (la clé"
    echo "est le nom avant le signe =, la section le nom entre crochets au-dessus), puis relancez :"
    echo "  bash scripts/verifier-contenu.sh${1:+ $1}"
    echo "Aide : docs/mise-a-jour-annuelle.md"
  else
    echo
    echo "La vérification a échoué, mais pas à cause du contenu : le code du projet ne compile pas."
    echo "Transmettez ces lignes à l'équipe technique :"
    grep -E '^(error|warning: unused)' -A 6 "$log" | head -n 40 || tail -n 40 "$log"
  fi
  echo
  echo "CONTENU REFUSÉ : rien n'a été construit."
  exit 1
fi

if ! cargo test "${target[@]}" --quiet --test content >"$log" 2>&1; then
  if grep -q '^error: could not compile' "$log"; then
    echo
    echo "La vérification a échoué, mais pas à cause du contenu : le test du contenu ne compile pas."
    echo "Transmettez ces lignes à l'équipe technique :"
    grep -E '^error' -A 6 "$log" | head -n 40
    exit 1
  fi
  echo
  echo "Le fichier se lit, mais un texte ne va pas :"
  # Each failing check's message (panicked at …, then the message lines).
  msg="$(awk '/panicked at/ { on = 1; next } /^note: |^failures:|^---- / { on = 0 } on && NF' "$log" | head -n 30)"
  printf '%s\n' "$msg"
  # shellcheck disable=SC2016 # backquotes are literal in these messages
  printf '%s\n' "$msg" | sed -n \
    -e 's/^`\([^`]*\)` has an unknown placeholder.*/→ le texte `\1` contient un nom entre accolades {…} qui n'"'"'existe pas : reprenez l'"'"'orthographe exacte d'"'"'un nom de donnees.toml (ex. {intake_year})./p' \
    -e 's/^missing or empty text `\([^`]*\)`.*/→ le texte `\1` manque ou est vide./p' \
    -e 's/.*keys missing or empty in \(.*\)/→ des textes manquent ou sont vides dans \1./p' \
    -e 's/^index.html must show \(.*\)/→ le numéro \1 doit aussi figurer dans index.html (page avant chargement) : changez-le là aussi./p' \
    -e 's/^index.html must call \(.*\)/→ le lien d'"'"'appel tel:\1 doit aussi figurer dans index.html./p'
  echo
  echo "À corriger dans les fichiers de $dir/ (ou content/fr.toml), puis relancez la vérification."
  echo "Aide : docs/mise-a-jour-annuelle.md"
  echo
  echo "CONTENU REFUSÉ : rien n'a été construit."
  exit 1
fi

# A recap to re-read against the institute's page.
value() { sed -n "/^\[$1\]/,/^\[/ s/^[[:space:]]*$2[[:space:]]*=[[:space:]]*\([^#]*\).*/\1/p" "$dir/donnees.toml" | head -n 1 | sed -e 's/[[:space:]]*$//' -e 's/"//g'; }
echo
echo "CONTENU OK ($dir/donnees.toml) : relisez ce résumé avec la page de l'IRTS."
echo "  rentrée $(value intake year) (début $(value intake start)), page mise à jour le $(value intake page_updated), $(value intake places_initial) places"
echo "  inscriptions $(value calendar registration_opens) → Parcoursup ferme $(value calendar parcoursup_closes), dossier $(value calendar file_deadline), oral $(value calendar oral_starts) → $(value calendar oral_ends)"
echo "  frais : admission $(value fees admission) €, inscription $(value fees registration) €, scolarité $(value fees tuition) €, formation continue $(value fees continuing_cost) €"
echo "  téléphone $(value contact phone)"
