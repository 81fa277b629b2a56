#!/usr/bin/env python3
"""Writes style AL of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled34):
written after the ninth round's first fixes (styles AG-AJ), and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

AL (Zee News' language sites' header): "home › section"; the title; the
byline, the updated time and the source on one line parted by bars with
no spaces ("label name|Last Updated: Jul 03, 2024, 10:30 AM IST|Source:
agency"); the caption with "(photo: agency)" in the second credit word;
the dateline with a bullet operator, as Malayalam Manorama prints it
("place ∙ text"); "also read: title" in the second spelling; "Copyright ©
site 2024".

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 390-396 and, for the title, link and caption, the three shortest
of 150-200.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((390, 391), (392, 393), (394, 395), (396,)), range(150, 200), 3,
               lambda o, n: [o[3] + ' ' + n[2], o[0] + ' ' + o[4] + ' ' + n[1], o[6] + ' ' + n[3], o[2] + ' ' + o[5] + ' ' + o[1] + ' ' + n[0]],
               (10, 12, 7))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'] + '|Last Updated: Jul 03, 2024, 10:30 AM IST|Source: ' + agency, '']
    lines += [caption + ' (' + p['credit'][1] + ': ' + agency + ')', '']
    paras = [place + ' ∙ ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][1] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = 'Copyright © ' + site + ' 2024'
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][1] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('AL', page)
