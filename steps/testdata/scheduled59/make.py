#!/usr/bin/env python3
"""Writes style BK of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled59):
written after the ninth round's later fixes of AX, BE and BI, and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

BK (the reporter's job after a bar, no label, as Sakshi's and Prabhat
Khabar's pages print it): "home › section"; the title; "name | role"
(the language's word for correspondent); "published-label 03 July 2024
10:30 IST"; the caption with "(photo: agency)"; the dateline "place:";
"also read: title"; "© 2024 site". The role is no author.

People, places, sites, labels, roles and agencies come from
../scheduled2/make.py, section words from ../scheduled3/make.py.
Sentences are FLORES-200 dev lines 280-286 and, for the title, link and
caption, the three shortest of 400-450.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((280, 281), (282, 283), (284, 285), (286,)), range(400, 450), 3,
               lambda o, n: [o[1] + ' ' + n[2], o[5] + ' ' + o[0] + ' ' + n[3], o[4] + ' ' + n[1], o[6] + ' ' + o[3] + ' ' + o[2] + ' ' + n[0]],
               (10, 7, 12))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['a1'] + ' | ' + p['role'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
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
    g.write('BK', page)
