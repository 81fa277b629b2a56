#!/usr/bin/env bash
# eval-dump-fields.sh: title, author, date and body of "akhbar clean" on
# the dump set of scripts/make-dump-set.sh, per renderer, held out: every
# (site fold, renderer family) cell is cleaned with the dump block model
# and the headline picker trained without that fold and that family, and
# again with the same block model and the hand-set headline pick (an
# empty dump-title.gbdt), so the two runs differ only in how the title
# is chosen; with BASELINE=author the two runs share the learned
# headline picker and differ in how the authors are chosen (the cell's
# byline picker against the hand-set rules); with BASELINE=date, in how
# the publication date is chosen (the cell's date picker against the
# rules of meta/times.go). The truths are the kit's (WCXB's title, author and date; the
# ScrapingHub pages have body truths only), scored by scripts/cv.py: mean
# over folds, 95 % bootstrap intervals over sites, and the paired
# difference. The frozen dev-test fold is not read.
#
#   scripts/eval-dump-fields.sh            (AKHBAR_DUMPSET, default /tmp/akhbar-dumpset)
#   MODELS=DIR scripts/eval-dump-fields.sh reuse the cell models of an earlier run
#   BASELINE=author scripts/eval-dump-fields.sh   learned byline picker against the rules
#   BASELINE=date scripts/eval-dump-fields.sh     learned date picker against the rules
#
# The cell models come from clean/internal/traindump: "-cv -probs P -folds
# DIR" (the block models and the held-out probabilities), then "-probs P
# -title-folds DIR" (the headline pickers, trained on the candidates those
# held-out probabilities give), then "-probs P -titles DIR -author-folds
# DIR" (the byline pickers, on the candidates those probabilities and
# headline pickers give), and "-date-folds DIR" the same way (the date
# pickers).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
eval=${AKHBAR_EVAL:-$(cd "$root/../shared/eval" 2>/dev/null && pwd || echo /work/shared/eval)}
export AKHBAR_EVAL=$eval
set_dir=${AKHBAR_DUMPSET:-/tmp/akhbar-dumpset}
work=${KEEP:-$(mktemp -d)}
mkdir -p "$work"
(cd "$root" && go build -o "$work/akhbar" ./cmd/akhbar && go build -o "$work/traindump" ./clean/internal/traindump)
if [ -n "${MODELS:-}" ]; then
  models=$MODELS
else
  models=$work/models
  nice -n 10 "$work/traindump" -set "$set_dir" -cv -nogrid -probs "$work/probs.gob" -folds "$models" >&2
  nice -n 10 "$work/traindump" -set "$set_dir" -probs "$work/probs.gob" -title-folds "$models" >&2
  nice -n 10 "$work/traindump" -set "$set_dir" -probs "$work/probs.gob" -titles "$models" -author-folds "$models" -date-folds "$models" >&2
fi
baseline=${BASELINE:-title}
# The same cells with the hand-set pick of the baseline's field: an empty
# model file of that field beside links to the cell's other models.
for m in "$models"/*/; do
  c=$(basename "$m")
  mkdir -p "$work/rules/$c"
  for f in dump-author.gbdt dump-date.gbdt; do
    # A cell an earlier run trained without this picker: the rules.
    [ -e "$m/$f" ] || : > "$m/$f"
  done
  for f in dump-lines.gbdt dump-title.gbdt dump-author.gbdt dump-date.gbdt; do
    ln -sf "$m/$f" "$work/rules/$c/$f"
  done
  rm -f "$work/rules/$c/dump-$baseline.gbdt"
  : > "$work/rules/$c/dump-$baseline.gbdt"
done

python3 - "$set_dir" "$work" <<'PY'
import json, os, shutil, sys
d, w = sys.argv[1], sys.argv[2]
fam = lambda r: "w3m" if r.startswith("w3m") else "lynx" if r.startswith("lynx") else "pandoc" if r.startswith("pandoc") else r
pages = {}
for l in open(os.path.join(d, "merged.jsonl"), encoding="utf-8"):
    p = json.loads(l)
    if p["fold"] >= 0:
        pages[p["id"]] = l
shutil.rmtree(os.path.join(w, "cells"), ignore_errors=True)
for r in sorted(os.listdir(d)):
    if r in ("html", "bin") or not os.path.isdir(os.path.join(d, r)):
        continue
    kept = []
    for f in sorted(os.listdir(os.path.join(d, r))):
        pid = f[:-4]
        if not f.endswith(".txt") or pid not in pages:
            continue
        fold = json.loads(pages[pid])["fold"]
        cell = os.path.join(w, "cells", r, str(fold))
        os.makedirs(cell, exist_ok=True)
        shutil.copyfile(os.path.join(d, r, f), os.path.join(cell, f))
        kept.append(pages[pid])
    if kept:
        with open(os.path.join(w, "cells", r, "family"), "w") as fh:
            fh.write(fam(r))
        with open(os.path.join(w, "cells", r, "merged.jsonl"), "w", encoding="utf-8") as fh:
            fh.writelines(kept)
PY

for rdir in "$work"/cells/*/; do
  r=$(basename "$rdir"); famname=$(cat "$rdir/family")
  : > "$work/$r.learned.jsonl"; : > "$work/$r.rules.jsonl"
  for fdir in "$rdir"*/; do
    k=$(basename "$fdir")
    for v in learned rules; do
      dir=$models/$k-$famname; [ $v = rules ] && dir=$work/rules/$k-$famname
      rm -f "$work/cell.jsonl"
      AKHBAR_MODEL_DIR=$dir nice -n 10 "$work/akhbar" clean -q --overwrite --format text --rejects none \
        --now 2026-04-01T00:00:00Z "$fdir" -o "$work/cell.jsonl" 2>/dev/null || true
      [ -f "$work/cell.jsonl" ] && cat "$work/cell.jsonl" >> "$work/$r.$v.jsonl"
    done
  done
  echo "== $r"
  python3 "$root/scripts/cv.py" "$rdir/merged.jsonl" learned="$work/$r.learned.jsonl" rules="$work/$r.rules.jsonl" |
    grep -E '^(pages|figure|body all|body scrapinghub|title all|author all|date all)'
done
echo "outputs in $work"
