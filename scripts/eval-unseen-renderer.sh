#!/usr/bin/env bash
# Body F1 of "akhbar clean" on text dumps of a layout no renderer of the
# dump set has (scripts/textnodes-dump.py: every text node on a line of its
# own, as crawlers that call get_text() write them), on held-out sites:
# each site fold's dumps are cleaned with the dump model trained without
# that fold (clean/internal/traindump -folds ... -fams w3m: the models of
# the w3m cells, which saw no page of the fold; none saw this layout).
# Beside it, the whole dump kept. Mean over the 5 folds of the per-page
# mean F1, with a 95 % bootstrap interval over sites; the ScrapingHub news
# pages alone as a plain mean. The frozen dev-test fold is not read.
#
# Usage: scripts/eval-unseen-renderer.sh   (AKHBAR_DUMPSET, default /tmp/akhbar-dumpset,
#        made by scripts/make-dump-set.sh; MODELS=DIR reuses "traindump -folds DIR -fams w3m")
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
eval=${EVAL:-$(cd "$root/../shared/eval" 2>/dev/null && pwd || echo /work/shared/eval)}
set_dir=${AKHBAR_DUMPSET:-/tmp/akhbar-dumpset}
[ -s "$set_dir/truth.jsonl" ] || { echo "no dump set in $set_dir (scripts/make-dump-set.sh)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$root" && go build -o "$work/akhbar" ./cmd/akhbar && go build -o "$work/traindump" ./clean/internal/traindump)
if [ -n "${MODELS:-}" ]; then
  ln -s "$MODELS" "$work/models"
else
  nice -n 10 "$work/traindump" -set "$set_dir" -folds "$work/models" -fams w3m >&2
fi

python3 - "$set_dir" "$work" "$root/scripts/textnodes-dump.py" <<'PY'
import json, os, subprocess, sys
d, w, dump = sys.argv[1:4]
with open(os.path.join(w, "truth.jsonl"), "w", encoding="utf-8") as truth, \
     open(os.path.join(w, "whole.jsonl"), "w", encoding="utf-8") as whole:
    for line in open(os.path.join(d, "truth.jsonl"), encoding="utf-8"):
        p = json.loads(line)
        if p["fold"] < 0:
            continue
        with open(os.path.join(d, "html", p["id"] + ".html"), "rb") as f:
            text = subprocess.run([sys.executable, dump], stdin=f, capture_output=True, check=True).stdout.decode("utf-8")
        cell = os.path.join(w, "cells", str(p["fold"]))
        os.makedirs(cell, exist_ok=True)
        with open(os.path.join(cell, p["id"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        truth.write(line)
        whole.write(json.dumps({"id": p["id"], "text": text}, ensure_ascii=False) + "\n")
PY

: > "$work/new.jsonl"
for cell in "$work"/cells/*/; do
  k=$(basename "$cell")
  rm -f "$work/cell.jsonl"
  AKHBAR_MODEL_DIR="$work/models/$k-w3m" nice -n 10 "$work/akhbar" clean -q --overwrite --format text "$cell" -o "$work/cell.jsonl" 2>/dev/null || true
  [ -f "$work/cell.jsonl" ] && cat "$work/cell.jsonl" >> "$work/new.jsonl"
done
for v in new whole; do
  python3 "$eval/score.py" body "$work/truth.jsonl" "$work/$v.jsonl" --per-id "$work/$v.tsv" > /dev/null
done

python3 - "$work" "$root/scripts" <<'PY'
import os, sys
w = sys.argv[1]
sys.path.insert(0, sys.argv[2])
from dumpf1 import per_id, read_pages, summary
pages = read_pages(os.path.join(w, "truth.jsonl"))
print("%-26s %5s  %-24s %s" % ("text nodes, held out", "pages", "F1 [95 % interval]", "ScrapingHub pages"))
for v, name in (("new", "akhbar clean"), ("whole", "whole dump kept")):
    f1 = per_id(os.path.join(w, v + ".tsv"))
    sh = [i for i in f1 if not i.startswith("wcxbdev-")]
    print("%-26s %5d  %.3f [%.3f, %.3f]     %.3f (%d)" % (name, len(f1), *summary(f1, pages), sum(f1[i] for i in sh) / len(sh), len(sh)))
PY
