#!/usr/bin/env python3
"""Writes style EM of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled139):
written with EL and EN after EK and run once, with them, before any fix of
its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

EM (an agency's wire copy run verbatim by a site, as a crawler's text
dump): the site's name, "home › section", the headline, the published
line ("published-label 03 month 2024, 10:30 IST"), no byline: the agency
is named in the wire dateline that opens the first paragraph, "place, 03
month (agency)" with no colon, and in the desk's slug the wire leaves
under the last paragraph, by the language's place in the list (i % 3):
"--agency" over the editors' initials "rk/ps" (two lines), "agency RK
PS" on one line, or "agency name name" (the two editors' first names, as
a vernacular agency's desk signs). Then the caption with its credit
under the first paragraph, "also read: title" after the second, four
paragraphs in all, and the site's rights line.

A correct record (decided before the first run): the headline; the
agency as the author (a wire story's writer, as style DV's record
counts it); published 2024-07-03T10:30:00+05:30; the dateline the
place; related = the also-read title; caption and credit; the rights
line; the text = the four paragraphs, the first with its dateline as
printed (DV's stand), without the slug (the desk's mark, not the
story's).

People, places, sites, agencies, labels and the month come from
../scheduled2/make.py, the section word from ../scheduled3/make.py; the
editors' first names are the first words of p['a1'] and p['a2'].
Sentences are the first eight FLORES-200 dev lines of 400-499 whose
English names no number, day or month (two a paragraph) and, for the
title, the caption and the also-read title, the three shortest of 50-99
whose English has no digit; the four languages FLORES lacks use
../scheduled/make.py's own.
"""
import re
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402

PUBLISHED = '2024-07-03T10:30:00+05:30'
DATEFUL = re.compile(r'[0-9]|day\b|January|February|March|April|May|June|July|August|September|October|November|'
                     r'December|o.clock', re.I)


def bodylines(fl):
    idx = [i for i in range(400, 500) if not DATEFUL.search(fl['eng_Latn'][i])][:8]
    return tuple((idx[2 * k], idx[2 * k + 1]) for k in range(4))


def digitful(fl, span):
    return {i for i in span if re.search(r'[0-9]', fl['eng_Latn'][i])}


def page(code, p, fl):
    s = g.pick(code, p, fl, bodylines(fl), range(50, 100), 3,
               lambda o, n: [o[1] + ' ' + n[2], o[3] + ' ' + n[0], o[5] + ' ' + o[0], o[2] + ' ' + n[1]],
               (11, 7, 9), skip=digitful(fl, range(50, 100)))
    title, caption, also = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    variant = sorted(g.second.L).index(code) % 3
    credit = p['credit'][0] + ': ' + agency
    copyright = '© 2024 ' + site + '. ' + p['rights']
    paras = [place + ', 03 ' + p['july'] + ' (' + agency + ') ' + s.body[0]] + s.body[1:]
    slug = [['--' + agency, 'rk/ps'], [agency + ' RK PS'],
            [agency + ' ' + p['a1'].split()[0] + ' ' + p['a2'].split()[0]]][variant]
    lines = [site, '', p['home'] + ' › ' + section, '', title, '',
             p['pubD'] + ' 03 ' + p['july'] + ' 2024, 10:30 IST', '']
    lines += g.blocks(paras[:1])
    lines += [caption + ' (' + credit + ')', '']
    lines += g.blocks(paras[1:2])
    lines += [p['also'][0] + ': ' + also, '']
    lines += g.blocks(paras[2:])
    lines += slug + ['', copyright, '']
    exp = {'title': title, 'authors': [agency], 'published': PUBLISHED, 'dateline': place,
           'related': [also], 'caption': caption, 'credit': credit, 'copyright': copyright,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('EM', page)
