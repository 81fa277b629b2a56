#!/usr/bin/env python3
"""Writes style CL of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled86):
written after the fixes of CH–CJ, and run once before any fix of its own
(BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

CL (an "also read" cue in capitals with a bar, as Indian English sites
print it between paragraphs, over a stock picture's English caption):
"home › section"; the title; "by-label name"; "published-label 03 July
2024 10:30 IST"; the caption "Representative image (photo: agency)" in
English; the dateline "place:"; "ALSO READ | title" in English capitals
between paragraphs; "© 2024 site". The caption is "Representative
image".

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 370-376 and, for the title and link, the two shortest of 190-239.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((370, 371), (372, 373), (374, 375), (376,)), range(190, 240), 2,
               lambda o, n: [o[4] + ' ' + n[1], o[6] + ' ' + o[2] + ' ' + n[0], o[0] + ' ' + n[3], o[5] + ' ' + o[3] + ' ' + o[1] + ' ' + n[2]],
               (10, 12))
    body = s.body
    title, related = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += ['Representative image (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += ['ALSO READ | ' + related, '']
    lines += g.blocks(paras[2:])
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': 'Representative image', 'credit': p['credit'][0] + ': ' + agency,
           'copyright': cr, 'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('CL', page)
