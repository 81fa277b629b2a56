#!/usr/bin/env bash
# Render every kit page that has body gold (WCXB dev and ScrapingHub, see
# internal/evalset) with many text renderers and settings, for training and
# evaluating the dump cleaner (clean/internal/traindump,
# scripts/eval-dump-set.sh). Rerunnable: a render already on disk (or
# already recorded as failed) is not made again.
#
# Usage: scripts/make-dump-set.sh [RENDERER...]   (default: all of them)
# The frozen dev-test fold's pages are not rendered (nothing may train or
# tune on them); DEVTEST=1 renders them too, after the others, for the
# final held-out check.
# Writes into $AKHBAR_DUMPSET (default /tmp/akhbar-dumpset):
#   html/<id>.html          the page, decoded from its declared charset to UTF-8
#   <renderer>/<id>.txt     one dump per page and renderer
#   truth.jsonl             {id, text, page_type, domain, fold} (fold -1 = frozen dev-test)
#   manifest.tsv            id, renderer, domain, fold, page_type of every dump made
#   failed.tsv              renderer, id, exit status of every render that failed
#   versions.tsv            the Debian package version of every renderer
# Needs apt-get (installs the renderers when missing) and Go.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
set_dir=${AKHBAR_DUMPSET:-/tmp/akhbar-dumpset}
jobs=${JOBS:-2}
all="w3m w3m-80 lynx lynx-nolist lynx-wide lynx-wide-nolist links elinks html2text-deb html2text-py readability pandoc-plain pandoc-md"
renderers=${*:-$all}

need=()
command -v w3m >/dev/null || need+=(w3m)
command -v lynx >/dev/null || need+=(lynx)
command -v links >/dev/null || need+=(links)
command -v elinks >/dev/null || need+=(elinks)
command -v html2text >/dev/null || need+=(html2text)
command -v pandoc >/dev/null || need+=(pandoc)
/usr/bin/python3 -c 'import html2text' 2>/dev/null || need+=(python3-html2text)
if [ ${#need[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" >/dev/null
fi

mkdir -p "$set_dir/html" "$set_dir/bin"
# The renders, and so the model trained on them, are the same bytes only
# with the same renderer versions: note the ones this run used.
for p in w3m lynx links elinks html2text pandoc python3-html2text; do
  dpkg-query -W -f '${Package}\t${Version}\n' "$p" 2>/dev/null || printf '%s\t?\n' "$p"
done > "$set_dir/versions.tsv"
(cd "$root" && go build -o "$set_dir/bin/readability-dump" ./scripts/readability-dump)
if [ ! -s "$set_dir/truth.jsonl" ]; then
  (cd "$root" && go run ./scripts/evalset -o "$set_dir/merged.jsonl" >/dev/null)
  python3 - "$set_dir" <<'PY'
import gzip, json, os, re, sys
d = sys.argv[1]
meta = re.compile(rb'<meta[^>]+charset\s*=\s*["\']?\s*([A-Za-z0-9_:.-]+)', re.I)
with open(os.path.join(d, "truth.jsonl.tmp"), "w", encoding="utf-8") as out:
    for line in open(os.path.join(d, "merged.jsonl"), encoding="utf-8"):
        p = json.loads(line)
        if p.get("text") is None or not ({"scrapinghub", "wcxb"} & set(p["sets"])):
            continue
        raw = open(p["path"], "rb").read()
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
        m = meta.search(raw[:8192])
        cs = m.group(1).decode("ascii", "replace") if m else "utf-8"
        try:
            text = raw.decode(cs, errors="replace")
        except LookupError:
            text = raw.decode("utf-8", errors="replace")
        # Every renderer reads the page as UTF-8: say so in the page too.
        text = re.sub(r'(<meta[^>]+charset\s*=\s*["\']?\s*)[A-Za-z0-9_:.-]+', r'\1utf-8', text, count=1, flags=re.I)
        with open(os.path.join(d, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(text)
        out.write(json.dumps({"id": p["id"], "text": p["text"], "page_type": p.get("page_type") or "article",
                              "domain": p["domain"], "fold": p["fold"]}, ensure_ascii=False) + "\n")
os.replace(os.path.join(d, "truth.jsonl.tmp"), os.path.join(d, "truth.jsonl"))
PY
fi

# render RENDERER ID: one dump, time-limited; a failure is recorded, not fatal.
cat > "$set_dir/bin/render" <<'SH'
#!/usr/bin/env bash
set -u
d=$1 r=$2 id=$3
out=$d/$r/$id.txt
[ -e "$out" ] && exit 0
grep -q "^$r	$id	" "$d/failed.tsv" 2>/dev/null && exit 0
# Renderers print the page's own path in link lists and resolve relative
# links against it: every render reads a copy at one fixed path, so the
# set's bytes do not depend on where the set is.
h=/tmp/akhbar-render/html/$id.html
if ! cmp -s "$d/html/$id.html" "$h"; then
  mkdir -p /tmp/akhbar-render/html
  cp "$d/html/$id.html" "$h.$$" && mv "$h.$$" "$h"
fi
# The limit is on CPU time (ulimit -t), not the clock: a render that the
# clock cut on a loaded machine would be missing from one set and present
# in the next, and the model trained on the set would change with the
# machine's load. The clock's limit only catches a renderer that waits.
ulimit -t 20
t="timeout -k 5 600 nice -n 10"
# pandoc fetches a page's iframes and images unless sandboxed: with no
# network, how long the name lookups take decided which pages timed out.
case $r in
  w3m) $t w3m -dump -T text/html -cols 10000 -I UTF-8 -O UTF-8 "$h" ;;
  w3m-80) $t w3m -dump -T text/html -I UTF-8 -O UTF-8 "$h" ;;
  lynx) $t lynx -dump -assume_charset=utf-8 -display_charset=utf-8 "$h" ;;
  lynx-nolist) $t lynx -dump -nolist -assume_charset=utf-8 -display_charset=utf-8 "$h" ;;
  lynx-wide) $t lynx -dump -width 10000 -assume_charset=utf-8 -display_charset=utf-8 "$h" ;;
  lynx-wide-nolist) $t lynx -dump -width 10000 -nolist -assume_charset=utf-8 -display_charset=utf-8 "$h" ;;
  links) $t links -dump -html-assume-codepage utf-8 -codepage utf-8 "$h" ;;
  elinks) $t elinks -dump -dump-charset utf-8 -eval 'set document.codepage.assume = "utf-8"' "$h" ;;
  html2text-deb) $t html2text -nobs -utf8 "$h" ;;
  html2text-py) $t /usr/bin/python3 -m html2text "$h" utf-8 ;;
  readability) $t "$d/bin/readability-dump" "$h" ;;
  pandoc-plain) $t pandoc --sandbox -f html -t plain "$h" ;;
  pandoc-md) $t pandoc --sandbox -f html -t markdown "$h" ;;
  *) echo "unknown renderer $r" >&2; exit 2 ;;
