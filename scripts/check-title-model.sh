#!/usr/bin/env bash
# Retrain the embedded headline picker of text dumps
# (clean/models/dump-title.gbdt) and say whether the trainer wrote the
# embedded file byte for byte. It is trained on five renderers' dumps of
# the dump set (scripts/make-dump-set.sh renders them when missing, about
# ten minutes on two cores), with the title candidates that held-out
# block probabilities give: "traindump -cv" first trains the block model
# of every (site fold, renderer family) cell (about forty minutes), then
# "-title-out" trains the picker on every dump.
#
# Usage: scripts/check-title-model.sh          (AKHBAR_DUMPSET, default /tmp/akhbar-dumpset)
# Exit status 0 when the files are the same, 1 when they differ.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
set_dir=${AKHBAR_DUMPSET:-/tmp/akhbar-dumpset}
renderers="w3m lynx links elinks html2text-deb"
AKHBAR_DUMPSET=$set_dir "$root/scripts/make-dump-set.sh" $renderers >&2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
only=$(echo $renderers | tr ' ' ,)
(cd "$root" && go build -o "$out/traindump" ./clean/internal/traindump)
"$out/traindump" -set "$set_dir" -renderers "$only" -cv -nogrid -probs "$out/probs.gob" >&2
"$out/traindump" -set "$set_dir" -renderers "$only" -probs "$out/probs.gob" -title-out "$out"
if cmp -s "$out/dump-title.gbdt" "$root/clean/models/dump-title.gbdt"; then
  echo "the trainer wrote the embedded headline picker byte for byte"
else
  echo "the trainer wrote another headline picker than the embedded one" >&2
  exit 1
fi
