#!/usr/bin/env python3
"""Writes style AD of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled26):
written after the fixes styles S to AA led to, and run once before any
fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

AD: a WordPress news theme as a text browser prints it: the site's name
and "Menu"; the title; one meta line with the author's name, an English
date, the time with no zone and the comment count ("name   July 3, 2024
10:30 AM   No Comments", spaced as the theme's inline items come out);
the caption with "(photo: agency)"; the dateline "place:"; after the body
a share plugin's "Share this:" over its buttons, one a line, and the
related-posts plugin's "Related" heading over a headline, its date and
'In "section"'; "Copyright by site 2024. All Right Reserved" (as such
sites print it). The time has no zone, so the record takes the
country's (India's; Nepal's for Nepali; none for English and Sindhi in
Arabic script, which keep the day only), as ../scheduled2 expects.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 310-316 and, for the title, link and caption, the three shortest
of 160-199.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((310, 311), (312, 313), (314, 315), (316,)), range(160, 200), 3,
               lambda o, n: [o[0] + ' ' + n[2], o[5] + ' ' + o[2] + ' ' + n[0], o[3] + ' ' + n[1], o[6] + ' ' + o[4] + ' ' + o[1] + ' ' + n[3]],
               (8, 11, 12))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [site, 'Menu', '', title, '']
    lines += [p['a1'] + '   July 3, 2024   10:30 AM   No Comments', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras)
    lines += g.blocks(paras)
    lines += ['Share this:', 'Facebook', 'X', 'WhatsApp', '']
    lines += ['Related', '', related, 'July 1, 2024', 'In "' + section + '"', '']
    cr = 'Copyright by ' + site + ' 2024. All Right Reserved'
    lines += [cr]
    pub = '2024-07-03' if code in g.second.NOZONE else '2024-07-03T10:30:00' + g.second.zone(code)
    exp = {'title': title, 'authors': [p['a1']], 'published': pub, 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('AD', page)
