#!/usr/bin/env bash
# eval-html.sh: akhbar's HTML figures beside plain go-trafilatura's, cross-
# validated on the merged evaluation set, on the same pages in the same run.
#
#   scripts/eval-html.sh [--devtest] [--models DIR] [--keep DIR] [EVAL_DIR]
#
# The kit's HTML sets (WCXB dev, ScrapingHub, htmldate, trafilatura) are
# merged and de-duplicated by scripts/evalset and split into folds by
# registered domain (internal/evalset): no site is in two folds. Each fold's
# pages are cleaned by akhbar — with --models DIR, by the models trained
# without that fold (DIR/fold-N, as `go run ./cmd/akhbar-train ... -cv DIR`
# writes them), so a learned part is never scored on pages it saw. The
# baseline program (scripts/baseline-trafilatura: go-trafilatura as go.mod
# pins it, default options, and again with its fallback) runs on the same
# pages. scripts/cv.py prints every figure as the mean over folds with a
# 95 % interval from a bootstrap over sites, and akhbar's paired difference
# from each baseline. --devtest scores the frozen dev-test fold instead:
# look at it only when the design changes. Then the warcio fixtures are
# read and what became of every file is printed.
set -euo pipefail
cd "$(dirname "$0")/.."

DEVTEST= MODELS= KEEP= EVAL=
while [ $# -gt 0 ]; do
  case $1 in
    --devtest) DEVTEST=1 ;;
    --models) MODELS=$(cd "$2" && pwd); shift ;;
    --keep) KEEP=$2; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) EVAL=$1 ;;
  esac
  shift
done
if [ -z "$EVAL" ]; then
  for d in "${AKHBAR_EVAL:-}" ../shared/eval /work/shared/eval; do
    if [ -n "$d" ] && [ -d "$d" ]; then EVAL=$d; break; fi
  done
fi
[ -d "$EVAL" ] || { echo "eval kit not found; pass its folder" >&2; exit 2; }
export AKHBAR_EVAL=$EVAL
OUT=${KEEP:-$(mktemp -d /tmp/akhbar-eval-html.XXXXXX)}
mkdir -p "$OUT"
go build -o "$OUT/akhbar" ./cmd/akhbar
go build -o "$OUT/baseline" ./scripts/baseline-trafilatura
go run ./scripts/evalset -eval "$EVAL" -o "$OUT/merged.jsonl" -lists "$OUT/lists"

if [ -n "$DEVTEST" ]; then folds=devtest; else folds="fold-0 fold-1 fold-2 fold-3 fold-4"; fi
: >"$OUT/akhbar.jsonl"; : >"$OUT/trafilatura.jsonl"; : >"$OUT/trafilatura-fallback.jsonl"
for f in $folds; do
  mapfile -t pages <"$OUT/lists/$f.txt"
  env=()
  if [ -n "$MODELS" ]; then
    m=$MODELS/$f; [ "$f" = devtest ] && m=$MODELS/all
    [ -d "$m" ] || { echo "no models for $f in $MODELS" >&2; exit 2; }
    env=(AKHBAR_MODEL_DIR="$m")
  fi
  env "${env[@]}" "$OUT/akhbar" clean -q --format auto "${pages[@]}" -o "$OUT/akhbar-$f.jsonl" --rejects none --overwrite 2>>"$OUT/akhbar.log"
  cat "$OUT/akhbar-$f.jsonl" >>"$OUT/akhbar.jsonl"
  "$OUT/baseline" -o - "${pages[@]}" 2>>"$OUT/trafilatura.log" >>"$OUT/trafilatura.jsonl"
  "$OUT/baseline" -fallback -o - "${pages[@]}" 2>>"$OUT/trafilatura.log" >>"$OUT/trafilatura-fallback.jsonl"
done
args=(); [ -n "$DEVTEST" ] && args=(--devtest)
python3 scripts/cv.py "${args[@]}" --json "$OUT/cv.json" "$OUT/merged.jsonl" \
  akhbar="$OUT/akhbar.jsonl" trafilatura="$OUT/trafilatura.jsonl" fallback="$OUT/trafilatura-fallback.jsonl"

echo "== warcio fixtures ($EVAL/warc)"
for f in "$EVAL"/warc/*; do
  case $f in *README.md) continue ;; esac
  b=$(basename "$f")
  "$OUT/akhbar" clean -q "$f" -o "$OUT/warc-$b.jsonl" --rejects "$OUT/warc-$b.rejects.jsonl" --overwrite 2>"$OUT/warc-$b.log" || echo "FAILED: $b"
  printf '%-40s %s\n' "$b" "$(tail -1 "$OUT/warc-$b.log")"
  if [ -s "$OUT/warc-$b.rejects.jsonl" ]; then
    python3 -c 'import json,sys
for l in open(sys.argv[1]): r=json.loads(l); print("    reject", r["reason"]+":", r["error"][:150])' "$OUT/warc-$b.rejects.jsonl"
  fi
done
echo "outputs in $OUT"
