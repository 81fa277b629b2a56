#!/usr/bin/env python3
"""Writes style AN of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled36):
written after the ninth round's first fixes (styles AG-AJ), and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

AN (Dinamalar's and Sakshi's header): the section alone; the title; the
updated and the published times on one line, updated first ("updated-label
03 July 2024 11:45 | published-label 03 July 2024 10:30", the language's
month, no zone: the country's, as style F has it); the byline "label
name"; the caption, and the credit on the next line ("photo: agency": the
credit is the agency, as in style H); the
dateline "place:"; "also read: title" after the last paragraph; "rights ©
2024 site".

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 410-416 and, for the title, link and caption, the three shortest
of 50-100.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((410, 411), (412, 413), (414, 415), (416,)), range(50, 100), 3,
               lambda o, n: [o[1] + ' ' + n[1], o[5] + ' ' + o[3] + ' ' + n[0], o[2] + ' ' + n[3], o[6] + ' ' + o[0] + ' ' + o[4] + ' ' + n[2]],
               (9, 7, 11))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    day = '03 ' + p['july'] + ' 2024'
    lines = [section, '', title, '']
    lines += [p['updD'] + ' ' + day + ' 11:45 | ' + p['pubD'] + ' ' + day + ' 10:30', '']
    lines += [p['bylF'] + ' ' + p['a1'], '']
    lines += [caption, p['credit'][0] + ': ' + agency, '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras)
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras)
    cr = p['rights'] + ' © 2024 ' + site
    lines += [cr]
    pub = g.second.zone(code)
    exp = {'title': title, 'authors': [p['a1']],
           'published': '2024-07-03' if code in g.second.NOZONE else '2024-07-03T10:30:00' + pub, 'dateline': place,
           'related': [related], 'caption': caption, 'credit': agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('AN', page)
