#!/usr/bin/env python3
"""Writes style CQ of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled91):
written after the fixes of CN–CP, and run once before any fix of its own
(BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

CQ (a content system's "Last Modified" stamp, dotted day-first with no
zone): "home › section"; the title; "by-label name"; an English "Last
Modified: 03.07.2024 | 10:30" (the only date; no zone anywhere on the
page); the caption with "(photo: agency)"; the dateline "place:"; "also
read: title" between paragraphs; "© 2024 site". The time is the
country's by the language (../scheduled2/make.py's zone and NOZONE: for
English and Sindhi in Arabic script only the day).

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 420-426 and, for the title, link and caption, the three shortest
of 200-249.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((420, 421), (422, 423), (424, 425), (426,)), range(200, 250), 3,
               lambda o, n: [o[6] + ' ' + n[0], o[3] + ' ' + o[2] + ' ' + n[1], o[1] + ' ' + n[3], o[0] + ' ' + o[5] + ' ' + o[4] + ' ' + n[2]],
               (11, 7, 10))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], 'Last Modified: 03.07.2024 | 10:30', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    cr = '© 2024 ' + site
    lines += [cr]
    pub = '2024-07-03' if code in g.second.NOZONE else '2024-07-03T10:30:00' + g.second.zone(code)
    exp = {'title': title, 'authors': [p['a1']], 'published': pub, 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('CQ', page)
