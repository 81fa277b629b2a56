#!/usr/bin/env python3
"""Writes style BQ of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled65):
written after the fixes of BN–BP, and run once before any fix of its own
(BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

BQ (a story flagged by a label printed on the headline's own line, as
Indian sites flag exclusives and opinion pieces): "home › section"; the
headline with an English label and a bar glued before it ("EXCLUSIVE |
title"); "by-label name | Edited by name2" on one line (the editor is no
author); an English "Last updated on: 03 July 2024, 10:30 IST" with the
language's month; the caption with "(photo: agency)"; the dateline
"place:"; "also read: title" between paragraphs; the agency's credit
after the last paragraph, in English and in brackets ("(With inputs from
agency)"), which is the article's last line and so the body's; "© 2024
site". The title is the headline without the label.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 340-346 and, for the title, link and caption, the three shortest
of 150-199.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((340, 341), (342, 343), (344, 345), (346,)), range(150, 200), 3,
               lambda o, n: [o[1] + ' ' + n[3], o[5] + ' ' + o[0] + ' ' + n[2], o[6] + ' ' + n[0], o[2] + ' ' + o[4] + ' ' + o[3] + ' ' + n[1]],
               (9, 12, 11))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', 'EXCLUSIVE | ' + title, '']
    lines += [p['bylE'] + ' ' + p['a1'] + ' | Edited by ' + p['a2'], 'Last updated on: 03 ' + p['july'] + ' 2024, 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:] + ['(With inputs from ' + agency + ')']
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
    g.write('BQ', page)
