#!/usr/bin/env bash
# abba-dumps.sh: how much less CPU one akhbar build spends than another on
# the kit's text dumps, with an interval, on a shared machine.
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
set -euo pipefail
OLD=$1 NEW=$2 PAIRS=${3:-15} EVAL=${4:-/work/shared/eval}
OUT=$(mktemp -d /tmp/akhbar-abba.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
run() { # prints the task-clock milliseconds of one run
  perf stat -x, -e task-clock -o "$OUT/stat" env GOMAXPROCS=1 "$1" clean -q -j 1 --overwrite \
    --now 2026-12-01T00:00:00Z "$2" -o "$OUT/run.jsonl" >/dev/null 2>&1
  awk -F, '/task-clock/ {print $1}' "$OUT/stat"
}
for i in $(seq "$PAIRS"); do
  for set in scrapinghub-w3m webcorpus; do
    dir=$EVAL/dumps/$set/inputs
    [ -d "$dir" ] || continue
    if ((i % 2)); then a=$(run "$OLD" "$dir"); b=$(run "$NEW" "$dir")
    else b=$(run "$NEW" "$dir"); a=$(run "$OLD" "$dir"); fi
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
