#!/usr/bin/env python3
"""Writes style BF of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled54):
written after the ninth round's later first fix (AX's '∙'), and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

BF (an audio player and the writer's e-mail in the header, as The
Hindu's and Mathrubhumi's language pages print them): "home › section";
the title; "label name" with the writer's address on the next line
("name@example.com"); "published-label 03 July 2024 10:30 IST"; an
English "Listen to this article" over the player's clock ("00:00 /
03:45"); the caption with "(photo: agency)"; the dateline "place:";
"also read: title"; "© 2024 site". The player's clock is no time of
the article and the address no author.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 170-176 and, for the title, link and caption, the three shortest
of 100-150.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((170, 171), (172, 173), (174, 175), (176,)), range(100, 150), 3,
               lambda o, n: [o[4] + ' ' + n[0], o[2] + ' ' + o[6] + ' ' + n[3], o[1] + ' ' + n[2], o[0] + ' ' + o[5] + ' ' + o[3] + ' ' + n[1]],
               (11, 8, 12))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], 'desk@example.com', p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += ['Listen to this article', '00:00 / 03:45', '']
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
    g.write('BF', page)
