#!/usr/bin/env python3
"""Writes style AC of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled25):
written after the fixes styles S to AA led to, and run once before any
fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

AC: "home » section"; the title; the byline; the place alone on its line
and the date on the next, opening with the comma that followed the place
in the page's markup, the weekday first and the time in brackets
(", Wednesday, 03 July 2024 (10:30 IST)", in the language; no weekday
where the language has none in ../scheduled2); the caption with its
credit in square brackets ("[photo: agency]"); the dateline "place:"; the
second "also read" label with a space before the colon; "© 2024 site".
Webdunia's sites in every language print the place and date so.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 290-296 and, for the title, link and caption, the three shortest
of 0-49.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((290, 291), (292, 293), (294, 295), (296,)), range(0, 50), 3,
               lambda o, n: [o[4] + ' ' + n[0], o[1] + ' ' + o[3] + ' ' + n[2], o[6] + ' ' + n[3], o[0] + ' ' + o[2] + ' ' + o[5] + ' ' + n[1]],
               (9, 12, 8))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    arab = code in ('urd', 'kas_Arab', 'snd_Arab')
    comma = '، ' if arab else ', '
    lines = [p['home'] + ' » ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], '']
    wd = (comma + p['wd']) if p['wd'] else ''
    lines += [place, wd + comma + '03 ' + p['july'] + ' 2024 (10:30 IST)', '']
    lines += [caption + ' [' + p['credit'][0] + ': ' + agency + ']', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][1] + ' : ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('AC', page)
