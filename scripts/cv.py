#!/usr/bin/env python3
"""Cross-validated figures for the merged HTML evaluation set.

    scripts/cv.py MERGED.jsonl NAME=PRED.jsonl [NAME=PRED.jsonl ...] [--devtest] [--json FILE]

MERGED is written by `go run ./scripts/evalset` (one line per page: gold
fields, registered domain, fold). Each PRED is a system's records (akhbar's
or the baseline's). Pages are scored with the kit's own score.py functions
(imported from the kit, so the scoring is the scorer's): body F1 of 4-token
shingles, title exact after whitespace normalisation, author token F1, date
accuracy on the date part.

Every figure is the mean over the K cross-validation folds of the per-fold
mean (no site is in two folds), with a 95 % interval from a bootstrap that
resamples sites (registered domains), 1,000 times with a fixed seed. The
first system is compared with each other one on the same pages: the mean
difference and its paired bootstrap interval. The frozen dev-test fold is
left out unless --devtest is given, and then it is the only fold scored.
"""

import argparse
import importlib.util
import json
import os
import random
import sys
from collections import defaultdict

TYPES = ["article", "service", "forum", "documentation", "listing", "collection", "product"]


def load_scorer(kit):
    spec = importlib.util.spec_from_file_location("score", os.path.join(kit, "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read_jsonl(path):
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                out.append(json.loads(line))
    return out


def page_scores(S, page, rec):
    """Per-page metrics: {metric: value} for the gold this page has."""
    m = {}
    if page.get("text") is not None:
        m["body"] = S.body_scores(page["text"], S.field_text(rec, "text"))["f1"]
    t = page.get("title")
    if isinstance(t, str) and t.strip():
        m["title"] = 1.0 if S.norm_ws(S.field_text(rec, "title")) == S.norm_ws(t) else 0.0
    ta = S.truth_author(page)
    if ta is not None:
        m["author"] = S.token_f1(ta, S.authors_text(rec))
    td = S.truth_date(page)
    if td is not None:
        pd = S.date_part(rec.get("published") if rec else None)
        m["date"] = 1.0 if pd == td else 0.0
    w = S._snippet_list(page.get("with"))
    wo = S._snippet_list(page.get("without"))
    if w or wo:
        hay = S.norm_ws(S.field_text(rec, "text"))
        m["snip_tp"] = sum(1 for s in w if S.norm_ws(s) in hay)
        m["snip_fn"] = len(w) - m["snip_tp"]
        m["snip_fp"] = sum(1 for s in wo if S.norm_ws(s) in hay)
    return m


def groups_of(page):
    """The groups a page is reported in: all, its page type, its sets."""
    g = ["all"]
    if page.get("page_type"):
        g.append("type:" + page["page_type"])
    for s in page.get("sets", []):
        g.append("set:" + s)
    return g


def fold_mean(rows, metric):
    """Mean over folds of the per-fold mean of metric over rows (page dicts)."""
    by = defaultdict(list)
    for r in rows:
        if metric in r["m"]:
            by[r["fold"]].append(r["m"][metric])
    means = [sum(v) / len(v) for v in by.values() if v]
    return (sum(means) / len(means)) if means else None, sum(len(v) for v in by.values())


def snippet_f1(rows):
    tp = sum(r["m"].get("snip_tp", 0) for r in rows)
    fn = sum(r["m"].get("snip_fn", 0) for r in rows)
    fp = sum(r["m"].get("snip_fp", 0) for r in rows)
    p = tp / (tp + fp) if tp + fp else 0.0
    rr = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * rr / (p + rr) if p + rr else 0.0


def bootstrap(rows, stat, n=1000, seed=1):
    """95 % interval of stat(rows) resampling sites with replacement."""
    by = defaultdict(list)
    for r in rows:
        by[r["domain"]].append(r)
    sites = sorted(by)
    if not sites:
        return None, None
    rnd = random.Random(seed)
    vals = []
    for _ in range(n):
        sample = []
        for _ in range(len(sites)):
            sample.extend(by[sites[rnd.randrange(len(sites))]])
        v = stat(sample)
        if v is not None:
            vals.append(v)
    vals.sort()
    if not vals:
        return None, None
    return vals[int(0.025 * len(vals))], vals[min(len(vals) - 1, int(0.975 * len(vals)))]


def pooled(metric):
    def f(rows):
        v = [r["m"][metric] for r in rows if metric in r["m"]]
        return sum(v) / len(v) if v else None
    return f


def paired(metric, other):
    def f(rows):
        v = [r["m"][metric] - r["o"][other][metric] for r in rows if metric in r["m"] and metric in r["o"][other]]
        return sum(v) / len(v) if v else None
    return f


def fmt(x, sign=False):
    if x is None:
        return "  -  "
    return ("%+.3f" if sign else "%.3f") % x


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("merged")
    ap.add_argument("preds", nargs="+", metavar="NAME=PRED")
    ap.add_argument("--kit", default=os.environ.get("AKHBAR_EVAL", ""))
    ap.add_argument("--devtest", action="store_true", help="score the frozen dev-test fold only")
    ap.add_argument("--json", metavar="FILE", help="also write every figure as JSON")
    ap.add_argument("--worst", type=int, default=0, metavar="K", help="list the first system's K worst body pages")
    args = ap.parse_args()
    kit = args.kit
    if not kit:
        for c in ("../shared/eval", "/work/shared/eval"):
            if os.path.exists(os.path.join(c, "score.py")):
                kit = c
                break
    S = load_scorer(kit)
    pages = [p for p in read_jsonl(args.merged) if (p["fold"] == -1) == args.devtest]
    systems = []
    for spec in args.preds:
        name, path = spec.split("=", 1)
        recs = {}
        for r in read_jsonl(path):
            rid = r.get("id", "")
            recs.setdefault(rid, r)
            recs.setdefault(S._base_id(rid), r)
        systems.append((name, recs))
    rows = {name: [] for name, _ in systems}
    for p in pages:
        for name, recs in systems:
            rows[name].append({"id": p["id"], "fold": p["fold"], "domain": p["domain"] or p["id"],
                               "groups": groups_of(p), "m": page_scores(S, p, recs.get(p["id"]))})
    first = systems[0][0]
    for name, _ in systems[1:]:
        for a, b in zip(rows[first], rows[name]):
            a.setdefault("o", {})[name] = b["m"]
    which = "frozen dev-test fold" if args.devtest else "mean over %d folds grouped by site" % len(
        {p["fold"] for p in pages})
    print("pages %d, sites %d; %s; [95 %% bootstrap interval over sites]" % (
        len(pages), len({p["domain"] for p in pages}), which))
    out = {}
    report = [("body", "all"), ("body", "set:scrapinghub")] + [("body", "type:" + t) for t in TYPES] + [
        ("title", "all"), ("author", "all"), ("date", "all"),
        ("title", "set:trafilatura"), ("author", "set:trafilatura"), ("date", "set:trafilatura"),
        ("title", "set:wcxb"), ("author", "set:wcxb"), ("date", "set:wcxb"),
        ("date", "set:htmldate")]
    print("%-26s %5s  " % ("figure", "n") + "  ".join("%-22s" % n for n, _ in systems)
          + "".join("  %-22s" % (first + " - " + n) for n, _ in systems[1:]))
    for metric, group in report:
        line = None
        for name, _ in systems:
            sel = [r for r in rows[name] if group in r["groups"]]
            mean, n = fold_mean(sel, metric)
            if not n:
                break
            lo, hi = bootstrap(sel, pooled(metric))
            out.setdefault("%s/%s" % (metric, group), {})[name] = {"mean": mean, "lo": lo, "hi": hi, "n": n}
            cell = "%s [%s,%s]" % (fmt(mean), fmt(lo)[1:] if lo is not None else "-", fmt(hi)[1:] if hi is not None else "-")
            if line is None:
                line = "%-26s %5d  " % (metric + " " + group.split(":")[-1], n)
            line += "%-22s  " % cell
        if line is None:
            continue
        sel = [r for r in rows[first] if group in r["groups"]]
        for name, _ in systems[1:]:
            d = paired(metric, name)
            lo, hi = bootstrap(sel, d)
            mean = d(sel)
            out["%s/%s" % (metric, group)]["%s-%s" % (first, name)] = {"mean": mean, "lo": lo, "hi": hi}
            line += "%s [%s,%s]      " % (fmt(mean, True), fmt(lo, True), fmt(hi, True))
        print(line.rstrip())
    sn = [snippet_f1([r for r in rows[name] if "set:trafilatura" in r["groups"]]) for name, _ in systems]
    print("%-26s %5s  " % ("snippets F1 trafilatura", "") + "  ".join("%-22s" % fmt(v) for v in sn))
    if args.worst:
        sel = sorted((r for r in rows[first] if "body" in r["m"]), key=lambda r: r["m"]["body"])
        print("worst %d body pages of %s:" % (args.worst, first))
        for r in sel[: args.worst]:
            print("  %.3f %s %s" % (r["m"]["body"], r["id"], ",".join(g for g in r["groups"] if g.startswith("type:"))))
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(out, fh, indent=1, sort_keys=True)


if __name__ == "__main__":
    sys.exit(main())
