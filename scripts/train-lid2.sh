#!/usr/bin/env bash
# Rebuilds lang/data/stage2.bin, the second stage of language identification
# (Maithili, Sanskrit, Kashmiri vs Hindi/Urdu; docs/lang.md), from the
# FLORES-200 dev sentences of the evaluation kit, the project's dev data.
# Prints the 5-fold cross-validation table (folds grouped by sentence id, 95%
# bootstrap intervals) that docs/lang.md shows, and rewrites the held-out
# test sample and its fold-0 model under lang/testdata. The same input gives
# the same bytes (go test ./lang/internal/train2 checks it).
#
#   scripts/train-lid2.sh [EVAL_DIR]    (default: ../shared/eval or /work/shared/eval)
#
# Run it again whenever lang/data/model.bin (the first stage) changes: the
# second stage reads the first stage's scores.
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=${1:-}
for d in "$EVAL" ../shared/eval /work/shared/eval; do
  if [[ -n "$d" && -f "$d/lid/flores-dev.tsv" ]]; then EVAL=$d; break; fi
done
[[ -f "$EVAL/lid/flores-dev.tsv" ]] || { echo "train-lid2: no lid/flores-dev.tsv in an eval dir" >&2; exit 2; }
ARGS=(-flores "$EVAL/lid/flores-dev.tsv" -out lang/data/stage2.bin
  -sample lang/testdata/stage2-heldout.tsv -fold0 lang/testdata/stage2-fold0.bin)
if [[ -f "$EVAL/lid/lingua-sentences.tsv" ]]; then
  # Measure only: first stage vs second stage on sentences never trained on.
  ARGS+=(-check-tsv "$EVAL/lid/lingua-sentences.tsv")
fi
go run ./lang/internal/train2 "${ARGS[@]}"
