#!/usr/bin/env python3
"""Writes style CX of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled98):
written after all the fixes of BQ–CS, in the second batch of the
tenth session's second round, and run once before any fix of its own (BEFORE.log).
Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

CX (a network's edition switcher over the page): the row of its twelve
editions' names, each in its own script, joined by " | ", on the first
line; "home › section"; the title; "label name"; "published-label 03
July 2024 10:30 IST"; the caption with "(photo: agency)"; the dateline
"place:"; "also read: title" between paragraphs; "© 2024 site". The row
is furniture.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 490-496 and, for the title, link and caption, the three shortest
of 250-299.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

EDITIONS = ' | '.join(['English', 'हिन्दी', 'বাংলা', 'मराठी', 'தமிழ்', 'తెలుగు', 'ಕನ್ನಡ', 'മലയാളം', 'ગુજરાતી',
                       'ਪੰਜਾਬੀ', 'ଓଡ଼ିଆ', 'اردو'])


def page(code, p, fl):
    s = g.pick(code, p, fl, ((490, 491), (492, 493), (494, 495), (496,)), range(250, 300), 3,
               lambda o, n: [o[1] + ' ' + n[2], o[3] + ' ' + o[6] + ' ' + n[0], o[5] + ' ' + n[3], o[2] + ' ' + o[0] + ' ' + o[4] + ' ' + n[1]],
               (10, 11, 8))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [EDITIONS, '', p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('CX', page)
