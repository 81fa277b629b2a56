#!/usr/bin/env python3
"""Writes style BY of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled73):
written after the fixes of BU–BW and of BM and BO, and run once before
any fix of its own (BEFORE.log). Run from this folder: python3 make.py
[/path/to/flores-dev.tsv]

BY (a live page whose entries carry their full date and time, as the
live blogs of Indian English and language sites stamp each update):
"home › section"; the title; "by-label name"; "published-label 03 July
2024 09:15 IST"; the caption with "(photo: agency)"; an English "Live
Updates" heading; an opening paragraph with the dateline "place:"; then
the entries, newest first, each a paragraph under its stamp alone on a
line in English ("Jul 03, 2024 11:40 IST", "Jul 03, 2024 10:55 IST",
"Jul 03, 2024 10:05 IST"); "also read: title"; "© 2024 site". The
stamps are no prose and not the body's; the published time is the
header's.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 430-436 and, for the title, link and caption, the three shortest
of 140-189.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((430, 431), (432, 433), (434, 435), (436,)), range(140, 190), 3,
               lambda o, n: [o[0] + ' ' + n[3], o[4] + ' ' + o[2] + ' ' + n[0], o[6] + ' ' + n[1], o[3] + ' ' + o[1] + ' ' + o[5] + ' ' + n[2]],
               (9, 7, 11))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 09:15 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    lines += ['Live Updates', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:1])
    for t, x in zip(('11:40', '10:55', '10:05'), paras[1:]):
        lines += ['Jul 03, 2024 ' + t + ' IST', x, '']
    lines += [p['also'][0] + ': ' + related, '']
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T09:15:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('BY', page)
