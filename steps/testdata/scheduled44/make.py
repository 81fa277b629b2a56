#!/usr/bin/env python3
"""Writes style AV of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled44):
written after all the ninth round's fixes of styles AG-AT, and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

AV (Eenadu's and Sakshi's header, labels with a spaced colon): "home »
section"; the title; "label : name" (the E label without its colon, then
" : "); "published-label : 03-07-2024 10:30 IST" and "updated-label :
03-07-2024 11:45 IST" (day-first with hyphens), each a line, glued; the
caption with "(photo: agency)"; the dateline "place :" with a space
before the colon; "also read : title"; "© site 2024".

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 490-496 and, for the title, link and caption, the three shortest
of 450-500.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def label(s):
    """The label without its colon, then a spaced colon."""
    return s.rstrip(':').rstrip() + ' : '


def page(code, p, fl):
    s = g.pick(code, p, fl, ((490, 491), (492, 493), (494, 495), (496,)), range(450, 500), 3,
               lambda o, n: [o[4] + ' ' + n[3], o[0] + ' ' + o[2] + ' ' + n[2], o[6] + ' ' + n[0], o[1] + ' ' + o[5] + ' ' + o[3] + ' ' + n[1]],
               (10, 7, 12))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' » ' + section, '', title, '']
    lines += [label(p['bylE']) + p['a1'], '']
    lines += [label(p['pubD']) + '03-07-2024 10:30 IST', label(p['updD']) + '03-07-2024 11:45 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ' : ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [label(p['also'][0]) + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = '© ' + site + ' 2024'
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('AV', page)
