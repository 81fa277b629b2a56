#!/usr/bin/env python3
"""Writes style AT of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled42):
written after the ninth round's fixes of styles AG-AQ, and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

AT (India Today's and Aaj Tak's header as a text dump glues it): "home /
section"; the title; the author's name alone over the place glued to
the updated label after a comma with no space ("place,updated-label Jul
3, 2024 10:30 IST"): the place is the story's dateline and the body
opens with none; the caption with "(photo: agency)"; "also read: title";
"Copyright © 2024 site".

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 470-476 and, for the title, link and caption, the three shortest
of 100-150.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((470, 471), (472, 473), (474, 475), (476,)), range(100, 150), 3,
               lambda o, n: [o[1] + ' ' + n[3], o[4] + ' ' + o[2] + ' ' + n[2], o[5] + ' ' + n[1], o[0] + ' ' + o[6] + ' ' + o[3] + ' ' + n[0]],
               (12, 9, 7))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    comma = '،' if code in ('urd', 'kas_Arab', 'snd_Arab') else ','
    lines = [p['home'] + ' / ' + section, '', title, '']
    lines += [p['a1'], place + comma + p['updD'] + ' Jul 3, 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    lines += g.blocks(body[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(body[2:])
    lines += g.blocks(body)
    cr = 'Copyright © 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(body)}
    return lines, exp


if __name__ == '__main__':
    g.write('AT', page)
