#!/usr/bin/env python3
"""Writes style BW of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled71):
written after the fixes of BQ–BT, and run once before any fix of its own
(BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

BW (the writer's box after the article, as many Indian sites print it
under the text): "home › section"; the title; "by-label name";
"published-label 03 July 2024 10:30 IST"; the caption with "(photo:
agency)"; the dateline "place:"; "also read: title" between paragraphs;
after the last paragraph an English "About the Author" heading over the
writer's name and, on the next line, the role and the site ("role,
site"), a line each with no blank line between; "© 2024 site". The box
is not the body's; the author is the byline's.

People, places, sites, labels, roles and agencies come from
../scheduled2/make.py, section words from ../scheduled3/make.py.
Sentences are FLORES-200 dev lines 410-416 and, for the title, link and
caption, the three shortest of 290-339.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((410, 411), (412, 413), (414, 415), (416,)), range(290, 340), 3,
               lambda o, n: [o[2] + ' ' + n[3], o[4] + ' ' + o[0] + ' ' + n[1], o[1] + ' ' + n[2], o[6] + ' ' + o[3] + ' ' + o[5] + ' ' + n[0]],
               (7, 10, 12))
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
    lines += ['About the Author', p['a1'], p['role'] + ', ' + site, '']
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('BW', page)
