#!/usr/bin/env bash
# abba-dumps.sh: how much less CPU one akhbar build spends than another on
# the kit's text dumps (or its HTML pages), with an interval, on a shared
# machine.
#
# The two builds run "akhbar clean" one after the other on the same folder,
# in ABBA order (old first in odd pairs, new first in even ones), one core
# (GOMAXPROCS=1, -j 1), --now pinned; each run's CPU is perf stat's
# task-clock. Other load slows both builds of a pair alike, so the ratio of
# a pair is steadier than either time. Printed per set: the least time of
# each build and its ratio, and the median of the pairs' ratios (old CPU
# over new: above 1, the new build is faster) with a 95 % bootstrap
# interval over the pairs. Needs perf and python3.
#
#   scripts/abba-dumps.sh OLD_BINARY NEW_BINARY [PAIRS] [EVAL_DIR]
#   SETS="html" scripts/abba-dumps.sh ...   the 1,007 HTML pages that
#                                          scripts/bench-html.sh times
set -euo pipefail
OLD=$1 NEW=$2 PAIRS=${3:-15} EVAL=${4:-/work/shared/eval}
SETS=${SETS:-scrapinghub-w3m webcorpus}
OUT=$(mktemp -d /tmp/akhbar-abba.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
run() { # prints the task-clock milliseconds of one run over inputs
  local bin=$1
  shift
  perf stat -x, -e task-clock -o "$OUT/stat" env GOMAXPROCS=1 "$bin" clean -q -j 1 --overwrite \
    --now 2026-12-01T00:00:00Z "$@" -o "$OUT/run.jsonl" >/dev/null 2>&1
  awk -F, '/task-clock/ {print $1}' "$OUT/stat"
}
inputs() { # the inputs of a set, one per line
  if [ "$1" = html ]; then
    ls "$EVAL"/extraction/scrapinghub/inputs/*.html.gz "$EVAL"/dates/htmldate/inputs/*.html.gz \
      "$EVAL"/metadata/trafilatura/inputs/*.html.gz 2>/dev/null || true
  elif [ -d "$EVAL/dumps/$1/inputs" ]; then
    echo "$EVAL/dumps/$1/inputs"
  fi
}
for i in $(seq "$PAIRS"); do
  for set in $SETS; do
    mapfile -t in < <(inputs "$set")
    [ "${#in[@]}" -gt 0 ] || continue
    if ((i % 2)); then a=$(run "$OLD" "${in[@]}"); b=$(run "$NEW" "${in[@]}")
    else b=$(run "$NEW" "${in[@]}"); a=$(run "$OLD" "${in[@]}"); fi
    echo "$set $a $b" >>"$OUT/pairs"
  done
done
python3 - "$OUT/pairs" <<'PY'
import random, statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
rng = random.Random(1)
for s in sorted({r[0] for r in rows}):
    old = [float(r[1]) for r in rows if r[0] == s]
    new = [float(r[2]) for r in rows if r[0] == s]
    ratio = [o / n for o, n in zip(old, new)]
    meds = sorted(statistics.median(rng.choices(ratio, k=len(ratio))) for _ in range(2000))
    print(f"{s:16s} pairs {len(ratio)}  least CPU ms old {min(old):.0f} new {min(new):.0f} "
          f"({min(old) / min(new):.3f}x)  median pair old/new {statistics.median(ratio):.3f} "
          f"[{meds[50]:.3f}, {meds[1949]:.3f}]")
PY
