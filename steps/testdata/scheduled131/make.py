#!/usr/bin/env python3
"""Writes style EE of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled131):
a news corpus's JSONL line, written after EB and EC and run once, with ED,
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

EE (an article as other corpora ship it, one JSON object a line): one
<code>_EE.jsonl per language holding one line with "id", "url" (an .in
site), "title" (the real headline), "authors" (a list of one name), the
publication time and "text". The time's field and form, by the language's
place in the list, i % 3: "published": "2024-07-03T10:30:00+05:30";
"date": "2024-07-03 14:05:00" (no zone, as scrapers write a site's local
time); "published": "2024-07-03T03:10:00Z" (UTC). The text is what the
scraper took from the page, one line a paragraph (single newlines): a
"share" line in the language, the caption with "(photo: agency)", four
paragraphs, the first opened by "place:", "also read: title" after the
second, and "copyright © 2024 site" last. The headline is not in the text.

A correct record (decided before the first run): the title field; the
author; published as the field states it, in India's zone when it states
none (2024-07-03T10:30:00+05:30, 2024-07-03T14:05:00+05:30: the site is
an .in one; 2024-07-03T03:10:00Z as stated); the dateline; related = the
also-read title; caption and credit split; the copyright line; the text =
the four paragraphs only (not the share, caption, also-read or copyright
lines).

Words: the share word is style DZ's (../scheduled126/make.py, in the
lexicon's boiler kind since its twelfth round); people, places, sites,
labels, agencies and months come from ../scheduled2/make.py. Sentences
are FLORES-200 dev lines 264-271 (two a paragraph) and, for the title,
the also-read title and the caption, the three shortest of 272-299 whose
English has no digit or day name; the four languages FLORES lacks use
../scheduled/make.py's own.
"""
import json
import re
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking)

STYLE = 'EE'
# The time's field, as written, and the record's published.
TIMES = (('published', '2024-07-03T10:30:00+05:30', '2024-07-03T10:30:00+05:30'),
         ('date', '2024-07-03 14:05:00', '2024-07-03T14:05:00+05:30'),
         ('published', '2024-07-03T03:10:00Z', '2024-07-03T03:10:00Z'))
SHARE = g.load('dz', 'scheduled126').SHARE


def clockless(fl, span):
    """The lines of span whose English names a number or a day."""
    return {i for i in span if re.search(r'[0-9]|day\b', fl['eng_Latn'][i])}


def page(code, p, fl, n):
    s = g.pick(code, p, fl, ((264, 265), (266, 267), (268, 269), (270, 271)), range(272, 300), 3,
               lambda o, n: [o[4] + ' ' + n[0], o[5] + ' ' + n[1], o[6] + ' ' + n[2], o[3] + ' ' + n[3]],
               (10, 11, 12), skip=clockless(fl, range(272, 300)))
    title, also, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    key, stated, published = TIMES[sorted(g.second.L).index(code) % 3]
    credit = p['credit'][0] + ': ' + agency
    paras = [place + ': ' + s.body[0]] + s.body[1:]
    cr = p['copy'] + ' © 2024 ' + site
    text = [SHARE[code], caption + ' (' + credit + ')'] + paras[:2] + [p['also'][0] + ': ' + also] + paras[2:] + [cr]
    slug = code.replace('_', '').lower()
    line = {'id': '%s-20240703-%d' % (slug, 2000 + n),
            'url': 'https://www.%snews.example.in/national/2024/07/03/story-%d.html' % (slug, 2000 + n),
            'title': title, 'authors': [p['a1']], key: stated, 'text': '\n'.join(text)}
    exp = {'title': title, 'authors': [p['a1']], 'published': published, 'dateline': place,
           'related': [also], 'caption': caption, 'credit': credit, 'copyright': cr, 'text': '\n\n'.join(paras)}
    return json.dumps(line, ensure_ascii=False) + '\n', exp


def write():
    fl = g.first.flores()
    expected = {}
    for code, p in g.second.L.items():
        line, exp = page(code, p, fl, len(expected))
        name = code + '_' + STYLE
        with open(name + '.jsonl', 'w', encoding='utf-8') as f:
            f.write(line)
        expected[name] = exp
    with open('expected.json', 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == '__main__':
    write()
