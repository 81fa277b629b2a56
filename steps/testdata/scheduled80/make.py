#!/usr/bin/env python3
"""Writes style CF of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled80):
written after the fixes of CB–CD, and run once before any fix of its own
(BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

CF (a story that also ran in the printed paper, with the print edition's
note after the text, as Indian dailies' sites print it): "home ›
section"; the title; "by-label name"; "published-label 03 July 2024
10:30 IST"; the caption with "(photo: agency)"; the dateline "place:";
"also read: title" between paragraphs; after the last paragraph an
English "This article appeared in the print edition of July 04, 2024."
(the next day's paper: neither the published day nor the body's);
"© 2024 site".

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 300-306 and, for the title, link and caption, the three shortest
of 450-499.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((300, 301), (302, 303), (304, 305), (306,)), range(450, 500), 3,
               lambda o, n: [o[0] + ' ' + n[2], o[5] + ' ' + o[3] + ' ' + n[0], o[1] + ' ' + n[1], o[6] + ' ' + o[2] + ' ' + o[4] + ' ' + n[3]],
               (9, 10, 12))
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
    lines += ['This article appeared in the print edition of July 04, 2024.', '']
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('CF', page)
