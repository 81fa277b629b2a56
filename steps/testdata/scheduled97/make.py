#!/usr/bin/env python3
"""Writes style CW of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled97):
written after all the fixes of BQ–CS, in the second batch of the
tenth session's second round, and run once before any fix of its own (BEFORE.log).
Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

CW (a match report with the scorecard widget's strip): "home › section";
the title; "label name"; "published-label 03 July 2024 10:30 IST"; the
widget's English lines "IND 245/6 (50 ov)", "AUS 240 (49.2 ov)", "India
won by 5 runs"; the caption with "(photo: agency)"; the dateline
"place:"; "also read: title" between paragraphs; "© 2024 site". The strip
is not the body's.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 480-486 and, for the title, link and caption, the three shortest
of 200-249.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((480, 481), (482, 483), (484, 485), (486,)), range(200, 250), 3,
               lambda o, n: [o[6] + ' ' + n[3], o[0] + ' ' + o[5] + ' ' + n[2], o[4] + ' ' + n[1], o[1] + ' ' + o[2] + ' ' + o[3] + ' ' + n[0]],
               (8, 10, 9))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += ['IND 245/6 (50 ov)', 'AUS 240 (49.2 ov)', 'India won by 5 runs', '']
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
    g.write('CW', page)
