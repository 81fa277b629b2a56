#!/usr/bin/env python3
"""Writes style AE of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled27):
written after the fixes styles S to AA led to, and run once before any
fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

AE: "home / section / place"; "title | site"; three authors after the
byline label ("label A, B and C", the language's "and"); the published
and updated labels with the time before the date ("10:30 AM IST, 03 July
2024", the language's month); the caption with "(photo: agency)"; the
dateline "place:"; "also read: title" between paragraphs; a line of
hashtags after the body ("#place #section"); "© 2024 site".

People, places, sites, labels and agencies come from ../scheduled2/make.py
(the third author is the first author's given name with the second's
family name), section words from ../scheduled3/make.py. Sentences are
FLORES-200 dev lines 320-326 and, for the title, link and caption, the
three shortest of 50-99.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((320, 321), (322, 323), (324, 325), (326,)), range(50, 100), 3,
               lambda o, n: [o[6] + ' ' + n[1], o[2] + ' ' + o[4] + ' ' + n[3], o[1] + ' ' + n[0], o[5] + ' ' + o[0] + ' ' + o[3] + ' ' + n[2]],
               (10, 8, 7))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    arab = code in ('urd', 'kas_Arab', 'snd_Arab')
    comma = '، ' if arab else ', '
    a3 = p['a1'].split()[0] + ' ' + p['a2'].split()[-1]
    last = ', ' if p['and_'] == ',' else ' ' + p['and_'] + ' '
    lines = [p['home'] + ' / ' + section + ' / ' + place, '', title + ' | ' + site, '']
    lines += [p['bylE'] + ' ' + p['a1'] + comma + p['a2'] + last + a3, '']
    lines += [p['pubD'] + ' 10:30 AM IST' + comma + '03 ' + p['july'] + ' 2024', '']
    lines += [p['updD'] + ' 11:45 AM IST' + comma + '03 ' + p['july'] + ' 2024', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    lines += ['#' + place.replace(' ', '') + ' #' + section, '']
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1'], p['a2'], a3], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('AE', page)
