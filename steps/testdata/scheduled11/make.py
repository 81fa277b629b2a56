#!/usr/bin/env python3
"""Writes style O of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled11):
written after every fix of this round, styles G's to N's included, and
never used to tune anything. Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

O: the site's name; "section | place"; a headline opening with the place
and a colon and quoting the rest; the updated line before the published
line; the byline with the agency in brackets after the name; the caption
"| Photo Credit : agency"; the dateline "place:"; "Also Read: title" in
English; "© site".

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 350-399 and 140-149.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

first = g.first

def page(code, p, fl):
    s = g.pick(code, p, fl, ((140, 141), (142, 143), (144, 145), (146,)), range(350, 400), 3,
               lambda o, n: [o[6] + ' ' + n[3], o[5] + ' ' + o[4] + ' ' + n[1], o[3] + ' ' + n[2], o[0] + ' ' + o[1] + ' ' + o[2] + ' ' + n[0]],
               (11, 9, 7))
    body = s.body
    t, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    nd = lambda s: first.digits(s, p['zero'])
    section = g.third().G[code][4]
    title = place + ': ‘' + t + '’'
    lines = [site, '', section + ' | ' + place, '', title, '']
    lines += [p['updD'] + ' ' + nd('3') + ' ' + p['july'] + ' ' + nd('2024') + ' ' + nd('11:20') + ' IST']
    lines += [p['pubD'] + ' ' + nd('3') + ' ' + p['july'] + ' ' + nd('2024') + ' ' + nd('08:15') + ' IST', '']
    lines += [p['bylE'] + ' ' + p['a1'] + ' (' + agency + ')', '']
    lines += [caption + ' | Photo Credit : ' + agency, '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += ['Also Read: ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = '© ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T08:15:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': agency, 'copyright': cr, 'text': '\n\n'.join(paras)}
    return lines, exp

if __name__ == '__main__':
    g.write('O', page)
