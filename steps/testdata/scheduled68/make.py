#!/usr/bin/env python3
"""Writes style BT of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled68):
written after the fixes of BN–BP, and run once before any fix of its own
(BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

BT (a story copied with the share counts and the "Read more at:" line a
site's copy script appends): "home › section"; the title;
"by-label name"; "published-label 03 July 2024 10:30 IST"; the share
counts in English on one line ("1.2K Shares | 36 Comments"); the caption
with "(photo: agency)"; the dateline "place:"; "also read: title"
between paragraphs; after the last paragraph an English "Read more at:"
and the story's address; "© 2024 site". The counts and the address are
no prose, so not the body's.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 380-386 and, for the title, link and caption, the three shortest
of 50-99.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((380, 381), (382, 383), (384, 385), (386,)), range(50, 100), 3,
               lambda o, n: [o[5] + ' ' + n[2], o[3] + ' ' + o[1] + ' ' + n[0], o[0] + ' ' + n[3], o[6] + ' ' + o[2] + ' ' + o[4] + ' ' + n[1]],
               (12, 11, 10))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '1.2K Shares | 36 Comments', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += ['Read more at: https://www.example.in/' + code.replace('_', '-') + '/news/story-3456789.html', '']
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('BT', page)
