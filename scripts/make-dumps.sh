#!/usr/bin/env bash
# Make plain-text dumps of the ScrapingHub benchmark pages with other text
# browsers than w3m, the way the hidden evaluation does: lynx -dump -nolist
# and html2text. Needs: apt-get install -y lynx python3-html2text.
# Usage: scripts/make-dumps.sh [OUTDIR]   (default /tmp/akhbar-dumps)
set -euo pipefail
eval=${EVAL:-$(cd "$(dirname "$0")/../../shared/eval" 2>/dev/null && pwd || echo ../shared/eval)}
out=${1:-/tmp/akhbar-dumps}
src=$eval/extraction/scrapinghub
for kind in lynx html2text; do
  mkdir -p "$out/$kind/inputs"
  cp "$src/truth.jsonl" "$out/$kind/truth.jsonl"
done
for f in "$src"/inputs/*.html.gz; do
  id=$(basename "$f" .html.gz)
  tmp=$(mktemp --suffix=.html)
  gzip -dc "$f" > "$tmp"
  # The pages declare UTF-8 or nothing; read them as UTF-8 like the w3m set.
  lynx -dump -nolist -assume_charset=utf-8 -display_charset=utf-8 "$tmp" > "$out/lynx/inputs/$id.txt" 2>/dev/null || true
  /usr/bin/python3 -m html2text "$tmp" utf-8 > "$out/html2text/inputs/$id.txt" 2>/dev/null || true
  rm -f "$tmp"
done
echo "dumps in $out/{lynx,html2text}/inputs ($(ls "$out/lynx/inputs" | wc -l) pages each)"
