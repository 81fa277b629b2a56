#!/usr/bin/env python3
"""Writes style BA of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled49):
written after all the ninth round's fixes of styles AG-AW, and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

BA (Eenadu's and Sakshi's mobile pages, the lead photo above the
headline): "home » section"; the lead photo's caption with "(photo:
agency)" above the title; the title; "label name"; the published label
with an absolute time and, after a bar, the updated label with a
relative one ("published-label 03 July 2024 10:30 IST | updated-label 45
minutes ago", the language's words: the published time is the absolute
one); the dateline "place:"; "also read: title"; "© 2024 site".

People, places, sites, labels, agencies and relative times come from
../scheduled2/make.py, section words from ../scheduled3/make.py.
Sentences are FLORES-200 dev lines 23-29 and, for the title, link and
caption, the three shortest of 340-390.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((23, 24), (25, 26), (27, 28), (29,)), range(340, 390), 3,
               lambda o, n: [o[6] + ' ' + n[3], o[2] + ' ' + o[4] + ' ' + n[0], o[0] + ' ' + n[2], o[5] + ' ' + o[1] + ' ' + o[3] + ' ' + n[1]],
               (12, 10, 8))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' » ' + section, '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    lines += [title, '', p['bylE'] + ' ' + p['a1'], '']
    lines += [p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST | ' + p['updD'] + ' ' + p['ago'], '']
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
    g.write('BA', page)
