#!/usr/bin/env python3
"""Writes style AR of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled40):
written after the ninth round's fixes of styles AG-AQ, and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

AR (ThePrint's header): "home › section"; the title; the author's name
alone over the day with a comma after the month ("3 July, 2024 10:30 am
IST", the language's month); "Text Size: A- A+" and "Follow Us :" lines;
the caption with "(photo: agency)"; the dateline "place:"; "also read:
title"; "Copyright © 2024 site. rights".

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 450-456 and, for the title, link and caption, the three shortest
of 200-250.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((450, 451), (452, 453), (454, 455), (456,)), range(200, 250), 3,
               lambda o, n: [o[5] + ' ' + n[1], o[3] + ' ' + o[2] + ' ' + n[0], o[6] + ' ' + n[3], o[1] + ' ' + o[4] + ' ' + o[0] + ' ' + n[2]],
               (7, 10, 12))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['a1'], '3 ' + p['july'] + ', 2024 10:30 am IST', '']
    lines += ['Text Size: A- A+', '', 'Follow Us :', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = 'Copyright © 2024 ' + site + '. ' + p['rights']
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('AR', page)
