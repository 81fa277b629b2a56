#!/usr/bin/env python3
"""Writes style BU of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled69):
written after the fixes of BQ–BT, and run once before any fix of its own
(BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

BU (a header with the story's points as bullets and an English
"First published on: date at time", as English and language sites of
the Indian Express group print them): "home › section"; the title;
"by-label name"; "First published on: 03-07-2024 at 10:30 IST"; an
English "Story Highlights" heading over two points, each a line opened
by "• " (no blank line between, not the body's); the caption with
"(photo: agency)"; the dateline "place:"; "also read: title" between
paragraphs; "© 2024 site".

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 390-396 and, for the title, link, caption and the two points, the
five shortest of 240-289.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((390, 391), (392, 393), (394, 395), (396,)), range(240, 290), 5,
               lambda o, n: [o[6] + ' ' + n[0], o[2] + ' ' + o[5] + ' ' + n[1], o[4] + ' ' + n[3], o[1] + ' ' + o[0] + ' ' + o[3] + ' ' + n[2]],
               (11, 7, 12, 9, 10))
    body = s.body
    title, related, caption, h1, h2 = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], 'First published on: 03-07-2024 at 10:30 IST', '']
    lines += ['Story Highlights', '• ' + h1, '• ' + h2, '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('BU', page)
