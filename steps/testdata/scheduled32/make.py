#!/usr/bin/env python3
"""Writes style AJ of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled32):
written after the eighth round's fixes, and run once before any fix of
its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

AJ (a photo story, as Aaj Tak's, News18's and Dainik Bhaskar's photo
pages print it): "home › photo-word" (the language's first credit word as
the section); the title; "label name" over a dotted day-first date and
the time ("03.07.2024, 10:30 AM IST"); then three photos, each a counter
alone on its line ("1 / 3") over its caption, the first with "(photo:
agency)", the others bare, the text between them (the first paragraph
and its dateline "place:" and the second under the first photo, the
third under the second, the fourth under the third); "also read: title";
the body again; "© 2024 site. rights". The record's first image is the
first photo.

People, places, sites, labels and agencies come from ../scheduled2/make.py.
Sentences are FLORES-200 dev lines 370-376 and, for the title, link and
three captions, the five shortest of 400-460.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((370, 371), (372, 373), (374, 375), (376,)), range(400, 460), 5,
               lambda o, n: [o[0] + ' ' + n[1], o[2] + ' ' + o[4] + ' ' + n[3], o[5] + ' ' + n[0], o[3] + ' ' + o[6] + ' ' + o[1] + ' ' + n[2]],
               (7, 11, 9, 12, 10))
    body = s.body
    title, related, cap1, cap2, cap3 = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    lines = [p['home'] + ' › ' + p['credit'][0], '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], '03.07.2024, 10:30 AM IST', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += ['1 / 3', cap1 + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    lines += g.blocks(paras[:2])
    lines += ['2 / 3', cap2, '']
    lines += g.blocks(paras[2:3])
    lines += ['3 / 3', cap3, '']
    lines += g.blocks(paras[3:])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras)
    cr = '© 2024 ' + site + '. ' + p['rights']
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': cap1, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('AJ', page)
