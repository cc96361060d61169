#!/usr/bin/env bash
# scripts/verifier-contenu.sh [DOSSIER] [--confirme]
#
# Vérifie les fichiers de contenu (donnees.toml, et fr.toml s'il est dans le
# dossier) AVANT toute construction du simulateur, avec des messages en
# français. DOSSIER vaut content/ par défaut ; un dossier qui ne contient que
# donnees.toml prend ses textes dans content/.
#
#   1. cargo check (natif) avec DEASS_CONTENT_DIR=DOSSIER : build.rs relit le
#      fichier et nomme, en une fois, chaque valeur mal écrite (clé, ligne,
#      forme attendue), chaque date dans le désordre ou d'une autre année...
#   2. cargo test --test content : les textes, le numéro dans index.html.
#   3. examples/resume_contenu.rs : le résumé, chaque valeur ancienne → nouvelle
#      (comparée à la dernière version publiée de content/donnees.toml), les
#      valeurs « à vérifier » (montant qui bouge de plus de 20 %, date à plus
#      de deux semaines de son jour habituel) : --confirme les accepte.
# Code de sortie : 0 si tout va bien, 1 si le contenu est à corriger, 2 pour
# une erreur d'utilisation, 3 si des valeurs sont à vérifier (relancer avec
# --confirme), 4 si l'échec ne vient pas du contenu (équipe technique).
# Dossier de compilation à part (target/verif-contenu), journal complet dans
# target/verif-contenu/verification.log.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
confirm=""
dir_given=""
for arg in "$@"; do
  case "$arg" in
    -h | --help)
      sed -n '2,/^set -e/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'
      exit 0
      ;;
    --confirme | --confirm | --oui) confirm="--confirme" ;;
    -*)
      echo "usage : scripts/verifier-contenu.sh [DOSSIER] [--confirme]   (option inconnue : $arg)" >&2
      exit 2
      ;;
    *)
      [ -z "$dir_given" ] || {
        echo "usage : scripts/verifier-contenu.sh [DOSSIER] [--confirme]   (un seul dossier)" >&2
        exit 2
      }
      dir_given="$arg"
      ;;
  esac
done
set -- ${dir_given:+"$dir_given"}
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
mkdir -p target/verif-contenu
log="$ROOT/target/verif-contenu/verification.log"
: >"$log"
# The command to run again: for content/, the guide's own command
# (docs/mise-a-jour-annuelle.md, step 2: the check, then the release); for
# another folder, the check of that folder (the technical team's way).
if [ "$dir" = content ]; then
  again="bash scripts/verifier-contenu.sh && bash scripts/release.sh"
  again_confirmed="bash scripts/verifier-contenu.sh --confirme && bash scripts/release.sh"
else
  again="bash scripts/verifier-contenu.sh $1"
  again_confirmed="bash scripts/verifier-contenu.sh $1 --confirme"
fi
# The summary of an accepted file, kept for scripts/release.sh (which prints
# it last and saves it beside the archive), with the digest of the file it
# describes.
summary_file="$ROOT/target/verif-contenu/resume.txt"
rm -f "$summary_file" "$summary_file.sha256"

refused() {
  echo
  echo "À corriger : ouvrez le fichier indiqué à la ligne indiquée, corrigez la valeur (la clé"
  echo "est le nom avant le signe =, la section le nom entre crochets au-dessus), puis relancez :"
  echo "  $again"
  echo "Aide : docs/mise-a-jour-annuelle.md"
  echo
  echo "CONTENU REFUSÉ : rien n'a été construit."
  exit 1
}

# A failure that is not about what was typed: the project's code or tests.
not_yours() {
  echo
  echo "ÉCHEC TECHNIQUE : ce n'est pas votre saisie : prévenez l'équipe technique."
  echo "  ($1)"
  echo "Envoyez-lui le journal complet : $log"
  echo "Votre fichier n'est pas en cause : gardez-le tel quel. Rien n'a été construit."
  exit 4
}

echo "Vérification du contenu de $dir/ …"
if ! cargo check "${target[@]}" --quiet >>"$log" 2>&1; then
  # The build script's message: after "--- stderr", from the panic to the note.
  msg="$(sed -n '/--- stderr/,$p' "$log" | sed 's/^  //' | awk '
    /^thread .* panicked at/ { on = 1; next }
    /^note: run with|^stack backtrace:/ { on = 0 }
    on { print }' | cat -s)"
  if printf '%s\n' "$msg" | grep -q 'erreur de contenu\|impossible de lire'; then
    echo
    printf '%s\n' "$msg"
    refused
  fi
  not_yours "le code du projet ne compile pas"
