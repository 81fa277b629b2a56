#!/usr/bin/env bash
# Every case of issue 17 (hostile input, faults, run safety) against the
# built binary, mixed with good items, plus the kill/resume test; prints a
# table: case | expected | got | peak RSS | ok. Inputs are generated into a
# temporary folder by scripts/fault-gen.py. Each command runs under
# /usr/bin/time -v (peak RSS), a time limit and an address-space limit
# (FAULT_MEM_KB, default 4 GiB) so that a case that blows up fails instead
# of taking the machine down.
#
# Usage: scripts/fault-test.sh [KILLS]   (KILLS for scripts/kill-test.sh,
# default 3; 0 skips it). AKHBAR_BIN uses a built binary.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
kills=${1:-3}
mem=${FAULT_MEM_KB:-4194304}
w=$(mktemp -d /tmp/akhbar-fault.XXXXXX)
serve_pid=""
cleanup() {
	[ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null
	rm -rf "$w"
}
trap cleanup EXIT
bin=${AKHBAR_BIN:-$w/akhbar}
[ -n "${AKHBAR_BIN:-}" ] || go build -o "$bin" ./cmd/akhbar || exit 1
echo "generating inputs in $w/in ..." >&2
python3 scripts/fault-gen.py "$w/in" || exit 1
in=$w/in
o=$w/out
mkdir -p "$o"
export TMPDIR=$w/tmp
mkdir -p "$TMPDIR"

rows=()
fails=0
# run NAME TIMEOUT CMD...: runs CMD with stdout to $w/NAME.out, stderr to
# $w/NAME.err, exit status in $rc, seconds in $secs, peak RSS (MB) in $rss.
run() {
	local name=$1 limit=$2
	shift 2
	local t0=$(date +%s.%N)
	/usr/bin/time -v -o "$w/$name.time" timeout -k 5 "$limit" bash -c 'ulimit -v '"$mem"'; exec "$@"' _ "$@" >"$w/$name.out" 2>"$w/$name.err"
	rc=$?
	secs=$(echo "$(date +%s.%N) - $t0" | bc | xargs printf '%.1f')
	rss=$(awk -F: '/Maximum resident/ {printf "%d MB", $2/1024}' "$w/$name.time")
}
# row NAME EXPECTED GOT OK
row() {
	local ok=no
	[ "${4:-}" = 1 ] && ok=yes || fails=$((fails + 1))
	rows+=("$1|$2|$3|${rss:--}|$ok")
	rss=""
}
summary() { grep -o 'read [0-9]* = written [0-9]* + rejected [0-9]*.*' "$w/$1.err" | tail -1 | cut -c1-90; }
written() { grep -o 'written [0-9]*' "$w/$1.err" | tail -1 | awk '{print $2}'; }
reasons() { grep -o 'read [0-9]*.*' "$w/$1.err" | tail -1 | grep -o '\[.*\]' | cut -c1-60; }
died() { [ "$rc" -ge 124 ] && echo "exit $rc (killed/timeout/crash) $(grep -m1 -o 'fatal error.*\|out of memory' "$w/$1.err")"; }

C="clean -q -j 2"

# --- Input side (17.1, 17.2, 17.4, 17.5) --------------------------------
run htmlbomb 300 "$bin" $C "$in/htmlbomb" -o "$o/htmlbomb.jsonl"
g=$(written htmlbomb)
row "17.1 html bomb, 2 pages of 8 MB of tags + 5 good" "5 written, 3 named rejects (html-bomb, too-many-elements), <1 GB" "$(died htmlbomb || echo "exit $rc; $(summary htmlbomb)") ${secs}s" \
	$([ "$rc" = 0 ] && [ "$g" = 5 ] && grep -q 'too-many-elements 2' "$w/htmlbomb.err" && [ "${rss% MB}" -lt 1024 ] && echo 1)

run shortlines 300 "$bin" $C "$in/shortlines" -o "$o/shortlines.jsonl"
row "17.2 8 MB short lines + 5 good" "6 accounted, <1 GB, <60 s" "$(died shortlines || echo "exit $rc; $(summary shortlines)") ${secs}s" \
	$([ "$rc" = 0 ] && [ "${rss% MB}" -lt 1024 ] && [ "${secs%.*}" -lt 60 ] && echo 1)

run pairs 300 "$bin" $C "$in/pairs" -o "$o/pairs.jsonl"
row "17.2 5 MB quoted lines, glued lines, 150,000 captions, 40,000 list items, 40,000 figures, 50,000 titles, 45,000 wrapped lines, 40,000 authors + 5 good" "13 written, <60 s" "$(died pairs || echo "exit $rc; $(summary pairs)") ${secs}s" \
	$([ "$rc" = 0 ] && [ "$(written pairs)" = 13 ] && [ "${secs%.*}" -lt 60 ] && echo 1)

run devzero 120 "$bin" $C /dev/zero "$in/good" -o "$o/devzero.jsonl"
row "17.4 /dev/zero by name + 5 good" "5 written, /dev/zero too-large, <30 s" "$(died devzero || echo "exit $rc; $(summary devzero)") ${secs}s" \
	$([ "$rc" = 0 ] && [ "$(written devzero)" = 5 ] && [ "${secs%.*}" -lt 30 ] && echo 1)

run bz2bomb 300 "$bin" $C "$in/bz2bomb" -o "$o/bz2bomb.jsonl"
row "17.4 bzip2 bomb (2 GB) + 3 good" "3 written, bomb too-large, <10 s" "$(died bz2bomb || echo "exit $rc; $(summary bz2bomb)") ${secs}s" \
	$([ "$rc" = 0 ] && [ "$(written bz2bomb)" = 3 ] && grep -q 'too-large' "$w/bz2bomb.err" && [ "${secs%.*}" -lt 10 ] && echo 1)

run links 60 "$bin" $C "$in/links" -o "$o/links.jsonl"
row "17.5 symlinks, loop, dangling, FIFO" "no hang; linked files read; FIFO+dangling counted" "$(died links || echo "exit $rc; $(summary links) $(grep -oi 'not-regular\|dangling-link\|symlink-loop' "$w/links.err" | sort -u | tr '\n' ' ')") ${secs}s" \
	$([ "$rc" = 0 ] && grep -q 'not-regular' "$w/links.err" && grep -q 'dangling-link' "$w/links.err" && [ "$(written links)" -ge 5 ] && echo 1)

run linkdir 60 "$bin" $C "$in/linked-good" -o "$o/linkdir.jsonl"
row "17.5 input is a symlink to a folder" "5 written" "exit $rc; $(summary linkdir)" \
	$([ "$rc" = 0 ] && [ "$(written linkdir)" = 5 ] && echo 1)

run warc 60 "$bin" $C "$in/warc" -o "$o/warc.jsonl"
row "17.5 WARC bad Content-Length, gzip members" "16 written + 4 rejected" "exit $rc; $(summary warc)" \
	$([ "$rc" = 0 ] && [ "$(written warc)" = 16 ] && echo 1)

run hostile2 120 "$bin" $C "$in/hostile2" -o "$o/hostile2.jsonl"
row "UTF-16 text/HTML/JSONL, 30 MB letter run, WARC header over 256 KiB, stray NUL, JSONL after a BOM, xz (one with a 256 MiB dictionary) + 3 good" "14 written + 3 rejected, <30 s, <1 GB" "$(died hostile2 || echo "exit $rc; $(summary hostile2)") ${secs}s" \
	$([ "$rc" = 0 ] && [ "$(written hostile2)" = 14 ] && grep -q 'warc-header' "$w/hostile2.err" && [ "${rss% MB}" -lt 1024 ] && [ "${secs%.*}" -lt 30 ] && echo 1)

# --- Run side (17.3, 17.6, 17.7, 17.8, 17.9, issue 18 names) ------------
run slot 600 "$bin" $C "$in/slot" -o "$o/slot.jsonl"
nto=$(grep -o '"reason":"timeout"' "$o/slot.rejects.jsonl" 2>/dev/null | wc -l)
gto=$(grep '"reason":"timeout"' "$o/slot.rejects.jsonl" 2>/dev/null | grep -c 'page[0-9]')
row "17.3 slow 8 MB item + ten 5 MB pages" "no ordinary page rejected timeout" "$(died slot || echo "exit $rc; $nto timeouts, $gto of good pages") ${secs}s" \
	$([ "$rc" = 0 ] && [ "$gto" = 0 ] && echo 1)

echo precious >"$o/foreign.jsonl"
run foreign 60 "$bin" $C "$in/good" -o "$o/foreign.jsonl"
row "17.6 -o a file akhbar did not write" "refused (exit 2), file intact" "exit $rc; $(cat "$o/foreign.jsonl" | head -c 20)" \
	$([ "$rc" = 2 ] && [ "$(cat "$o/foreign.jsonl")" = precious ] && echo 1)

run fin1 60 "$bin" $C "$in/good" -o "$o/fin.jsonl"
sum1=$(md5sum <"$o/fin.jsonl")
run fin2 60 "$bin" $C --quality default "$in/good2" -o "$o/fin.jsonl"
row "17.6 other run into a finished file" "refused, output unchanged" "exit $rc; $([ "$(md5sum <"$o/fin.jsonl")" = "$sum1" ] && echo unchanged || echo overwritten)" \
	$([ "$rc" = 2 ] && [ "$(md5sum <"$o/fin.jsonl")" = "$sum1" ] && echo 1)

run rej1 60 "$bin" $C "$in/withempty" -o "$o/rej.jsonl"
had=$([ -e "$o/rej.rejects.jsonl" ] && echo yes || echo no)
run rej2 60 "$bin" $C --overwrite "$in/good" -o "$o/rej.jsonl"
run rejrep 60 "$bin" report -q "$o/rej.jsonl" -o "$w/rej.html"
stale=$([ -e "$o/rej.rejects.jsonl" ] && echo "stale rejects file left" || echo "no rejects file")
nrej=$(grep -o 'id="rejects-total"[^<]*<[^>]*>[0-9]*\|[0-9]* rejects' "$w/rejrep.err" "$w/rej.html" 2>/dev/null | head -1)
row "17.6 rejects of the same run only" "no stale rejects file" "first run rejects: $had; then $stale" \
	$([ "$had" = yes ] && [ ! -e "$o/rej.rejects.jsonl" ] && echo 1)

# Two runs into one folder at once.
( "$bin" $C "$in/slot" -o "$o/locked/" >"$w/lockA.out" 2>"$w/lockA.err"; echo $? >"$w/lockA.rc" ) &
pa=$!
for _ in $(seq 50); do [ -e "$o/locked/.lock" ] && break; sleep 0.1; done
run lockB 60 "$bin" $C "$in/good" -o "$o/locked/"
wait $pa
row "17.6 two runs into one folder at once" "second refused with a clear message, first completes" "B: exit $rc $(grep -o 'another akhbar run[^;]*' "$w/lockB.err" | head -1); A: exit $(cat "$w/lockA.rc")" \
	$([ "$rc" = 2 ] && grep -q 'another akhbar run' "$w/lockB.err" && [ "$(cat "$w/lockA.rc")" = 0 ] && echo 1)

run ident 60 "$bin" $C --templates --dedup --langs eng "$in/good" -o "$o/ident/"
idn=$(python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); print(m["identity"], "config-null" if m["config"] is None else "config-set", m["akhbar_version"])' "$o/ident/manifest.json" 2>&1)
row "17.7 identity with templates+dedup" "config set, identity not of nothing, version of the build" "$idn" \
	$(echo "$idn" | grep -q 'config-set' && ! echo "$idn" | grep -q '^e3b0c44298fc\| dev$' && echo 1)

run langs2 60 "$bin" $C --templates --dedup --langs hin "$in/good" -o "$o/ident/"
row "17.7 other langs into a finished folder" "refused, not 'already complete'" "exit $rc; $(grep -o 'already complete\|holds a finished run of other' "$w/langs2.err" | head -1)" \
	$([ "$rc" = 2 ] && ! grep -q 'already complete' "$w/langs2.err" && echo 1)

# SIGINT a run with a quality preset, then resume; compare with a whole run.
"$bin" $C --quality default --shard-records 20 "$in/many" -o "$o/q/" 2>"$w/qint.err" &
pq=$!
sleep 2
kill -INT $pq 2>/dev/null
wait $pq
qrc=$?
run qres 300 "$bin" $C --quality default --shard-records 20 "$in/many" -o "$o/q/"
run qref 300 "$bin" $C --quality default --shard-records 20 "$in/many" -o "$o/qref/"
same=$(cd "$o/q" && for f in part-*; do cmp -s "$f" "$o/qref/$f" || echo "$f differs"; done; ls "$o/q" | grep -c part- )
row "17.7 SIGINT clean --quality default, resume" "resumes; shards identical to an uninterrupted run" "interrupt exit $qrc; resume exit $rc $(grep -o 'resuming[^,]*\|already complete\|other inputs or settings' "$w/qres.err" | head -1); $same shards" \
	$([ "$rc" = 0 ] && ! echo "$same" | grep -q differs && ! grep -q 'other inputs or settings' "$w/qres.err" && echo 1)

cp -r "$in/good" "$w/same"
run ss1 60 "$bin" $C "$w/same" -o "$o/ss/"
f=$w/same/good00.html
touch -r "$f" "$w/ref"
python3 -c 'import sys; p=sys.argv[1]; b=bytearray(open(p,"rb").read()); b[200:208]=b"CHANGED!"; open(p,"wb").write(b)' "$f"
touch -r "$w/ref" "$f"
run ss2 60 "$bin" $C "$w/same" -o "$o/ss/"
row "17.7 same-size same-mtime input change" "not 'already complete'" "exit $rc; $(grep -o 'already complete\|holds a finished run of other' "$w/ss2.err" | head -1)" \
	$(! grep -q 'already complete' "$w/ss2.err" && echo 1)

# Leftovers after kill -9, cleaned at the next start of the same output.
"$bin" $C --dedup "$in/slot" -o "$o/k.jsonl" 2>/dev/null &
pk=$!
for _ in $(seq 100); do [ -e "$o/.k.jsonl.work" ] && break; sleep 0.1; done
sleep 1
kill -9 $pk 2>/dev/null
wait $pk 2>/dev/null
left=$(ls -A "$o" | grep -c '^\.k\.jsonl\.\(work\|tmp\)')
mkdir -p "$TMPDIR/akhbar-work-stale" && : >"$TMPDIR/akhbar-work-stale/.lock"
run kres 600 "$bin" $C --dedup "$in/good" -o "$o/k.jsonl" --overwrite
run kstd 60 "$bin" $C --dedup "$in/good" -o -
after=$(ls -A "$o" | grep -c '^\.k\.jsonl\.\(work\|tmp\)')
tleft=$(ls -A "$TMPDIR" | grep -c 'akhbar-')
row "17.9 leftovers after kill -9" "cleaned at the next start" "$left left by the kill; $after after the rerun; $tleft in TMPDIR" \
	$([ "$after" = 0 ] && [ "$tleft" = 0 ] && echo 1)

# Names (issue 18).
run nm1 60 "$bin" $C --dedup --templates "$in/withempty" -o "$o/nm/c.jsonl"
run nm2 60 "$bin" $C "$in/withempty" -o "$o/nm/c.v1.parquet"
run nm3 60 "$bin" $C "$in/withempty" -o "$o/nm/x.csv"
xrc=$rc
names=$(cd "$o/nm" && ls | tr '\n' ' ')
row "18 names: rejects with passes, dots, unknown ext" "c.rejects.jsonl, c.v1.rejects.parquet, x.csv refused" "x.csv exit $xrc; $names" \
	$([ -e "$o/nm/c.rejects.jsonl" ] && [ -e "$o/nm/c.v1.rejects.parquet" ] && [ "$xrc" = 2 ] && [ ! -e "$o/nm/x.csv" ] && echo 1)
cp -r "$in/good" "$w/inout"
reads=""
for k in 1 2 3; do
	run io$k 60 "$bin" $C "$w/inout" -o "$w/inout/out$k.jsonl"
	reads="$reads $(grep -o 'read [0-9]*' "$w/io$k.err" | tail -1 | awk '{print $2}')"
done
row "18 output inside the input folder" "same read count each run" "reads:$reads" \
	$([ "$(echo $reads | tr ' ' '\n' | sort -u | wc -l)" = 1 ] && echo 1)

# serve (17.8).
cp "$o/fin.jsonl" "$w/srv.jsonl"
cp "$o/fin.jsonl.manifest.json" "$w/srv.jsonl.manifest.json" 2>/dev/null || cp "$o/fin.manifest.json" "$w/srv.manifest.json" 2>/dev/null
python3 - "$w/srv.jsonl" <<'PY'
import json, sys
p = sys.argv[1]
rec = json.loads(open(p).readline())
rec["id"] = "evil"; rec["source"]["path"] = "/etc/passwd"; rec["source"]["offset"] = 0
open(p, "a").write(json.dumps(rec) + "\n")
PY
port=$((20000 + RANDOM % 20000))
"$bin" serve -q --addr 127.0.0.1:$port "$w/srv.jsonl" >"$w/serve.out" 2>&1 &
serve_pid=$!
for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.2; done
sleep 1
h1=$(curl -s -o /dev/null -w '%{http_code}' -H 'Host: attacker.example' "http://127.0.0.1:$port/")
h2=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")
row "17.8 serve: Host attacker.example (DNS rebinding)" "refused (421), own name 200" "attacker $h1, own $h2" \
	$([ "$h1" != 200 ] && [ "$h2" = 200 ] && echo 1)
curl -s "http://127.0.0.1:$port/id/evil" -L -o "$w/evil.html"
row "17.8 serve: raw view of /etc/passwd" "not shown" "$(grep -q 'root:' "$w/evil.html" && echo 'passwd shown' || echo 'not shown: '"$(grep -o 'not an input[^<]*\|not shown[^<]*' "$w/evil.html" | head -1 | cut -c1-50)")" \
	$(! grep -q 'root:' "$w/evil.html" && echo 1)
q=$(python3 -c 'print("+".join("w%d" % i for i in range(1000)))')
t0=$(date +%s.%N)
c=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/search?q=$q")
st=$(echo "$(date +%s.%N) - $t0" | bc | xargs printf '%.2f')
row "17.8 serve: search of 1000 terms" "refused at once" "status $c in ${st}s" \
	$([ "$c" = 400 ] && echo 1)
kill $serve_pid 2>/dev/null
wait $serve_pid 2>/dev/null
serve_pid=""
run servedir 20 timeout -s INT 8 "$bin" serve -q --addr 127.0.0.1:0 "$o/ident/"
row "18 serve DIR/ of a clean folder" "serves (no 'is a directory')" "$(grep -o 'is a directory\|serve: http[^ ]*' "$w/servedir.err" | head -1)" \
	$(! grep -q 'is a directory' "$w/servedir.err" && echo 1)

# Kill/resume (scripts/kill-test.sh).
if [ "$kills" != 0 ]; then
	t0=$(date +%s)
	bash scripts/kill-test.sh "$kills" >"$w/kill.out" 2>&1
	rc=$?
	rss=""
	row "kill-test.sh $kills kills" "byte-identical after kills" "exit $rc; $(grep -c '^--- PASS' "$w/kill.out") pass, $(grep -c '^--- FAIL' "$w/kill.out") fail, $(( $(date +%s) - t0 ))s" \
		$([ "$rc" = 0 ] && echo 1)
fi

printf '\n%-46s | %-52s | %-70s | %-8s | %s\n' case expected got rss ok
for r in "${rows[@]}"; do
	IFS='|' read -r a b c d e <<<"$r"
	printf '%-46s | %-52s | %-70s | %-8s | %s\n' "$a" "$b" "${c:0:70}" "$d" "$e"
done
echo
echo "$fails of ${#rows[@]} cases failed"
[ "$fails" = 0 ]
