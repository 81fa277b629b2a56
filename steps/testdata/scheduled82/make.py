#!/usr/bin/env python3
"""Writes style CH of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled82):
written after the fixes of CE–CG and CD, and run once before any fix of its
own (BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

CH (a web desk's story credited to the one who put it together, as some
Indian English and language sites print "Curated by"): "home › section";
the title; an English "Curated by: name | Updated: Jul 03, 2024, 10:30
IST" line, the only byline; the caption with "(photo: agency)"; the
dateline "place:"; "also read: title" between paragraphs; "© 2024 site".
The curator is the author; the updated time is the only date.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 320-326 and, for the title, link and caption, the three shortest
of 0-49.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((320, 321), (322, 323), (324, 325), (326,)), range(0, 50), 3,
               lambda o, n: [o[2] + ' ' + n[2], o[4] + ' ' + o[1] + ' ' + n[3], o[0] + ' ' + n[1], o[3] + ' ' + o[6] + ' ' + o[5] + ' ' + n[0]],
               (9, 12, 10))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += ['Curated by: ' + p['a1'] + ' | Updated: Jul 03, 2024, 10:30 IST', '']
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
    g.write('CH', page)
