#!/usr/bin/env python3
"""Paired comparison of two runs of the choice trainer on the same pages.

    scripts/choose-paired.py BASE.jsonl NEW.jsonl [--field title]   (default: every field)

Each file is what `go run ./choose/internal/train -scores FILE` writes: one
line per held-out page and field (id, its registered domain, its fold and
the figure the ranker trained without that fold gets on it). The figure is
the mean over folds of the per-fold mean, as the trainer prints it; the
interval is scripts/cv.py's: a 95 % bootstrap that resamples sites, 1,000
times with a fixed seed, of the paired difference NEW - BASE, overall and
per set (the page id's prefix).
"""

import argparse
import json
import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib.util

spec = importlib.util.spec_from_file_location("cv", os.path.join(os.path.dirname(os.path.abspath(__file__)), "cv.py"))
cv = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cv)


def read(path, field):
    out = {}
    with open(path) as fh:
        for line in fh:
            r = json.loads(line)
            if r["field"] == field:
                out[r["id"]] = r
    return out


def fold_mean(rows, key):
    by = defaultdict(list)
    for r in rows:
        by[r["fold"]].append(r[key])
    if not by:
        return None
    return sum(sum(v) / len(v) for v in by.values()) / len(by)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("new")
    ap.add_argument("--field", help="one field (default: every field both files hold)")
    a = ap.parse_args()
    fields = [a.field] if a.field else [f for f in ("title", "author", "date") if read(a.base, f) and read(a.new, f)]
    for field in fields:
        compare(a.base, a.new, field)


def compare(base_path, new_path, field):
    base, new = read(base_path, field), read(new_path, field)
    rows = []
    for pid, r in sorted(base.items()):
        if pid in new:
            rows.append({"id": pid, "domain": r["domain"], "fold": r["fold"], "b": r["score"], "n": new[pid]["score"],
                         "d": new[pid]["score"] - r["score"]})
    sets = defaultdict(list)
    for r in rows:
        sets["all"].append(r)
        sets[r["id"].split("-")[0].split("_")[0]].append(r)
    for name in ["all"] + sorted(k for k in sets if k != "all"):
        rs = sets[name]
        lo, hi = cv.bootstrap(rs, lambda x: fold_mean(x, "d"))
        print("%-8s %-6s pages %4d  base %.3f  new %.3f  diff %+.3f [%+.3f, %+.3f]" % (
            field, name, len(rs), fold_mean(rs, "b"), fold_mean(rs, "n"), fold_mean(rs, "d"), lo, hi))


if __name__ == "__main__":
    main()
