#!/usr/bin/env python3
"""Writes style S of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled15):
written after every fix of the sixth round, styles G's to R's included, and
run once before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

S: "home » section » place"; the title, then a standfirst (one sentence
under the headline, not part of the body); an "updated" line in the
language above a byline line with no label that carries the place and the
published date ("name | place | published: 3 July 2024, 08:15 IST"); the
caption on one line and "Image Source : agency" (as Hindi sites print it,
in English) on the next; the dateline after the desk's role ("own
correspondent, place:"); an "also read" heading over a numbered list of
two headlines ("1. …", "2. …"); "copyright © 2012-2024 site. rights".

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 60-67 (67: the standfirst) and, for the title, links and caption,
the four shortest of 240-289.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    arab = code in ('urd', 'kas_Arab', 'snd_Arab')
    s = g.pick(code, p, fl, ((60, 61), (62, 63), (64, 65), (66,)), range(240, 290), 4,
               lambda o, n: [o[4] + ' ' + n[2], o[0] + ' ' + o[6] + ' ' + n[0], o[2] + ' ' + n[3], o[1] + ' ' + o[5] + ' ' + n[1]],
               (8, 11, 7, 12))
    body = s.body
    title, rel1, rel2, caption = s.short
    standfirst = s.S[67] if s.S else s.o[3]
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    comma = '، ' if arab else ', '
    lines = [p['home'] + ' » ' + section + ' » ' + place, '', title, '', standfirst, '']
    lines += [p['updD'] + ' 3 ' + p['july'] + ' 2024, 11:20 IST', '']
    lines += [p['a1'] + ' | ' + place + ' | ' + p['pubD'] + ' 3 ' + p['july'] + ' 2024, 08:15 IST', '']
    lines += [caption, 'Image Source : ' + agency, '']
    paras = [p['role'] + comma + place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][1], '1. ' + rel1, '2. ' + rel2, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = p['copy'] + ' © 2012-2024 ' + site + '. ' + p['rights']
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T08:15:00+05:30', 'dateline': place,
           'related': [rel1, rel2], 'caption': caption, 'credit': agency, 'copyright': cr, 'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('S', page)
