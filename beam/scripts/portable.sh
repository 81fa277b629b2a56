#!/usr/bin/env bash
# Submit akhbar-beam to a standalone portable job server, as one submits to
# Flink or Spark, and check that the result equals the in-process run.
#
# What it exercises that `go test` (Prism in process, LOOPBACK) does not:
# the job service API over the network, the worker binary staged as an
# artifact (--worker_binary, no recompilation at submit time), and the
# PROCESS environment: Beam's Go boot loader fetches the staged binary and
# starts it as a separate worker process, which is what a Flink or Spark
# task manager does with environment_type=PROCESS. The job server is Prism
# standing in for the Flink job server (no Java runtime or Flink here).
#
#   beam/scripts/portable.sh [INPUT...]     (default: the eval dedup set)
set -euo pipefail
cd "$(dirname "$0")/.."
inputs=("$@")
if [ ${#inputs[@]} -eq 0 ]; then
  inputs=(/work/shared/eval/dedup/inputs)
  [ -d "${inputs[0]}" ] || inputs=(testdata/w3m)
fi
work=$(mktemp -d)
trap 'kill $prism_pid 2>/dev/null || true; rm -rf "$work"' EXIT
prism_pid=

echo "== build: akhbar-beam, Beam's Go boot loader, the Prism job server"
go build -o "$work/akhbar-beam" ./cmd/akhbar-beam
go build -o "$work/boot" github.com/apache/beam/sdks/v2/go/container
go build -o "$work/prism" github.com/apache/beam/sdks/v2/go/cmd/prism
# Prism 2.77 passes --id='ID' to a PROCESS worker with the quotes inside
# the argument, and the boot loader then asks for an id Prism does not
# know; Flink and Spark pass it plainly. Strip the quotes.
cat > "$work/boot.sh" <<'SH'
#!/bin/sh
id=$(printf '%s' "$1" | sed "s/^--id='\(.*\)'\$/--id=\1/")
shift
exec "$(dirname "$0")/boot" "$id" "$@"
SH
chmod +x "$work/boot.sh"

port=$((20000 + RANDOM % 20000))
"$work/prism" --job_port=$port --web_port=$((port + 1)) --idle_shutdown_timeout=5m >"$work/prism.log" 2>&1 &
prism_pid=$!
sleep 2

now=2025-01-01T00:00:00Z
common=(--now=$now --dedup --shards=4)
echo "== portable submission (environment PROCESS, staged worker binary)"
time "$work/akhbar-beam" --runner=universal --endpoint=localhost:$port \
  --environment_type=PROCESS --environment_config="{\"command\":\"$work/boot.sh\"}" \
  --worker_binary="$work/akhbar-beam" --job_name=akhbar-portable \
  --output="$work/portable" "${common[@]}" "${inputs[@]}" 2>&1 | grep -v 'level=INFO'
echo "== the same job on Prism in process (LOOPBACK)"
time "$work/akhbar-beam" --output="$work/inproc" "${common[@]}" "${inputs[@]}" 2>&1 | grep -v 'level=INFO'

lines() { for f in "$1"/$2-*; do zstd -dc "$f"; done | LC_ALL=C sort; }
shopt -s nullglob
for kind in part rejects; do
  if cmp -s <(lines "$work/portable" $kind) <(lines "$work/inproc" $kind); then
    echo "$kind: same lines ($(lines "$work/portable" $kind | wc -l))"
  else
    echo "$kind: DIFFERENT" >&2
    exit 1
  fi
done
