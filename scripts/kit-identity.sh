#!/usr/bin/env bash
# Does a change move the records of the eval kit's own inputs? Builds two
# revisions of akhbar, cleans every input set of the kit with both (the
# reference time pinned, so relative dates cannot differ), and prints per
# set whether the records and rejects are the same bytes; where they are
# not, how many records differ and in which fields.
#
# A change meant for one kind of input (text dumps of one renderer, say)
# should leave the others' records byte-identical; a change that moves
# them needs its own measurement (scripts/eval-html.sh, eval-dumps.sh).
#
# Usage: scripts/kit-identity.sh BASE_REV [NEW_REV]   (NEW_REV: the working tree)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
eval=${EVAL:-$(cd "$root/../shared/eval" 2>/dev/null && pwd || echo /work/shared/eval)}
base=${1:?usage: scripts/kit-identity.sh BASE_REV [NEW_REV]}
new=${2:-}
now=2026-01-01T00:00:00Z
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

. "$root/scripts/build-rev.sh"
build "$base" "$work/bin-base"
build "$new" "$work/bin-new"

# name and input folder of each set; the w3m dumps are read as text
# whatever their content looks like, as scripts/eval-dumps.sh reads them.
sets="w3m:dumps/scrapinghub-w3m/inputs webcorpus:dumps/webcorpus/inputs
scrapinghub:extraction/scrapinghub/inputs wcxb-dev:extraction/wcxb-dev/inputs
htmldate:dates/htmldate/inputs trafilatura:metadata/trafilatura/inputs"
for s in $sets; do
  name=${s%%:*} in=$eval/${s#*:}
  format=auto
  [ "$name" = w3m ] && format=text
  for b in base new; do
    mkdir -p "$work/$b"
    "$work/bin-$b" clean -q --now "$now" --format "$format" "$in" -o "$work/$b/$name.jsonl" >/dev/null 2>&1
  done
  python3 - "$work/base" "$work/new" "$name" <<'PY'
import collections, json, os, sys
a, b, name = sys.argv[1:]
def load(d, suffix):
    p = os.path.join(d, name + suffix)
    if not os.path.exists(p):
        return {}
    out = {}
    for line in open(p, encoding="utf-8"):
        r = json.loads(line)
        out[r.get("id") or r.get("source", {}).get("path") or line] = r
    return out
same, moved, fields = 0, 0, collections.Counter()
for suffix in (".jsonl", ".rejects.jsonl"):
    x, y = load(a, suffix), load(b, suffix)
    for k in x.keys() | y.keys():
        if x.get(k) == y.get(k):
            same += 1
            continue
        moved += 1
        for f in (x.get(k) or {}).keys() | (y.get(k) or {}).keys():
            if (x.get(k) or {}).get(f) != (y.get(k) or {}).get(f):
                fields[f] += 1
def raw(d, s):
    p = os.path.join(d, name + s)
    return open(p, "rb").read() if os.path.exists(p) else None
identical = all(raw(a, s) == raw(b, s) for s in (".jsonl", ".rejects.jsonl"))
if moved == 0 and identical:
    print(f"{name:12s} byte-identical ({same} records and rejects)")
else:
    top = ", ".join(f"{f} {n}" for f, n in fields.most_common(8))
    print(f"{name:12s} {moved} of {same + moved} differ: {top or 'bytes only'}")
PY
done
