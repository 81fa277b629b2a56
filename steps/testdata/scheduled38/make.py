#!/usr/bin/env python3
"""Writes style AP of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled38):
written after the ninth round's fixes of styles AG-AN, and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

AP (a regional English and language site's header, with the points of
the story numbered): "home / section"; the title; the byline "label name"
(the F label) over an English date with no comma and the meridiem glued
on ("Jul 3 2024 10:30AM", no zone: the country's, as style F has it); the
caption with "(photo: agency)"; the dateline "place:"; the second to
fourth paragraphs numbered "1. ", "2. ", "3. " (the body keeps the
numbers); "also read: title"; "© site 2024".

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 430-436 and, for the title, link and caption, the three shortest
of 350-400.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((430, 431), (432, 433), (434, 435), (436,)), range(350, 400), 3,
               lambda o, n: [o[4] + ' ' + n[2], o[1] + ' ' + o[0] + ' ' + n[0], o[3] + ' ' + n[1], o[2] + ' ' + o[6] + ' ' + o[5] + ' ' + n[3]],
               (8, 12, 9))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' / ' + section, '', title, '']
    lines += [p['bylF'] + ' ' + p['a1'], 'Jul 3 2024 10:30AM', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + [str(i) + '. ' + x for i, x in enumerate(body[1:], 1)]
    lines += g.blocks(paras)
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras)
    cr = '© ' + site + ' 2024'
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']],
           'published': '2024-07-03' if code in g.second.NOZONE else '2024-07-03T10:30:00' + g.second.zone(code),
           'dateline': place, 'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency,
           'copyright': cr, 'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('AP', page)
