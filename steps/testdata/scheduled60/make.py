#!/usr/bin/env python3
"""Writes style BL of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled60):
written after the ninth round's later fixes of AX, BE and BI, and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

BL (the updated time first, relative, and the published time after a
bar, absolute): "home / section"; the title; "label name";
"updated-label 3 hours ago | published-label 03 July 2024 08:15 IST"
(the language's words and digits for the hours, from ../scheduled30's
HOURS); the caption with "(photo: agency)"; the dateline "place:";
"also read: title"; "© 2024 site". The published time is the absolute
one after the bar.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py, the hours from
../scheduled30/make.py. Sentences are FLORES-200 dev lines 290-296 and,
for the title, link and caption, the three shortest of 450-500.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

HOURS = g.load('hours', 'scheduled30').HOURS


def page(code, p, fl):
    s = g.pick(code, p, fl, ((290, 291), (292, 293), (294, 295), (296,)), range(450, 500), 3,
               lambda o, n: [o[4] + ' ' + n[3], o[0] + ' ' + o[6] + ' ' + n[2], o[2] + ' ' + n[0], o[1] + ' ' + o[5] + ' ' + o[3] + ' ' + n[1]],
               (8, 12, 9))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' / ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['updD'] + ' ' + HOURS[code] + ' | ' + p['pubD'] + ' 03 ' + p['july'] + ' 2024 08:15 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T08:15:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('BL', page)
