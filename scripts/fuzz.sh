#!/usr/bin/env bash
# Runs every fuzz target of the module, one after the other, for N seconds
# each (default 60). A failing input is written by "go test -fuzz" to
# <package>/testdata/fuzz/<Target>/ and from then on runs as a seed with
# every "go test"; commit it with the fix. Exits 1 if any target failed.
# Usage: scripts/fuzz.sh [SECONDS] [PACKAGE-PATTERN]   (default 60 ./...)
# FUZZ_PARALLEL sets the fuzzing workers per target (default 1: the
# machines this runs on are shared); FUZZ_MINIMIZE caps the time spent
# shrinking each new interesting input (default 10s; Go's 60s would eat a
# short run).
set -euo pipefail
secs=${1:-60}
pattern=${2:-./...}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# "go test -list" prints a package's matching tests, then "ok <package>".
targets=$(go test -list '^Fuzz' "$pattern" | awk '/^Fuzz/ { names[n++] = $1 } /^ok/ { for (i = 0; i < n; i++) print $2, names[i]; n = 0 }')
if [ -z "$targets" ]; then
  echo "no fuzz targets in $pattern" >&2
  exit 1
fi
failed=()
while read -r pkg name; do
  echo "== $pkg $name (${secs}s)"
  if ! go test -run "^${name}\$" -fuzz "^${name}\$" -fuzztime "${secs}s" -fuzzminimizetime "${FUZZ_MINIMIZE:-10s}" -parallel "${FUZZ_PARALLEL:-1}" "$pkg"; then
    failed+=("$pkg $name")
  fi
done <<< "$targets"
if [ ${#failed[@]} -gt 0 ]; then
  printf 'FAILED: %s\n' "${failed[@]}" >&2
  exit 1
fi
echo "all $(wc -l <<< "$targets") fuzz targets ran ${secs}s without a failure"
