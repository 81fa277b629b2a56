#!/usr/bin/env python3
"""Write the hostile inputs of issue 17 (and good pages to mix them with)
into the folder given as the only argument. Deterministic: no randomness,
so that every run of scripts/fault-test.sh sees the same bytes."""
import bz2
import gzip
import io
import lzma
import os
import sys

out = sys.argv[1]
WORDS = ("the city council met on monday to talk about the river school market "
         "rain farmers water police court minister train film match election "
         "district people said would new year plan budget road hospital").split()


def para(seed, n=60):
    # A linear congruential sequence: varied enough that the quality
    # filters take the text for prose, and the same on every run.
    x = seed * 2654435761 % 2**32 + 1
    out = []
    for i in range(n):
        x = (1103515245 * x + 12345) % 2**31
        out.append(WORDS[(x >> 8) % len(WORDS)])
        if i % 12 == 11:
            out[-1] += "."
    return " ".join(out).capitalize() + "."


def page(i):
    paras = "".join("<p>%s</p>\n" % para(i * 10 + k) for k in range(6))
    return ("<!doctype html><html><head><title>Headline number %d</title></head><body>"
            "<nav><a href=/>Home</a> | <a href=/s>Sports</a></nav><article><h1>Headline number %d</h1>\n%s"
            "</article><footer>Follow us</footer></body></html>\n" % (i, i, paras))


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def good(folder, n=5, start=0):
    for i in range(start, start + n):
        write(os.path.join(folder, "good%02d.html" % i), page(i))


# 1. HTML whose formatting elements make the tree builder rebuild the tree.
good(f"{out}/htmlbomb")
bomb = "<html><body><table>" + "".join("<b id=%d>x" % i for i in range(500)) + "</table>" + "<p>y</p>" * 100000
write(f"{out}/htmlbomb/bomb.html", bomb)
# Pages of nothing but elements: each costs the steps a kilobyte or more
# whatever its size (8 MB of them took 0.8-1.1 GB).
write(f"{out}/htmlbomb/tags.html", "<p>" + "<br>" * 2000000)
write(f"{out}/htmlbomb/soup.html", "<div>a</div>" * 700000)

# 2. A text dump of 8 MB of short lines.
good(f"{out}/shortlines")
write(f"{out}/shortlines/lines.txt", "x\n" * (4 << 20))

# 2b. Text dumps that a rule looking at every pair of lines would take
# minutes over: 5 MB of lines each wholly in quotation marks (a dialogue,
# a collection of quotations), and 19,900 glued two-word lines (under the
# short-line limit of the extractor).
good(f"{out}/pairs")
write(f"{out}/pairs/quotes.txt", "".join("\u201c" + para(k, 16)[:-1] + "\u201d\n\n" for k in range(75000)))
write(f"{out}/pairs/glued.txt", "".join(para(k, 2)[:-1] + "\n" for k in range(19900)))
# 150,000 picture captions with their credits, each a line of its own: a
# record's image list that grows by a scan of all before it is quadratic.
write(f"{out}/pairs/captions.txt", "".join(para(k, 11)[:-1] + " (Photo: PTI)\n\n" for k in range(150000)))
# HTML pages of 40,000 list items (a related-links aside) and of 40,000
# figures with captions: a feature that walks all of an element's
# siblings for each of them is quadratic in such a list.
article = "<html><body><article><h1>Headline</h1>" + "".join("<p>%s</p>" % para(k) for k in range(5))
write(f"{out}/pairs/items.html", article + "</article><aside class=related><ul>" +
      "".join("<li><a href='/story/%d'>%s</a></li>" % (k, para(k, 8)[:-1]) for k in range(40000)) + "</ul></aside></body></html>")
write(f"{out}/pairs/figures.html", article + "".join(
    "<figure><img src='/i/%d.jpg'><figcaption>%s (Photo: PTI)</figcaption></figure><p>%s</p>" % (k, para(k, 8)[:-1], para(k + 1, 12))
    for k in range(40000)) + "</article></body></html>")
# 45,000 short lines of a menu dumped as text with no blank line between
# them (after a long paragraph, so that the lines average over 64 bytes):
# one wrapped paragraph to the extractor, whose joining of the lines
# looked back over the whole paragraph at every line (quadratic).
write(f"{out}/pairs/wrapped.txt", "Headline\n\n" + " ".join(para(k) for k in range(3750)) + "\n\n" + "".join(
    "Home | News | Sports | %s | Contact\n" % para(k, 3)[:-1] for k in range(45000)))
