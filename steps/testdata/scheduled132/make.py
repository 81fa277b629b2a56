#!/usr/bin/env python3
"""Writes style EF of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled132):
written with EG and EH after EE and run once, with them, before any fix of
its own (BEFORE.log). Run from this folder, with lynx and links installed
(Debian bookworm: lynx 2.9.0dev.12, links 2.28):
python3 make.py [/path/to/flores-dev.tsv]

EF (a page in the language rendered to text by a text browser, where the
renderers of issue 15 meet the languages of issue 16): the HTML page
(written to html/, kept for the record: it is not an input) has a header
(the logo's alt text, a menu: home, section, videos, photos), a breadcrumb
(home › section), the <h1>, the byline "label <a>name</a>", a date line
"published-label 03 month 2024, 10:30 IST" in the language's month, a
<figure> whose <img alt> is the caption and whose <figcaption> is
"caption (photo: agency)", four paragraphs (the first opened by "place:"),
after the second an "also read" box (its heading in the language over a
<ul> of two linked headlines), and a footer (About, Contact, Privacy links
and "© 2024 site. rights").

The input is the page as a text browser prints it, 80 columns wide: lynx
-dump (the links numbered "[3]name", image alt text in brackets, list items
as "* ", the numbered addresses under "References" at the end) for the
languages at even places in the list, links -dump (no link numbers, list
items as "* ", text indented by its nesting) for the others. Both wrap the
paragraphs at 80 columns with no blank line between the wrapped lines.

A correct record (decided before the first run): the headline; the writer;
published 2024-07-03T10:30:00+05:30; the dateline; related = the box's two
headlines; caption and credit as DO has them; the rights line; the text =
the four paragraphs, each joined again from its wrapped lines.

People, places, sites, labels, the month and the "also read" heading come
from ../scheduled2/make.py, the section word from ../scheduled3/make.py,
the host names from ../scheduled115/make.py. Sentences are FLORES-200 dev
lines 272-279 (two a paragraph) and, for the title, the caption and the two
box headlines, the four shortest of 150-199; the four languages FLORES
lacks use ../scheduled/make.py's own.
"""
import html
import os
import subprocess
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402

_DO = g.load('do', 'scheduled115')
HOST, LANGTAG = _DO.HOST, _DO.LANGTAG
PUBLISHED = '2024-07-03T10:30:00+05:30'


def t(s):
    return html.escape(s, quote=False)


def a(s):
    return html.escape(s, quote=True)


def render(code, lines, lynx):
    """The page as the text browser prints it (its HTML kept in html/)."""
    os.makedirs('html', exist_ok=True)
    path = os.path.join('html', code + '_EF.htm')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines))
    if lynx:
        cmd = ['lynx', '-dump', '-width=80', '-assume_charset=utf-8', '-display_charset=utf-8', path]
    else:
        cmd = ['links', '-dump', '-width', '80', '-codepage', 'utf-8', path]
    out = subprocess.run(cmd, check=True, capture_output=True).stdout.decode('utf-8')
    return out.rstrip('\n').split('\n')


def page(code, p, fl):
    s = g.pick(code, p, fl, tuple((272 + 2 * i, 273 + 2 * i) for i in range(4)), range(150, 200), 4,
               lambda o, n: [o[0] + ' ' + n[0], o[1] + ' ' + o[2], o[3] + ' ' + n[1], o[4]],
               (5, 6, 7, 8))
    title, caption = s.short[:2]
    box = s.short[2:4]
    site, place, agency, author = p['site'], p['place'], p['agency'], p['a1']
    section = g.third().G[code][4]
    host = 'https://www.' + HOST[code]
    slug = code.replace('_', '-')
    credit = p['credit'][0] + ': ' + agency
    copyright = '© 2024 ' + site + '. ' + p['rights']
    rtl = ' dir="rtl"' if code in ('kas_Arab', 'snd_Arab', 'urd') else ''
    shown = p['pubD'] + ' 03 ' + p['july'] + ' 2024, 10:30 IST'
    paras = [place + ': ' + s.body[0]] + s.body[1:]
    lynx = sorted(g.second.L).index(code) % 2 == 0

    h = ['<!DOCTYPE html>', '<html lang="%s"%s>' % (LANGTAG[code], rtl), '<head>', '<meta charset="utf-8">',
         '<title>%s</title>' % t(title + ' | ' + site), '</head>', '<body>',
         '<header>',
         '<a href="%s/"><img src="%s/images/logo.png" alt="%s"></a>' % (host, host, a(site)),
         '<nav><ul>',
         '<li><a href="%s/">%s</a></li>' % (host, t(p['home'])),
         '<li><a href="%s/news">%s</a></li>' % (host, t(section)),
         '<li><a href="%s/videos">Videos</a></li>' % host,
         '<li><a href="%s/photos">Photos</a></li>' % host,
         '</ul></nav>', '</header>',
         '<main><article>',
         '<div class="breadcrumb"><a href="%s/">%s</a> › <a href="%s/news">%s</a></div>'
         % (host, t(p['home']), host, t(section)),
         '<h1>%s</h1>' % t(title),
         '<p class="byline">%s <a href="%s/author/reporter-32">%s</a></p>' % (t(p['bylE']), host, t(author)),
         '<p class="date">%s</p>' % t(shown),
         '<figure><img src="%s/images/2024/07/03/lead-6132.jpg" alt="%s">' % (host, a(caption)),
         '<figcaption>%s (%s)</figcaption></figure>' % (t(caption), t(credit))]
    h += ['<p>%s</p>' % t(x) for x in paras[:2]]
    h += ['<div class="also-read"><h4>%s</h4><ul>' % t(p['also'][0])]
    for i, x in enumerate(box):
        h.append('<li><a href="%s/news/%s-story-66%d.html">%s</a></li>' % (host, slug, i, t(x)))
    h += ['</ul></div>']
    h += ['<p>%s</p>' % t(x) for x in paras[2:]]
    h += ['</article></main>',
          '<footer><ul>',
          '<li><a href="%s/about-us">About Us</a></li>' % host,
          '<li><a href="%s/contact-us">Contact Us</a></li>' % host,
          '<li><a href="%s/privacy-policy">Privacy Policy</a></li>' % host,
          '</ul>', '<p>%s</p>' % t(copyright), '</footer>', '</body>', '</html>', '']
    exp = {'title': title, 'authors': [author], 'published': PUBLISHED, 'dateline': place,
           'related': box, 'caption': caption, 'credit': credit, 'copyright': copyright,
           'text': '\n\n'.join(paras)}
    return render(code, h, lynx), exp


if __name__ == '__main__':
    g.write('EF', page)
