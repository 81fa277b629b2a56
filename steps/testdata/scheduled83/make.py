#!/usr/bin/env python3
"""Writes style CI of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled83):
written after the fixes of CE–CG and CD, and run once before any fix of its
own (BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

CI (the zone in square brackets after the time, as Oneindia's language
sites print it): "home › section"; the title; "by-label name"; an
English "Published: Wednesday, July 3, 2024, 10:30 [IST]"; the caption
with "(photo: agency)"; the dateline "place:"; "also read: title"
between paragraphs; "© 2024 site".

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 340-346 and, for the title, link and caption, the three shortest
of 50-99.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((340, 341), (342, 343), (344, 345), (346,)), range(50, 100), 3,
               lambda o, n: [o[6] + ' ' + n[1], o[0] + ' ' + o[2] + ' ' + n[0], o[3] + ' ' + n[2], o[1] + ' ' + o[5] + ' ' + o[4] + ' ' + n[3]],
               (7, 11, 12))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], 'Published: Wednesday, July 3, 2024, 10:30 [IST]', '']
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
    g.write('CI', page)
