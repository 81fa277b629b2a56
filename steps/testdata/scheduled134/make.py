#!/usr/bin/env python3
"""Writes style EH of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled134):
written with EF and EG after EE and run once, with them, before any fix of
its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

EH (an archived copy: the page as a web archive's replay shows it, saved
as text): no earlier style had the replay's toolbar, and news archives and
researchers (the users DESIGN.md names) read old stories there, where the
page no longer is on its site. The Wayback Machine's replay puts its
toolbar over the page, and a text copy keeps it, one item a line with no
blank line: "The Wayback Machine - https://web.archive.org/web/<14-digit
capture time>/<address>", the logo's alt text, the address in its search
box, "Go", "1 capture", the capture's day in English ("03 Jul 2024", the
capture 06:10:12 UTC, after the story's 10:30 IST), the calendar's months
"JUN JUL AUG", the day "03", the years "2023 2024 2025", "success",
"fail", "About this capture", "COLLECTED BY", "Collection: Save Page Now",
"TIMESTAMPS". Under it the archived page as a crawler's dump: the site's
name, the breadcrumb "home / section", the headline, "label name", the
published line "published-label 03 month 2024, 10:30 IST", the caption
"caption (photo: agency)", four paragraphs (the first "place: …") with
"also read: title" after the second, "© 2024 site. rights".

A correct record (decided before the first run): the headline (not the
toolbar's address or its labels); the writer; published
2024-07-03T10:30:00+05:30, the page's own time (not the capture's day);
the dateline; related = the also-read title; caption and credit; the
rights line; the text = the four paragraphs only.

People, places, sites, labels, the month and the "also read" word come
from ../scheduled2/make.py, the section word from ../scheduled3/make.py,
host names from ../scheduled115/make.py. Sentences are FLORES-200 dev lines
284-291 (two a paragraph) and, for the title, the caption and the
also-read title, the three shortest of 400-449; the four languages FLORES
lacks use ../scheduled/make.py's own.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402

_DO = g.load('do', 'scheduled115')
HOST = _DO.HOST
PUBLISHED = '2024-07-03T10:30:00+05:30'
CAPTURE = '20240703061012'


def page(code, p, fl):
    s = g.pick(code, p, fl, tuple((284 + 2 * i, 285 + 2 * i) for i in range(4)), range(400, 450), 3,
               lambda o, n: [o[0] + ' ' + n[0], o[1] + ' ' + o[2], o[3] + ' ' + n[1], o[4]],
               (5, 6, 7))
    title, caption, also = s.short
    site, place, agency, author = p['site'], p['place'], p['agency'], p['a1']
    section = g.third().G[code][4]
    addr = 'https://www.' + HOST[code] + '/news/' + code.replace('_', '-') + '-story-6134.html'
    credit = p['credit'][0] + ': ' + agency
    copyright = '© 2024 ' + site + '. ' + p['rights']
    paras = [place + ': ' + s.body[0]] + s.body[1:]
    lines = ['The Wayback Machine - https://web.archive.org/web/%s/%s' % (CAPTURE, addr),
             'Wayback Machine', addr, 'Go', '1 capture', '03 Jul 2024', 'JUN JUL AUG', '03',
             '2023 2024 2025', 'success', 'fail', 'About this capture', 'COLLECTED BY',
             'Collection: Save Page Now', 'TIMESTAMPS', '',
             site, '', p['home'] + ' / ' + section, '', title, '', p['bylE'] + ' ' + author, '',
             p['pubD'] + ' 03 ' + p['july'] + ' 2024, 10:30 IST', '',
             caption + ' (' + credit + ')', '']
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + also, '']
    lines += g.blocks(paras[2:])
    lines += [copyright, '']
    exp = {'title': title, 'authors': [author], 'published': PUBLISHED, 'dateline': place,
           'related': [also], 'caption': caption, 'credit': credit, 'copyright': copyright,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('EH', page)
