#!/usr/bin/env python3
"""Writes style DD of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled104):
written after all the fixes of CT–DB (the tenth session's second round's fourth
batch), and run once before any fix of its own (BEFORE.log). Run from this
folder: python3 make.py [/path/to/flores-dev.tsv]

DD (a printer-friendly copy): "Print this page" over the story's address
("https://www.example.in/section/story-1234567"); the site's name; the
title; "label name"; "published-label 03 July 2024 10:30 IST"; the
dateline "place:"; no caption, no related link; "© 2024 site" over
"Printed from www.example.in". The address and the print lines are
furniture.

People, places, sites, labels and agencies come from ../scheduled2/make.py.
Sentences are FLORES-200 dev lines 260-266 and, for the title, the
shortest of 50-99.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((260, 261), (262, 263), (264, 265), (266,)), range(50, 100), 1,
               lambda o, n: [o[2] + ' ' + n[3], o[0] + ' ' + o[6] + ' ' + n[2], o[5] + ' ' + n[1], o[1] + ' ' + o[4] + ' ' + o[3] + ' ' + n[0]],
               (10,))
    body = s.body
    title, = s.short
    site, place = p['site'], p['place']
    lines = ['Print this page', 'https://www.example.in/india/story-1234567', '', site, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras)
    cr = '© 2024 ' + site
    lines += [cr, 'Printed from www.example.in']
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [], 'caption': '', 'credit': '', 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('DD', page)
