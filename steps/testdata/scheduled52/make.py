#!/usr/bin/env python3
"""Writes style BD of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled52):
written after the ninth round's later first fix (AX's '∙'), and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

BD (the masthead's date bar, as Dinamalar, Sandesh and Sikkim Express
print today's date above the menu): the day with the weekday and no
time, in the language's words and digits ("Wednesday, 03 July 2024",
the weekday left out where ../scheduled2 has none), then the site's
name; "home › section"; the title; "label name"; "published-label 03
July 2024 09:15 IST"; the caption with "(photo: agency)"; the dateline
"place:"; "also read: title"; "© 2024 site". The published time is the
labelled one under the title, not the masthead's day.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 150-156 and, for the title, link and caption, the three shortest
of 0-50.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

first = g.first


def page(code, p, fl):
    s = g.pick(code, p, fl, ((150, 151), (152, 153), (154, 155), (156,)), range(0, 50), 3,
               lambda o, n: [o[3] + ' ' + n[2], o[1] + ' ' + o[5] + ' ' + n[0], o[0] + ' ' + n[3], o[2] + ' ' + o[6] + ' ' + o[4] + ' ' + n[1]],
               (9, 12, 8))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    nd = lambda x: first.digits(x, p['zero'])
    section = g.third().G[code][4]
    comma = '، ' if code in ('urd', 'kas_Arab', 'snd_Arab') else ', '
    wd = (p['wd'] + comma) if p['wd'] else ''
    lines = [wd + nd('03') + ' ' + p['july'] + ' ' + nd('2024'), '', site, '']
    lines += [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 09:15 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T09:15:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('BD', page)
