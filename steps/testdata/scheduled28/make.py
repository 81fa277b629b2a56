#!/usr/bin/env python3
"""Writes style AF of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled28):
written after the fixes styles S to AA led to, and run once before any
fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

AF: "home › section"; the title; the author's name, a bar and an English
"First Published" with no colon and a comma after the day ("name  |
First Published 3, Jul 2024, 10:30 AM IST", as Asianet's sites in every
language print it); an English "Highlights" heading over a one-sentence
summary (not part of the body, as style S's standfirst); the caption
with "(photo: agency)"; the dateline with the month and day in square
brackets glued to the place ("place[July.3]:", the language's month);
"also read: title"; "Copyright © 2024 site".

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 330-337 (337: the summary) and, for the title, link and caption,
the three shortest of 460-499.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

first = g.first


def page(code, p, fl):
    s = g.pick(code, p, fl, ((330, 331), (332, 333), (334, 335), (336,)), range(460, 500), 3,
               lambda o, n: [o[3] + ' ' + n[3], o[6] + ' ' + o[1] + ' ' + n[0], o[2] + ' ' + n[2], o[4] + ' ' + o[5] + ' ' + o[0] + ' ' + n[1]],
               (12, 9, 11))
    body = s.body
    title, related, caption = s.short
    summary = s.S[337] if s.S else s.o[7]
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['a1'] + '  |  First Published 3, Jul 2024, 10:30 AM IST', '']
    lines += ['Highlights', summary, '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + '[' + p['july'] + '.3]: ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][1] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = 'Copyright © 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('AF', page)
