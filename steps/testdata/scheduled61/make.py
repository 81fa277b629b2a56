#!/usr/bin/env python3
"""Writes style BM of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled61):
written after the ninth round's later fixes of AX, BE and BI, and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

BM (a headline a text browser wrapped, as w3m wraps a long <h1> at the
screen's width): "home › section"; the headline over two lines with no
blank line between, cut at the space nearest its middle; "label name";
"published-label 03 July 2024 10:30 IST"; the caption with "(photo:
agency)"; the dateline "place:"; "also read: title"; "© 2024 site". The
title is the headline's two lines joined by a space.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 300-306 and, for the title, link and caption, the three shortest
of 250-300.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def halves(s):
    """s cut at the space nearest its middle."""
    spaces = [i for i, c in enumerate(s) if c == ' ']
    i = min(spaces, key=lambda k: (abs(k - len(s) // 2), k))
    return s[:i], s[i + 1:]


def page(code, p, fl):
    s = g.pick(code, p, fl, ((300, 301), (302, 303), (304, 305), (306,)), range(250, 300), 3,
               lambda o, n: [o[2] + ' ' + n[1], o[6] + ' ' + o[4] + ' ' + n[0], o[0] + ' ' + n[2], o[3] + ' ' + o[5] + ' ' + o[1] + ' ' + n[3]],
               (11, 12, 7))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    t1, t2 = halves(title)
    lines = [p['home'] + ' › ' + section, '', t1, t2, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('BM', page)
