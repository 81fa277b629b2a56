#!/usr/bin/env python3
"""Writes style U of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled17):
written after the fixes style S led to (T needed none), and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

U: "site › section › place"; the title; the byline with a reading time
after a dot ("label name • 3 min read"); the published label with an ISO
date ("2024-07-03 22:30 IST"); the caption with its agency after "/"
("caption / agency"); the dateline "place :-"; an English "Join our
WhatsApp channel" line between paragraphs; an English "Related News"
heading over two headlines marked "►"; "copyright year © site" with the
year in the language's digits.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 210-216 and, for the title, links and caption, the four shortest
of 350-399 not among the body's.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

first = g.first


def page(code, p, fl):
    s = g.pick(code, p, fl, ((210, 211), (212, 213), (214, 215), (216,)), range(350, 400), 4,
               lambda o, n: [o[6] + ' ' + n[1], o[2] + ' ' + o[4] + ' ' + n[3], o[0] + ' ' + n[2], o[5] + ' ' + o[3] + ' ' + o[1] + ' ' + n[0]],
               (11, 12, 9, 10))
    body = s.body
    title, rel1, rel2, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    nd = lambda x: first.digits(x, p['zero'])
    section = g.third().G[code][4]
    lines = [site + ' › ' + section + ' › ' + place, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'] + ' • 3 min read', '']
    lines += [p['pubD'] + ' 2024-07-03 22:30 IST', '']
    lines += [caption + ' / ' + agency, '']
    paras = [place + ' :- ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += ['Join our WhatsApp channel', '']
    lines += g.blocks(paras[2:])
    lines += ['Related News', '► ' + rel1, '► ' + rel2, '']
    lines += g.blocks(paras)
    cr = p['copy'] + ' ' + nd('2024') + ' © ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T22:30:00+05:30', 'dateline': place,
           'related': [rel1, rel2], 'caption': caption, 'credit': agency, 'copyright': cr, 'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('U', page)
