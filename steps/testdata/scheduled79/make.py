#!/usr/bin/env python3
"""Writes style CE of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled79):
written after the fixes of CB–CD, and run once before any fix of its own
(BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

CE (the lead picture right under the headline, the byline and date under
its caption, as many Indian sites lay out an article's top): "home ›
section"; the title; the caption with "(photo: agency)"; "by-label
name"; "published-label 03 July 2024 10:30 IST"; the dateline "place:";
"also read: title" between paragraphs; "© 2024 site".

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 490-496 and, for the title, link and caption, the three shortest
of 250-299.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((490, 491), (492, 493), (494, 495), (496,)), range(250, 300), 3,
               lambda o, n: [o[3] + ' ' + n[1], o[6] + ' ' + o[0] + ' ' + n[2], o[2] + ' ' + n[3], o[5] + ' ' + o[4] + ' ' + o[1] + ' ' + n[0]],
               (10, 11, 7))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
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
    g.write('CE', page)
