#!/usr/bin/env python3
"""Writes style CJ of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled84):
written after the fixes of CE–CG and CD, and run once before any fix of its
own (BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

CJ (a video embedded between paragraphs, as a text browser prints the
player): "home › section"; the title; "by-label name"; "published-label
03 July 2024 10:30 IST"; the caption with "(photo: agency)"; the
dateline "place:"; between the second and third paragraphs the player's
lines, each on its own: an English "Watch Video", the player's "00:00 /
02:45", "Video: agency"; "also read: title" after the body; "© 2024
site". The player's lines are not the body's, nor a related link.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 350-356 and, for the title, link and caption, the three shortest
of 150-199.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((350, 351), (352, 353), (354, 355), (356,)), range(150, 200), 3,
               lambda o, n: [o[1] + ' ' + n[0], o[3] + ' ' + o[5] + ' ' + n[2], o[6] + ' ' + n[3], o[2] + ' ' + o[0] + ' ' + o[4] + ' ' + n[1]],
               (12, 11, 9))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += ['Watch Video', '00:00 / 02:45', 'Video: ' + agency, '']
    lines += g.blocks(paras[2:])
    lines += [p['also'][0] + ': ' + related, '']
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('CJ', page)
