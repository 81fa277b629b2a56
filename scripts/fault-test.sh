#!/usr/bin/env bash
# The fault-injection test at full size: the default 32 MiB item limit, a 50 MB
# single HTML tag, deep nesting, a huge file, broken gzip, binary data,
# invalid UTF-8 and broken JSONL lines among good pages. Then the built
# binary on the same inputs under /usr/bin/time -v: the summary line and
# the peak RSS with pathological items in flight.
set -euo pipefail
cd "$(dirname "$0")/.."
in=/tmp/akhbar-faults
AKHBAR_FAULTS_FULL=1 AKHBAR_FAULTS_DIR=$in go test -count=1 -timeout 30m -run 'TestFaults$' -v ./cmd/akhbar | grep -v '^=== RUN'
bin=$(mktemp -d)/akhbar
go build -o "$bin" ./cmd/akhbar
/usr/bin/time -v "$bin" clean -q -j 2 --overwrite "$in" -o /tmp/akhbar-faults-out/ 2>&1 | egrep '^read |Maximum resident|Elapsed|User time|System time'
du -sh "$in"
rm -rf "$(dirname "$bin")"
