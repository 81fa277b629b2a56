#!/usr/bin/env python3
"""Writes style CU of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled95):
written after all the fixes of BQ–CS, and run once before any fix of its
own (BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

CU (the first page of a story split over two): "home › section"; the
title; "label name"; "published-label 03 July 2024 10:30 IST"; the
caption with "(photo: agency)"; the dateline "place:"; "also read: title"
between paragraphs; under the last paragraph the pager, "Page 1 of 2" over
"« Previous 1 2 Next »"; "© 2024 site". The pager is not the body's.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 460-466 and, for the title, link and caption, the three shortest
of 100-149.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((460, 461), (462, 463), (464, 465), (466,)), range(100, 150), 3,
               lambda o, n: [o[3] + ' ' + n[2], o[1] + ' ' + o[6] + ' ' + n[1], o[0] + ' ' + n[3], o[2] + ' ' + o[4] + ' ' + o[5] + ' ' + n[0]],
               (11, 8, 10))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += ['Page 1 of 2', '« Previous  1  2  Next »', '']
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('CU', page)
