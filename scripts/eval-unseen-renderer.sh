#!/usr/bin/env bash
# Body F1 of "akhbar clean" on text dumps of a layout no renderer of the
# dump set has, on held-out sites: each site fold's dumps are cleaned with
# the dump model trained without that fold (clean/internal/traindump
# -folds ... -fams w3m: the models of the w3m cells, which saw no page of
# the fold; none saw this layout). LAYOUT picks it:
#   textnodes  every text node on a line of its own, as crawlers that call
#              get_text() write them (scripts/textnodes-dump.py; default)
#   browser    a browser's text copy, the body's innerText in headless
#              Chromium (scripts/browser-dump; apt chromium)
#   html-to-text, turndown
#              two Node converters (scripts/js-dump: wrapped text with
#              link targets in brackets; Markdown), npm ci
#   gold       the page's gold body itself, as a clean extractor's output
#              or a corpus's text field gives it: what a cleaner fed text
#              already clean should leave whole (the whole dump scores 1)
# Beside it, the whole dump kept. Mean over the 5 folds of the per-page
# mean F1, with a 95 % bootstrap interval over sites; the ScrapingHub news
# pages alone as a plain mean. The frozen dev-test fold is not read.
#
# Usage: [LAYOUT=browser] scripts/eval-unseen-renderer.sh
#        (AKHBAR_DUMPSET, default /tmp/akhbar-dumpset, made by
#        scripts/make-dump-set.sh; MODELS=DIR reuses "traindump -folds DIR
#        -fams w3m"; KEEP=DIR keeps the dumps and records there;
#        CLEAN_FLAGS="--keep-text" adds flags to akhbar clean)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
eval=${EVAL:-$(cd "$root/../shared/eval" 2>/dev/null && pwd || echo /work/shared/eval)}
set_dir=${AKHBAR_DUMPSET:-/tmp/akhbar-dumpset}
[ -s "$set_dir/truth.jsonl" ] || { echo "no dump set in $set_dir (scripts/make-dump-set.sh)" >&2; exit 2; }
layout=${LAYOUT:-textnodes}
case $layout in textnodes|browser|html-to-text|turndown|gold) ;; *) echo "LAYOUT is textnodes, browser, html-to-text, turndown or gold" >&2; exit 2 ;; esac
if [ -n "${KEEP:-}" ]; then
  mkdir -p "$KEEP"; work=$(cd "$KEEP" && pwd)
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
(cd "$root" && go build -o "$work/akhbar" ./cmd/akhbar && go build -o "$work/traindump" ./clean/internal/traindump)
if [ -e "$work/models" ]; then
  :
elif [ -n "${MODELS:-}" ]; then
  ln -s "$MODELS" "$work/models"
else
  nice -n 10 "$work/traindump" -set "$set_dir" -folds "$work/models" -fams w3m >&2
fi

# Every held-out page's dump in $work/dumps (a page the layout cannot
# render is left out and counted).
mkdir -p "$work/dumps"
python3 - "$set_dir" > "$work/pages.txt" <<'PY'
import json, os, sys
d = sys.argv[1]
for line in open(os.path.join(d, "truth.jsonl"), encoding="utf-8"):
    p = json.loads(line)
    if p["fold"] >= 0:
        print(os.path.join(d, "html", p["id"] + ".html"))
PY
case $layout in
  textnodes)
    while read -r h; do
      o=$work/dumps/$(basename "$h" .html).txt
      [ -s "$o" ] || python3 "$root/scripts/textnodes-dump.py" < "$h" > "$o"
    done < "$work/pages.txt" ;;
  browser)
    (cd "$root" && go build -o "$work/browser-dump" ./scripts/browser-dump)
    xargs -a "$work/pages.txt" -n 200 "$work/browser-dump" "$work/dumps" 2>"$work/browser-dump.log" || true
    grep -c ': ' "$work/browser-dump.log" | sed 's/^/pages the browser failed on: /' >&2 || true ;;
  html-to-text|turndown)
    command -v npm >/dev/null || { echo "LAYOUT=$layout needs node and npm" >&2; exit 2; }
    [ -d "$root/scripts/js-dump/node_modules" ] || (cd "$root/scripts/js-dump" && npm ci --no-audit --no-fund >/dev/null)
    xargs -a "$work/pages.txt" -n 200 node "$root/scripts/js-dump/dump.js" "$layout" "$work/dumps" 2>"$work/js-dump.log" || true
    grep -c ': ' "$work/js-dump.log" | sed 's/^/pages the converter failed on: /' >&2 || true ;;
  gold)
    python3 - "$set_dir" "$work/dumps" <<'PY'
import json, os, sys
d, out = sys.argv[1:3]
for line in open(os.path.join(d, "truth.jsonl"), encoding="utf-8"):
    p = json.loads(line)
    if p["fold"] >= 0 and p.get("text"):
        with open(os.path.join(out, p["id"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(p["text"] + "\n")
PY
    ;;
esac

python3 - "$set_dir" "$work" <<'PY'
import json, os, sys
d, w = sys.argv[1:3]
with open(os.path.join(w, "truth.jsonl"), "w", encoding="utf-8") as truth, \
     open(os.path.join(w, "whole.jsonl"), "w", encoding="utf-8") as whole:
    for line in open(os.path.join(d, "truth.jsonl"), encoding="utf-8"):
        p = json.loads(line)
        if p["fold"] < 0:
            continue
        try:
            with open(os.path.join(w, "dumps", p["id"] + ".txt"), encoding="utf-8") as f:
                text = f.read()
        except FileNotFoundError:
            continue
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
  AKHBAR_MODEL_DIR="$work/models/$k-w3m" nice -n 10 "$work/akhbar" clean -q --overwrite ${CLEAN_FLAGS:-} --format text "$cell" -o "$work/cell.jsonl" 2>/dev/null || true
  [ -f "$work/cell.jsonl" ] && cat "$work/cell.jsonl" >> "$work/new.jsonl"
done
for v in new whole; do
  python3 "$eval/score.py" body "$work/truth.jsonl" "$work/$v.jsonl" --per-id "$work/$v.tsv" > /dev/null
done

python3 - "$work" "$root/scripts" "$layout" <<'PY'
import os, sys
w, layout = sys.argv[1], sys.argv[3]
sys.path.insert(0, sys.argv[2])
from dumpf1 import per_id, read_pages, summary
pages = read_pages(os.path.join(w, "truth.jsonl"))
print("%-26s %5s  %-24s %s" % (layout + ", held out", "pages", "F1 [95 % interval]", "ScrapingHub pages"))
for v, name in (("new", "akhbar clean"), ("whole", "whole dump kept")):
    f1 = per_id(os.path.join(w, v + ".tsv"))
    sh = [i for i in f1 if not i.startswith("wcxbdev-")]
    print("%-26s %5d  %.3f [%.3f, %.3f]     %.3f (%d)" % (name, len(f1), *summary(f1, pages), sum(f1[i] for i in sh) / len(sh), len(sh)))
PY
