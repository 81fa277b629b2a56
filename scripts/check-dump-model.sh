#!/usr/bin/env bash
# Retrain the embedded dump model (clean/models/dump-lines.gbdt) from the
# dump set and say whether the trainer wrote the embedded file byte for
# byte. The set is rendered first when it is not complete
# (scripts/make-dump-set.sh: every cross-validation page of the kit's
# body-gold sets by 13 renderers, about an hour on two cores, rerunnable);
# the renders are the same bytes only with the renderer versions the set
# notes in versions.tsv (Debian 12's, listed in README "Limits").
#
# The trainer is the one of the commit clean/models/dump-lines.rev names
# (REV=… overrides it; HEAD is this tree): the extractor makes the
# blocks the model learns from, so an extractor changed since the model
# was embedded trains another file, and a model is kept only when it
# passes the scheduled-language sets (steps/scheduled_test.go).
#
# Usage: scripts/check-dump-model.sh          (AKHBAR_DUMPSET, default /tmp/akhbar-dumpset)
# Exit status 0 when the files are the same, 1 when they differ.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
set_dir=${AKHBAR_DUMPSET:-/tmp/akhbar-dumpset}
rev=${REV:-$(cat "$root/clean/models/dump-lines.rev" 2>/dev/null || echo HEAD)}
AKHBAR_DUMPSET=$set_dir "$root/scripts/make-dump-set.sh" >&2
out=$(mktemp -d)
. "$root/scripts/pinned-src.sh"
(cd "$src" && go run ./clean/internal/traindump -set "$set_dir" -out "$out")
if cmp -s "$out/dump-lines.gbdt" "$root/clean/models/dump-lines.gbdt"; then
  echo "the trainer wrote the embedded dump model byte for byte ($(( $(wc -l < "$set_dir/manifest.tsv") - 1 )) dumps)"
else
  echo "the trainer wrote another dump model than the embedded one" >&2
  exit 1
fi
