#!/usr/bin/env python3
"""Writes style P of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled12):
written after every fix of this round, styles G's to O's included, and
never used to tune anything. Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

P: a four-part breadcrumb; the title; the date first and the byline after
a bar on one line ("3 July 2024, 10:43 IST | label name"); the caption
then "(credit: agency)" on the next line; the dateline "place:"; "also
read: title" after the last paragraph; "Copyright © 2024 site. rights".
A credit in brackets is expected whole ("फोटो: वार्ता"), as the first set
expects "(फोटो: भाषा)" after a caption; this set first expected the agency
alone, and was changed to the first set's convention after its first run.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 400-449 and 150-159.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((150, 151), (152, 153), (154, 155), (156,)), range(400, 450), 3,
               lambda o, n: [o[1] + ' ' + n[0], o[3] + ' ' + o[6] + ' ' + n[2], o[0] + ' ' + n[1], o[2] + ' ' + o[4] + ' ' + o[5] + ' ' + n[3]],
               (10, 12, 8))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' / ' + section + ' / ' + site + ' / ' + place, '', title, '']
    lines += ['3 ' + p['july'] + ' 2024, 10:43 IST | ' + p['bylE'] + ' ' + p['a1'], '']
    lines += [caption, '(' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras)
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras)
    cr = 'Copyright © 2024 ' + site + '. ' + p['rights']
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:43:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp

if __name__ == '__main__':
    g.write('P', page)
