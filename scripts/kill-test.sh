#!/usr/bin/env bash
# Kill a sharded "akhbar clean" run at random moments (SIGINT once, then
# SIGKILL), restart it with the same command each time, and check that the
# output is byte for byte that of an uninterrupted run: folder of zstd
# shards, gzip shards cut by size, Parquet shards.
# Usage: scripts/kill-test.sh [KILLS]   (default 25 for the zstd folder,
# half as many for each of the others)
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-25}
bin=$(mktemp -d)/akhbar
go build -o "$bin" ./cmd/akhbar
AKHBAR_BIN=$bin AKHBAR_KILLS=$kills go test -count=1 -timeout 60m -run TestKillResume -v ./cmd/akhbar | grep -v '^=== RUN'
rm -rf "$(dirname "$bin")"
