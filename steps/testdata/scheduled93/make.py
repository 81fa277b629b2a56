#!/usr/bin/env python3
"""Writes style CS of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled93):
written after the fixes of CN–CP, and run once before any fix of its own
(BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

CS (a column signed at its end with a dash and the name, no byline
above): "home › section"; the title; "published-label 03 July 2024
10:30 IST"; the caption with "(photo: agency)"; the dateline "place:";
"also read: title" between paragraphs; after the last paragraph "—
name" on a line of its own; "© 2024 site". The signature is the author
and not the body's.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 440-446 and, for the title, link and caption, the three shortest
of 0-49.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((440, 441), (442, 443), (444, 445), (446,)), range(0, 50), 3,
               lambda o, n: [o[4] + ' ' + n[2], o[0] + ' ' + o[3] + ' ' + n[3], o[5] + ' ' + n[0], o[6] + ' ' + o[1] + ' ' + o[2] + ' ' + n[1]],
               (10, 11, 9))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += ['— ' + p['a1'], '']
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('CS', page)
