#!/usr/bin/env python3
"""Writes style AS of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled41):
written after the ninth round's fixes of styles AG-AQ, and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

AS (Dainik Jagran's header as a text dump prints it): "home / section";
the title; the byline, the editor and the updated time on one line with
no separator ("label A Edited By: B updated-label Wed, 03 Jul 2024 10:30
AM (IST)"); the caption with "(photo: agency)"; the dateline "place:";
"also read: title"; "© site 2024". The reporter is the author, the
editor is not (as in style AG).

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 460-466 and, for the title, link and caption, the three shortest
of 400-450.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((460, 461), (462, 463), (464, 465), (466,)), range(400, 450), 3,
               lambda o, n: [o[6] + ' ' + n[2], o[0] + ' ' + o[5] + ' ' + n[1], o[4] + ' ' + n[0], o[3] + ' ' + o[2] + ' ' + o[1] + ' ' + n[3]],
               (9, 11, 8))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' / ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'] + ' Edited By: ' + p['a2'] + ' ' + p['updD'] + ' Wed, 03 Jul 2024 10:30 AM (IST)', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = '© ' + site + ' 2024'
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('AS', page)
