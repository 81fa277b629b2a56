#!/usr/bin/env python3
"""Writes style EK of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled137):
written with EI and EJ after EH and run once, with them, before any fix of
its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

EK (a crawler's dump of a regional site whose dates are numeric, day
first, in the language's own digits, the clock too): earlier styles gave
native digits only around a month's name ("০৩ জুলাই ২০২৪") or numeric
dates in ASCII digits ("03/07/2024"); here the published and updated
lines are "published-label ০৩/০৭/২০২৪, ১০:৩০ IST" and "updated-label
০৩/০৭/২০২৪, ১১:৪৫ IST", in the language's digits where it has its own
(native zero in ../scheduled2/make.py; ASCII digits elsewhere, as those
languages' sites write them), the day's separator, by the language's
place in the list (i % 3), a slash, a dot or a hyphen. The rest: the
site's name, "home › section", the headline, "label name", the caption
"caption (photo: agency)", four paragraphs (the first opened by
"place:") with "also read: title" after the second, "© ২০২৪ site.
rights" (the year in the same digits).

A correct record (decided before the first run): the headline; the
writer; published 2024-07-03T10:30:00+05:30 and updated
2024-07-03T11:45:00+05:30 (day first: the pages are Indian); the
dateline; related = the also-read title; caption and credit; the rights
line; the text = the four paragraphs only.

People, places, sites, labels, digits and the "also read" word come from
../scheduled2/make.py, the section word from ../scheduled3/make.py.
Sentences are FLORES-200 dev lines 180-187 (two a paragraph) and, for the
title, the caption and the also-read title, the three shortest of 188-229
whose English has no digit or day name; the four languages FLORES lacks
use ../scheduled/make.py's own.
"""
import re
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402

PUBLISHED = '2024-07-03T10:30:00+05:30'
UPDATED = '2024-07-03T11:45:00+05:30'
SEPS = ('/', '.', '-')


def clockless(fl, span):
    return {i for i in span if re.search(r'[0-9]|day\b', fl['eng_Latn'][i])}


def page(code, p, fl):
    s = g.pick(code, p, fl, ((180, 181), (182, 183), (184, 185), (186, 187)), range(188, 230), 3,
               lambda o, n: [o[3] + ' ' + n[1], o[5] + ' ' + n[0], o[1] + ' ' + o[6], o[0] + ' ' + n[3]],
               (9, 7, 12), skip=clockless(fl, range(188, 230)))
    title, caption, also = s.short
    site, place, agency, author = p['site'], p['place'], p['agency'], p['a1']
    section = g.third().G[code][4]
    sep = SEPS[sorted(g.second.L).index(code) % 3]
    nd = lambda x: g.first.digits(x, p['zero'])
    day = nd(sep.join(('03', '07', '2024')))
    credit = p['credit'][0] + ': ' + agency
    copyright = '© ' + nd('2024') + ' ' + site + '. ' + p['rights']
    paras = [place + ': ' + s.body[0]] + s.body[1:]
    lines = [site, '', p['home'] + ' › ' + section, '', title, '', p['bylE'] + ' ' + author,
             p['pubD'] + ' ' + day + ', ' + nd('10:30') + ' IST',
             p['updD'] + ' ' + day + ', ' + nd('11:45') + ' IST', '',
             caption + ' (' + credit + ')', '']
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + also, '']
    lines += g.blocks(paras[2:])
    lines += [copyright, '']
    exp = {'title': title, 'authors': [author], 'published': PUBLISHED, 'updated': UPDATED, 'dateline': place,
           'related': [also], 'caption': caption, 'credit': credit, 'copyright': copyright,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('EK', page)
