#!/usr/bin/env bash
# eval-html.sh: akhbar's HTML/WARC figures beside plain go-trafilatura's,
# on the same pages in the same run.
#
#   scripts/eval-html.sh [EVAL_DIR]      (default: ../shared/eval or /work/shared/eval)
#
# For each set it runs `akhbar clean --format auto` and the baseline
# program (scripts/baseline-trafilatura, go-trafilatura as go.mod pins it,
# default options, and again with its fallback), scores both with
# score.py and prints the last line of each. Then it reads the warcio
# fixtures and prints what became of every file. Outputs stay in a
# temporary folder that is printed at the end.
set -euo pipefail

cd "$(dirname "$0")/.."
EVAL=${1:-}
if [ -z "$EVAL" ]; then
  for d in ../shared/eval /work/shared/eval; do
    if [ -d "$d" ]; then EVAL=$d; break; fi
  done
fi
[ -d "$EVAL" ] || { echo "eval kit not found; pass its folder" >&2; exit 2; }
OUT=$(mktemp -d /tmp/akhbar-eval-html.XXXXXX)
go build -o "$OUT/akhbar" ./cmd/akhbar
go build -o "$OUT/baseline" ./scripts/baseline-trafilatura

run() { # name set-dir kind...
  local name=$1 dir=$2; shift 2
  "$OUT/akhbar" clean -q --format auto "$EVAL/$dir"/inputs/*.html.gz -o "$OUT/$name.akhbar.jsonl" 2>"$OUT/$name.akhbar.log"
  "$OUT/baseline" -o "$OUT/$name.trafilatura.jsonl" "$EVAL/$dir"/inputs/*.html.gz 2>"$OUT/$name.trafilatura.log"
  "$OUT/baseline" -fallback -o "$OUT/$name.trafilatura-fallback.jsonl" "$EVAL/$dir"/inputs/*.html.gz 2>"$OUT/$name.trafilatura-fallback.log"
  for kind in "$@"; do
    for who in akhbar trafilatura trafilatura-fallback; do
      printf '%-8s %-22s ' "$name" "$who"
      python3 "$EVAL/score.py" "$kind" "$EVAL/$dir/truth.jsonl" "$OUT/$name.$who.jsonl" | tail -1
    done
  done
}

echo "== ScrapingHub article bodies ($EVAL/extraction/scrapinghub)"
run scrapinghub extraction/scrapinghub body
echo "== htmldate publication dates ($EVAL/dates/htmldate)"
run htmldate dates/htmldate dates
echo "== trafilatura metadata and snippets ($EVAL/metadata/trafilatura)"
run trafilatura metadata/trafilatura meta snippets

echo "== warcio fixtures ($EVAL/warc)"
for f in "$EVAL"/warc/*; do
  case $f in *README.md) continue ;; esac
  b=$(basename "$f")
  "$OUT/akhbar" clean -q "$f" -o "$OUT/warc-$b.jsonl" --rejects "$OUT/warc-$b.rejects.jsonl" 2>"$OUT/warc-$b.log" || echo "FAILED: $b"
  printf '%-40s %s\n' "$b" "$(tail -1 "$OUT/warc-$b.log")"
  if [ -s "$OUT/warc-$b.rejects.jsonl" ]; then
    python3 -c 'import json,sys
for l in open(sys.argv[1]): r=json.loads(l); print("    reject", r["reason"]+":", r["error"][:150])' "$OUT/warc-$b.rejects.jsonl"
  fi
done
echo "outputs in $OUT"
