#!/usr/bin/env python3
"""Writes style DJ of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled110):
written after all the fixes of DF–DH (the eleventh session's round), and
run once before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

DJ (a fact-check story with the claim-review box that fact-checking
sites print under the text, its labels in English as the ClaimReview
plugin writes them whatever the page's language): "home › section"; the
title; "label name"; "published-label 03 July 2024 10:30 IST"; the
caption with "(photo: agency)"; the dateline "place:"; "also read:
title" between paragraphs; under the last paragraph three glued lines
"Claim Review : claim" (a sentence in the page's language), "Claimed By
: Social Media Users", "Fact Check : False"; "© 2024 site". The box is
not the body's, nor a related link.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 80-86 and, for the title, link, caption and claim, the four
shortest of 150-199.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

VERDICTS = ['False', 'Misleading', 'Fake']


def page(code, p, fl):
    s = g.pick(code, p, fl, ((80, 81), (82, 83), (84, 85), (86,)), range(150, 200), 4,
               lambda o, n: [o[2] + ' ' + n[1], o[5] + ' ' + o[0] + ' ' + n[3], o[4] + ' ' + n[0], o[1] + ' ' + o[6] + ' ' + o[3] + ' ' + n[2]],
               (11, 10, 12, 9))
    body = s.body
    title, related, caption, claim = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    k = sorted(g.second.L).index(code)
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += ['Claim Review : ' + claim, 'Claimed By : Social Media Users', 'Fact Check : ' + VERDICTS[k % len(VERDICTS)], '']
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('DJ', page)
