#!/usr/bin/env python3
"""Writes style BO of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled63):
written after the fixes of AX–BM, and run once before any fix of its own
(BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

BO (an article clipped from a regional e-paper, as the e-paper viewers of
Indian dailies print a clip): the viewer's bar "site | place | Page 3"
(the edition's town, "Page" in the viewer's English); the edition's day
with the weekday and no time, in the language's words and digits
("Wednesday, 03 July 2024", as style BD writes it); the headline; "by-label name"; the dateline "place:" on the first
paragraph; the caption with "(photo: agency)" between paragraphs; no
related link and no copyright (a clip has neither). The published day
is the edition's.

People, places, sites, labels and agencies come from ../scheduled2/make.py.
Sentences are FLORES-200 dev lines 320-326 and, for the title and
caption, the two shortest of 200-250.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

first = g.first


def page(code, p, fl):
    s = g.pick(code, p, fl, ((320, 321), (322, 323), (324, 325), (326,)), range(200, 250), 2,
               lambda o, n: [o[6] + ' ' + n[3], o[1] + ' ' + o[4] + ' ' + n[0], o[2] + ' ' + n[1], o[0] + ' ' + o[3] + ' ' + o[5] + ' ' + n[2]],
               (7, 12))
    body = s.body
    title, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    nd = lambda x: first.digits(x, p['zero'])
    comma = '، ' if code in ('urd', 'kas_Arab', 'snd_Arab') else ', '
    day = ((p['wd'] + comma) if p['wd'] else '') + nd('03') + ' ' + p['july'] + ' ' + nd('2024')
    lines = [site + ' | ' + place + ' | Page 3', day, '', title, '', p['bylF'] + ' ' + p['a1'], '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:1])
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    lines += g.blocks(paras[1:])
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03', 'dateline': place,
           'related': [], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': '',
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('BO', page)
