#!/usr/bin/env python3
"""Writes style EL of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled138):
written with EM and EN after EK and run once, with them, before any fix of
its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

EL (the "print" version of an article, as the print button of an Indian
news site opens it, saved as HTML; the sites of ../scheduled115): a head
with '<title>headline | site</title>', a robots noindex and the canonical
address, nothing else stated (no og, article meta or JSON-LD); a body
that is the article alone: the site's logo with "Print" and "Close"
links, the headline in an <h1> (an <h2> on a third), 'label name', no
published line, the lead <figure> with "caption (photo: agency)" in its
<figcaption>, four paragraphs (the first opened by "place:"), the rights
line and, on two thirds, the story's address printed under it ("Story
URL: address" or "Printed from: address"). No menu, related links or
also-read line: the print view drops them. The only date on the page is
in its address, in the forms Indian sites use, by the language's place
in the list (i % 3): '/news/2024/07/03/slug-1381.html',
'/news/2024/jul/03/slug-1381.html', '/news/slug-2024-07-03'.

A correct record (decided before the first run): the headline; the
writer; published 2024-07-03, the day alone (an address gives no clock
and no zone); the dateline; no related link; caption and credit; the
rights line; the text = the four paragraphs only.

People, places, sites, labels and the credit word come from
../scheduled2/make.py, the addresses' hosts from ../scheduled115/make.py.
Sentences are the first eight FLORES-200 dev lines of 300-399 whose English names
no number, day or month (two a paragraph) and, for the
title and the caption, the two shortest of 100-149 whose English has no
digit; the four languages FLORES lacks use ../scheduled/make.py's own.
"""
import html
import re
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402

_DO = g.load('do', 'scheduled115')
HOST, LANGTAG = _DO.HOST, _DO.LANGTAG


def t(s):
    return html.escape(s, quote=False)


def a(s):
    return html.escape(s, quote=True)


def digitful(fl, span):
    return {i for i in span if re.search(r'[0-9]', fl['eng_Latn'][i])}


# A date or a clock in the story's own sentences is not the page's date:
# the body's lines are the first eight of 300-399 whose English names no
# number, day or month.
DATEFUL = re.compile(r'[0-9]|day\b|January|February|March|April|May|June|July|August|September|October|November|'
                     r'December|o.clock', re.I)


def bodylines(fl):
    idx = [i for i in range(300, 400) if not DATEFUL.search(fl['eng_Latn'][i])][:8]
    return tuple((idx[2 * k], idx[2 * k + 1]) for k in range(4))


def page(code, p, fl):
    s = g.pick(code, p, fl, bodylines(fl), range(100, 150), 2,
               lambda o, n: [o[2] + ' ' + n[1], o[4] + ' ' + n[0], o[0] + ' ' + o[5], o[1] + ' ' + n[3]],
               (10, 8), skip=digitful(fl, range(100, 150)))
    title, caption = s.short
    site, place, agency, author = p['site'], p['place'], p['agency'], p['a1']
    variant = sorted(g.second.L).index(code) % 3
    host = 'https://www.' + HOST[code]
    slug = code.replace('_', '-') + '-story'
    addr = [host + '/news/2024/07/03/' + slug + '-1381.html', host + '/news/2024/jul/03/' + slug + '-1381.html',
            host + '/news/' + slug + '-2024-07-03'][variant]
    credit = p['credit'][0] + ': ' + agency
    copyright = '© 2024 ' + site + '. ' + p['rights']
    paras = [place + ': ' + s.body[0]] + s.body[1:]
    rtl = ' dir="rtl"' if code in ('kas_Arab', 'snd_Arab', 'urd') else ''
    head = 'h2 class="print-title"' if variant == 1 else 'h1'
    h = ['<!DOCTYPE html>', '<html lang="%s"%s>' % (LANGTAG[code], rtl), '<head>', '<meta charset="utf-8">',
         '<title>%s</title>' % t(title + ' | ' + site),
         '<meta name="robots" content="noindex, nofollow">',
         '<link rel="canonical" href="%s">' % addr,
         '<link rel="stylesheet" href="/assets/css/print.css" media="all">', '</head>',
         '<body class="print-page" onload="window.print()">',
         '<div class="print-header">',
         '<img src="/images/logo-print.png" alt="%s">' % a(site),
         '<div class="print-actions"><a href="javascript:window.print()">Print</a> | '
         '<a href="javascript:window.close()">Close</a></div>',
         '</div>',
         '<div class="print-article">',
         '<%s>%s</%s>' % (head, t(title), head.split()[0]),
         '<p class="byline">%s %s</p>' % (t(p['bylE']), t(author)),
         '<figure><img src="%s/images/2024/07/03/lead-1381.jpg" alt="%s">' % (host, a(caption)),
         '<figcaption>%s (%s)</figcaption></figure>' % (t(caption), t(credit))]
    h += ['<p>%s</p>' % t(x) for x in paras]
    h += ['</div>', '<div class="print-footer">', '<p>%s</p>' % t(copyright)]
    if variant == 0:
        h.append('<p>Story URL: %s</p>' % t(addr))
    elif variant == 2:
        h.append('<p>Printed from: <a href="%s">%s</a></p>' % (a(addr), t(addr)))
    h += ['</div>', '</body>', '</html>', '']
    exp = {'title': title, 'authors': [author], 'published': '2024-07-03', 'dateline': place,
           'related': [], 'caption': caption, 'credit': credit, 'copyright': copyright,
           'text': '\n\n'.join(paras)}
    return h, exp


if __name__ == '__main__':
    g.write('EL', page, ext='.html')
