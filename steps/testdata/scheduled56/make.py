#!/usr/bin/env python3
"""Writes style BH of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled56):
written after the ninth round's later fixes of AX and BE, and run once before
any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

BH (a text dump that prints the document's title before the page, as
some crawlers' dumps do): "title | site" on the first line; "home ›
section"; the headline again, bare; "label name"; "published-label 03
July 2024 10:30 IST"; the caption with "(photo: agency)"; the dateline
"place:"; "also read: title"; "© 2024 site". The title is the headline
without the site's name.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 250-256 and, for the title, link and caption, the three shortest
of 200-250.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((250, 251), (252, 253), (254, 255), (256,)), range(200, 250), 3,
               lambda o, n: [o[6] + ' ' + n[1], o[1] + ' ' + o[3] + ' ' + n[0], o[2] + ' ' + n[3], o[5] + ' ' + o[0] + ' ' + o[4] + ' ' + n[2]],
               (7, 10, 12))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [title + ' | ' + site, '', p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('BH', page)
