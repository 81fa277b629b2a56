#!/usr/bin/env python3
"""Writes style EG of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled133):
written with EF and EH after EE and run once, with them, before any fix of
its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

EG (not an article: a section front saved by a crawler as a text dump):
the site's name, the menu on one line ("home | section | Videos |
Photos"), the breadcrumb "home / section", the section's name alone as the
page's heading, then ten stories, each its headline on a line over its
time on the next: the first the language's "45 minutes ago" (the lead
story also has its standfirst, one sentence, between the two), the others
"03 month 2024, HH:MM IST" going back from 10:05 to 06:10; a "Load More"
line, the footer's links and "© 2024 site. rights".

A correct record (decided before the first run): page_type "listing" (a
list of headlines, not an article, whatever its lead's standfirst); the
title is the section's name, the page's own heading (not the first
headline); no author; the rights line. The body, dates, dateline, related
links and images of a listing are not checked (expected.json names the
page's type, so the test checks page_type, title, author and copyright).

People, places, sites, labels and the month come from
../scheduled2/make.py, the section word from ../scheduled3/make.py.
Sentences: the ten headlines are the ten shortest FLORES-200 dev lines of
at least 25 characters in 300-399, the standfirst line 280; the four
languages FLORES lacks use ../scheduled/make.py's own (o[0..9] headlines,
n[0] the standfirst).
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402

TIMES = ['10:05', '09:40', '09:12', '08:55', '08:30', '07:48', '07:20', '06:55', '06:10']


def page(code, p, fl):
    s = g.pick(code, p, fl, ((280,),), range(300, 400), 10, lambda o, n: [n[0]], tuple(range(10)))
    heads = s.short
    site = p['site']
    section = g.third().G[code][4]
    copyright = '© 2024 ' + site + '. ' + p['rights']
    lines = [site, '', p['home'] + ' | ' + section + ' | Videos | Photos', '',
             p['home'] + ' / ' + section, '', section, '']
    for i, x in enumerate(heads):
        lines.append(x)
        if i == 0:
            lines.append(s.body[0])
            lines.append(p['ago'])
        else:
            lines.append('03 ' + p['july'] + ' 2024, ' + TIMES[i - 1] + ' IST')
        lines.append('')
    lines += ['Load More', '', 'About Us | Contact Us | Privacy Policy', '', copyright, '']
    exp = {'page_type': 'listing', 'title': section, 'authors': [], 'copyright': copyright}
    return lines, exp


if __name__ == '__main__':
    g.write('EG', page)
