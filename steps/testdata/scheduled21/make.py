#!/usr/bin/env python3
"""Writes style Y of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled21):
written after the fixes styles S, U, W and X led to, and run once before
any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

Y: "You are here: home › section › place"; the title; the byline with the
second label; the second published label with native digits; the first
picture's caption with "(photo: agency)"; the dateline with native
digits and the agency ("place, 3 July (agency):"); a second picture's
caption between the body's paragraphs; "also read - title"; "© site,
2024" in the language's digits.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 250-256 and, for the title, link and captions, the four shortest
of 400-449.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

first = g.first


def page(code, p, fl):
    s = g.pick(code, p, fl, ((250, 251), (252, 253), (254, 255), (256,)), range(400, 450), 4,
               lambda o, n: [o[0] + ' ' + n[1], o[2] + ' ' + o[5] + ' ' + n[3], o[6] + ' ' + n[2], o[4] + ' ' + o[1] + ' ' + o[3] + ' ' + n[0]],
               (11, 9, 8, 12))
    body = s.body
    title, related, cap1, cap2 = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    nd = lambda x: first.digits(x, p['zero'])
    arab = code in ('urd', 'kas_Arab', 'snd_Arab')
    comma = '، ' if arab else ', '
    section = g.third().G[code][4]
    credit = p['credit'][0] + ': ' + agency
    lines = ['You are here: ' + p['home'] + ' › ' + section + ' › ' + place, '', title, '']
    lines += [p['bylF'] + ' ' + p['a1'], '']
    lines += [p['pubF'] + ' ' + nd('3') + ' ' + p['july'] + ' ' + nd('2024') + ', ' + nd('07:45') + ' IST', '']
    lines += [cap1 + ' (' + credit + ')', '']
    paras = [place + comma + nd('3') + ' ' + p['july'] + ' (' + agency + '): ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [cap2 + ' (' + credit + ')', '']
    lines += g.blocks(paras[2:3])
    lines += [p['also'][2] + ' - ' + related, '']
    lines += g.blocks(paras[3:])
    lines += g.blocks(paras)
    cr = '© ' + site + comma + nd('2024')
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T07:45:00+05:30', 'dateline': place,
           'related': [related], 'caption': cap1, 'credit': credit, 'copyright': cr, 'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('Y', page)
