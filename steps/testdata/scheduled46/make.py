#!/usr/bin/env python3
"""Writes style AX of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled46):
written after all the ninth round's fixes of styles AG-AW, and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

AX (Malayala Manorama's and Mathrubhumi's header as a text dump prints
it): "home › section › title" (the breadcrumb's last item is the
headline itself, in full); the title; the byline and the published time
on one line parted by a bullet operator ("label name ∙ published-label
03 July 2024 10:30 AM IST", the language's month); the caption with
"(photo: agency)"; the dateline "place:"; "also read: title";
"Copyright © 2024 site". The breadcrumb's copy of the headline is no
title of its own and no related link.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 180-186 and, for the title, link and caption, the three shortest
of 190-240.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((180, 181), (182, 183), (184, 185), (186,)), range(190, 240), 3,
               lambda o, n: [o[2] + ' ' + n[0], o[5] + ' ' + o[1] + ' ' + n[3], o[6] + ' ' + n[2], o[0] + ' ' + o[3] + ' ' + o[4] + ' ' + n[1]],
               (9, 11, 12))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section + ' › ' + title, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'] + ' ∙ ' + p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 AM IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = 'Copyright © 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('AX', page)
