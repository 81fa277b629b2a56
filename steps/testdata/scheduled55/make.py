#!/usr/bin/env python3
"""Writes style BG of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled55):
written after the ninth round's later first fix (AX's '∙'), and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

BG (ABP's and Asianet's language sites' short English relative time):
"home / section"; the title; "label name | Updated: 45 min ago" on one
line (English label and units, "min" not "minutes": 11:15 UTC for the
test's now); the caption with "(photo: agency)"; the dateline "place:";
"also read: title"; "© 2024 site".

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 240-246 and, for the title, link and caption, the three shortest
of 150-200.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((240, 241), (242, 243), (244, 245), (246,)), range(150, 200), 3,
               lambda o, n: [o[5] + ' ' + n[1], o[3] + ' ' + o[0] + ' ' + n[2], o[6] + ' ' + n[3], o[1] + ' ' + o[2] + ' ' + o[4] + ' ' + n[0]],
               (12, 9, 11))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' / ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'] + ' | Updated: 45 min ago', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T11:15:00Z', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('BG', page)
