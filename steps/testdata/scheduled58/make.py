#!/usr/bin/env python3
"""Writes style BJ of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled58):
written after the ninth round's later fixes of AX and BE, and run once before
any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

BJ (two reporters, each under its own label on a line of its own, as
Eenadu's and Lokmat's joint stories print them): "home › section"; the
title; "label A" over "second-label B" (the E and F labels); "published-
label 03 July 2024 10:30 IST"; the caption with "(photo: agency)"; the
dateline "place:"; "also read: title"; "© 2024 site". Both are authors,
in that order.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 270-276 and, for the title, link and caption, the three shortest
of 350-400.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((270, 271), (272, 273), (274, 275), (276,)), range(350, 400), 3,
               lambda o, n: [o[3] + ' ' + n[0], o[6] + ' ' + o[2] + ' ' + n[1], o[5] + ' ' + n[3], o[4] + ' ' + o[1] + ' ' + o[0] + ' ' + n[2]],
               (9, 7, 11))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['bylF'] + ' ' + p['a2'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1'], p['a2']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('BJ', page)
