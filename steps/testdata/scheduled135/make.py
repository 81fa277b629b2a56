#!/usr/bin/env python3
"""Writes style EI of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled135):
written with EJ and EK after EH and run once, with them, before any fix of
its own (BEFORE.log). Run from this folder (Go on the PATH, run inside the
akhbar module: topq.go writes the Parquet files with parquet-go, the
library akhbar reads them with):
python3 make.py [/path/to/flores-dev.tsv]

EI (a row of a news corpus shipped as Parquet, as Hugging Face hosts
them): one <code>_EI.parquet per language holding one row with the
columns "id", "url" (the story's address on an .in site), "title" (the
headline), "date" and "text". No earlier style had a Parquet file, and no
corpus style had the page's header inside the text: here the text is the
page as the scraper took it, one line a paragraph (single newlines): the
headline again, "label name", "published-label 03 month 2024, 10:30 IST",
the caption "caption (photo: agency)", four paragraphs (the first opened
by "place:") with "also read: title" after the second, and "© 2024 site.
rights". So the metadata comes from both the columns (title, url, the
day) and the text (the writer, the time). The "date" column, by the
language's place in the list, i % 3, is as corpora write it: 0: a string
"2024-07-03" (the day alone); 1: a Parquet DATE (the day, as a pandas or
Arrow date32 column writes it); 2: a Parquet TIMESTAMP in milliseconds,
UTC-adjusted, of the same instant 2024-07-03 05:00:00 UTC (pandas'
datetime64 written by Arrow).

A correct record (decided before the first run): the title column; the
writer of the text's byline; published 2024-07-03T10:30:00+05:30, the
text's own time, which the column's day or instant agrees with; the
dateline; related = the also-read title; caption and credit; the rights
line; the text = the four paragraphs only (not the headline, byline,
published line, caption, also-read or rights lines).

People, places, sites, labels, the month and the "also read" word come
from ../scheduled2/make.py, host names from ../scheduled115/make.py.
Sentences are FLORES-200 dev lines 292-299 (two a paragraph) and, for the
title, the caption and the also-read title, the three shortest of
450-499 whose English has no digit or day name; the four languages FLORES
lacks use ../scheduled/make.py's own.
"""
import glob
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402

STYLE = 'EI'
HOST = g.load('do', 'scheduled115').HOST
PUBLISHED = '2024-07-03T10:30:00+05:30'
KINDS = ('string', 'date', 'timestamp')


def clockless(fl, span):
    return {i for i in span if re.search(r'[0-9]|day\b', fl['eng_Latn'][i])}


def page(code, p, fl, n):
    s = g.pick(code, p, fl, ((292, 293), (294, 295), (296, 297), (298, 299)), range(450, 500), 3,
               lambda o, n: [o[1] + ' ' + n[2], o[0] + ' ' + o[4], o[2] + ' ' + n[0], o[3] + ' ' + n[1]],
               (8, 9, 10), skip=clockless(fl, range(450, 500)))
    title, caption, also = s.short
    site, place, agency, author = p['site'], p['place'], p['agency'], p['a1']
    kind = KINDS[sorted(g.second.L).index(code) % 3]
    credit = p['credit'][0] + ': ' + agency
    copyright = '© 2024 ' + site + '. ' + p['rights']
    paras = [place + ': ' + s.body[0]] + s.body[1:]
    text = [title, p['bylE'] + ' ' + author, p['pubD'] + ' 03 ' + p['july'] + ' 2024, 10:30 IST',
            caption + ' (' + credit + ')'] + paras[:2] + [p['also'][0] + ': ' + also] + paras[2:] + [copyright]
    slug = code.replace('_', '-').lower()
    row = {'id': '%s-news-%d' % (slug, 31000 + n),
           'url': 'https://www.%s/news/%s-story-%d.html' % (HOST[code].rsplit('.', 1)[0] + '.in', slug, 31000 + n),
           'title': title, 'kind': kind, 'text': '\n'.join(text)}
    exp = {'title': title, 'authors': [author], 'published': PUBLISHED, 'dateline': place,
           'related': [also], 'caption': caption, 'credit': credit, 'copyright': copyright,
           'text': '\n\n'.join(paras)}
    return row, exp


def write():
    for f in glob.glob('*.parquet'):
        os.remove(f)
    fl = g.first.flores()
    expected, rows = {}, {}
    for code, p in g.second.L.items():
        row, exp = page(code, p, fl, len(expected))
        name = code + '_' + STYLE
        rows[name + '.parquet'] = row
        expected[name] = exp
    with open('rows.json', 'w', encoding='utf-8') as f:
        json.dump(rows, f, ensure_ascii=False)
    subprocess.run(['go', 'run', 'topq.go', 'rows.json'], check=True)
    os.remove('rows.json')
    with open('expected.json', 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == '__main__':
    write()
