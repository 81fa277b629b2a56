#!/usr/bin/env bash
# Vendors Chart.js from the npm registry into web/assets/chartjs: the
# minified UMD build (one file, no dependencies) and its licence.
# Usage: scripts/update-chartjs.sh [VERSION]   (default: the latest)
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-$(npm view chart.js version)}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "chart.js@$version" >/dev/null && tar xzf chart.js-"$version".tgz)
cp "$tmp/package/dist/chart.umd.min.js" web/assets/chartjs/chart.umd.min.js
cp "$tmp/package/LICENSE.md" web/assets/chartjs/LICENSE.md
sed -i "s/^const ChartJSVersion = .*/const ChartJSVersion = \"$version\"/" web/assets/assets.go
echo "Chart.js $version vendored; run go test ./web/... to check the report still renders"
