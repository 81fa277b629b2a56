#!/usr/bin/env python3
"""Paired comparison of two held-out dump runs, dump by dump.

    scripts/dump-cv-pair.py OLD.tsv NEW.tsv [learned|rules]

Each TSV is what `go run ./clean/internal/traindump -set S -cv -nogrid
-per-dump T.tsv` writes for one build (id, renderer, domain, fold, learned,
rules: every held-out dump's body F1). Printed for all dumps, the
ScrapingHub news pages, and each renderer (and its ScrapingHub pages): the
mean over site folds of each run, their difference with a 95 % interval
from a bootstrap over sites (1,000 resamples, a fixed seed, the per-dump
differences of a site kept together), and how many dumps got worse and
better. Only dumps both runs scored are compared.
"""

import collections
import csv
import random
import sys


def read(path, col):
    with open(path, encoding="utf-8") as f:
        return {(r["id"], r["renderer"]): (float(r[col]), r["domain"], int(r["fold"]))
                for r in csv.DictReader(f, delimiter="\t")}


def fold_mean(keys, runs):
    folds = collections.defaultdict(list)
    for k in keys:
        folds[runs[k][2]].append(runs[k][0])
    return sum(sum(v) / len(v) for v in folds.values()) / len(folds)


def interval(keys, old, new):
    sites = collections.defaultdict(list)
    for k in keys:
        sites[old[k][1]].append(new[k][0] - old[k][0])
    names, rng, boots = sorted(sites), random.Random(1), []
    for _ in range(1000):
        vals = [x for s in (rng.choice(names) for _ in names) for x in sites[s]]
        boots.append(sum(vals) / len(vals))
    boots.sort()
    return boots[24], boots[974]


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    col = sys.argv[3] if len(sys.argv) > 3 else "learned"
    old, new = read(sys.argv[1], col), read(sys.argv[2], col)
    keys = [k for k in old if k in new]

    def row(name, ks):
        if not ks:
            return
        lo, hi = interval(ks, old, new)
        a, b = fold_mean(ks, old), fold_mean(ks, new)
        worse = sum(1 for k in ks if new[k][0] < old[k][0] - 1e-9)
        better = sum(1 for k in ks if new[k][0] > old[k][0] + 1e-9)
        print("%-22s %6d  old %.4f new %.4f  diff %+.4f [%+.4f, %+.4f]  worse %d better %d"
              % (name, len(ks), a, b, b - a, lo, hi, worse, better))

    news = lambda k: not k[0].startswith("wcxbdev-")
    row("all", keys)
    row("scrapinghub", [k for k in keys if news(k)])
    for r in sorted({k[1] for k in keys}):
        row(r, [k for k in keys if k[1] == r])
        row(r + " SH", [k for k in keys if k[1] == r and news(k)])


if __name__ == "__main__":
    main()
