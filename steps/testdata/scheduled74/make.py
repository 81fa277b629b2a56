#!/usr/bin/env python3
"""Writes style BZ of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled74):
written after the fixes of BU–BW and of BM and BO, and run once before
any fix of its own (BEFORE.log). Run from this folder: python3 make.py
[/path/to/flores-dev.tsv]

BZ (the story's day in brackets after the dateline's place, in the
language's month and digits, as Kannada and other language sites open a
report: "place (03 July):"; and an English short relative updated time):
"home › section"; the title; "by-label name | Updated: 2 hrs ago" (nine
hours before the test's now is too far for a story of the day: two hours
before 12:00 UTC is 10:00 UTC); the caption with "(photo: agency)"; the
first paragraph opened by "place (03 july-word):" in the language's
digits; "also read: title" between paragraphs; "© 2024 site". The
dateline is the place.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 440-446 and, for the title, link and caption, the three shortest
of 340-389.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

first = g.first


def page(code, p, fl):
    s = g.pick(code, p, fl, ((440, 441), (442, 443), (444, 445), (446,)), range(340, 390), 3,
               lambda o, n: [o[6] + ' ' + n[2], o[1] + ' ' + o[3] + ' ' + n[1], o[0] + ' ' + n[3], o[2] + ' ' + o[5] + ' ' + o[4] + ' ' + n[0]],
               (12, 10, 9))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    day = first.digits('03', p['zero']) + ' ' + p['july']
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'] + ' | Updated: 2 hrs ago', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ' (' + day + '): ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:00:00Z', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('BZ', page)
