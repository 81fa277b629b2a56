#!/usr/bin/env python3
"""Writes style CT of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled94):
written after all the fixes of BQ–CS, and run once before any fix of its
own (BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

CT (a press release reprinted as a story): "home › section"; the title;
"label name"; "published-label 03 July 2024 10:30 IST"; the caption with
"(photo: agency)"; the dateline "place:"; "also read: title" between
paragraphs; after the last paragraph the release's English contact block
("For more details contact:", a second person's name, a telephone number
and an e-mail address, a line each); "© 2024 site". The contact is neither
an author nor the body's.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 450-456 and, for the title, link and caption, the three shortest
of 50-99.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((450, 451), (452, 453), (454, 455), (456,)), range(50, 100), 3,
               lambda o, n: [o[2] + ' ' + n[1], o[4] + ' ' + o[0] + ' ' + n[0], o[6] + ' ' + n[3], o[5] + ' ' + o[3] + ' ' + o[1] + ' ' + n[2]],
               (9, 10, 11))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += ['For more details contact:', p['a2'], 'Tel: +91 98765 43210', 'Email: media@example.in', '']
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('CT', page)
