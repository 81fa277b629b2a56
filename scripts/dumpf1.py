"""Figures of per-dump body F1 for the dump-set scripts
(scripts/eval-dump-set.sh, scripts/eval-unseen-renderer.sh): the mean over
site folds of the per-page mean, and a 95 % bootstrap interval over sites
(1,000 resamples, a fixed seed), so both scripts report alike.
"""
import json
import random


def read_pages(truth_path):
    """The dump set's pages by id (truth.jsonl: id, fold, domain, ...)."""
    with open(truth_path, encoding="utf-8") as f:
        return {p["id"]: p for p in map(json.loads, f)}


def per_id(path):
    """The F1 of every id in a score.py --per-id TSV."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i:
                fields = line.rstrip("\n").split("\t")
                out[fields[0]] = float(fields[3])
    return out


def summary(f1, pages):
    """Mean over folds of the per-page mean F1, and the 2.5 and 97.5
    percentiles of the mean over a bootstrap of sites."""
    folds, sites = {}, {}
    for i, v in f1.items():
        folds.setdefault(pages[i]["fold"], []).append(v)
        sites.setdefault(pages[i]["domain"], []).append(v)
    mean = sum(sum(v) / len(v) for v in folds.values()) / len(folds)
    keys, rng, boots = sorted(sites), random.Random(1), []
    for _ in range(1000):
        vals = [x for k in (rng.choice(keys) for _ in keys) for x in sites[k]]
        boots.append(sum(vals) / len(vals))
    boots.sort()
    return mean, boots[24], boots[974]
