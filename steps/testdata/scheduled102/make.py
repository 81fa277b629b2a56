#!/usr/bin/env python3
"""Writes style DB of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled102):
written after the fixes of CT–CY (the tenth session's second round's third batch), and
run once before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

DB (a business page's market ticker over the page): "Sensex 79,476.19 ▲
391.26 (0.49%) | Nifty 24,123.85 ▲ 112.65 (0.47%) | Gold ₹72,150 ▼ 0.2%"
on the first line; "home › section"; the title; "label name";
"published-label 03 July 2024 10:30 IST"; the caption with "(photo:
agency)"; the dateline "place:"; "also read: title" between paragraphs;
"© 2024 site". The ticker is furniture.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 160-166 and, for the title, link and caption, the three shortest
of 450-499.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

TICKER = 'Sensex 79,476.19 ▲ 391.26 (0.49%) | Nifty 24,123.85 ▲ 112.65 (0.47%) | Gold ₹72,150 ▼ 0.2%'


def page(code, p, fl):
    s = g.pick(code, p, fl, ((160, 161), (162, 163), (164, 165), (166,)), range(450, 500), 3,
               lambda o, n: [o[2] + ' ' + n[2], o[6] + ' ' + o[4] + ' ' + n[1], o[1] + ' ' + n[0], o[5] + ' ' + o[3] + ' ' + o[0] + ' ' + n[3]],
               (10, 12, 11))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [TICKER, '', p['home'] + ' › ' + section, '', title, '']
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
    g.write('DB', page)
