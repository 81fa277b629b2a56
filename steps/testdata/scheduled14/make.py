#!/usr/bin/env python3
"""Writes style R of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled14):
written after every fix of this round, styles G's to Q's included, and
never used to tune anything. Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

R: "site > place"; the title; the published label with a dotted time
("10.30 AM IST"); the byline "label name, agency"; the caption with
"(Photo: agency)" (kept whole, as the first set keeps bracketed credits);
the dateline "place, 3 July —"; a bare "also read" over one bulleted
headline; "site © 2024".

People, places, sites, labels and agencies come from ../scheduled2/make.py.
Sentences are FLORES-200 dev lines 170-179 and 0-4, 12-39 (title and
links: the three shortest of 470-499).
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((170, 171), (172, 173), (174, 175), (176,)), range(470, 500), 3,
               lambda o, n: [o[5] + ' ' + n[1], o[1] + ' ' + o[3] + ' ' + n[0], o[2] + ' ' + n[3], o[6] + ' ' + o[4] + ' ' + o[0] + ' ' + n[2]],
               (12, 10, 9))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    lines = [site + ' > ' + place, '', title, '']
    lines += [p['pubD'] + ' 3 ' + p['july'] + ' 2024, 10.30 AM IST', '']
    sep = '، ' if code in ('urd', 'kas_Arab', 'snd_Arab') else ', '
    lines += [p['bylE'] + ' ' + p['a1'] + sep + agency, '']
    lines += [caption + ' (Photo: ' + agency + ')', '']
    paras = [place + ', 3 ' + p['july'] + ' — ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0], '• ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = site + ' © 2024'
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': 'Photo: ' + agency, 'copyright': cr, 'text': '\n\n'.join(paras)}
    return lines, exp

if __name__ == '__main__':
    g.write('R', page)
