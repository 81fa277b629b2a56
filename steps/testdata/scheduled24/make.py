#!/usr/bin/env python3
"""Writes style AB of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled24):
written after the fixes styles S to AA led to, and run once before any
fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

AB: the breadcrumb as a text browser prints a trail whose parts are
separate blocks (each part and each "›" on a line of its own); the title;
the byline with no label, the name then "/" and the site's desk ("name /
site"); the published label alone on its line and the date on the next
("03 July 2024, 10:30  IST", the language's month, two spaces before
IST), then the updated label and its date the same way; the font-size
buttons ("A-", "A", "A+", one a line); the caption with "(photo:
agency)"; the dateline "place:"; "also read: title"; "© site 2024".
Kannada and English sites print their dates this way.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 280-286 and, for the title, link and caption, the three shortest
of 360-399.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((280, 281), (282, 283), (284, 285), (286,)), range(360, 400), 3,
               lambda o, n: [o[2] + ' ' + n[1], o[0] + ' ' + o[6] + ' ' + n[3], o[5] + ' ' + n[2], o[4] + ' ' + o[1] + ' ' + o[3] + ' ' + n[0]],
               (11, 7, 10))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'], '›', section, '', title, '']
    lines += [p['a1'] + ' / ' + site, '']
    lines += [p['pubD'], '03 ' + p['july'] + ' 2024, 10:30  IST', p['updD'], '03 ' + p['july'] + ' 2024, 11:45  IST', '']
    lines += ['A-', 'A', 'A+', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = '© ' + site + ' 2024'
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('AB', page)
