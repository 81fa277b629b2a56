#!/usr/bin/env python3
"""Writes style CA of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled75):
written after the fixes of BU–BW and of BM and BO, and run once before
any fix of its own (BEFORE.log). Run from this folder: python3 make.py
[/path/to/flores-dev.tsv]

CA (a photo gallery whose counters read "Photo 1 of 3" in English above
each caption, as galleries of Indian English and language sites print
them): "home › section"; the title; "by-label name"; "published-label 03
July 2024 10:30 IST"; then three photos, each the counter alone on its
line ("Photo 1 of 3") over its caption on the next, the first caption
with "(photo: agency)", the others bare, the text between them (the
first paragraph with the dateline "place:" and the second under the
first photo, the third under the second, the fourth under the third);
"also read: title"; "© 2024 site". The record's first image is the
first photo; counters and captions are not the body's.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 450-456 and, for the title, link and three captions, the five
shortest of 60-139.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((450, 451), (452, 453), (454, 455), (456,)), range(60, 140), 5,
               lambda o, n: [o[3] + ' ' + n[0], o[5] + ' ' + o[1] + ' ' + n[2], o[2] + ' ' + n[3], o[0] + ' ' + o[4] + ' ' + o[6] + ' ' + n[1]],
               (10, 12, 7, 11, 9))
    body = s.body
    title, related, cap1, cap2, cap3 = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += ['Photo 1 of 3', cap1 + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    lines += g.blocks(paras[:2])
    lines += ['Photo 2 of 3', cap2, '']
    lines += g.blocks(paras[2:3])
    lines += ['Photo 3 of 3', cap3, '']
    lines += g.blocks(paras[3:])
    lines += [p['also'][0] + ': ' + related, '']
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': cap1, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('CA', page)
