#!/usr/bin/env bash
# Measures akhbar's quality presets on the eval kit: builds the clean
# documents and the junk derived from them (scripts/gen-junk, fixed seed),
# then prints, per preset, the share of clean documents kept and of junk
# rejected, per language and per junk kind. Deterministic; about a minute.
#
#   scripts/eval-quality.sh [EVAL_DIR] [PRESETS]
#
# EVAL_DIR defaults to /work/shared/eval (or $AKHBAR_EVAL); PRESETS to
# default,gopher,c4,fineweb. Add -v through EVAL_FLAGS to list every clean
# document rejected and every junk document kept.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
eval_dir=${1:-${AKHBAR_EVAL:-/work/shared/eval}}
presets=${2:-default,gopher,c4,fineweb}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$root"
go run ./scripts/gen-junk -eval "$eval_dir" -out "$out" -seed 1
# shellcheck disable=SC2086
go run ./scripts/eval-quality -dir "$out" -presets "$presets" ${EVAL_FLAGS:-}
