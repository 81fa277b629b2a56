#!/usr/bin/env python3
"""Writes style T of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled16):
written after the fixes style S led to, and run once before any fix of
its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

T: "Home » section"; the title; an English "Edited By: name" line and an
English "Published: Wed, 03 Jul 2024 10:30 PM (IST)" line under it (as
Hindi sites print them); a "Listen to this article" line; the caption
with "(Photo: Social Media)"; the agency dateline with no colon ("place,
3 July (agency) The …"); "also read | title" with a bar; "© site
2024-2025".

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 301-307 and, for the title, link and caption, the three shortest of
430-469.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    arab = code in ('urd', 'kas_Arab', 'snd_Arab')
    s = g.pick(code, p, fl, ((301, 302), (303, 304), (305, 306), (307,)), range(430, 470), 3,
               lambda o, n: [o[3] + ' ' + n[0], o[1] + ' ' + o[5] + ' ' + n[2], o[0] + ' ' + n[1], o[2] + ' ' + o[4] + ' ' + o[6] + ' ' + n[3]],
               (9, 10, 12))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    comma = '، ' if arab else ', '
    lines = ['Home » ' + section, '', title, '']
    lines += ['Edited By: ' + p['a1'], 'Published: Wed, 03 Jul 2024 10:30 PM (IST)', '']
    lines += ['Listen to this article', '']
    lines += [caption + ' (Photo: Social Media)', '']
    paras = [place + comma + '3 ' + p['july'] + ' (' + agency + ') ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][2] + ' | ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = '© ' + site + ' 2024-2025'
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T22:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': 'Photo: Social Media', 'copyright': cr, 'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('T', page)
