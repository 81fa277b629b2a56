#!/usr/bin/env bash
# eval-dedup.sh: the duplicate-detection figures of docs/dedup.md.
#
#   scripts/eval-dedup.sh [EVAL_DIR]     (default: ../shared/eval next to the repo, or /work/shared/eval)
#
# Runs "akhbar dedup" over the dedup set's pages (whole, and as "akhbar
# clean" leaves them), with and without site templates, over a range of
# thresholds and bandings, scoring each with score.py dedup. Also prints the LSH candidate
# curve of the default banding and the site-template report of the
# webcorpus dumps. Takes about a minute.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
eval_dir=${1:-}
if [[ -z $eval_dir ]]; then
	for d in "$repo/../shared/eval" /work/shared/eval; do
		[[ -f $d/score.py ]] && eval_dir=$d && break
	done
fi
[[ -f $eval_dir/score.py ]] || { echo "no eval kit (score.py) found; pass its folder" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/akhbar" "$repo/cmd/akhbar"
ak=$tmp/akhbar
score() { python3 "$eval_dir/score.py" dedup "$eval_dir/dedup/truth.jsonl" "$1" | tail -1; }
# pages DIR OUT: every .txt of DIR whole, as a record whose text is the page.
pages() {
	python3 - "$1" "$2" <<'PY'
import json, os, sys
src, out = sys.argv[1], sys.argv[2]
with open(out, "w", encoding="utf-8") as fh:
    for f in sorted(os.listdir(src)):
        if f.endswith(".txt"):
            p = os.path.join(src, f)
            text = open(p, encoding="utf-8", errors="replace").read()
            fh.write(json.dumps({"id": f[:-4], "source": {"path": p, "format": "text"}, "text": text}, ensure_ascii=False) + "\n")
PY
}

echo "== clean the dedup set (text dumps -> records)"
"$ak" clean -q "$eval_dir"/dedup/inputs/*.txt -o "$tmp/x.jsonl"
# The whole page as the record's text, as template.Text gives it before
# templates are marked: what "clean --dedup" should fingerprint. The
# threshold and banding curves below use it.
pages "$eval_dir/dedup/inputs" "$tmp/raw.jsonl"

echo
echo "== default parameters ($("$ak" dedup --help | grep -E -- '--(bands|rows|threshold) ' | awk '{print $1 "=" $NF}' | tr -d ')' | tr '\n' ' '))"
for input in raw x; do
	for tpl in false true; do
		"$ak" dedup --overwrite --templates=$tpl "$tmp/$input.jsonl" -o "$tmp/y.jsonl" 2>"$tmp/err"
		label="whole page"
		[[ $input == x ]] && label="clean's body"
		printf '%-12s templates=%-5s %s | %s\n' "$label" $tpl "$(score "$tmp/y.jsonl")" "$(grep '^dedup:' "$tmp/err" | sed 's/^dedup: //')"
	done
done
"$ak" dedup --overwrite --templates "$tmp/raw.jsonl" -o "$tmp/y.jsonl" 2>/dev/null
python3 "$eval_dir/score.py" dedup "$eval_dir/dedup/truth.jsonl" "$tmp/y.jsonl" | sed -n '/by edit operation/,$p'

echo
echo "== threshold curve (whole page, templates on; exact verification)"
for t in 0.2 0.25 0.3 0.35 0.4 0.45 0.5 0.6 0.7 0.8; do
	"$ak" dedup --overwrite --templates --threshold $t "$tmp/raw.jsonl" -o "$tmp/y.jsonl" 2>/dev/null
	printf 't=%-5s %s\n' $t "$(score "$tmp/y.jsonl")"
done

echo
echo "== banding (whole page, templates on, threshold 0.4)"
for br in 14x8 20x5 20x3 30x3 40x3 32x2; do
	b=${br%x*} r=${br#*x}
	"$ak" dedup --overwrite --templates --bands $b --rows $r "$tmp/raw.jsonl" -o "$tmp/y.jsonl" 2>"$tmp/err"
	printf '%-5s %s | %s\n' $br "$(score "$tmp/y.jsonl")" "$(grep -o '[0-9]* of [0-9]* verified pairs' "$tmp/err")"
done
echo "estimate verification (40x3, signatures only):"
"$ak" dedup --overwrite --templates --verify estimate "$tmp/raw.jsonl" -o "$tmp/y.jsonl" 2>/dev/null
echo "      $(score "$tmp/y.jsonl")"

echo
echo "== LSH: probability that a pair at Jaccard J becomes a candidate, 1-(1-J^r)^b"
awk 'BEGIN {
	printf "%-6s", "J"; split("14x8 20x3 40x3 32x2", cfg, " ");
	for (c = 1; c <= 4; c++) printf "%8s", cfg[c]; print "";
	for (j = 0.1; j <= 1.0001; j += 0.1) {
		printf "%-6.1f", j;
		for (c = 1; c <= 4; c++) { split(cfg[c], br, "x"); printf "%8.3f", 1 - (1 - j ^ br[2]) ^ br[1] }
		print ""
	}
}'

wc=$eval_dir/dumps/webcorpus/inputs
if [[ -d $wc ]]; then
	pages "$wc" "$tmp/wc-pages.jsonl"
	echo
	echo "== site templates on dumps/webcorpus: every line of the dumps"
	(cd "$repo" && go run scripts/template-report.go "$tmp/wc-pages.jsonl")
	echo
	echo "== the same templates applied to the body lines \"akhbar clean\" kept"
	"$ak" clean -q "$wc" -o "$tmp/wc.jsonl"
	(cd "$repo" && go run scripts/template-report.go -learn "$tmp/wc-pages.jsonl" "$tmp/wc.jsonl" | tail -2)
fi
