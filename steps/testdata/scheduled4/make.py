#!/usr/bin/env python3
"""Writes style H of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled4):
written after every fix of this round, including those style G led to, and
never used to tune anything. Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

H: the site's name alone on the first line; "title | site | Latin tail";
a standfirst; an English "Published at : 03 Jul 2024 11:05 AM (IST)" line
as Indian-language sites print it; the byline "label – name | site"; the
caption on one line and its credit "photo: agency" alone on the next; the
dateline "place, 3 July (agency) :"; "also read 👉 title"; an English
"Tags:" line after the body; "© Copyright site 2024. All Rights Reserved."

People, places, sites, labels and agencies come from ../scheduled2/make.py.
Sentences are FLORES-200 dev lines 12-39 and 70-79.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((70, 71), (72, 73), (74, 75), (76,)), range(12, 40), 3,
               lambda o, n: [o[2] + ' ' + n[3], o[0] + ' ' + o[4] + ' ' + n[1], o[5] + ' ' + n[0], o[1] + ' ' + o[6] + ' ' + n[2]],
               (8, 11, 7))
    body = s.body
    title, related, caption = s.short
    standfirst = s.S[77] if s.S else s.o[3]
    site, place, agency = p['site'], p['place'], p['agency']
    label = p['bylE'].rstrip(':')
    lines = [site, '', title + ' | ' + site + ' | Latest News', '', standfirst, '']
    lines += ['Published at : 03 Jul 2024 11:05 AM (IST)', '']
    lines += [label + ' – ' + p['a1'] + ' | ' + site, '']
    lines += [caption, p['credit'][0] + ': ' + agency, '']
    paras = [place + ', 3 ' + p['july'] + ' (' + agency + ') : ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ' 👉 ' + related, '']
    lines += g.blocks(paras[2:])
    lines += ['Tags: ' + place + ', ' + site + ', Latest News', '']
    lines += g.blocks(paras)
    cr = '© Copyright ' + site + ' 2024. All Rights Reserved.'
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T11:05:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': agency, 'copyright': cr, 'text': '\n\n'.join(paras)}
    return lines, exp

if __name__ == '__main__':
    g.write('H', page)
