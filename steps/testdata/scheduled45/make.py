#!/usr/bin/env python3
"""Writes style AW of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled45):
written after all the ninth round's fixes of styles AG-AT, and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

AW (a ticker and a trending bar above the article, as most Indian news
sites print them): an English "Breaking News" label over another story's
headline; "Trending:" and three topics parted by commas (the section,
the place, the site); "home › section"; the title; "label name" over
"published-label 03 July 2024, 10:30 IST"; the caption with "(photo:
agency)"; the dateline "place:"; "also read: title"; "© 2024 site". The
ticker's headline is no title and no related link.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 16-22 and, for the ticker, the title, link and caption, the four
shortest of 60-100.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((16, 17), (18, 19), (20, 21), (22,)), range(60, 100), 4,
               lambda o, n: [o[3] + ' ' + n[1], o[1] + ' ' + o[4] + ' ' + n[0], o[5] + ' ' + n[2], o[0] + ' ' + o[2] + ' ' + o[6] + ' ' + n[3]],
               (8, 12, 11, 7))
    body = s.body
    ticker, title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    comma = '، ' if code in ('urd', 'kas_Arab', 'snd_Arab') else ', '
    lines = ['Breaking News', ticker, '']
    lines += ['Trending: ' + comma.join([section, place, site]), '']
    lines += [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024, 10:30 IST', '']
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
    g.write('AW', page)
