#!/usr/bin/env bash
# Scale run: build a corpus of GB gigabytes (default 5.6: 5 GB as stored, one file in ten gzipped) from the evaluation
# dumps under /tmp, run "akhbar clean" over it into a folder of shards with
# /usr/bin/time -v, and print input size, CPU seconds, wall time, peak RSS,
# MB per CPU-second and the machine's load. Then the same on a 200 MB slice
# with -j 1 and -j 2 for the scaling figures.
# Usage: scripts/scale-run.sh [GB] [EVAL]
set -euo pipefail
cd "$(dirname "$0")/.."
gb=${1:-5.6}
eval=${2:-$(cd ../shared/eval 2>/dev/null && pwd || cd ../../shared/eval && pwd)}
corpus=/tmp/akhbar-scale-$gb
out=/tmp/akhbar-scale-out
bin=/tmp/akhbar-scale-bin
go build -o "$bin" ./cmd/akhbar
[ -d "$corpus" ] || go run ./scripts/gen-scale-corpus -eval "$eval" -out "$corpus" -gb "$gb" -files 10
slice=/tmp/akhbar-scale-slice
[ -d "$slice" ] || go run ./scripts/gen-scale-corpus -eval "$eval" -out "$slice" -gb 0.2 -files 2

measure() { # label, then the command
  local label=$1; shift
  local log; log=$(mktemp)
  local load; load=$(cut -d' ' -f1-3 /proc/loadavg)
  /usr/bin/time -v "$@" 2>"$log" >/dev/null || { cat "$log"; exit 1; }
  local bytes; bytes=$(du -cb "${@: -1}" | tail -1 | cut -f1)
  awk -v label="$label" -v bytes="$bytes" -v load="$load" '
    /User time/ {u=$4} /System time/ {s=$4} /Maximum resident/ {rss=$6}
    /Elapsed/ {split($8,t,":"); w = (length(t)==3) ? t[1]*3600+t[2]*60+t[3] : t[1]*60+t[2]}
    /^read / {summary=$0}
    END {cpu=u+s; printf "%s: %.2f GB in %.0f s wall, %.0f CPU-s (%.1f MB per CPU-s, %.1f MB/s wall), peak RSS %.0f MB, load before %s\n  %s\n",
      label, bytes/1e9, w, cpu, bytes/1e6/cpu, bytes/1e6/w, rss/1024, load, summary}' "$log"
  rm -f "$log"
}
measure "slice -j 1" "$bin" clean -j 1 --overwrite -o "$out-1/" "$slice"
measure "slice -j 2" "$bin" clean -j 2 --overwrite -o "$out-2/" "$slice"
measure "full -j 2" "$bin" clean -j 2 --overwrite -o "$out/" "$corpus"
