#!/usr/bin/env bash
# Checks "akhbar clean" on the webcorpus crawler dumps (29 Hindi and
# Kannada news sites, no gold): no record keeps a paragraph of 40+
# characters twice, every article has a title, non-articles are flagged by
# page type, and the share of articles with a parsed published time.
# Usage: scripts/eval-webcorpus.sh [OUT.jsonl]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
eval=${EVAL:-$(cd "$root/../shared/eval" 2>/dev/null && pwd || echo /work/shared/eval)}
out=${1:-$(mktemp -d)/webcorpus.jsonl}
go build -o "${out%.jsonl}.akhbar" "$root/cmd/akhbar"
"${out%.jsonl}.akhbar" clean -q --overwrite "$eval/dumps/webcorpus/inputs" -o "$out"
python3 - "$out" <<'PY'
import collections, json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
types = collections.Counter(r["page_type"] for r in recs)
arts = [r for r in recs if r["page_type"] == "article"]
dup_paras, no_title, dated, flagged_title = [], [], 0, 0
for r in recs:
    seen = set()
    for p in r["text"].split("\n\n"):
        p = " ".join(p.split())
        if len(p) >= 40:
            if p in seen:
                dup_paras.append((r["id"], p[:60]))
            seen.add(p)
for r in arts:
    if not r.get("title"):
        no_title.append(r["id"])
    if "title-from-body" in (r.get("flags") or []):
        flagged_title += 1
    if r.get("published"):
        dated += 1
print(f"records {len(recs)}  page types {dict(types)}")
print(f"records keeping a 40+ char paragraph twice: {len({d[0] for d in dup_paras})}")
for d in dup_paras[:5]:
    print("   ", d)
print(f"articles without a title: {len(no_title)} (titles made from the body, flagged: {flagged_title})")
print(f"articles with a parsed published time: {dated}/{len(arts)} = {dated/max(1,len(arts)):.3f}")
PY
