#!/usr/bin/env python3
"""Writes style Z of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled22):
written after the fixes styles S, U, W, X and Y led to, and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

Z: "site » section"; the title; the byline, then "Follow @handle" on its
own line; the published label with an Indian day-first numeric date
("03/07/2024 10:30 AM IST"); the caption with "(photo: agency)"; the
dateline "place:"; a "Watch Video" line between paragraphs; "also read:
title"; "© 2024 site".

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 260-266 and, for the title, link and caption, the three shortest
of 450-499.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((260, 261), (262, 263), (264, 265), (266,)), range(450, 500), 3,
               lambda o, n: [o[6] + ' ' + n[0], o[4] + ' ' + o[2] + ' ' + n[1], o[0] + ' ' + n[3], o[1] + ' ' + o[3] + ' ' + o[5] + ' ' + n[2]],
               (10, 9, 12))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [site + ' » ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], '', 'Follow @newsdesk', '']
    lines += [p['pubD'] + ' 03/07/2024 10:30 AM IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += ['Watch Video', '']
    lines += g.blocks(paras[2:3])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[3:])
    lines += g.blocks(paras)
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('Z', page)
