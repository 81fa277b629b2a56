#!/usr/bin/env python3
"""Writes style DF of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled106):
written after all the fixes of CT–DE (the tenth session's third round's
batch), and run once before any fix of its own (BEFORE.log). Run from this
folder: python3 make.py [/path/to/flores-dev.tsv]

DF (a news channel's site, its live-TV bar over the page): "LIVE TV" over
"▶ Watch site live | Schedule" on the first lines, glued; "home ›
section"; the title; "label name"; "published-label 03 July 2024 10:30
IST"; the caption with "(photo: agency)"; the dateline "place:"; "also
read: title" between paragraphs; "▶ Watch live: site 24x7" under the last
paragraph; "© 2024 site". The bar and the player's line are furniture.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 40-46 and, for the title, link and caption, the three shortest
of 350-399.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((40, 41), (42, 43), (44, 45), (46,)), range(350, 400), 3,
               lambda o, n: [o[4] + ' ' + n[1], o[0] + ' ' + o[6] + ' ' + n[3], o[2] + ' ' + n[0], o[1] + ' ' + o[5] + ' ' + o[3] + ' ' + n[2]],
               (12, 10, 11))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = ['LIVE TV', '▶ Watch ' + site + ' live | Schedule', '', p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += ['▶ Watch live: ' + site + ' 24x7', '']
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('DF', page)
