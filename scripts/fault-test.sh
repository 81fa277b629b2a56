#!/usr/bin/env bash
# The fault-injection test at full size: the 64 MiB item limit, a 50 MB
# single HTML tag, deep nesting, a huge file, broken gzip, binary data,
# invalid UTF-8 and broken JSONL lines among good pages. Prints the run's
# summary line (every item is a record or a reject with its reason).
set -euo pipefail
cd "$(dirname "$0")/.."
AKHBAR_FAULTS_FULL=1 go test -count=1 -timeout 30m -run 'TestFaults$' -v ./cmd/akhbar | grep -v '^=== RUN'
