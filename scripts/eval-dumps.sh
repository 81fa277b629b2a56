#!/usr/bin/env bash
# Body F1 of "akhbar clean" on plain-text dumps of the ScrapingHub pages:
# the w3m dumps shipped in the eval kit, and lynx and html2text dumps made
# by scripts/make-dumps.sh (run it first; needs lynx and python3-html2text).
# Prints, per dump style, the F1 of the unprocessed dump (the baseline:
# every line kept) and of akhbar, as score.py's last line.
# Usage: scripts/eval-dumps.sh [DUMPDIR]   (default /tmp/akhbar-dumps)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
eval=${EVAL:-$(cd "$root/../shared/eval" 2>/dev/null && pwd || echo /work/shared/eval)}
dumps=${1:-/tmp/akhbar-dumps}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/akhbar" "$root/cmd/akhbar"
if [ ! -d "$dumps/lynx" ]; then "$root/scripts/make-dumps.sh" "$dumps" >/dev/null; fi
run() { # name inputs truth
  local name=$1 in=$2 truth=$3
  "$work/akhbar" clean -q --format text "$in" -o "$work/$name.jsonl" 2>/dev/null
  python3 - "$in" > "$work/$name.raw.jsonl" <<'PY'
import json, os, sys
d = sys.argv[1]
for f in sorted(os.listdir(d)):
    print(json.dumps({"id": f.split(".")[0], "text": open(os.path.join(d, f), encoding="utf-8", errors="replace").read()}))
PY
  printf '%-10s baseline  %s\n' "$name" "$(python3 "$eval/score.py" body "$truth" "$work/$name.raw.jsonl" | tail -1)"
  printf '%-10s akhbar    %s\n' "$name" "$(python3 "$eval/score.py" body "$truth" "$work/$name.jsonl" | tail -1)"
  if [ -n "${KEEP:-}" ]; then cp "$work/$name.jsonl" "/tmp/eval-$name.jsonl"; fi
}
run w3m "$eval/dumps/scrapinghub-w3m/inputs" "$eval/dumps/scrapinghub-w3m/truth.jsonl"
run lynx "$dumps/lynx/inputs" "$dumps/lynx/truth.jsonl"
run html2text "$dumps/html2text/inputs" "$dumps/html2text/truth.jsonl"