# A page that names 40,000 authors (a JSON-LD block each) over 40,000
# paragraphs: each name was looked for in the whole text and in every
# block.
FIRST = "Ravi Anil Sunita Priya Rahul Amit Neha Pooja Vikram Arjun Kiran Meera Sanjay Deepak Kavita Rohit Asha Manoj Geeta Suresh".split()
LAST = "Kumar Sharma Verma Gupta Singh Patel Reddy Nair Iyer Menon Das Bose Sen Rao Joshi Mehta Shah Desai Pillai Mishra".split()
write(f"{out}/pairs/authors.html", "<html><head><title>Headline</title>" + "".join(
    '<script type="application/ld+json">{"@type":"WebPage","author":{"@type":"Person","name":"%s %s. %s"}}</script>'
    % (FIRST[k % 20], FIRST[k // 20 % 20][0], LAST[k // 400 % 20] + "i" * (k // 8000)) for k in range(40000)) +
    "</head><body>" + article[12:] + "</article>" + "".join("<p>%s</p>" % para(k, 12) for k in range(40000)) + "</body></html>")
# A page that offers 50,000 titles (a JSON-LD block or an og:title each):
# measuring each title candidate against every source is quadratic.
write(f"{out}/pairs/titles.html", "<html><head><title>Headline</title>" + "".join(
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"%s"}</script>' % para(k, 6) if k % 2 else
    '<meta property="og:title" content="%s">' % para(k, 6) for k in range(50000)) + "</head><body>" + article[12:] + "</article></body></html>")

# 3. One slow large item and ten ordinary 5 MB pages (text dumps).
write(f"{out}/slot/a-slow.txt", "x\n" * (4 << 20))
for i in range(10):
    body = "Headline of page %d\n\n" % i
    k = 0
    parts = []
    size = len(body)
    while size < 5 << 20:
        p = para(i * 1000 + k, 80) + "\n\n"
        parts.append(p)
        size += len(p)
        k += 1
    write(f"{out}/slot/page%02d.txt" % i, body + "".join(parts))

# 4. /dev/zero is given by name by the script.
good(f"{out}/good")
good(f"{out}/good2", 3, 10)
write(f"{out}/withempty/empty.txt", b"")
good(f"{out}/withempty", 3, 20)

# 5. A bzip2 bomb: 2 GB of zeros in a few kB.
c = bz2.BZ2Compressor(9)
chunk = b"\0" * (16 << 20)
parts = [c.compress(chunk) for _ in range(128)]
parts.append(c.flush())
write(f"{out}/bz2bomb/bomb.txt.bz2", b"".join(parts))
good(f"{out}/bz2bomb", 3, 30)

# 6. Symlinks and a FIFO in a folder; the script also gives a symlink to a
# folder as an input.
good(f"{out}/links/real", 2, 40)
os.symlink("real", f"{out}/links/ln-dir")
os.symlink("real/good40.html", f"{out}/links/ln-file.html")
os.symlink(".", f"{out}/links/real/loop")
os.symlink("nowhere.html", f"{out}/links/dangling.html")
os.mkfifo(f"{out}/links/fifo.html")
os.symlink("good", f"{out}/linked-good")


# 7. WARC files whose records are each a gzip member, one record of each
# with a Content-Length too large.
def warc_record(i, html, bad):
    http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html).encode()
    length = len(http) + (5000 if bad else 0)
    head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.com/a/%d\r\n"
            "WARC-Date: 2024-01-0%dT00:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-%012d>\r\n"
            "Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n"
            % (i, 1 + i % 9, i, length)).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
        g.write(head + http + b"\r\n\r\n")
    return buf.getvalue()


for f in range(4):
    recs = [warc_record(f * 10 + r, page(100 + f * 10 + r), r == 2) for r in range(5)]
    write(f"{out}/warc/f%d.warc.gz" % f, b"".join(recs))

# 8. Inputs of the second hostile round: UTF-16 with a byte order mark
# (Windows "Unicode" text, PowerShell's redirects; their NUL bytes made
# them "binary") as text, HTML and JSONL; a 30 MB run of letters with no
# space (language ID read all of it: 14 CPU-seconds, 1.2 GB); a WARC whose
# middle record's header block is over 256 KiB (it ended the file).
# Expected: 14 written; the long header a warc-header reject and what is
# left of that record warc-garbage, the big dictionary a decompress reject.
good(f"{out}/hostile2", 3, 50)
write(f"{out}/hostile2/u16le.txt", b"\xff\xfe" + ("Headline in UTF-16\n\n%s\n\n%s\n" % (para(60), para(61))).encode("utf-16-le"))
write(f"{out}/hostile2/u16be.html", b"\xfe\xff" + page(62).encode("utf-16-be"))
write(f"{out}/hostile2/u16.jsonl", b"\xff\xfe" + "".join(
    '{"id": "u16-%d", "text": "%s"}\r\n' % (k, para(63 + k)) for k in range(2)).encode("utf-16-le"))
write(f"{out}/hostile2/letters.txt", "Headline of a blob\n\n" + "a" * (30 << 20) + "\n\n" + para(65) + "\n")
def plain_record(i, extra_header):
    """A plain (not gzipped) WARC response record of page(i)."""
    http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page(i)).encode()
    head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.com/h/%d\r\n%s"
            "Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n") % (i, extra_header, len(http))
    return head.encode() + http + b"\r\n\r\n"


# A page with one stray NUL (it was "binary"), and JSONL after a UTF-8
# byte order mark (its first line was "not valid JSON").
write(f"{out}/hostile2/nul.html", page(73).replace("</h1>", "</h1>\0"))
write(f"{out}/hostile2/bom.jsonl", "\ufeff" + "".join('{"id": "bom-%d", "text": "%s"}\n' % (k, para(74 + k)) for k in range(2)))
# An xz file (as CC-100 ships its text), and one whose header asks for a
# 256 MiB dictionary (read only up to 64 MiB: a decompress reject).
write(f"{out}/hostile2/page.txt.xz", lzma.compress(("Headline of an xz dump\n\n%s\n\n%s\n" % (para(76), para(77))).encode()))
write(f"{out}/hostile2/bigdict.txt.xz", lzma.compress(b"small", filters=[{"id": lzma.FILTER_LZMA2, "dict_size": 256 << 20}]))
write(f"{out}/hostile2/longheader.warc",
      plain_record(70, "") + plain_record(71, "X-Long: " + "a" * (300 << 10) + "\r\n") + plain_record(72, ""))

# Many small pages: a corpus long enough to interrupt.
for i in range(3000):
    write(f"{out}/many/p%04d.txt" % i, "Headline %d\n\n%s\n\n%s\n" % (i, para(i, 90), para(i + 5000, 70)))
