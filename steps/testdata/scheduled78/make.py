#!/usr/bin/env python3
"""Writes style CD of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled78):
written after the fixes of BX–CA, and run once before any fix of its own
(BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

CD (a story as a news aggregator republishes it, as MSN's Indian editions
print the language sites' stories): the source's name on its own line;
the title; an English "Story by name • 2h • 3 min read" line (the age
in hours, short: two hours before the test's now is 10:00 UTC); the
caption with "(photo: agency)"; the dateline "place:"; "also read:
title" between paragraphs; "© 2024 site".

People, places, sites, labels and agencies come from ../scheduled2/make.py.
Sentences are FLORES-200 dev lines 480-486 and, for the title, link and
caption, the three shortest of 380-429.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((480, 481), (482, 483), (484, 485), (486,)), range(380, 430), 3,
               lambda o, n: [o[1] + ' ' + n[2], o[3] + ' ' + o[0] + ' ' + n[1], o[4] + ' ' + n[3], o[6] + ' ' + o[5] + ' ' + o[2] + ' ' + n[0]],
               (12, 7, 9))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    lines = [site, '', title, '']
    lines += ['Story by ' + p['a1'] + ' • 2h • 3 min read', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:00:00Z', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('CD', page)
