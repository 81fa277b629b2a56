#!/usr/bin/env bash
# Retrain the embedded headline, byline and date pickers of text dumps
# (clean/models/dump-title.gbdt, meta/models/dump-author.gbdt,
# meta/models/dump-date.gbdt) and say
# whether the trainer wrote the embedded files byte for byte. It is trained on five renderers' dumps of
# the dump set (scripts/make-dump-set.sh renders them when missing, about
# ten minutes on two cores), with the title candidates that held-out
# block probabilities give: "traindump -cv" first trains the block model
# of every (site fold, renderer family) cell (about forty minutes), then
# "-title-out" trains the headline picker on every dump; the byline and
# date pickers' candidates are read with the headline picker of each
# dump's held-out cell ("-title-folds", then "-author-out -date-out").
#
# The trainer is the one of the commit clean/models/dump-pickers.rev
# names (REV=… overrides it; HEAD is this tree), as for the block model
# (scripts/check-dump-model.sh): an extractor changed since the pickers
# were embedded gives other candidates.
#
# Usage: scripts/check-dump-pickers.sh          (AKHBAR_DUMPSET, default /tmp/akhbar-dumpset)
# Exit status 0 when the files are the same, 1 when one differs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
set_dir=${AKHBAR_DUMPSET:-/tmp/akhbar-dumpset}
rev=${REV:-$(cat "$root/clean/models/dump-pickers.rev" 2>/dev/null || echo HEAD)}
renderers="w3m lynx links elinks html2text-deb"
AKHBAR_DUMPSET=$set_dir "$root/scripts/make-dump-set.sh" $renderers >&2
out=$(mktemp -d)
. "$root/scripts/pinned-src.sh"
only=$(echo $renderers | tr ' ' ,)
(cd "$src" && go build -o "$out/traindump" ./clean/internal/traindump)
"$out/traindump" -set "$set_dir" -renderers "$only" -cv -nogrid -probs "$out/probs.gob" >&2
"$out/traindump" -set "$set_dir" -renderers "$only" -probs "$out/probs.gob" -title-out "$out"
"$out/traindump" -set "$set_dir" -renderers "$only" -probs "$out/probs.gob" -title-folds "$out/cells"
"$out/traindump" -set "$set_dir" -renderers "$only" -probs "$out/probs.gob" -titles "$out/cells" -author-out "$out" -date-out "$out"
status=0
for f in clean/models/dump-title.gbdt meta/models/dump-author.gbdt meta/models/dump-date.gbdt; do
  if cmp -s "$out/$(basename "$f")" "$root/$f"; then
    echo "the trainer wrote $f byte for byte"
  else
    echo "the trainer wrote another $f than the embedded one" >&2
    status=1
  fi
done
exit $status
