#!/usr/bin/env bash
# Body F1 of "akhbar clean" on the dump set of scripts/make-dump-set.sh,
# per renderer, on held-out sites and renderers: every (site fold, renderer
# family) cell is cleaned with the dump model trained without that fold and
# without that family (clean/internal/traindump -folds), and scored with the
# kit's score.py. Beside it, the hand-set rules (no model) of the merge
# base with main, or of $OLD_REV (OLD_REV=HEAD: today's rules), on the
# same dumps in the same run.
# Figures: mean over the 5 folds of the per-page mean F1, with a 95 %
# bootstrap interval over sites. The frozen dev-test fold is not read.
#
# Usage: scripts/eval-dump-set.sh        (AKHBAR_DUMPSET, default /tmp/akhbar-dumpset;
#        MODELS=DIR reuses fold models of "traindump -folds DIR")
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
eval=${EVAL:-$(cd "$root/../shared/eval" 2>/dev/null && pwd || echo /work/shared/eval)}
set_dir=${AKHBAR_DUMPSET:-/tmp/akhbar-dumpset}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
old_rev=${OLD_REV:-$(git -C "$root" merge-base HEAD main)}

(cd "$root" && go build -o "$work/akhbar" ./cmd/akhbar && go build -o "$work/traindump" ./clean/internal/traindump)
mkdir -p "$work/old-src"
git -C "$root" archive "$old_rev" | tar -x -C "$work/old-src"
(cd "$work/old-src" && go build -o "$work/akhbar-old" ./cmd/akhbar)
# The old cleaner runs its hand-set block scores: an empty model file in
# AKHBAR_MODEL_DIR means no model (a build from before the model ignores
# it). Without it, a build of a revision that embeds the dump model would
# score pages that model was trained on: in-sample.
mkdir -p "$work/rules" && : > "$work/rules/dump-lines.gbdt"
# MODELS names fold models made before by "traindump -folds DIR" (same set).
if [ -n "${MODELS:-}" ]; then
  ln -s "$MODELS" "$work/models"
else
  nice -n 10 "$work/traindump" -set "$set_dir" -folds "$work/models" >&2
fi

python3 - "$set_dir" "$work" <<'PY'
import json, os, shutil, sys
d, w = sys.argv[1], sys.argv[2]
fam = lambda r: "w3m" if r.startswith("w3m") else "lynx" if r.startswith("lynx") else "pandoc" if r.startswith("pandoc") else r
pages = {}
for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8"):
    p = json.loads(l)
    if p["fold"] >= 0:
        pages[p["id"]] = p
for r in sorted(os.listdir(d)):
    if r in ("html", "bin") or not os.path.isdir(os.path.join(d, r)):
        continue
    for f in sorted(os.listdir(os.path.join(d, r))):
        p = pages.get(f[:-4])
        if not f.endswith(".txt") or p is None:
            continue
        cell = os.path.join(w, "cells", r, str(p["fold"]))
        os.makedirs(cell, exist_ok=True)
        # A copy, not a link: akhbar reads regular files of a folder.
        shutil.copyfile(os.path.join(d, r, f), os.path.join(cell, f))
        with open(os.path.join(w, "cells", r, "family"), "w") as fh:
            fh.write(fam(r))
PY

for rdir in "$work"/cells/*/; do
  r=$(basename "$rdir"); famname=$(cat "$rdir/family")
  : > "$work/$r.new.jsonl"; : > "$work/$r.old.jsonl"
  for fdir in "$rdir"*/; do
    k=$(basename "$fdir")
    # A run that fails leaves no output: the cell then counts as empty
    # predictions, never as the other cleaner's.
    rm -f "$work/cell.jsonl"
    AKHBAR_MODEL_DIR="$work/models/$k-$famname" nice -n 10 "$work/akhbar" clean -q --overwrite --format text "$fdir" -o "$work/cell.jsonl" 2>/dev/null || true
    [ -f "$work/cell.jsonl" ] && cat "$work/cell.jsonl" >> "$work/$r.new.jsonl"
    rm -f "$work/cell.jsonl"
    AKHBAR_MODEL_DIR="$work/rules" nice -n 10 "$work/akhbar-old" clean -q --overwrite --format text "$fdir" -o "$work/cell.jsonl" 2>/dev/null || true
    [ -f "$work/cell.jsonl" ] && cat "$work/cell.jsonl" >> "$work/$r.old.jsonl"
  done
  for v in new old; do
    python3 - "$set_dir/truth.jsonl" "$rdir" > "$work/$r.truth.jsonl" <<'PY'
import json, os, sys
ids = {f[:-4] for k in os.listdir(sys.argv[2]) if os.path.isdir(os.path.join(sys.argv[2], k)) for f in os.listdir(os.path.join(sys.argv[2], k))}
for l in open(sys.argv[1], encoding="utf-8"):
    if json.loads(l)["id"] in ids:
        sys.stdout.write(l)
PY
    python3 "$eval/score.py" body "$work/$r.truth.jsonl" "$work/$r.$v.jsonl" --per-id "$work/$r.$v.tsv" > /dev/null
  done
done

python3 - "$set_dir" "$work" "$root/scripts" <<'PY'
import os, sys
d, w = sys.argv[1], sys.argv[2]
sys.path.insert(0, sys.argv[3])
from dumpf1 import per_id, read_pages, summary
pages = read_pages(os.path.join(d, "truth.jsonl"))
print("%-18s %5s  %-24s %-24s" % ("renderer", "pages", "learned (held out)", "old rules"))
for r in sorted(x[:-8] for x in os.listdir(w) if x.endswith(".new.tsv")):
    new, old = per_id(os.path.join(w, r + ".new.tsv")), per_id(os.path.join(w, r + ".old.tsv"))
    a, b = summary(new, pages), summary(old, pages)
    print("%-18s %5d  %.3f [%.3f, %.3f]    %.3f [%.3f, %.3f]" % (r, len(new), *a, *b))
    sh = [i for i in new if not i.startswith("wcxbdev-")]
    if sh:
        print("%-18s %5d  %.3f                    %.3f" % ("  scrapinghub only", len(sh), sum(new[i] for i in sh) / len(sh), sum(old[i] for i in sh) / len(sh)))
PY

# The kit's own w3m dumps of the ScrapingHub pages, with the embedded model
# (trained on every cross-validation fold: in-sample for those pages; the
# held-out figure is the "scrapinghub only" line of w3m above).
kit=$eval/dumps/scrapinghub-w3m
"$work/akhbar" clean -q --overwrite --format text "$kit/inputs" -o "$work/kit.new.jsonl" 2>/dev/null || true
AKHBAR_MODEL_DIR="$work/rules" "$work/akhbar-old" clean -q --overwrite --format text "$kit/inputs" -o "$work/kit.old.jsonl" 2>/dev/null || true
printf 'kit w3m ScrapingHub, embedded model: %s\n' "$(python3 "$eval/score.py" body "$kit/truth.jsonl" "$work/kit.new.jsonl" | tail -1)"
printf 'kit w3m ScrapingHub, old cleaner:    %s\n' "$(python3 "$eval/score.py" body "$kit/truth.jsonl" "$work/kit.old.jsonl" | tail -1)"
