#!/usr/bin/env bash
# bench-dumps.sh: MB of text dump per CPU-second of the whole "akhbar clean"
# pipeline, and of each of its stages, beside gzip -6 on the same bytes in
# the same run; and the CPU and memory akhbar spends starting ("akhbar help").
#
# CPU time (user+system from /usr/bin/time), not wall time, so that other
# load on a shared machine does not count; one worker on one core
# (GOMAXPROCS=1, -j 1), so that the figures are per core. Each program runs
# ROUNDS times, interleaved, and the best round counts. gzip reads the same
# files GZIP_REPEAT times per round so that its CPU time is long enough to
# measure. The whole-pipeline figure includes start-up and writing the
# records; it is also given without start-up. The per-stage figures come
# from BenchmarkClean (package steps), which runs each stage alone in one
# process on documents held in memory (input MB over the stage's CPU time).
#
#   scripts/bench-dumps.sh [EVAL_DIR] [ROUNDS]
#   STAGES=0 scripts/bench-dumps.sh      skip the per-stage benchmark
#   BASE=/tmp/akhbar-old scripts/bench-dumps.sh
#                                        also time another akhbar binary
#                                        (an older build) in the same rounds
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=${1:-/work/shared/eval}
ROUNDS=${2:-3}
GZIP_REPEAT=${GZIP_REPEAT:-5}
OUT=$(mktemp -d /tmp/akhbar-bench-dumps.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
go build -o "$OUT/akhbar" ./cmd/akhbar

cpu() { # prints "user+sys seconds" and "max RSS KB" of the command
  /usr/bin/time -f "%U %S %M" -o "$OUT/t" "$@" >/dev/null 2>&1
  awk '{printf "%.3f %d\n", $1+$2, $3}' "$OUT/t"
}
min() { awk -v a="$1" -v b="$2" 'BEGIN{print (b == "" || a < b) ? a : b}'; }

# Start-up: the best of ROUNDS runs of "akhbar help".
start=""; start_rss=""
for _ in $(seq "$ROUNDS"); do
  read -r t m < <(cpu env GOMAXPROCS=1 "$OUT/akhbar" help)
  start=$(min "$t" "$start"); start_rss=$(min "$m" "$start_rss")
done
printf "start-up (akhbar help): %.2f CPU-s, %d MB RSS (best of %d)\n\n" "$start" $((start_rss / 1024)) "$ROUNDS"

BASE=${BASE:-}
if [[ -n "$BASE" ]]; then
  printf "%-18s %8s %7s %10s %10s %12s %9s %10s %9s\n" set files MB "gzip -6" "akhbar" "akhbar-start" "vs gzip" "base" "base/gzip"
else
  printf "%-18s %8s %7s %10s %10s %12s %9s\n" set files MB "gzip -6" "akhbar" "akhbar-start" "vs gzip"
fi
for set in scrapinghub-w3m webcorpus; do
  dir="$EVAL/dumps/$set/inputs"
  [ -d "$dir" ] || { echo "$set: no $dir, skipped" >&2; continue; }
  files=("$dir"/*)
  bytes=$(cat "${files[@]}" | wc -c)
  g=""; a=""; o=""
  for _ in $(seq "$ROUNDS"); do
    read -r t _ < <(cpu sh -c 'for i in $(seq '"$GZIP_REPEAT"'); do cat "$@" | gzip -6; done' sh "${files[@]}")
    g=$(min "$(awk -v t="$t" -v r="$GZIP_REPEAT" 'BEGIN{print t/r}')" "$g")
    rm -f "$OUT"/run.*
    read -r t _ < <(cpu env GOMAXPROCS=1 "$OUT/akhbar" clean -q -j 1 --overwrite "$dir" -o "$OUT/run.jsonl")
    a=$(min "$t" "$a")
    if [[ -n "$BASE" ]]; then
      rm -f "$OUT"/run.*
      read -r t _ < <(cpu env GOMAXPROCS=1 "$BASE" clean -q -j 1 --overwrite "$dir" -o "$OUT/run.jsonl")
      o=$(min "$t" "$o")
    fi
  done
  awk -v s="$set" -v n="${#files[@]}" -v b="$bytes" -v g="$g" -v a="$a" -v st="$start" -v o="$o" 'BEGIN{
    mb = b / 1e6; gz = mb / g; ak = mb / a; ak2 = (a > st) ? mb / (a - st) : 0
    printf "%-18s %8d %7.2f %10.1f %10.1f %12.1f %8.2fx", s, n, mb, gz, ak, ak2, ak / gz
    if (o != "") printf " %10.1f %8.2fx", mb / o, (mb / o) / gz
    printf "\n" }'
done
echo "(MB of input per CPU-second, one core; vs gzip: akhbar's figure over gzip -6's)"

if [[ "${STAGES:-1}" != 0 ]]; then
  echo
  echo "per stage, MB per CPU-second (go test -bench BenchmarkClean -cpu 1 ./steps/):"
  AKHBAR_EVAL="$EVAL" go test -run '^$' -bench 'BenchmarkClean/(seed\+w3m|webcorpus)/' -cpu 1 -benchtime 3x ./steps/ |
    awk '/MB\/cpu-s/ { name = $1; sub(/^BenchmarkClean\//, "", name)
      for (i = 1; i <= NF; i++) if ($(i+1) == "MB/cpu-s") printf "  %-28s %8.1f\n", name, $i }'
fi
