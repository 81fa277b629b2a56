#!/usr/bin/env python3
"""Writes style X of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled20):
written after the fixes styles S, U and W led to, and run once before any
fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

X: "home / place"; the title; the byline "label: name" with "45 minutes
ago" in the language on the line right under it; the caption, then its
agency alone after a long dash on the next line ("— PTI"); the dateline
"place:"; the related-news heading in the language with two headlines
under it marked "- "; "© Copyright 2024 site. All Rights Reserved.
Powered by …".

People, places, sites, labels, agencies and relative times come from
../scheduled2/make.py, byline labels and related headings from
../scheduled3/make.py. Sentences are FLORES-200 dev lines 240-246 and,
for the title, links and caption, the four shortest of 200-239.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((240, 241), (242, 243), (244, 245), (246,)), range(200, 240), 4,
               lambda o, n: [o[5] + ' ' + n[2], o[3] + ' ' + o[0] + ' ' + n[0], o[1] + ' ' + n[3], o[6] + ' ' + o[2] + ' ' + o[4] + ' ' + n[1]],
               (12, 7, 10, 9))
    body = s.body
    title, rel1, rel2, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    byl, relhead = g.third().G[code][0], g.third().G[code][1]
    lines = [p['home'] + ' / ' + place, '', title, '']
    lines += [byl + ': ' + p['a1'], p['ago'], '']
    lines += [caption, '— ' + agency, '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:3])
    lines += [relhead, '- ' + rel1, '- ' + rel2, '']
    lines += g.blocks(paras[3:])
    lines += g.blocks(paras)
    cr = '© Copyright 2024 ' + site + '. All Rights Reserved. Powered by NewsPress'
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T11:15:00Z', 'dateline': place,
           'related': [rel1, rel2], 'caption': caption, 'credit': agency, 'copyright': cr, 'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('X', page)
