#!/usr/bin/env bash
# bench-warc.sh: peak memory and speed of "akhbar clean" streaming a WARC
# of at least 1 GiB built from the eval pages (in /tmp, not in the repo).
#
#   scripts/bench-warc.sh [EVAL_DIR] [SIZE]     (SIZE default 1g)
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=${1:-/work/shared/eval}
SIZE=${2:-1g}
OUT=$(mktemp -d /tmp/akhbar-bench-warc.XXXXXX)
go build -o "$OUT/akhbar" ./cmd/akhbar
go run ./scripts/make-big-warc -o "$OUT/big.warc.gz" -size "$SIZE" "$EVAL"
/usr/bin/time -v "$OUT/akhbar" clean -q "$OUT/big.warc.gz" -o "$OUT/big.jsonl.zst" 2>"$OUT/time.txt" || true
grep -E "^read |Maximum resident|Elapsed|User time|System time" "$OUT/time.txt"
ls -la "$OUT"
rm -f "$OUT/big.warc.gz"
