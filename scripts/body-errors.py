#!/usr/bin/env python3
"""Where the learned HTML body loses, per page type, from the trainer's dump.

    scripts/body-errors.py DUMP.jsonl [--threshold 0.30]

DUMP is what `go run ./extract/internal/trainhtml -dump FILE` writes: every
gold page's out-of-fold block probabilities, words, labels and page type
probabilities. The blocks are chosen as clean chooses them (extract.ChooseFor:
the threshold, the gap rule, the stretch on pages typed article, service or
documentation) and scored with the kit scorer's 4-token shingle F1, as the
trainer scores them. Figures are page means (not the trainer's fold means),
with ScrapingHub's pages apart. It prints, per gold type:

* precision and recall of the kept words, and F1, on all its pages and
  split by whether the page type classifier named the type right;
* the label ceiling: F1 if every block were kept exactly when the trainer
  labels it body (how far the blocks themselves allow);
* F1 at each threshold of a grid, and the ceiling of one threshold per
  page picked with the gold (how much any per-page decision rule on these
  probabilities could gain: the rest is the blocks' order, the model's).
"""

import argparse
import json
from collections import Counter, defaultdict

TYPES = ["article", "forum", "product", "collection", "listing", "documentation", "service"]
STRETCH = {"article", "service", "documentation"}
STRETCH_KEEP = 0.8
GRID = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]


def shingles(toks):
    if len(toks) >= 4:
        return Counter(tuple(toks[i:i + 4]) for i in range(len(toks) - 3))
    return Counter([tuple(toks)]) if toks else Counter()


def prf(gold, ngold, toks):
    ps = shingles(toks)
    npred = sum(ps.values())
    tp = sum(min(c, gold[s]) for s, c in ps.items())
    if ngold == 0 and npred == 0:
        return 1.0, 1.0, 1.0
    if tp == 0:
        return 0.0, 0.0, 0.0
    p, r = tp / npred, tp / ngold
    return p, r, 2 * p * r / (p + r)


def choose(probs, words, t, stretch):
    """extract.ChooseFor."""
    keep = [p >= t for p in probs]
    for i in range(1, len(probs) - 1):
        if not keep[i] and keep[i - 1] and keep[i + 1] and probs[i] >= t / 2:
            keep[i] = True
    if not stretch:
        return keep
    best, cur, start, lo, hi = float("-inf"), 0.0, 0, -1, -1
    for i, p in enumerate(probs):
        if cur <= 0:
            cur, start = 0.0, i
        cur += max(words[i], 1) * (p - t)
        if cur > best:
            best, lo, hi = cur, start, i
    return [k and not ((i < lo or i > hi) and probs[i] < STRETCH_KEEP) for i, k in enumerate(keep)]


def kept(r, keep):
    return [w for j, k in enumerate(keep) if k for w in r["Words"][j]]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dump")
    ap.add_argument("--threshold", type=float, default=0.30)
    a = ap.parse_args()
    acc = defaultdict(lambda: defaultdict(list))
    for line in open(a.dump, encoding="utf-8"):
        r = json.loads(line)
        gold = shingles(r["Gold"])
        ng = sum(gold.values())
        pred = TYPES[max(range(len(TYPES)), key=lambda i: r["PT"][i])]
        words = [len(w) for w in r["Words"]]
        st = pred in STRETCH
        p, rc, f = prf(gold, ng, kept(r, choose(r["Probs"], words, a.threshold, st)))
        ceil = prf(gold, ng, kept(r, [l > 0 for l in r["Labels"]]))[2]
        grid = [prf(gold, ng, kept(r, choose(r["Probs"], words, t, st)))[2] for t in GRID]
        typ = "scrapinghub" if "scrapinghub" in r["Sets"] else (r["Type"] or "untyped")
        right = "type right" if pred == r["Type"] else "type wrong"
        for key in (typ, typ + ", " + right):
            x = acc[key]
            x["p"].append(p)
            x["r"].append(rc)
            x["f"].append(f)
            x["ceil"].append(ceil)
            x["grid"].append(grid)
            x["pred"].append(pred)
    mean = lambda xs: sum(xs) / len(xs)
    print(f"threshold {a.threshold:.2f}; page means")
    print(f"{'gold type':28s} {'pages':>5s}  {'P':>5s}  {'R':>5s}  {'F1':>5s}  {'labels':>6s}  predicted as")
    for k in sorted(acc):
        x = acc[k]
        preds = ", ".join(f"{t} {n}" for t, n in Counter(x["pred"]).most_common(4))
        print(f"{k:28s} {len(x['f']):5d}  {mean(x['p']):.3f}  {mean(x['r']):.3f}  {mean(x['f']):.3f}  {mean(x['ceil']):6.3f}  {preds}")
    print()
    print(f"{'gold type':28s} " + " ".join(f"t={t:.1f} " for t in GRID) + " best t per page")
    for k in sorted(acc):
        if "," in k:
            continue
        g = acc[k]["grid"]
        cols = " ".join(f"{mean([row[i] for row in g]):.3f}" + " " * 2 for i in range(len(GRID)))
        print(f"{k:28s} {cols} {mean([max(row) for row in g]):.3f}")


if __name__ == "__main__":
    main()
