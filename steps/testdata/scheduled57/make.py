#!/usr/bin/env python3
"""Writes style BI of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled57):
written after the ninth round's later fixes of AX and BE, and run once before
any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

BI (the reporter's place in brackets after the name, as Hindi and
Marathi district pages print it): "home » section"; the title; "label
name (place)"; "published-label 03 July 2024, 10:30 IST"; the caption
with "(photo: agency)"; the dateline "place:"; "also read: title"; "©
2024 site". The place is no part of the name.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 260-266 and, for the title, link and caption, the three shortest
of 300-350.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((260, 261), (262, 263), (264, 265), (266,)), range(300, 350), 3,
               lambda o, n: [o[0] + ' ' + n[2], o[4] + ' ' + o[1] + ' ' + n[3], o[3] + ' ' + n[1], o[2] + ' ' + o[5] + ' ' + o[6] + ' ' + n[0]],
               (12, 8, 10))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    comma = '، ' if code in ('urd', 'kas_Arab', 'snd_Arab') else ', '
    lines = [p['home'] + ' » ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'] + ' (' + place + ')', p['pubD'] + ' 03 ' + p['july'] + ' 2024' + comma + '10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('BI', page)
