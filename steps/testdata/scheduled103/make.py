#!/usr/bin/env python3
"""Writes style DC of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled103):
written after all the fixes of CT–DB (the tenth session's second round's fourth
batch), and run once before any fix of its own (BEFORE.log). Run from this
folder: python3 make.py [/path/to/flores-dev.tsv]

DC (a correction under the story): "home › section"; the title; "label
name"; "published-label 03 July 2024 10:30 IST"; the caption with
"(photo: agency)"; the dateline "place:"; "also read: title" between
paragraphs; after the last paragraph the English note "Correction: An
earlier version of this article misstated the date of the event. The
error is regretted."; "© 2024 site". The note is the desk's, not the
article's text, as the disclaimer (CB) and the print edition's note (CF)
are not.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 210-216 and, for the title, link and caption, the three shortest
of 0-49.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((210, 211), (212, 213), (214, 215), (216,)), range(0, 50), 3,
               lambda o, n: [o[1] + ' ' + n[0], o[4] + ' ' + o[2] + ' ' + n[1], o[6] + ' ' + n[2], o[3] + ' ' + o[5] + ' ' + o[0] + ' ' + n[3]],
               (12, 9, 11))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += ['Correction: An earlier version of this article misstated the date of the event. The error is regretted.', '']
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('DC', page)
