#!/usr/bin/env bash
# Measures akhbar langid on the LID evaluation files (measure only: nothing
# here is used for training or tuning). Prints score.py's full report for
# each file and for the rows whose gold label is one of the 22 scheduled
# languages of India or English.
#
#   scripts/eval-lid.sh [EVAL_DIR]      (default: ../shared/eval or /work/shared/eval)
#   BASELINES=0 scripts/eval-lid.sh     skip whatlanggo and lingua-go
#
# With baselines (the default) it also runs whatlanggo and lingua-go (all
# languages) on the same rows and prints a per-label recall table of the
# three, the table docs/lang.md shows.
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=${1:-}
for d in "$EVAL" ../shared/eval /work/shared/eval; do
  if [[ -n "$d" && -f "$d/score.py" ]]; then EVAL=$d; break; fi
done
[[ -f "$EVAL/score.py" ]] || { echo "eval-lid: no eval dir with score.py" >&2; exit 2; }
OUT=${OUT:-$(mktemp -d)}
go build -o "$OUT/akhbar" ./cmd/akhbar
if [[ "${BASELINES:-1}" != 0 ]]; then
  go build -tags baseline -o "$OUT/baseline" ./lang/internal/baseline
fi
SCHEDULED='^(asm_Beng|ben_Beng|brx_Deva|doi_Deva|gom_Deva|guj_Gujr|hin_Deva|kan_Knda|kas_Arab|kas_Deva|mai_Deva|mal_Mlym|mar_Deva|mni_Beng|mni_Mtei|npi_Deva|ory_Orya|pan_Guru|san_Deva|sat_Olck|snd_Arab|snd_Deva|tam_Taml|tel_Telu|urd_Arab|eng_Latn)	'
for f in flores-dev lingua-sentences; do
  tsv="$EVAL/lid/$f.tsv"
  [[ -f "$tsv" ]] || continue
  cut -f2 "$tsv" | "$OUT/akhbar" langid > "$OUT/$f.pred"
  echo "=== $f: all rows"
  python3 "$EVAL/score.py" lid "$tsv" "$OUT/$f.pred"
  paste "$tsv" "$OUT/$f.pred" | grep -P "$SCHEDULED" > "$OUT/$f.sched" || true
  cut -f1,2 "$OUT/$f.sched" > "$OUT/$f.sched.tsv"
  cut -f3,4 "$OUT/$f.sched" > "$OUT/$f.sched.pred"
  echo "=== $f: 22 scheduled languages + English"
  python3 "$EVAL/score.py" lid "$OUT/$f.sched.tsv" "$OUT/$f.sched.pred"
  if [[ "${BASELINES:-1}" != 0 ]]; then
    "$OUT/baseline" -whatlang "$OUT/$f.whatlang" -lingua "$OUT/$f.lingua" < "$tsv"
    for b in whatlang lingua; do
      echo "=== $f: $b"
      python3 "$EVAL/score.py" lid "$tsv" "$OUT/$f.$b" | tail -1
    done
    echo "=== $f: recall per gold label (* = 22 scheduled languages + English)"
    python3 - "$tsv" "$OUT/$f.pred" "$OUT/$f.whatlang" "$OUT/$f.lingua" "$SCHEDULED" <<'PY'
import re, sys
from collections import Counter
tsv, preds, sched = sys.argv[1], sys.argv[2:5], re.compile(sys.argv[5])
gold = [l.split("\t", 1)[0] for l in open(tsv, encoding="utf-8")]
cols = [[l.split("\t", 1)[0].strip() for l in open(p, encoding="utf-8")] for p in preds]
n = Counter(gold)
ok = [Counter(g for g, p in zip(gold, c) if g == p) for c in cols]
print("| label | n | akhbar | whatlanggo | lingua-go |")
print("|---|---:|---:|---:|---:|")
for lab in sorted(n):
    star = "*" if sched.match(lab + "\t") else ""
    print("| %s%s | %d | %s |" % (lab, star, n[lab], " | ".join("%.3f" % (o[lab] / n[lab]) for o in ok)))
for name, rows in (("all rows", list(n)), ("22 scheduled + English", [l for l in n if sched.match(l + "\t")])):
    tot = sum(n[l] for l in rows)
    print("| **%s** | %d | %s |" % (name, tot, " | ".join("**%.3f**" % (sum(o[l] for l in rows) / tot) for o in ok)))
PY
  fi
done
echo "predictions in $OUT"
