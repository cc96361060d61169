#!/usr/bin/env bash
# scripts/rehearse-update.sh [FIXTURE]
#
# Rehearses the yearly update as the admission service does it, on a copy of
# the tree (the files git tracks or would add, edits included; a fresh git
# repository whose one commit is the last published data):
#   1. FIXTURE (default tests/fixtures/mise-a-jour/donnees.toml: days, months
#      and amounts all different from content/donnees.toml's) replaces the
#      copy's content/donnees.toml;
#   2. the guide's command (the code block after `<!-- commande-du-guide -->`
#      in docs/mise-a-jour-annuelle.md) runs exactly as written: check, summary,
#      trunk build --release, release archive;
#   3. the native tests (cargo test --features ssr) and the Chromium
#      end-to-end suite (node --test e2e/*.test.mjs) run on that build.
# All must pass. The copy's target/ is target/rehearsal/ of this tree (the
# dependencies stay compiled between runs); .tools and the npm folders are
# shared by symbolic links. The copy is removed at the end unless
# REHEARSAL_KEEP=1. Run by scripts/test.sh (stage "yearly update rehearsal").
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
case "${1:-}" in
  -h | --help)
    sed -n '2,/^set -e/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'
    exit 0
    ;;
esac
cd "$ROOT"
fixture="$(realpath -m "${1:-tests/fixtures/mise-a-jour/donnees.toml}")"
[ -f "$fixture" ] || {
  echo "rehearse-update: no fixture $fixture" >&2
  exit 2
}
guide=docs/mise-a-jour-annuelle.md
command="$(awk '/<!-- commande-du-guide -->/ { m = 1; next } m && /^```/ { f = 1; next } m && f { print; exit }' "$guide")"
[ -n "$command" ] || {
  echo "rehearse-update: no line after <!-- commande-du-guide --> in $guide" >&2
  exit 2
}
if cmp -s "$fixture" content/donnees.toml; then
  echo "rehearse-update: the fixture is content/donnees.toml itself: nothing to rehearse" >&2
  exit 2
fi

work="$(mktemp -d)"
chmod 755 "$work" # nginx's workers (user nobody) serve the copy's dist/ (e2e/nginx.test.mjs)
copy="$work/deass-eligibility"
[ "${REHEARSAL_KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$copy" target/rehearsal
# The sources beside the copy, as beside the repository in CI
# (tests/audit.rs reads ../shared/sources).
[ ! -d "$ROOT/../shared" ] || ln -s "$(cd "$ROOT/../shared" && pwd)" "$work/shared"
git ls-files -z --cached --others --exclude-standard |
  tar --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -xf - -C "$copy"
for shared in .tools e2e/node_modules web/node_modules; do
  [ ! -e "$shared" ] || ln -s "$ROOT/$shared" "$copy/$shared"
done
ln -s "$ROOT/target/rehearsal" "$copy/target"
cd "$copy"
git init -q
git add -A
git -c user.name=rehearsal -c user.email=rehearsal@localhost commit -qm "last published data"
cp "$fixture" content/donnees.toml
echo "rehearse-update: copy in $copy, $(basename "$(dirname "$fixture")")/donnees.toml in place of content/donnees.toml"

echo "rehearse-update: the guide's command: $command"
t0=$SECONDS
bash -c "$command"
echo "rehearse-update: the guide's command passed in $((SECONDS - t0))s"
fixture_year="$(sed -n 's/^year *= *\([0-9]*\).*/\1/p' content/donnees.toml)"
fixture_page="$(sed -n 's/^page_updated *= *\([0-9-]*\).*/\1/p' content/donnees.toml)"
head -n 1 dist/VERSION | grep -q "+contenu-$fixture_year\.$fixture_page\$" || {
  echo "rehearse-update: dist/VERSION does not carry the fixture's year and page_updated" >&2
  exit 1
}

t0=$SECONDS
cargo test --features ssr
echo "rehearse-update: native tests passed in $((SECONDS - t0))s"

t0=$SECONDS
mkdir -p e2e/artifacts
node --test --test-concurrency=1 e2e/*.test.mjs
echo "rehearse-update: Chromium end-to-end suite passed in $((SECONDS - t0))s"
