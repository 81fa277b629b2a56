#!/usr/bin/env bash
# Held-out comparison of two revisions of the text-dump cleaner on the
# dump set: each revision's trainer cross-validates the dump model with
# sites and renderers held out (clean/internal/traindump -cv, every
# (site fold, renderer family) cell retrained from that revision's own
# blocks), and scripts/dump-cv-pair.py pairs the two runs dump by dump
# (means over site folds, a 95 % site-bootstrap interval of the
# difference, per renderer and on the ScrapingHub news pages).
#
# A change to how dumps are read moves the blocks the model learns from,
# so both sides are retrained: the difference holds the retrain's own
# noise (about ±0.002 over all dumps, ±0.01 on the 67 ScrapingHub pages).
#
# Usage: scripts/dump-cv-pair.sh BASE_REV [NEW_REV]   (NEW_REV: the working tree)
#   AKHBAR_DUMPSET (default /tmp/akhbar-dumpset, made by scripts/make-dump-set.sh);
#   RENDERERS (default w3m,lynx,links,elinks,html2text-deb); KEEP=DIR keeps
#   the per-dump TSVs there.
# About 6 minutes per revision for the default renderers on two cores.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
set_dir=${AKHBAR_DUMPSET:-/tmp/akhbar-dumpset}
renderers=${RENDERERS:-w3m,lynx,links,elinks,html2text-deb}
base=${1:?usage: scripts/dump-cv-pair.sh BASE_REV [NEW_REV]}
new=${2:-}
work=$(mktemp -d)
trees=()
cleanup() {
  for w in "${trees[@]}"; do git -C "$root" worktree remove --force "$w"; done
  rm -rf "$work"
}
trap cleanup EXIT
[ -s "$set_dir/manifest.tsv" ] || { echo "no dump set in $set_dir: run scripts/make-dump-set.sh" >&2; exit 1; }

tree() { # rev: sets t to a checkout of it (the working tree when empty)
  t=$root
  [ -n "$1" ] || return 0
  t=$work/src-$1
  git -C "$root" worktree add -q --detach "$t" "$1"
  trees+=("$t")
}
cv() { # tree out.tsv
  (cd "$1" && go run ./clean/internal/traindump -set "$set_dir" -renderers "$renderers" -cv -nogrid -per-dump "$2") >"$2.log" 2>&1 ||
    { cat "$2.log" >&2; exit 1; }
}
tree "$base"
cv "$t" "$work/base.tsv"
tree "$new"
cv "$t" "$work/new.tsv"
python3 "$root/scripts/dump-cv-pair.py" "$work/base.tsv" "$work/new.tsv"
if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP" && cp "$work"/*.tsv "$KEEP/"; fi
