#!/usr/bin/env python3
"""Writes style DG of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled107):
written after all the fixes of CT–DE (the tenth session's third round's
batch), and run once before any fix of its own (BEFORE.log). Run from this
folder: python3 make.py [/path/to/flores-dev.tsv]

DG (a story on counting day with the results widget embedded in it):
"home › section"; the title; "label name"; "published-label 03 July 2024
10:30 IST"; the caption with "(photo: agency)"; the dateline "place:";
after the second paragraph the widget's English lines, glued: "Maharashtra
Election Results 2024 (288/288)", "Party | Won | Leading | Total", three
alliance rows "NDA | 230 | 0 | 230", "Source: ECI"; then the other
paragraphs; "also read: title" under the last; "© 2024 site". The
widget is not the body's.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 50-56 and, for the title, link and caption, the three shortest
of 400-449.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

WIDGET = ['Maharashtra Election Results 2024 (288/288)', 'Party | Won | Leading | Total', 'NDA | 230 | 0 | 230',
          'MVA | 46 | 0 | 46', 'Others | 12 | 0 | 12', 'Source: ECI']


def page(code, p, fl):
    s = g.pick(code, p, fl, ((50, 51), (52, 53), (54, 55), (56,)), range(400, 450), 3,
               lambda o, n: [o[1] + ' ' + n[0], o[3] + ' ' + o[5] + ' ' + n[2], o[6] + ' ' + n[3], o[0] + ' ' + o[2] + ' ' + o[4] + ' ' + n[1]],
               (11, 12, 10))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += WIDGET + ['']
    lines += g.blocks(paras[2:])
    lines += [p['also'][0] + ': ' + related, '']
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('DG', page)
