#!/usr/bin/env bash
# Regenerates legacyfont/data/krutidev.tsv and legacyfont/testdata/flores-hin.tsv
# from the pinned reference converter (see gen.cjs). Needs node and npm.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
flores=${AKHBAR_FLORES_TSV:-/work/shared/eval/lid/flores-dev.tsv}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm install --prefix "$tmp" --no-audit --no-fund --silent @anthro-ai/krutidev-unicode@0.1.0 npm-hindi-converter@0.1.2 >&2
node "$root/scripts/legacyfont/gen.cjs" "$tmp/node_modules" "$flores" "$root"
