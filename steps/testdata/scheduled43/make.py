#!/usr/bin/env python3
"""Writes style AU of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled43):
written after all the ninth round's fixes of styles AG-AT, and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

AU (The Indian Express' header and its language sites'): "home / section";
the title; the English "Written by A"; the place, a bar and the updated
label with a month-first date ("place | updated-label July 03, 2024 10:30
IST", the language's month): the place is the story's dateline and the
body opens with none; the caption with "(photo: agency)"; an English
"Story continues below this ad" line between paragraphs; "also read:
title"; "© 2024 site".

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 480-486 and, for the title, link and caption, the three shortest
of 150-200.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((480, 481), (482, 483), (484, 485), (486,)), range(150, 200), 3,
               lambda o, n: [o[2] + ' ' + n[2], o[5] + ' ' + o[6] + ' ' + n[3], o[3] + ' ' + n[1], o[4] + ' ' + o[0] + ' ' + o[1] + ' ' + n[0]],
               (11, 8, 10))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' / ' + section, '', title, '']
    lines += ['Written by ' + p['a1'], '']
    lines += [place + ' | ' + p['updD'] + ' ' + p['july'] + ' 03, 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    lines += g.blocks(body[:1]) + ['Story continues below this ad', ''] + g.blocks(body[1:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(body[2:])
    lines += g.blocks(body)
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(body)}
    return lines, exp


if __name__ == '__main__':
    g.write('AU', page)
