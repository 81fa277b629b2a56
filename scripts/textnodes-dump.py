#!/usr/bin/env python3
"""A page as many crawlers dump it: every text node on a line of its own.

    scripts/textnodes-dump.py < page.html > page.txt

What BeautifulSoup's get_text("\\n", strip=True) gives, written with the
standard library's html.parser so that it needs nothing installed: script,
style, noscript, template, head, svg and iframe contents are left out,
white space inside a node is collapsed, and a link or an emphasis inside a
sentence breaks the sentence over lines. scripts/eval-unseen-renderer.sh
scores akhbar on such dumps, a layout no renderer of the dump set has.
"""
import html.parser
import sys

SKIP = {"script", "style", "noscript", "template", "head", "svg", "iframe"}


class TextNodes(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in SKIP and self.skip > 0:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            data = " ".join(data.split())
            if data:
                self.out.append(data)


def main():
    p = TextNodes()
    try:
        p.feed(sys.stdin.buffer.read().decode("utf-8", "replace"))
        p.close()
    except Exception:  # a broken page still gives what was read
        pass
    sys.stdout.write("\n".join(p.out) + "\n")


if __name__ == "__main__":
    main()
