#!/usr/bin/env python3
"""Writes style DM of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled113):
written after all the fixes of DI–DK (the eleventh session's second
batch), and run once before any fix of its own (BEFORE.log). Run from this
folder: python3 make.py [/path/to/flores-dev.tsv]

DM (the button Indian sites put under the byline since Google let readers
pick preferred sources, in English on the language sites too): "home ›
section"; the title; "label name"; "published-label 03 July 2024 10:30
IST"; "Add as a preferred source on Google" alone between blank lines;
the caption with "(photo: agency)"; the dateline "place:"; "also read:
title" between paragraphs; "© 2024 site". The button is furniture: no
caption, title or body.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 130-136 and, for the title, link and caption, the three shortest
of 300-349.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((130, 131), (132, 133), (134, 135), (136,)), range(300, 350), 3,
               lambda o, n: [o[2] + ' ' + n[0], o[4] + ' ' + o[6] + ' ' + n[3], o[0] + ' ' + n[1], o[3] + ' ' + o[1] + ' ' + o[5] + ' ' + n[2]],
               (11, 10, 12))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += ['Add as a preferred source on Google', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
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
    g.write('DM', page)