esac > "$out.tmp" 2>/dev/null
rc=$?
if [ $rc -eq 0 ] && [ -s "$out.tmp" ]; then
  mv "$out.tmp" "$out"
else
  rm -f "$out.tmp"
  printf '%s\t%s\t%s\n' "$r" "$id" "$rc" >> "$d/failed.tsv"
fi
SH
chmod +x "$set_dir/bin/render"
# Sets made before the CPU limit recorded clock timeouts (status 124) as
# failures: those renders are tried again.
if [ -f "$set_dir/failed.tsv" ]; then
  awk -F'\t' '$3 != 124' "$set_dir/failed.tsv" > "$set_dir/failed.tsv.tmp"
  mv "$set_dir/failed.tsv.tmp" "$set_dir/failed.tsv"
fi

# Jobs page by page in a fixed shuffled order (ScrapingHub pages first,
# all of them, they are few), cross-validation pages
# before dev-test ones, every renderer for a page together: a partial run
# already holds the same unbiased sample of pages for every renderer.
for r in $renderers; do mkdir -p "$set_dir/$r"; done
python3 - "$set_dir" "${DEVTEST:-0}" $renderers > "$set_dir/jobs.txt" <<'PY'
import hashlib, json, sys
d, devtest, rs = sys.argv[1], sys.argv[2] == "1", sys.argv[3:]
pages = [json.loads(l) for l in open(d + "/truth.jsonl", encoding="utf-8")]
pages = [p for p in pages if devtest or p["fold"] >= 0]
pages.sort(key=lambda p: (p["id"].startswith("wcxbdev-"), p["fold"] < 0, hashlib.sha256(p["id"].encode()).hexdigest()))
for p in pages:
    for r in rs:
        print(r, p["id"])
PY
xargs -P "$jobs" -L 1 "$set_dir/bin/render" "$set_dir" < "$set_dir/jobs.txt"

python3 - "$set_dir" <<'PY'
import json, os, sys
d = sys.argv[1]
pages = {}
for l in open(d + "/truth.jsonl", encoding="utf-8"):
    p = json.loads(l); pages[p["id"]] = p
rows = []
for r in sorted(os.listdir(d)):
    if r in ("html", "bin") or not os.path.isdir(os.path.join(d, r)):
        continue
    for f in sorted(os.listdir(os.path.join(d, r))):
        if f.endswith(".txt") and f[:-4] in pages:
            p = pages[f[:-4]]
            rows.append("\t".join([p["id"], r, p["domain"], str(p["fold"]), p["page_type"]]))
with open(d + "/manifest.tsv.tmp", "w") as f:
    f.write("id\trenderer\tdomain\tfold\tpage_type\n" + "\n".join(rows) + "\n")
os.replace(d + "/manifest.tsv.tmp", d + "/manifest.tsv")
print(f"{len(rows)} dumps of {len(pages)} pages in {d}")
PY
