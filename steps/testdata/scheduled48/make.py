#!/usr/bin/env python3
"""Writes style AZ of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled48):
written after all the ninth round's fixes of styles AG-AW, and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

AZ (Anandabazar's and Sandesh's header, the date above the headline):
"home › section"; the published label and the date in the language's
digits where it has its own (native zero in ../scheduled2/make.py),
with the weekday, before the title ("published-label Wednesday, 03 July
2024, 10:30 IST", the weekday left out where the language has none
there); the title; the byline "label name" under it; the caption with
"(photo: agency)" in the second credit word; the dateline "place:";
"also read: title" in the second spelling; "© site 2024" in the
language's digits.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 5-11 and, for the title, link and caption, the three shortest
of 290-340.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

first = g.first


def page(code, p, fl):
    s = g.pick(code, p, fl, ((5, 6), (7, 8), (9, 10), (11,)), range(290, 340), 3,
               lambda o, n: [o[5] + ' ' + n[2], o[3] + ' ' + o[0] + ' ' + n[1], o[1] + ' ' + n[3], o[6] + ' ' + o[2] + ' ' + o[4] + ' ' + n[0]],
               (11, 9, 7))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    nd = lambda x: first.digits(x, p['zero'])
    section = g.third().G[code][4]
    comma = '، ' if code in ('urd', 'kas_Arab', 'snd_Arab') else ', '
    wd = (p['wd'] + comma) if p['wd'] else ''
    lines = [p['home'] + ' › ' + section, '']
    lines += [p['pubD'] + ' ' + wd + nd('03') + ' ' + p['july'] + ' ' + nd('2024') + comma + nd('10:30') + ' IST', '']
    lines += [title, '', p['bylE'] + ' ' + p['a1'], '']
    lines += [caption + ' (' + p['credit'][1] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][1] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = '© ' + site + ' ' + nd('2024')
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][1] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('AZ', page)
