#!/usr/bin/env python3
"""Writes style CM of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled87):
written after the fixes of CH–CJ, and run once before any fix of its own
(BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

CM (a sidebar of other stories printed before the article, as a text
browser prints a page whose "Top Stories" box comes first in the HTML):
an English "Top Stories" heading over three other stories' headlines,
a line each; then "home › section"; the title; "by-label name";
"published-label 03 July 2024 10:30 IST"; the caption with "(photo:
agency)"; the dateline "place:"; "also read: title" between paragraphs;
"© 2024 site". The record's related link is the "also read" one (the
sidebar's headlines are the site's, not this story's).

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 380-386 and, for the title, link, caption and the sidebar's three
headlines, the six shortest of 0-99.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((380, 381), (382, 383), (384, 385), (386,)), range(0, 100), 6,
               lambda o, n: [o[0] + ' ' + n[1], o[4] + ' ' + o[6] + ' ' + n[2], o[3] + ' ' + n[0], o[1] + ' ' + o[5] + ' ' + o[2] + ' ' + n[3]],
               (9, 10, 11, 12, 7, 8))
    body = s.body
    title, related, caption, t1, t2, t3 = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = ['Top Stories', t1, t2, t3, '']
    lines += [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
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
    g.write('CM', page)
