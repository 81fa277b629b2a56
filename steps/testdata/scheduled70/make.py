#!/usr/bin/env python3
"""Writes style BV of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled70):
written after the fixes of BQ–BT, and run once before any fix of its own
(BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

BV (a pull quote and an ad slot's label between paragraphs): "home ›
section"; the title; "by-label name"; "published-label 03 July 2024 10:30
IST"; the caption with "(photo: agency)"; the dateline "place:"; after
the first paragraph an English "Story continues below this ad" line;
after the second a pull quote, the third paragraph's first sentence
again in curly quotation marks on a line of its own (a copy, not the
body's); "also read: title"; "© 2024 site".

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 400-406 and, for the title, link and caption, the three shortest
of 190-239.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((400, 401), (402, 403), (404, 405), (406,)), range(190, 240), 3,
               lambda o, n: [o[3] + ' ' + n[2], o[1] + ' ' + o[6] + ' ' + n[0], o[5] + ' ' + n[1], o[0] + ' ' + o[2] + ' ' + o[4] + ' ' + n[3]],
               (12, 9, 7))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    quote = s.S[404] if s.S else s.o[5]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:1])
    lines += ['Story continues below this ad', '']
    lines += g.blocks(paras[1:2])
    lines += ['“' + quote + '”', '']
    lines += g.blocks(paras[2:])
    lines += [p['also'][0] + ': ' + related, '']
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('BV', page)
