#!/usr/bin/env bash
# Held-out accuracy of the DOCUMENT label of lang.Document on documents of
# several paragraphs (docs/lang.md, "Documents of several paragraphs"):
# documents of 2 to 6 consecutive FLORES dev sentences, every one labelled
# with the second stage trained without the fold its sentences are in, under
# Document's aggregation and the alternatives it was compared with (the sum
# of all paragraphs' evidence it used before, a letter-weighted vote of
# paragraph labels, sums of paragraph posteriors). Prints the table with 95%
# bootstrap intervals over blocks of 10 sentence ids, paired differences
# against the sum. Deterministic: the fold models are what
# lang/internal/train2 makes, byte for byte.
#
#   scripts/eval-lid-docs.sh [OUT_DIR]     (default: a fresh temp dir)
#
# Needs the kit's lid/flores-dev.tsv and lid/lingua-sentences.tsv
# (../shared/eval or /work/shared/eval). About 1.5 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-$(mktemp -d)}
mkdir -p "$OUT"
EVAL=
for d in ../shared/eval /work/shared/eval; do
  if [[ -f "$d/lid/flores-dev.tsv" ]]; then EVAL=$d; break; fi
done
[[ -n "$EVAL" ]] || { echo "eval-lid-docs: no lid/flores-dev.tsv in an eval dir" >&2; exit 2; }
go run ./lang/internal/train2 -flores "$EVAL/lid/flores-dev.tsv" -out '' -boot 0 -folds "$OUT" > "$OUT/train2.txt"
AKHBAR_LID_DOCS=$OUT go test -count=1 -run '^TestDocumentAggregation$' ./lang/ > "$OUT/test.txt" || { cat "$OUT/test.txt"; exit 1; }
cat "$OUT/report.md"
