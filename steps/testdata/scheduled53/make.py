#!/usr/bin/env python3
"""Writes style BE of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled53):
written after the ninth round's later first fix (AX's '∙'), and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

BE (a related story's card between paragraphs, as Lokmat's and
Sakshi's pages print it): "home › section"; the title; "label name";
"published-label 03 July 2024 10:30 IST"; the caption with "(photo:
agency)"; the dateline "place:"; after the second paragraph the "also
read" word alone, the linked headline on the next line and that story's
day on the line under it ("02 July 2024", the language's month); "©
2024 site". The card's day is not the article's, and its headline is a
related link, no title.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 160-166 and, for the title, link and caption, the three shortest
of 50-100.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((160, 161), (162, 163), (164, 165), (166,)), range(50, 100), 3,
               lambda o, n: [o[2] + ' ' + n[3], o[0] + ' ' + o[4] + ' ' + n[1], o[5] + ' ' + n[0], o[3] + ' ' + o[1] + ' ' + o[6] + ' ' + n[2]],
               (10, 12, 9))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0], related, '02 ' + p['july'] + ' 2024', '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('BE', page)