fi

if ! cargo test "${target[@]}" --quiet --test content >>"$log" 2>&1; then
  if grep -q '^error: could not compile' "$log"; then
    not_yours "le test du contenu ne compile pas"
  fi
  # The tests that fail because of what was typed (the phone number, also
  # written in index.html); any other failing test is the project's.
  content_tests='the_html_shell_gives_the_phone_number_of_the_content_file'
  failed="$(sed -n 's/^---- \([A-Za-z0-9_:]*\) stdout ----$/\1/p' "$log")"
  others="$(printf '%s\n' "$failed" | grep -v -x -e "$content_tests" -e '' || true)"
  if [ -n "$others" ] || [ -z "$failed" ]; then
    not_yours "un test du projet échoue : $(printf '%s' "$others" | tr '\n' ' ')"
  fi
  echo
  echo "Le fichier se lit, mais une valeur ne va pas :"
  msg="$(awk '/panicked at/ { on = 1; next } /^note: |^failures:|^---- / { on = 0 } on && NF' "$log" | head -n 30)"
  printf '%s\n' "$msg"
  # shellcheck disable=SC2016 # backquotes are literal in these messages
  printf '%s\n' "$msg" | sed -n \
    -e 's/.*index.html must show \(.*\)/→ le numéro \1 doit aussi figurer dans index.html (page avant chargement) : changez-le là aussi, ou demandez-le à l'"'"'équipe technique./p' \
    -e 's/.*index.html calls \([^,]*\), not \(.*\)/→ le lien d'"'"'appel tel:\1 de index.html doit devenir tel:\2 : changez-le là aussi, ou demandez-le à l'"'"'équipe technique./p'
  refused
fi

# The last published facts, to show each change old → new: for content/,
# the committed file (or, if it is already committed, the one before that
# commit); for another folder, content/donnees.toml.
reference="$ROOT/target/verif-contenu/derniere-version-publiee.toml"
rm -f "$reference"
if [ "$dir" = content ]; then
  if git rev-parse --verify -q HEAD >/dev/null 2>&1; then
    if git diff --quiet HEAD -- content/donnees.toml 2>/dev/null; then
      last="$(git log -1 --format=%H -- content/donnees.toml 2>/dev/null || true)"
      [ -z "$last" ] || git show "$last^:content/donnees.toml" >"$reference" 2>/dev/null || rm -f "$reference"
    else
      git show HEAD:content/donnees.toml >"$reference" 2>/dev/null || rm -f "$reference"
    fi
  fi
else
  cp content/donnees.toml "$reference"
fi

ref_arg=()
[ ! -f "$reference" ] || ref_arg=("$reference")
summary="$(cargo run "${target[@]}" --quiet --example resume_contenu -- "${ref_arg[@]}" ${confirm:+"$confirm"} 2>>"$log")" && rc=0 || rc=$?
case "$rc" in
  0)
    echo
    echo "CONTENU OK ($dir/donnees.toml) : relisez ce résumé avec la page de l'IRTS."
    printf '%s\n' "$summary"
    [ -z "$confirm" ] || echo "(valeurs à vérifier confirmées par --confirme)"
    {
      echo "Résumé de la mise à jour ($dir/donnees.toml, vérifié le $(date +%Y-%m-%d)) :"
      echo "valeur : ancienne → nouvelle"
      printf '%s\n' "$summary"
      [ -z "$confirm" ] || echo "(valeurs à vérifier confirmées par --confirme)"
    } >"$summary_file"
    sha256sum "$dir/donnees.toml" | cut -d' ' -f1 >"$summary_file.sha256"
    echo
    echo "Aperçu de ce que verront les candidats à une date : bash scripts/apercu.sh AAAA-MM-JJ"
    ;;
  3)
    echo
    echo "À VÉRIFIER ($dir/donnees.toml) : le fichier est correct, mais des valeurs surprennent."
    printf '%s\n' "$summary"
    echo
    echo "Relisez les valeurs marquées ⚠ sur la page de l'IRTS."
    echo "  - Si elles sont justes, confirmez :"
    echo "      $again_confirmed"
    echo "  - Sinon, corrigez donnees.toml et relancez :"
    echo "      $again"
    echo "Rien n'a été construit."
    exit 3
    ;;
  1)
    echo
    printf '%s\n' "$summary"
    refused
    ;;
  *)
    not_yours "le résumé n'a pas pu être calculé (code $rc)"
    ;;
esac
