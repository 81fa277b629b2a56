#!/usr/bin/env python3
"""Two trainer dumps of the same pages, paired: body F1 per page type.

    scripts/body-pair.py BASE_DUMP NEW_DUMP [--threshold 0.30]

Each DUMP is what `go run ./extract/internal/trainhtml -cv DIR -dump FILE`
(or `-models DIR -dump FILE`) writes: every gold page's out-of-fold block
probabilities. Blocks are chosen and scored as scripts/body-errors.py does
(extract.ChooseFor, the kit scorer's 4-token shingle F1), per page; it
prints, per gold type (ScrapingHub's pages apart), the mean over folds of
each dump and the difference NEW - BASE with a 95 % interval from a
bootstrap over sites (registered domains), 1,000 times with a fixed seed.
A quick look before scripts/eval-html.sh and scripts/cv.py, which score
the records clean writes.
"""

import argparse
import importlib.util
import json
import os
import random
from collections import defaultdict

_spec = importlib.util.spec_from_file_location(
    "body_errors", os.path.join(os.path.dirname(os.path.abspath(__file__)), "body-errors.py"))
be = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(be)

CATS = ["all", "article", "service", "forum", "documentation", "listing", "collection", "product", "scrapinghub"]


def load(path, t):
    out = {}
    with open(path) as f:
        for line in f:
            pg = json.loads(line)
            gold = be.shingles(pg["Gold"])
            words = [len(w) for w in pg["Words"]]
            typ = be.TYPES[max(range(len(be.TYPES)), key=lambda i: pg["PT"][i])]
            keep = be.choose(pg["Probs"], words, t, typ in be.STRETCH)
            toks = [w for k, ws in zip(keep, pg["Words"]) if k for w in ws]
            cat = "scrapinghub" if "scrapinghub" in pg["Sets"] else pg["Type"]
            out[pg["ID"]] = (pg["Fold"], pg["Domain"], cat, be.prf(gold, sum(gold.values()), toks)[2])
    return out


def fold_mean(d, ids):
    s, n = defaultdict(float), defaultdict(int)
    for i in ids:
        s[d[i][0]] += d[i][3]
        n[d[i][0]] += 1
    return sum(s[k] / n[k] for k in n) / max(len(n), 1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("new")
    ap.add_argument("--threshold", type=float, default=0.30)
    a = ap.parse_args()
    base, new = load(a.base, a.threshold), load(a.new, a.threshold)
    print(f"threshold {a.threshold:.2f}; fold means; NEW - BASE [95 % bootstrap over sites]")
    for c in CATS:
        ids = [i for i in base if i in new and (c == "all" or base[i][2] == c)]
        if not ids:
            continue
        by_site = defaultdict(list)
        for i in ids:
            by_site[base[i][1]].append(new[i][3] - base[i][3])
        sites, rnd, ds = sorted(by_site), random.Random(1), []
        for _ in range(1000):
            xs = [x for s in (rnd.choice(sites) for _ in sites) for x in by_site[s]]
            ds.append(sum(xs) / len(xs))
        ds.sort()
        b, n = fold_mean(base, ids), fold_mean(new, ids)
        print(f"{c:14} {len(ids):5}  {b:.3f} -> {n:.3f}  {n - b:+.3f} [{ds[25]:+.3f}, {ds[975]:+.3f}]")


if __name__ == "__main__":
    main()
