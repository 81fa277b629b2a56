#!/usr/bin/env python3
"""Writes style BX of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled72):
written after the fixes of BU–BW and of BM and BO, and run once before
any fix of its own (BEFORE.log). Run from this folder: python3 make.py
[/path/to/flores-dev.tsv]

BX (a header whose spaces are the page's &nbsp; and whose date carries
directional marks, as a text browser prints a template that glues
labels to values with no-break spaces and wraps dates in left-to-right
marks for right-to-left pages' sake): "home › section"; the title;
"by-label" and the name joined by a no-break space (U+00A0);
"published-label", a no-break space, the date between left-to-right
marks (U+200E) with no-break spaces inside ("‎03 July 2024 10:30 IST‎");
the caption with "(photo: agency)"; the dateline "place:"; "also read:
title" between paragraphs; "© 2024 site". The record holds the name and
the date without the marks.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 420-426 and, for the title, link and caption, the three shortest
of 0-49.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

NB, LRM = '\u00a0', '\u200e'


def page(code, p, fl):
    s = g.pick(code, p, fl, ((420, 421), (422, 423), (424, 425), (426,)), range(0, 50), 3,
               lambda o, n: [o[5] + ' ' + n[1], o[2] + ' ' + o[0] + ' ' + n[3], o[4] + ' ' + n[0], o[1] + ' ' + o[6] + ' ' + o[3] + ' ' + n[2]],
               (11, 12, 7))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    date = LRM + NB.join(['03', p['july'], '2024', '10:30', 'IST']) + LRM
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + NB + p['a1'], p['pubD'] + NB + date, '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('BX', page)
