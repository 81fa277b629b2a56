#!/usr/bin/env python3
"""Writes style BS of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled67):
written after the fixes of BN–BP, and run once before any fix of its own
(BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

BS (a subscriber's story behind a paywall, as a text dump prints it for a
reader not signed in): "home › section"; an English "Premium" badge on
the line above the headline; the title; "by-label name";
"published-label 03 July 2024 10:30 IST"; the caption with "(photo:
agency)"; the two paragraphs shown before the wall, the first with the
dateline "place:"; the wall's English lines, a line each ("This story is
for subscribers only.", "Subscribe now to read the full story", "Already
a subscriber? Sign in"); "© 2024 site". No related link. The body is the
two paragraphs before the wall.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 370-373 and, for the title and caption, the two shortest of
300-349.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((370, 371), (372, 373)), range(300, 350), 2,
               lambda o, n: [o[2] + ' ' + o[6] + ' ' + n[1], o[4] + ' ' + o[0] + ' ' + n[3]],
               (11, 9))
    body = s.body
    title, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', 'Premium', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras)
    lines += ['This story is for subscribers only.', 'Subscribe now to read the full story',
              'Already a subscriber? Sign in', '']
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('BS', page)
