#!/usr/bin/env python3
"""Paired comparison of two held-out dump runs, dump by dump.

    scripts/dump-cv-pair.py OLD.tsv NEW.tsv [learned|rules]

Each TSV is what `go run ./clean/internal/traindump -set S -cv -nogrid
-per-dump T.tsv` writes for one build (id, renderer, domain, fold, learned,
rules: every held-out dump's body F1). Printed for all dumps, the
ScrapingHub news pages, and each renderer (and its ScrapingHub pages): the
mean over site folds of each run, their difference with a 95 % interval
from a bootstrap over sites (scripts/cv.py's: 1,000 resamples, a fixed
seed, the per-dump differences of a site kept together), and how many
dumps got worse and better. Only dumps both runs scored are compared.
"""

import csv
import importlib.util
import os
import sys

# The site bootstrap and fold means are scripts/cv.py's, as for the HTML
# figures.
_spec = importlib.util.spec_from_file_location("cv", os.path.join(os.path.dirname(os.path.abspath(__file__)), "cv.py"))
cv = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cv)


def read(path, col):
    with open(path, encoding="utf-8") as f:
        return {(r["id"], r["renderer"]): (float(r[col]), r["domain"], int(r["fold"]))
                for r in csv.DictReader(f, delimiter="\t")}


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    col = sys.argv[3] if len(sys.argv) > 3 else "learned"
    old, new = read(sys.argv[1], col), read(sys.argv[2], col)
    keys = [k for k in old if k in new]

    def row(name, ks):
        if not ks:
            return
        # One cv.py row a dump: its F1 in the new run, the old run's beside it.
        rows = [{"fold": old[k][2], "domain": old[k][1], "m": {"f1": new[k][0]}, "o": {"old": {"f1": old[k][0]}}}
                for k in ks]
        lo, hi = cv.bootstrap(rows, cv.paired("f1", "old"))
        b = cv.fold_mean(rows, "f1")[0]
        a = cv.fold_mean([{"fold": r["fold"], "m": r["o"]["old"]} for r in rows], "f1")[0]
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
