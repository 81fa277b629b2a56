#!/usr/bin/env python3
"""Writes style DI of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled109):
written after all the fixes of DF–DH (the eleventh session's round), and
run once before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

DI (an embedded post of a news agency's X/Twitter account between
paragraphs, as Indian sites of every language embed the wire's English
posts): "home › section"; the title; "label name"; "published-label 03
July 2024 10:30 IST"; the caption with "(photo: agency)"; the dateline
"place:"; after the second paragraph the embed as a text dump gives it,
two glued lines: the post's English text ending in its picture's
"pic.twitter.com/…" address, then "— Agency (@handle) July 3, 2024";
"also read: title" after the third paragraph; "© 2024 site". The post
and its signature are the body's, as the kit's ScrapingHub gold keeps the
posts embedded in its pages (text and signature, each a paragraph); the
post is no related link, its signature no byline and its day no published
time.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 70-76 and, for the title, link and caption, the three shortest
of 0-49.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

# The wire accounts Indian sites embed most, with their handles.
WIRES = [('ANI', 'ANI'), ('IANS', 'ians_india'), ('Press Trust of India', 'PTI_News')]

POSTS = ['#WATCH | Heavy rain lashes the city; waterlogging reported in several low-lying areas. pic.twitter.com/Xk29fLq7Vb',
         '#WATCH | Visuals from the spot as rescue teams reach the area. pic.twitter.com/R4mQ8zTn2w',
         'Officials review the situation at a high-level meeting; more details awaited. pic.twitter.com/h7DcP1sYvE']


def page(code, p, fl):
    s = g.pick(code, p, fl, ((70, 71), (72, 73), (74, 75), (76,)), range(0, 50), 3,
               lambda o, n: [o[0] + ' ' + n[2], o[4] + ' ' + o[1] + ' ' + n[0], o[3] + ' ' + n[1], o[6] + ' ' + o[2] + ' ' + o[5] + ' ' + n[3]],
               (10, 12, 11))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    k = sorted(g.second.L).index(code)
    wire, handle = WIRES[k % len(WIRES)]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    post = [POSTS[k % len(POSTS)], '— ' + wire + ' (@' + handle + ') July 3, 2024']
    lines += post + ['']
    lines += g.blocks(paras[2:3])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[3:])
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras[:2] + post + paras[2:])}
    return lines, exp


if __name__ == '__main__':
    g.write('DI', page)
