#!/usr/bin/env bash
# eval-rendered-sets.sh: the scheduled sets' HTML pages (15 styles, 26
# language/script pairs each) rendered by text browsers and cleaned as
# text dumps; prints, per renderer, on how many pages each field of the
# record equals the page's expected record (what the HTML path is held
# to). Fields only the page's metadata holds (EJ's authors and dates,
# EL's address date) cannot come through any renderer.
#
#   scripts/eval-rendered-sets.sh [RENDERERS]   # default: all (names in steps/rendered_test.go)
#   BASE=REV scripts/eval-rendered-sets.sh ...   # REV's figures beside the working tree's,
#                                                # "old → new" where a cell moved
#
# Installs the renderers it lacks from Debian (as scripts/make-dump-set.sh);
# the readability export is scripts/readability-dump, built by the test.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
for p in w3m lynx links elinks html2text pandoc; do
  command -v "$p" >/dev/null || need+=("$p")
done
/usr/bin/python3 -c 'import html2text' 2>/dev/null || need+=(python3-html2text)
if [ ${#need[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" >/dev/null
fi
measure() { # tree
  (cd "$1" && AKHBAR_RENDERERS=${2:-all} go test -count=1 -run TestRenderedSets -v ./steps) |
    grep 'renderer ' | sed 's/^ *rendered_test.go:[0-9]*: //'
}
if [ -z "${BASE:-}" ]; then
  measure . "${1:-all}"
  exit
fi
work=$(mktemp -d)
trap 'git worktree remove --force "$work/base" 2>/dev/null; rm -rf "$work"' EXIT
git worktree add -q --detach "$work/base" "$BASE"
measure "$work/base" "${1:-all}" > "$work/old.txt"
measure . "${1:-all}" > "$work/new.txt"
python3 - "$work/old.txt" "$work/new.txt" <<'PY'
import re, sys
def read(p):
    return {l.split()[1]: re.findall(r"(\w+) (\d+)/(\d+)", l) for l in open(p) if l.startswith("renderer ")}
old, new = read(sys.argv[1]), read(sys.argv[2])
for r in sorted(new):
    was = {f: n for f, n, _ in old.get(r, [])}
    cells = [f"{f} {n}/{of}" if was.get(f, n) == n else f"{f} {was[f]} → {n}/{of}" for f, n, of in new[r]]
    print(f"renderer {r:14s} " + " ".join(cells))
PY
