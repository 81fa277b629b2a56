#!/usr/bin/env python3
"""Writes style AY of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled47):
written after all the ninth round's fixes of styles AG-AW, and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

AY (an AMP page's text dump, as Lokmat's, Anandabazar's and other
language sites' AMP pages come out): no breadcrumb, the title first; an
English "Advertisement" line under it and between every two paragraphs
of the article; two authors joined by the language's "and" after the
byline label ("label A and B"); the updated label with a relative time
in minutes ("updated-label 45 minutes ago", the language's words and
digits: 11:15 UTC for the test's now); the caption with "(photo:
agency)"; the dateline "place:"; "also read: title"; "© 2024 site".

People, places, sites, labels, agencies and relative times come from
../scheduled2/make.py. Sentences are FLORES-200 dev lines 190-196 and,
for the title, link and caption, the three shortest of 240-290.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((190, 191), (192, 193), (194, 195), (196,)), range(240, 290), 3,
               lambda o, n: [o[4] + ' ' + n[1], o[0] + ' ' + o[6] + ' ' + n[2], o[3] + ' ' + n[0], o[1] + ' ' + o[2] + ' ' + o[5] + ' ' + n[3]],
               (10, 8, 12))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    sep = ', ' if p['and_'] == ',' else ' ' + p['and_'] + ' '
    ad = 'Advertisement'
    lines = [title, '', ad, '']
    lines += [p['bylE'] + ' ' + p['a1'] + sep + p['a2'], p['updD'] + ' ' + p['ago'], '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += [paras[0], '', ad, '', paras[1], '', ad, '']
    lines += [p['also'][0] + ': ' + related, '']
    lines += [paras[2], '', ad, '', paras[3], '']
    lines += g.blocks(paras)
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1'], p['a2']], 'published': '2024-07-03T11:15:00Z', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('AY', page)
