#!/usr/bin/env python3
"""Writes style CN of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled88):
written after the fixes of CK–CM, and run once before any fix of its own
(BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

CN (a header a text browser aligned as the page's style asks, centred
and right-aligned with leading spaces): "home › section"; the title
centred (twenty spaces before it); "by-label name" and "published-label
03 July 2024 10:30 IST" right-aligned (forty spaces before each); the
caption with "(photo: agency)" centred; the dateline "place:"; "also
read: title" between paragraphs; "© 2024 site" centred. The record
holds the lines without the spaces.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 390-396 and, for the title, link and caption, the three shortest
of 400-449.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((390, 391), (392, 393), (394, 395), (396,)), range(400, 450), 3,
               lambda o, n: [o[3] + ' ' + n[3], o[0] + ' ' + o[4] + ' ' + n[1], o[6] + ' ' + n[2], o[2] + ' ' + o[1] + ' ' + o[5] + ' ' + n[0]],
               (12, 9, 7))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    c, r = ' ' * 20, ' ' * 40
    lines = [p['home'] + ' › ' + section, '', c + title, '']
    lines += [r + p['bylE'] + ' ' + p['a1'], r + p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [c + caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    cr = '© 2024 ' + site
    lines += [c + cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('CN', page)
