#!/usr/bin/env python3
"""Writes style DL of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled112):
written after all the fixes of DI–DK (the eleventh session's second
batch), and run once before any fix of its own (BEFORE.log). Run from this
folder: python3 make.py [/path/to/flores-dev.tsv]

DL (a machine-made summary box over the story, as NDTV's sites print it in
every language with English labels): "home › section"; the title; "label
name"; "published-label 03 July 2024 10:30 IST"; the caption with
"(photo: agency)"; then, glued, "Quick Reads", "Summary is AI-generated,
newsroom-reviewed." and three "• " points in the page's language; the
dateline "place:"; "also read: title" between paragraphs; "© 2024 site".
The box is not the body's, and its points are no title.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 120-126 and, for the title, link, caption and the three points,
the six shortest of 250-299.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((120, 121), (122, 123), (124, 125), (126,)), range(250, 300), 6,
               lambda o, n: [o[3] + ' ' + n[2], o[6] + ' ' + o[0] + ' ' + n[1], o[1] + ' ' + n[3], o[5] + ' ' + o[2] + ' ' + o[4] + ' ' + n[0]],
               (8, 9, 10, 11, 12, 7))
    body = s.body
    title, related, caption, *points = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    lines += ['Quick Reads', 'Summary is AI-generated, newsroom-reviewed.'] + ['• ' + x for x in points] + ['']
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
    g.write('DL', page)
