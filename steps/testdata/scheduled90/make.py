#!/usr/bin/env python3
"""Writes style CP of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled90):
written after the fixes of CK–CM, and run once before any fix of its own
(BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

CP (a "Most Read" box printed inside the text, as a text browser prints
a sidebar the HTML puts between paragraphs): "home › section"; the
title; "by-label name"; "published-label 03 July 2024 10:30 IST"; the
caption with "(photo: agency)"; the dateline "place:"; after the first
paragraph an English "Most Read" heading over three other stories'
headlines, a line each, no blank line between; "also read: title"
between the later paragraphs; "© 2024 site". The box is neither the
body's nor the story's related links.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 410-416 and, for the title, link, caption and the box's three
headlines, the six shortest of 100-199.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((410, 411), (412, 413), (414, 415), (416,)), range(100, 200), 6,
               lambda o, n: [o[1] + ' ' + n[3], o[2] + ' ' + o[5] + ' ' + n[0], o[3] + ' ' + n[1], o[6] + ' ' + o[4] + ' ' + o[0] + ' ' + n[2]],
               (10, 12, 9, 7, 8, 11))
    body = s.body
    title, related, caption, t1, t2, t3 = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:1])
    lines += ['Most Read', t1, t2, t3, '']
    lines += g.blocks(paras[1:3])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[3:])
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('CP', page)
