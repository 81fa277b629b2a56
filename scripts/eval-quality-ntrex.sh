#!/usr/bin/env bash
# The quality presets on real news documents beside the generated set of
# scripts/eval-quality.sh: the kit's NTREX-128 documents (dedup/pool.jsonl.gz,
# 57 per language in 13 Indic languages and Indian English) as they are
# (set "ntrex") and with every sentence mark taken off (set
# "ntrex-unpunct", the extreme of the 40 % of Punjabi sentences written
# without one), plus the FLORES and lingua documents with their marks taken
# off, as they are (sets "flores-unpunct", "lingua-unpunct") and with one
# sentence a line ("...-unpunct-lines": text set one sentence a line
# without marks, whose short sentences look like menu items), and their
# first two paragraphs headed by the first ten words of a longer first
# sentence ("...-titled": a short news text whose headline its lead restates, as
# the NTREX ones are). The unpunctuated-prose bounds of package quality
# were chosen on the FLORES and lingua sets and the junk; the NTREX sets
# are the report. Prints the tables of scripts/eval-quality with -by-set.
#
#   scripts/eval-quality-ntrex.sh [EVAL_DIR] [PRESETS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
eval_dir=${1:-${AKHBAR_EVAL:-/work/shared/eval}}
presets=${2:-default}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$root"
go run ./scripts/gen-junk -eval "$eval_dir" -out "$out" -seed 1
python3 - "$eval_dir" "$out/clean.jsonl" <<'PY'
import gzip, json, re, sys
eval_dir, path = sys.argv[1], sys.argv[2]
marks = re.compile(r'[.।॥۔?!؟᱾꯫](?=[\s\u200f]|$|["”’\')])')
ends = re.compile(r'([.।॥۔?!؟᱾꯫]["”’\')\u200f]*)[ \t]+')
docs = [json.loads(l) for l in open(path, encoding="utf-8")]
with open(path, "a", encoding="utf-8") as out:
    def put(id, set_, lang, text):
        out.write(json.dumps({"id": id, "set": set_, "lang": lang, "kind": "article", "text": text}, ensure_ascii=False) + "\n")
    for l in gzip.open(eval_dir + "/dedup/pool.jsonl.gz", "rt", encoding="utf-8"):
        d = json.loads(l)
        if d["source"] != "ntrex":
            continue
        text = "\n\n".join(d["paras"])
        put("ntrex-" + d["key"], "ntrex", d["lang"], text)
        put("ntrexnp-" + d["key"], "ntrex-unpunct", d["lang"], marks.sub("", text))
    for d in docs:
        if d["set"] in ("flores", "lingua"):
            put(d["id"] + "-np", d["set"] + "-unpunct", d["lang"], marks.sub("", d["text"]))
            put(d["id"] + "-npl", d["set"] + "-unpunct-lines", d["lang"], marks.sub("", ends.sub(r"\1\n", d["text"])))
            paras = d["text"].split("\n\n")
            lead = marks.sub("", ends.split(paras[0])[0]).split()
            if len(lead) > 10:  # a headline shorter than the sentence; not for scripts without spaces
                put(d["id"] + "-t", d["set"] + "-titled", d["lang"], " ".join(lead[:10]) + "\n\n" + "\n\n".join(paras[:2]))
PY
# shellcheck disable=SC2086
go run ./scripts/eval-quality -dir "$out" -presets "$presets" -by-set ${EVAL_FLAGS:-}
