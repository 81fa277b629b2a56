#!/usr/bin/env python3
"""Writes style M of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled9):
written after every fix of this round, styles G's to L's included, and
never used to tune anything. Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

M: "site / place"; "title | site - India News"; "Reported By: name";
the time in native digits with "pm" and IST; the caption with its agency
after a bar; the dateline with a numeric date ("place, 03.07.2024:");
"👉 also read: title"; "Copyright 2024 © site".

People, places, sites, labels and agencies come from ../scheduled2/make.py.
Sentences are FLORES-200 dev lines 250-299 and 120-129.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

first = g.first

def page(code, p, fl):
    s = g.pick(code, p, fl, ((120, 121), (122, 123), (124, 125), (126,)), range(250, 300), 3,
               lambda o, n: [o[3] + ' ' + n[3], o[4] + ' ' + o[0] + ' ' + n[2], o[6] + ' ' + n[0], o[2] + ' ' + o[1] + ' ' + o[5] + ' ' + n[1]],
               (7, 10, 8))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    nd = lambda s: first.digits(s, p['zero'])
    lines = [site + ' / ' + place, '', title + ' | ' + site + ' - India News', '']
    lines += ['Reported By: ' + p['a1'], '']
    lines += [nd('3') + ' ' + p['july'] + ' ' + nd('2024') + ', ' + nd('02:15') + ' pm IST', '']
    lines += [caption + ' | ' + agency, '']
    paras = [place + ', 03.07.2024: ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += ['👉 ' + p['also'][1] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = 'Copyright 2024 © ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T14:15:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': agency, 'copyright': cr, 'text': '\n\n'.join(paras)}
    return lines, exp

if __name__ == '__main__':
    g.write('M', page)
