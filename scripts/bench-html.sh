#!/usr/bin/env bash
# bench-html.sh: pages per CPU-second of "akhbar clean" on HTML against
# plain go-trafilatura (default and with its fallback), on the same pages
# in the same run. CPU time (user+system, from /usr/bin/time) rather than
# wall time, so that other load on a shared machine does not count; one
# worker (-j 1) so that it is per core. Each program runs ROUNDS times,
# interleaved, and the best round is reported.
#
#   scripts/bench-html.sh [EVAL_DIR] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=${1:-/work/shared/eval}
ROUNDS=${2:-3}
OUT=$(mktemp -d /tmp/akhbar-bench-html.XXXXXX)
go build -o "$OUT/akhbar" ./cmd/akhbar
go build -o "$OUT/baseline" ./scripts/baseline-trafilatura
PAGES=("$EVAL"/extraction/scrapinghub/inputs/*.html.gz "$EVAL"/dates/htmldate/inputs/*.html.gz "$EVAL"/metadata/trafilatura/inputs/*.html.gz)
N=${#PAGES[@]}
cpu() { # prints user+sys seconds of the command
  /usr/bin/time -f "%U %S" -o "$OUT/t" "$@" >/dev/null 2>&1
  awk '{print $1+$2}' "$OUT/t"
}
declare -A best
for r in $(seq "$ROUNDS"); do
  for who in akhbar trafilatura trafilatura-fallback; do
    case $who in
      akhbar) t=$(cpu env GOMAXPROCS=1 "$OUT/akhbar" clean -q -j 1 --overwrite "${PAGES[@]}" -o "$OUT/a.jsonl") ;;
      trafilatura) t=$(cpu env GOMAXPROCS=1 "$OUT/baseline" -o "$OUT/b.jsonl" "${PAGES[@]}") ;;
      trafilatura-fallback) t=$(cpu env GOMAXPROCS=1 "$OUT/baseline" -fallback -o "$OUT/b.jsonl" "${PAGES[@]}") ;;
    esac
    if [ -z "${best[$who]:-}" ] || awk -v a="$t" -v b="${best[$who]}" 'BEGIN{exit !(a<b)}'; then best[$who]=$t; fi
  done
done
# A refused or failed run costs almost nothing: make sure it wrote.
[ "$(wc -l <"$OUT/a.jsonl")" -gt $((N / 2)) ] || { echo "bench-html: akhbar wrote too few records" >&2; exit 1; }
echo "$N pages, best of $ROUNDS rounds, one core"
for who in trafilatura trafilatura-fallback akhbar; do
  awk -v w="$who" -v t="${best[$who]}" -v n="$N" -v base="${best[trafilatura]}" \
    'BEGIN{printf "%-22s %7.2f CPU-s  %6.1f pages/s  %.2fx the time of plain go-trafilatura\n", w, t, n/t, t/base}'
done
rm -rf "$OUT"
