#!/usr/bin/env bash
# scripts/release.sh [--no-build]
#
# Builds a release of the widget and packs it for the webmaster:
#   0. the version, from the content: VERSION+contenu-YEAR.DATE (Cargo.toml's version,
#      the session's year = intake.year, the content's as-of date = page_updated in
#      donnees.toml); an archive of that name built from other data stops the script here
#   1. trunk build --release                  -> dist/ (hashed asset names); its output
#                                             goes to target/release-construction.log
#   2. dist/VERSION                           first line: the version, then build facts
#   3. dist/SHA256SUMS                        sha256 of every other file in dist/ (sha256sum -c),
#                                             hidden files (trunk's .trunk-lock) left out
#   4. release/deass-eligibility-<version>.tar.gz (+ .sha256), holding
#        deass-eligibility-<version>/simulateur-deass/   = dist/ (what goes under the web root)
#        deass-eligibility-<version>/deploy/             = nginx and Apache configuration
#
# An archive of the same name built from another donnees.toml (an update that
# kept last year's page_updated) is never overwritten: the script stops
# before building. Last, the summary that scripts/verifier-contenu.sh kept for
# this very donnees.toml (if any) is saved as release/<name>.resume.txt and
# printed: the admission service sends it with the file.
#
#   --no-build  skip step 1 and package the dist/ already built (test.sh does
#               this right after its own trunk build)
#
# The content folder is DEASS_CONTENT_DIR when set (as for build.rs), else content/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

release_build=1
for release_arg in "$@"; do
  case "$release_arg" in
    --no-build) release_build=0 ;;
    -h | --help)
      sed -n '2,/^set -e/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      printf 'release: ERROR: unknown option %s (usage: scripts/release.sh [--no-build])\n' "$release_arg" >&2
      exit 2
      ;;
  esac
done
release_die() {
  printf 'release: ERROR: %s\n' "$*" >&2
  exit 1
}

# The tools (cargo's PATH, trunk, wasm-opt): a build needs them all.
if [ "$release_build" -eq 1 ]; then
  # shellcheck source=scripts/setup.sh
  source scripts/setup.sh --no-browser
fi

# --- version (before the build: a name already taken stops it at once) ---------------
# The version facts come from the content the build compiles in:
# examples/faits.rs prints them (KEY=VALUE) from the facts read by build.rs
# from the same DEASS_CONTENT_DIR as the build. Nothing here parses
# Cargo.toml or the TOML files. Natively, whatever target the caller's
# environment names.
facts="$(env -u CARGO_BUILD_TARGET cargo run --quiet --example faits)" ||
  release_die "cargo run --example faits failed (the content does not build?)"
fact() { sed -n "s/^$1=//p" <<<"$facts"; }
crate_version="$(fact version)"
content_date="$(fact page_updated)"
intake_year="$(fact intake_year)"
[[ "$crate_version" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]] ||
  release_die "no semver version in the build's facts (found '${crate_version}')"
