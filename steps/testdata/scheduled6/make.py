#!/usr/bin/env python3
"""Writes style J of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled6):
written after every fix of this round, styles G's, H's and I's included,
and never used to tune anything. Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

J: "Home / News / place"; the headline with an English SEO tail after
" - "; the byline and a numeric published date on one line ("label name |
published: 03-07-2024 10:43 IST"); caption "- Image Credit: agency"; the
dateline with a year ("place, 3 July 2024:"); an "Advertisement" line and
a sub-heading between paragraphs; "Read More: title"; "Copyright © 2024
site Pvt. Ltd."

People, places, sites, labels and agencies come from ../scheduled2/make.py.
Sentences are FLORES-200 dev lines 90-149.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

first = g.first

def page(code, p, fl):
    s = g.pick(code, p, fl, ((90, 91), (92, 93), (94, 95), (96, 97)), range(100, 150), 4,
               lambda o, n: [o[1] + ' ' + n[1], o[5] + ' ' + o[0] + ' ' + n[3], o[4] + ' ' + n[2], o[6] + ' ' + o[2] + ' ' + o[3] + ' ' + n[0]],
               (11, 7, 10, 8))
    body = s.body
    title, related, caption, heading = s.short
    kicker = first.strip_end(fl['eng_Latn'][s.idx[0]]) if s.S else 'Breaking News Today'
    site, place, agency = p['site'], p['place'], p['agency']
    label = p['bylE']
    tail = kicker if code != 'eng' else site
    lines = ['Home / News / ' + place, '', title + ' - ' + tail, '']
    lines += [label + ' ' + p['a1'] + ' | ' + p['pubD'] + ' 03-07-2024 10:43 IST', '']
    lines += [caption + ' - Image Credit: ' + agency, '']
    paras = [place + ', 3 ' + p['july'] + ' 2024: ' + body[0], body[1], heading, body[2], body[3]]
    lines += [paras[0], '', paras[1], '', 'Advertisement', '', paras[2], '', paras[3], '', 'Read More: ' + related, '', paras[4], '']
    lines += g.blocks(paras)
    cr = 'Copyright © 2024 ' + site + ' Pvt. Ltd.'
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:43:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': agency, 'copyright': cr, 'text': '\n\n'.join(paras)}
    return lines, exp

if __name__ == '__main__':
    g.write('J', page)
