#!/usr/bin/env python3
"""Where akhbar's HTML titles miss on the cross-validation folds, by kind.

    scripts/title-errors.py KEEP [--list KIND] [--devtest]

KEEP is a folder `scripts/eval-html.sh --models DIR --keep KEEP` wrote:
merged.jsonl (the gold) and akhbar-fold-N.jsonl (each fold cleaned with the
models trained without it). A title is scored as score.py's meta metric
does (NFC, white space collapsed, exact). Every miss is put in one class by
comparing the record's title with the truth, first rule that holds:

  no record            the page was rejected (empty), so it has no title
  case                 the same text in other capitals
  quotes/dashes        the same after typographic quotes, dashes, the
                       ellipsis and entities are made plain (NFKC)
  punctuation/space    the same letters and digits (a soft hyphen, a
                       dropped "-", "®", brackets)
  extra tail           the truth is the head of the record's title (a
                       site's, section's or subtitle's words left on)
  extra head           the truth is its tail (a kicker, label or site name
                       before the headline left on)
  extra both           the truth is inside it
  cut tail / cut head  the record's title is the truth's head / tail (a
                       site name or a subtitle the truth keeps)
  cut both             the record's title is inside the truth
  reworded             another wording of the same headline: word overlap
                       (Jaccard) at least a half
  other text           another heading, a slogan, a section name: some
                       overlap, or none

It prints pages and distinct registered domains per class, by the kit's
set, and with --list KIND every miss of that class. The frozen dev-test
fold is left out unless --devtest is given, and then it is the only one.
"""

import argparse
import html
import json
import os
import re
import unicodedata
from collections import defaultdict

PLAIN = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u00a0": " ",
})


def norm_ws(s):
    return " ".join(unicodedata.normalize("NFC", s or "").split())


def plain(s):
    s = unicodedata.normalize("NFKC", html.unescape(s)).translate(PLAIN)
    return " ".join(s.replace("\u2026", "...").split())


def letters(s):
    return re.sub(r"\W+", "", s.lower())


def words(s):
    return set(re.findall(r"\w+", s.lower()))


def kind(gold, got, has_record):
    if not has_record:
        return "no record"
    if not got:
        return "empty title"
    if gold.lower() == got.lower():
        return "case"
    if plain(gold) == plain(got):
        return "quotes/dashes"
    if letters(gold) == letters(got):
        return "punctuation/space"
    g, p = plain(gold).lower(), plain(got).lower()
    if g in p:
        i = p.index(g)
        head, tail = p[:i].strip(), p[i + len(g):].strip()
        return "extra both" if head and tail else "extra tail" if tail else "extra head"
    if p in g:
        i = g.index(p)
        head, tail = g[:i].strip(), g[i + len(p):].strip()
        return "cut both" if head and tail else "cut tail" if tail else "cut head"
    wg, wp = words(g), words(p)
    j = len(wg & wp) / max(1, len(wg | wp))
    return "reworded" if j >= 0.5 else "other text"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("keep")
    ap.add_argument("--list", metavar="KIND", help="print every miss of this class")
    ap.add_argument("--devtest", action="store_true", help="the frozen dev-test fold only")
    a = ap.parse_args()
    recs = {}
    folds = ["devtest"] if a.devtest else ["fold-%d" % k for k in range(5)]
    for f in folds:
        path = os.path.join(a.keep, "akhbar-%s.jsonl" % f)
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                recs[r["id"]] = r
    total = 0
    by = defaultdict(list)
    with open(os.path.join(a.keep, "merged.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            p = json.loads(line)
            if (p["fold"] == -1) != a.devtest:
                continue
            t = p.get("title")
            if not isinstance(t, str) or not t.strip():
                continue
            total += 1
            r = recs.get(p["id"])
            gold, got = norm_ws(t), norm_ws((r or {}).get("title") or "")
            if gold == got:
                continue
            by[kind(gold, got, r is not None)].append((p, gold, got))
    misses = sum(len(v) for v in by.values())
    print("pages with a title truth %d, right %d (%.3f, pooled), missed %d" % (total, total - misses, 1 - misses / total, misses))
    sets = sorted({s for v in by.values() for p, _, _ in v for s in p.get("sets", [])})
    print("%-18s %5s %5s  " % ("class", "pages", "sites") + "  ".join("%-11s" % s for s in sets))
    for k, v in sorted(by.items(), key=lambda kv: -len(kv[1])):
        per = ["%3d" % sum(1 for p, _, _ in v if s in p.get("sets", [])) for s in sets]
        print("%-18s %5d %5d  " % (k, len(v), len({p["domain"] or p["id"] for p, _, _ in v})) + "  ".join("%-11s" % x for x in per))
    if a.list:
        for p, gold, got in by.get(a.list, []):
            print("%s\t%s\t%s\ttruth: %s\tgot: %s" % (p["id"], p["domain"], p.get("page_type") or "-", gold, got))


if __name__ == "__main__":
    main()
