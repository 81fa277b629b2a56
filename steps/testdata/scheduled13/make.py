#!/usr/bin/env python3
"""Writes style Q of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled13):
written after every fix of this round, styles G's to P's included, and
never used to tune anything. Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

Q: the site's logo alt text, then "site › section"; the title; the
published label with a numeric date and "hrs IST"; the byline; the
picture's alt text and then its caption with the agency in brackets (a
text browser prints both); the dateline "place:"; "also read :- title";
"All Rights Reserved. © site 2024".

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 450-499 and 160-169.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((160, 161), (162, 163), (164, 165), (166,)), range(450, 500), 3,
               lambda o, n: [o[2] + ' ' + n[2], o[6] + ' ' + o[0] + ' ' + n[1], o[4] + ' ' + n[3], o[5] + ' ' + o[3] + ' ' + o[1] + ' ' + n[0]],
               (9, 8, 11))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [site + ' Logo', '', site + ' › ' + section, '', title, '']
    lines += [p['pubD'] + ' 03/07/2024, 10:43 hrs IST', '']
    lines += [p['bylE'] + ' ' + p['a1'], '']
    lines += [caption, caption + ' (' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][1] + ' :- ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = 'All Rights Reserved. © ' + site + ' 2024'
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:43:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': agency, 'copyright': cr, 'text': '\n\n'.join(paras)}
    return lines, exp

if __name__ == '__main__':
    g.write('Q', page)
