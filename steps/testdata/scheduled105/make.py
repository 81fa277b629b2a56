#!/usr/bin/env python3
"""Writes style DE of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled105):
written after all the fixes of CT–DB (the tenth session's second round's fourth
batch), and run once before any fix of its own (BEFORE.log). Run from this
folder: python3 make.py [/path/to/flores-dev.tsv]

DE (the second page of a story split over two): "home › section"; the
title; "label name"; "published-label 03 July 2024 10:30 IST"; the pager
"« Previous  1  2" over "Page 2 of 2"; "(Continued from page 1)"; the
page's paragraphs, no dateline (it opened page 1); "also read: title"
between paragraphs; "© 2024 site". The pager and the continuation note
are not the body's.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 310-316 and, for the title and link, the two shortest of 100-149.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((310, 311), (312, 313), (314, 315), (316,)), range(100, 150), 2,
               lambda o, n: [o[5] + ' ' + n[2], o[3] + ' ' + o[1] + ' ' + n[0], o[0] + ' ' + n[3], o[6] + ' ' + o[2] + ' ' + o[4] + ' ' + n[1]],
               (8, 11))
    body = s.body
    title, related = s.short
    site = p['site']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += ['« Previous  1  2', 'Page 2 of 2', '', '(Continued from page 1)', '']
    paras = body
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': '',
           'related': [related], 'caption': '', 'credit': '', 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('DE', page)
