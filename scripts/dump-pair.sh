#!/usr/bin/env bash
# Paired check of a change to how text dumps are read, on real pages' dumps
# by many renderers: per-dump body F1 of two builds of akhbar (the embedded
# dump model in both) on the pages of the dump set (scripts/make-dump-set.sh)
# that every renderer rendered (the frozen dev-test fold is never rendered
# there), and on the ScrapingHub pages' lynx and html2text dumps
# (scripts/make-dumps.sh). Prints, per renderer, the base's mean F1, the
# change's mean difference and how many dumps got worse and better, and
# over all dumps the mean difference with a 95 % bootstrap interval over
# sites. The dump model was trained on these pages: the check says whether
# a rule moves real renderers' dumps, not how well the cleaner holds out
# (that is scripts/eval-dump-set.sh).
#
# Usage: scripts/dump-pair.sh BASE_REV [NEW_REV]   (NEW_REV: the working tree)
#   AKHBAR_DUMPSET (default /tmp/akhbar-dumpset), DUMPS (default /tmp/akhbar-dumps),
#   PAGES=N uses the first N pages rendered by every renderer (default all).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
eval=${EVAL:-$(cd "$root/../shared/eval" 2>/dev/null && pwd || echo /work/shared/eval)}
set_dir=${AKHBAR_DUMPSET:-/tmp/akhbar-dumpset}
dumps=${DUMPS:-/tmp/akhbar-dumps}
base=${1:?usage: scripts/dump-pair.sh BASE_REV [NEW_REV]}
new=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

. "$root/scripts/build-rev.sh"
build "$base" "$work/base"
build "$new" "$work/new"
[ -d "$dumps/lynx" ] || "$root/scripts/make-dumps.sh" "$dumps" >/dev/null

# The pages every renderer rendered, copied so that a render still running
# does not change the set between the two builds.
python3 - "$set_dir" "$work/set" "${PAGES:-0}" <<'PY'
import os, shutil, sys
src, dst, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
rs = [r for r in sorted(os.listdir(src)) if r not in ("bin", "html") and os.path.isdir(os.path.join(src, r))]
common = None
for r in rs:
    ids = {f[:-4] for f in os.listdir(os.path.join(src, r)) if f.endswith(".txt")}
    common = ids if common is None else common & ids
ids = sorted(common or [])
if limit:
    ids = ids[:limit]
for r in rs:
    os.makedirs(os.path.join(dst, r))
    for i in ids:
        shutil.copy(os.path.join(src, r, i + ".txt"), os.path.join(dst, r, i + ".txt"))
print(f"{len(ids)} pages by {len(rs)} renderers", file=sys.stderr)
PY

run() { # build name
  local b=$1 n=$2 d r
  for d in "$work"/set/*/ "$dumps/lynx/inputs" "$dumps/html2text/inputs"; do
    case $d in
      "$dumps"/*) r=sh-$(basename "$(dirname "$d")"); truth=$(dirname "$d")/truth.jsonl ;;
      *) r=$(basename "$d"); truth=$set_dir/truth.jsonl ;;
    esac
    nice -n 10 "$b" clean -q --overwrite --now 2024-07-03T12:00:00Z --rejects none --format text "$d" -o "$work/$n-$r.jsonl" 2>/dev/null
    python3 "$eval/score.py" body "$truth" "$work/$n-$r.jsonl" --per-id "$work/$n-$r.tsv" >/dev/null
    ls "$d" | sed 's/\..*//' > "$work/ids-$r.txt"
  done
}
run "$work/base" base
run "$work/new" new

python3 - "$work" "$set_dir/truth.jsonl" <<'PY'
import glob, json, os, random, sys
w, truth = sys.argv[1], sys.argv[2]
domain = {}
for line in open(truth, encoding="utf-8"):
    p = json.loads(line)
    domain[p["id"]] = p.get("domain") or p["id"]
def f1(path):
    out = {}
    for i, line in enumerate(open(path, encoding="utf-8")):
        if i:
            f = line.rstrip("\n").split("\t")
            out[f[0]] = float(f[3])
    return out
diffs = []  # (site, difference)
print(f"{'renderer':18s} {'dumps':>5s} {'base':>7s} {'change':>8s} {'worse':>5s} {'better':>6s}")
for p in sorted(glob.glob(os.path.join(w, "base-*.tsv"))):
    r = os.path.basename(p)[5:-4]
    ids = [l.strip() for l in open(os.path.join(w, f"ids-{r}.txt")) if l.strip()]
    a, b = f1(p), f1(os.path.join(w, f"new-{r}.tsv"))
    d = [b.get(i, 0) - a.get(i, 0) for i in ids]
    diffs += [(domain.get(i, i), x) for i, x in zip(ids, d)]
    print(f"{r:18s} {len(ids):5d} {sum(a.get(i, 0) for i in ids) / len(ids):7.4f} {sum(d) / len(d):+8.4f} "
          f"{sum(x < -1e-9 for x in d):5d} {sum(x > 1e-9 for x in d):6d}")
sites = {}
for s, x in diffs:
    sites.setdefault(s, []).append(x)
keys = sorted(sites)
rng = random.Random(1)
means = []
for _ in range(1000):
    xs = [x for s in (rng.choice(keys) for _ in keys) for x in sites[s]]
    means.append(sum(xs) / len(xs))
means.sort()
mean = sum(x for _, x in diffs) / len(diffs)
print(f"all {len(diffs)} dumps of {len(keys)} sites: {mean:+.4f} [{means[25]:+.4f}, {means[974]:+.4f}]")
PY
