#!/usr/bin/env python3
"""Writes style AM of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled35):
written after the ninth round's first fixes (styles AG-AJ), and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

AM (Aaj Tak's header): "home / section"; the title; the author's name
alone, and on the next line the place, the day with no time and the
updated time in brackets ("place, 03 July 2024, (updated-label 03 July
2024, 11:45 AM IST)", the language's month, the label without its
colon): the story's dateline is that place, the body opens with none,
and the published day has no time; the caption with "(photo: agency)";
"also read: title"; "Copyright © 2024 site".

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 400-406 and, for the title, link and caption, the three shortest
of 0-50.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((400, 401), (402, 403), (404, 405), (406,)), range(0, 50), 3,
               lambda o, n: [o[6] + ' ' + n[0], o[2] + ' ' + o[1] + ' ' + n[3], o[0] + ' ' + n[2], o[5] + ' ' + o[3] + ' ' + o[4] + ' ' + n[1]],
               (12, 8, 10))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    comma = '، ' if code in ('urd', 'kas_Arab', 'snd_Arab') else ', '
    day = '03 ' + p['july'] + ' 2024'
    lines = [p['home'] + ' / ' + section, '', title, '']
    lines += [p['a1'], place + comma + day + comma + '(' + p['updD'].rstrip(':') + ' ' + day + comma + '11:45 AM IST)', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    lines += g.blocks(body[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(body[2:])
    lines += g.blocks(body)
    cr = 'Copyright © 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(body)}
    return lines, exp


if __name__ == '__main__':
    g.write('AM', page)
