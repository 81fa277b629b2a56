#!/usr/bin/env python3
"""Writes style BP of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled64):
written after the fixes of AX–BM, and run once before any fix of its own
(BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

BP (an interview printed as questions and answers): "home › section"; the
title; "label name" (the interviewer); "published-label 03 July 2024
10:30 IST"; the caption with "(photo: agency)"; an opening paragraph with
the dateline "place:"; then the turns, each a paragraph opened by the
speaker's full name and a colon, the interviewer's and the guest's in
turn; "also read: title"; "© 2024 site". The turns, names included, are
the body's.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 330-337 and, for the title, link and caption, the three shortest
of 100-140.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((330, 331), (332,), (333, 334), (335,), (336, 337)), range(100, 140), 3,
               lambda o, n: [o[2] + ' ' + n[1], o[6], o[4] + ' ' + n[0], o[0] + ' ' + n[2], o[3] + ' ' + o[5] + ' ' + o[1] + ' ' + n[3]],
               (11, 12, 7))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    speakers = [p['a1'], p['a2'], p['a1'], p['a2']]
    paras = [place + ': ' + body[0]] + [w + ': ' + x for w, x in zip(speakers, body[1:])]
    lines += g.blocks(paras)
    lines += [p['also'][0] + ': ' + related, '']
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('BP', page)
