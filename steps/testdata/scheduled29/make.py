#!/usr/bin/env python3
"""Writes style AG of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled29):
written after the eighth round's fixes, and run once before any fix of
its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

AG (NDTV's and its language sites' article header): "home / section";
a kicker (the section word) on the line above the headline, in the same
block; "Reported by: A, Edited by: B | updated-label month DD, 2024 10:30
am IST" on one line (English labels for the people, the language's label
and month for the date, month first); "Read Time: 3 mins"; the caption
with "(photo: agency)"; the dateline in wire-copy form, month first and
no punctuation after the agency ("place, July 3 (agency) text", English
"Jul"); "also read: title"; "© Copyright site 2024. rights". The
reporter is the author, the editor is not.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 340-346 and, for the title, link and caption, the three shortest
of 200-240.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((340, 341), (342, 343), (344, 345), (346,)), range(200, 240), 3,
               lambda o, n: [o[1] + ' ' + n[2], o[3] + ' ' + o[5] + ' ' + n[0], o[0] + ' ' + n[3], o[6] + ' ' + o[2] + ' ' + o[4] + ' ' + n[1]],
               (9, 12, 8))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    month = 'Jul' if code == 'eng' else p['july']
    lines = [p['home'] + ' / ' + section, '', section, title, '']
    lines += ['Reported by: ' + p['a1'] + ', Edited by: ' + p['a2'] + ' | ' + p['updD'] + ' ' + p['july'] + ' 03, 2024 10:30 am IST', '']
    lines += ['Read Time: 3 mins', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ', ' + month + ' 3 (' + agency + ') ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = '© Copyright ' + site + ' 2024. ' + p['rights']
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('AG', page)
