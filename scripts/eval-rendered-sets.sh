#!/usr/bin/env bash
# eval-rendered-sets.sh: the scheduled sets' HTML pages (15 styles, 26
# language/script pairs each) rendered by text browsers and cleaned as
# text dumps; prints, per renderer, on how many pages each field of the
# record equals the page's expected record (what the HTML path is held
# to). Fields only the page's metadata holds (EJ's authors and dates,
# EL's address date) cannot come through any renderer.
#
#   scripts/eval-rendered-sets.sh [RENDERERS]   # default: all (names in steps/rendered_test.go)
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
AKHBAR_RENDERERS=${1:-all} go test -count=1 -run TestRenderedSets -v ./steps | grep 'renderer ' | sed 's/^ *rendered_test.go:[0-9]*: //'
