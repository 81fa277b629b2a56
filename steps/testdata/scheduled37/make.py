#!/usr/bin/env python3
"""Writes style AO of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled37):
written after the ninth round's fixes of styles AG-AN, and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

AO (Dainik Bhaskar's header and its Gujarati and Marathi sites'): "home ›
section"; the title; the place and a relative time on one line ("place 3
hours ago", the language's words and digits from ../scheduled30's HOURS),
the byline "label name" right under it; a "Copy Link" button; the
caption with the language's "file photo" in brackets; the body with no
dateline (the header's place is the story's); "also read: title" in the
third spelling; "Copyright © 2024-25 site".

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section and file-photo words from ../scheduled3/make.py. Sentences are
FLORES-200 dev lines 420-426 and, for the title, link and caption, the
three shortest of 300-350.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

HOURS = g.load('hours', 'scheduled30').HOURS


def page(code, p, fl):
    s = g.pick(code, p, fl, ((420, 421), (422, 423), (424, 425), (426,)), range(300, 350), 3,
               lambda o, n: [o[0] + ' ' + n[3], o[6] + ' ' + o[5] + ' ' + n[1], o[2] + ' ' + n[0], o[3] + ' ' + o[1] + ' ' + o[4] + ' ' + n[2]],
               (10, 11, 8))
    body = s.body
    title, related, caption = s.short
    site, place = p['site'], p['place']
    section, filephoto = g.third().G[code][4], g.third().G[code][2]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [place + ' ' + HOURS[code], p['bylE'] + ' ' + p['a1'], '']
    lines += ['Copy Link', '']
    lines += [caption + ' (' + filephoto + ')', '']
    lines += g.blocks(body[:2])
    lines += [p['also'][2] + ': ' + related, '']
    lines += g.blocks(body[2:])
    lines += g.blocks(body)
    cr = 'Copyright © 2024-25 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T09:00:00Z', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': filephoto, 'copyright': cr,
           'text': '\n\n'.join(body)}
    return lines, exp


if __name__ == '__main__':
    g.write('AO', page)
