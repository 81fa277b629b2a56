#!/usr/bin/env python3
"""Writes style V of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled18):
written after the fixes styles S and U led to, and run once before any
fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

V: "home > section"; "title | site"; two authors joined by the
language's "and" with the place after a bar ("label A and B | place");
the weekday, native digits and a bar before the time ("Wednesday, 3 July
2024 | 09:40 AM IST" in the language); a gallery counter ("1/5"); the
caption with the second credit word in brackets ("(photo courtesy:
agency)"); the dateline "place, 3 July (agency) –"; "also read →
title"; "rights | © site 2024" in the language's digits.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 220-226 and, for the title, link and caption, the three shortest
of 100-149.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

first = g.first


def page(code, p, fl):
    s = g.pick(code, p, fl, ((220, 221), (222, 223), (224, 225), (226,)), range(100, 150), 3,
               lambda o, n: [o[1] + ' ' + n[3], o[4] + ' ' + o[0] + ' ' + n[1], o[6] + ' ' + n[0], o[3] + ' ' + o[2] + ' ' + o[5] + ' ' + n[2]],
               (7, 12, 8))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    nd = lambda x: first.digits(x, p['zero'])
    section = g.third().G[code][4]
    arab = code in ('urd', 'kas_Arab', 'snd_Arab')
    comma = '، ' if arab else ', '
    sep = ', ' if p['and_'] == ',' else ' ' + p['and_'] + ' '
    lines = [p['home'] + ' > ' + section, '', title + ' | ' + site, '']
    lines += [p['bylE'] + ' ' + p['a1'] + sep + p['a2'] + ' | ' + place, '']
    wd = (p['wd'] + comma) if p['wd'] else ''
    lines += [wd + nd('3') + ' ' + p['july'] + ' ' + nd('2024') + ' | ' + nd('09:40') + ' AM IST', '']
    lines += ['1/5', '']
    lines += [caption + ' (' + p['credit'][1] + ': ' + agency + ')', '']
    paras = [place + comma + nd('3') + ' ' + p['july'] + ' (' + agency + ') – ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ' → ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = p['rights'] + ' | © ' + site + ' ' + nd('2024')
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1'], p['a2']], 'published': '2024-07-03T09:40:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][1] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('V', page)
