#!/usr/bin/env python3
"""Writes style CR of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled92):
written after the fixes of CN–CP, and run once before any fix of its own
(BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

CR (a second picture inside the text): "home › section"; the title;
"by-label name"; "published-label 03 July 2024 10:30 IST"; the lead
caption with "(photo: agency)"; the dateline "place:"; between the
second and third paragraphs a second picture's caption with "(photo:
agency)"; "also read: title" after the body; "© 2024 site". The
record's first image is the lead picture; the second caption is not
the body's.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 430-436 and, for the title, link and the two captions, the four
shortest of 250-299.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((430, 431), (432, 433), (434, 435), (436,)), range(250, 300), 4,
               lambda o, n: [o[2] + ' ' + n[3], o[5] + ' ' + o[1] + ' ' + n[0], o[0] + ' ' + n[2], o[4] + ' ' + o[6] + ' ' + o[3] + ' ' + n[1]],
               (9, 12, 10, 11))
    body = s.body
    title, related, cap1, cap2 = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [cap1 + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [cap2 + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    lines += g.blocks(paras[2:])
    lines += [p['also'][0] + ': ' + related, '']
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': cap1, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('CR', page)
