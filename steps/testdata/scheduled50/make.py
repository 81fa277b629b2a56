#!/usr/bin/env python3
"""Writes style BB of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled50):
written after the ninth round's later first fix (AX's '∙'), and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

BB (News18's and Zee's language sites' header, English labels around
the language's names): "home › section"; the title; an English "By:"
over two authors joined by the language's "and" and the place after a
comma ("By: A and B, place"; where the language joins names with a comma
the place is the third item); an English "Last Updated: 03 Jul 2024,
10:30 AM IST"; the caption with "(Image: agency)"; the dateline
"place:"; "also read: title"; "© 2024 site". The place is no author.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 30-36 and, for the title, link and caption, the three shortest
of 390-440.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((30, 31), (32, 33), (34, 35), (36,)), range(390, 440), 3,
               lambda o, n: [o[1] + ' ' + n[0], o[6] + ' ' + o[3] + ' ' + n[2], o[2] + ' ' + n[1], o[4] + ' ' + o[0] + ' ' + o[5] + ' ' + n[3]],
               (8, 11, 10))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    comma = '، ' if code in ('urd', 'kas_Arab', 'snd_Arab') else ', '
    sep = comma if p['and_'] == ',' else ' ' + p['and_'] + ' '
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += ['By: ' + p['a1'] + sep + p['a2'] + comma + place, 'Last Updated: 03 Jul 2024, 10:30 AM IST', '']
    lines += [caption + ' (Image: ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1'], p['a2']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': 'Image: ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('BB', page)