[[ "$content_date" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || release_die "no page_updated date in the build's facts"
[[ "$intake_year" =~ ^[0-9]{4}$ ]] || release_die "no intake year in the build's facts"
# The session's year, then the page's date: 0.1.0+contenu-2027.2026-12-04.
version="$crate_version+contenu-$intake_year.$content_date"
name="deass-eligibility-$version"

# The facts file's digest: an archive of the same name built from other facts
# (page_updated left unchanged by an update) is never overwritten, and this
# is said before the build, not after it.
facts_file="${DEASS_CONTENT_DIR:-content}/donnees.toml"
[ -f "$facts_file" ] || release_die "no $facts_file"
content_sha="$(sha256sum "$facts_file" | cut -d' ' -f1)"
archive="release/$name.tar.gz"
if [ -f "$archive" ]; then
  previous="$(tar -xzOf "$archive" "$name/simulateur-deass/VERSION" 2>/dev/null | sed -n 's/^content_sha256: //p')"
  if [ "$previous" != "$content_sha" ]; then
    printf 'release : ERREUR : une version du même nom existe déjà avec d'"'"'autres données :\n' >&2
    printf '          %s\n' "$archive" >&2
    printf '          (même rentrée %s, même date « page_updated » %s). Rien n'"'"'a été construit.\n' "$intake_year" "$content_date" >&2
    printf '          Reportez dans intake.page_updated la date « Dernière mise à jour » de la page de l'"'"'IRTS, puis relancez :\n' >&2
    printf '            bash scripts/verifier-contenu.sh && bash scripts/release.sh\n' >&2
    printf '          (Si vous corrigez une erreur de cette même version, pas encore installée, supprimez\n' >&2
    printf '          d'"'"'abord l'"'"'ancienne : rm %s %s.sha256 ; puis relancez la même commande.)\n' "$archive" "$archive" >&2
    exit 1
  fi
fi

# --- build -------------------------------------------------------------------------
# Trunk's output (some hundred lines, in English) goes to a log file: what
# the person reads is the few lines below and, last, the summary.
build_log="target/release-construction.log"
if [ "$release_build" -eq 1 ]; then
  mkdir -p target
  echo "release : construction de $name (cinq à dix minutes ; journal complet : $build_log) …"
  if ! trunk build --release >"$build_log" 2>&1; then
    tail -n 30 "$build_log" >&2
    printf '\nrelease : ÉCHEC TECHNIQUE de la construction : ce n'"'"'est pas votre saisie (elle a été vérifiée).\n' >&2
    printf '          Envoyez à l'"'"'équipe technique le journal complet : %s\n' "$build_log" >&2
    exit 4
  fi
fi
[ -f dist/index.html ] || release_die "dist/index.html missing: run without --no-build"

commit="$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)"
if [ "$commit" != unknown ] && [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  commit="$commit (modified: uncommitted changes)"
  printf 'release : note : le dossier contient des modifications pas encore enregistrées dans git (normal après une mise à jour) ; VERSION le dit.\n' >&2
fi
# SOURCE_DATE_EPOCH (reproducible builds) fixes the date written and the tar's mtimes.
epoch="${SOURCE_DATE_EPOCH:-$(date +%s)}"
built="$(date -u -d "@$epoch" +%Y-%m-%dT%H:%M:%SZ)"

{
  echo "$version"
  echo "version: $crate_version"
  echo "content_as_of: $content_date"
  echo "content_sha256: $content_sha"
  echo "intake_year: ${intake_year:-?}"
  echo "commit: $commit"
  echo "built: $built"
  echo "rustc: $(rustc --version 2>/dev/null | awk '{print $2}' || echo ?)"
  echo "trunk: $(trunk --version 2>/dev/null | awk '{print $2}' || echo ?)"
} >dist/VERSION

# --- checksums -----------------------------------------------------------------------
rm -f dist/SHA256SUMS
# Hidden files (trunk's .trunk-lock) are not part of the release.
sums="$(cd dist && find . -type f ! -path '*/.*' -printf '%P\0' | LC_ALL=C sort -z | xargs -0 sha256sum)"
printf '%s\n' "$sums" >dist/SHA256SUMS
(cd dist && sha256sum --quiet --strict -c SHA256SUMS)

# --- archive ---------------------------------------------------------------------------
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/$name"
cp -R dist "$stage/$name/simulateur-deass"
find "$stage/$name/simulateur-deass" -name '.*' -exec rm -rf {} +
mkdir -p "$stage/$name/deploy"
cp deploy/nginx.conf deploy/simulateur-deass.locations.conf deploy/nginx-security-headers.conf \
  deploy/.htaccess "$stage/$name/deploy/"
mkdir -p release
# Readable by the web server whatever the umask; same bytes for the same input.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" \
  --mode='u=rwX,go=rX' -C "$stage" -cf - "$name" | gzip -9n >"$archive.tmp"
mv "$archive.tmp" "$archive"
(cd release && sha256sum "$name.tar.gz" >"$name.tar.gz.sha256")

echo "release: $(find dist -type f ! -path '*/.*' | wc -l) files in dist/ ($(du -sh dist | cut -f1)), checksums in dist/SHA256SUMS" >>"$build_log"

# --- the summary, last ---------------------------------------------------------------
# scripts/verifier-contenu.sh keeps the summary of the file it accepted: if
# it is this file's, it is saved beside the archive and printed last.
summary="target/verif-contenu/resume.txt"
summary_out="release/$name.resume.txt"
echo "release : archive prête : $archive ($(du -h "$archive" | cut -f1)), somme de contrôle : $archive.sha256"
if [ -f "$summary" ] && [ "$(cat "$summary.sha256" 2>/dev/null)" = "$content_sha" ]; then
  cp "$summary" "$summary_out"
  echo "release : résumé enregistré à côté : $summary_out"
  echo
  cat "$summary_out"
else
  echo "release : (pas de résumé de vérification pour ce fichier : bash scripts/verifier-contenu.sh le donne)"
fi
