#!/usr/bin/env python3
"""Writes style W of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled19):
written after the fixes styles S and U led to (T and V needed none), and
run once before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

W: the site's name, then "home > place"; the title; the author's name
alone on its line (no label: the picture beside it is gone in a text
dump) over the published line; the caption with "| photo: agency"; the
dateline "place:"; "also read: title"; a footer of links ("About Us |
Contact Us | Privacy Policy | Terms of Use") before "© 2024 site" in the
language's digits.

People, places, sites, labels and agencies come from ../scheduled2/make.py.
Sentences are FLORES-200 dev lines 230-236 and, for the title, link and
caption, the three shortest of 150-199.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

first = g.first


def page(code, p, fl):
    s = g.pick(code, p, fl, ((230, 231), (232, 233), (234, 235), (236,)), range(150, 200), 3,
               lambda o, n: [o[2] + ' ' + n[0], o[6] + ' ' + o[1] + ' ' + n[2], o[4] + ' ' + n[3], o[0] + ' ' + o[5] + ' ' + o[3] + ' ' + n[1]],
               (10, 8, 11))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    nd = lambda x: first.digits(x, p['zero'])
    lines = [site, '', p['home'] + ' > ' + place, '', title, '']
    lines += [p['a1'], p['pubD'] + ' ' + nd('3') + ' ' + p['july'] + ' ' + nd('2024') + ', ' + nd('10:05') + ' IST', '']
    lines += [caption + ' | ' + p['credit'][0] + ': ' + agency, '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][1] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    lines += ['About Us | Contact Us | Privacy Policy | Terms of Use', '']
    cr = '© ' + nd('2024') + ' ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:05:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': agency, 'copyright': cr, 'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('W', page)
