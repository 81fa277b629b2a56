#!/usr/bin/env python3
"""Writes style CK of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled85):
written after the fixes of CH–CJ, and run once before any fix of its own
(BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

CK (a page dumped by lynx, whose links carry their reference numbers in
square brackets and whose addresses are listed at the end): "[1]home ›
[2]section"; the title; "by-label [3]name"; "published-label 03 July
2024 10:30 IST"; the caption with "(photo: agency)"; the dateline
"place:"; "also read: [4]title" between paragraphs; "© 2024 site"; an
English "References" heading over the four numbered addresses ("   1.
https://…"). The record holds the name and the related title without
the numbers.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 360-366 and, for the title, link and caption, the three shortest
of 300-349.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((360, 361), (362, 363), (364, 365), (366,)), range(300, 350), 3,
               lambda o, n: [o[5] + ' ' + n[0], o[1] + ' ' + o[3] + ' ' + n[3], o[2] + ' ' + n[1], o[4] + ' ' + o[0] + ' ' + o[6] + ' ' + n[2]],
               (11, 10, 12))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    base = 'https://www.example.in/' + code.replace('_', '-')
    lines = ['[1]' + p['home'] + ' › [2]' + section, '', title, '']
    lines += [p['bylE'] + ' [3]' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': [4]' + related, '']
    lines += g.blocks(paras[2:])
    cr = '© 2024 ' + site
    lines += [cr, '', 'References', '']
    lines += ['   1. ' + base + '/', '   2. ' + base + '/section/', '   3. ' + base + '/author/a1/',
              '   4. ' + base + '/news/story-1234567.html']
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('CK', page)
