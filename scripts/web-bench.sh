#!/usr/bin/env bash
# Prints the figures of docs/web.md on a synthetic corpus of N records
# (default 1,000,000; about 2.7 GB of JSON lines plus a .zst copy): index
# build time and size, time to the first page, search and page latencies,
# record fetch by offset and from zstd frames, and the time and peak
# memory of "akhbar report".
#
# Usage: scripts/web-bench.sh [N]
# AKHBAR_BENCH_DIR=DIR keeps corpora and indexes there for later runs;
# otherwise a temporary folder is used and removed.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000000}"
if [ -z "${AKHBAR_BENCH_DIR:-}" ]; then
  AKHBAR_BENCH_DIR="$(mktemp -d)"
  trap 'rm -rf "$AKHBAR_BENCH_DIR"' EXIT
fi
export AKHBAR_BENCH_DIR AKHBAR_BENCH_RECORDS="$n"
echo "# machine: $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"

echo "# index build (once per format)"
go test -run '^$' -bench 'IndexBuild' -benchtime 1x -timeout 3h ./web/serve/ | grep -E '^Benchmark|generated|indexed'

echo "# first page, pages, record fetch"
go test -run '^$' -bench 'FirstPage|Page|Fetch' -benchmem -timeout 1h ./web/serve/ | grep -E '^Benchmark'

echo "# akhbar report"
go build -o "$AKHBAR_BENCH_DIR/akhbar" ./cmd/akhbar
for f in "$AKHBAR_BENCH_DIR/synth-$n.jsonl.zst"; do
  /usr/bin/time -f "report $(basename "$f"): wall %e s, user %U s, sys %S s, peak RSS %M KB" \
    "$AKHBAR_BENCH_DIR/akhbar" report -q "$f" -o "$AKHBAR_BENCH_DIR/report.html"
done
ls -l "$AKHBAR_BENCH_DIR/report.html" | awk '{print "report.html: " $5 " bytes"}'
