#!/usr/bin/env python3
"""Writes style N of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled10):
written after every fix of this round, styles G's to M's included, and
never used to tune anything. Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

N: "home › place"; the title; an English date line with the weekday and a
bar before the time ("Wednesday, 3 July 2024 | 10:43 AM IST"); the byline
"label name, place"; the caption, a full stop and "photo: agency"; the ANI
dateline "place [India], 3 July (agency):"; a bare "also read" with two
bulleted headlines under it; "(c) 2024 site. All rights reserved."

People, places, sites, labels and agencies come from ../scheduled2/make.py.
Sentences are FLORES-200 dev lines 300-349 and 130-139.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    arab = code in ('urd', 'kas_Arab', 'snd_Arab')
    s = g.pick(code, p, fl, ((130, 131), (132, 133), (134, 135), (136,)), range(300, 350), 4,
               lambda o, n: [o[0] + ' ' + n[1], o[2] + ' ' + o[4] + ' ' + n[3], o[1] + ' ' + n[0], o[3] + ' ' + o[5] + ' ' + o[6] + ' ' + n[2]],
               (8, 7, 12, 10))
    body = s.body
    title, rel1, rel2, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    comma = '، ' if arab else ', '
    lines = [p['home'] + ' › ' + place, '', title, '']
    lines += ['Wednesday, 3 July 2024 | 10:43 AM IST', '']
    lines += [p['bylE'] + ' ' + p['a1'] + comma + place, '']
    lines += [caption + '. ' + p['credit'][0] + ': ' + agency, '']
    paras = [place + ' [India], 3 ' + p['july'] + ' (' + agency + '): ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0], '• ' + rel1, '• ' + rel2, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = '(c) 2024 ' + site + '. All rights reserved.'
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:43:00+05:30', 'dateline': place,
           'related': [rel1, rel2], 'caption': caption, 'credit': agency, 'copyright': cr, 'text': '\n\n'.join(paras)}
    return lines, exp

if __name__ == '__main__':
    g.write('N', page)
