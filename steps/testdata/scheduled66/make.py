#!/usr/bin/env python3
"""Writes style BR of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled66):
written after the fixes of BN–BP, and run once before any fix of its own
(BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

BR (a live blog's entries, as the live pages of Indian news sites print
them in a text dump): "home › section"; the title; "by-label name";
"published-label 03 July 2024 09:15 IST"; the caption with "(photo:
agency)"; an opening paragraph with the dateline "place:"; then the
entries, newest first, each a paragraph under its time alone on a line
("11:40 IST", "10:55 IST", "10:05 IST"); "also read: title"; "© 2024
site". The entries' times are no prose, so not the body's, and none of
them is the published time.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 360-366 and, for the title, link and caption, the three shortest
of 400-449.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((360, 361), (362, 363), (364, 365), (366,)), range(400, 450), 3,
               lambda o, n: [o[3] + ' ' + n[1], o[0] + ' ' + o[6] + ' ' + n[3], o[2] + ' ' + n[2], o[4] + ' ' + o[1] + ' ' + o[5] + ' ' + n[0]],
               (10, 7, 12))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 09:15 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:1])
    for t, x in zip(('11:40 IST', '10:55 IST', '10:05 IST'), paras[1:]):
        lines += [t, x, '']
    lines += [p['also'][0] + ': ' + related, '']
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T09:15:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('BR', page)
