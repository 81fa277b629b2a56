#!/usr/bin/env python3
"""Writes style ED of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled130):
a Common Crawl WET file, written after EB and EC and run once, with EE,
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

ED (the plain text a crawler extracted from an Indian news page, as
Common Crawl ships it): one <code>_ED.warc.wet.gz per language, each gzip
member one WARC record as in a WET file: a warcinfo record, then the
page's conversion record (WARC-Type: conversion, WARC-Target-URI on an
.in site, WARC-Date = the crawl time 2024-07-03T11:52:07Z, WARC-Refers-To
the response's id, WARC-Block-Digest, Content-Type: text/plain,
Content-Length). Its text has every text node on a line of its own and no
blank lines, as WET text has: the menu (home, the country section, the
place), "home › section", the headline, "label name", the date line in
the language (by the language's place in the list, i % 3: "published: 03
July 2024, 10:30 IST"; "03 July 2024, 14:05" with no label and no zone;
"published date weekday, 03 July 2024 08:40 IST"), the caption with
"(photo: agency)", four paragraphs, the first opened by "place:", "also
read: title" after the second, the related-news heading with two
headlines, the footer's home and section links and "© 2024 site.
all rights reserved".

A correct record (decided before the first run): the headline; the
writer; published 2024-07-03T10:30, 14:05 or 08:40 +05:30 (the date
printed in the text, not the crawl time; India's zone: the page's IST or
its .in address); the dateline; related = the also-read title and the two
headlines; caption and credit split; the copyright line; the text = the
four paragraphs only.

Words: the section word and the related-news heading are style G's
(../scheduled3/make.py, in the lexicon's relatedhead kind since its third
pass); people, places, sites, labels, agencies, weekdays and months come
from ../scheduled2/make.py. Sentences are FLORES-200 dev lines 256-263
(two a paragraph) and, for the title, the also-read title, the two
related headlines and the caption, the five shortest of 200-231 whose
English has no digit or day name; the four languages FLORES lacks use
../scheduled/make.py's own.
"""
import base64
import gzip
import hashlib
import json
import re
import sys
import uuid

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking)

STYLE = 'ED'
CRAWLED = '2024-07-03T11:52:07Z'
# The date line's three forms ({d}: "03 July 2024") and the time they give.
DATES = (('{pubD} {d}, 10:30 IST', '10:30'), ('{d}, 14:05', '14:05'), ('{pubF} {wd}, {d} 08:40 IST', '08:40'))


def clockless(fl, span):
    """The lines of span whose English names a number or a day."""
    return {i for i in span if re.search(r'[0-9]|day\b', fl['eng_Latn'][i])}


def page(code, p, fl):
    s = g.pick(code, p, fl, ((256, 257), (258, 259), (260, 261), (262, 263)), range(200, 232), 5,
               lambda o, n: [o[0] + ' ' + n[0], o[1] + ' ' + n[1], o[2] + ' ' + n[2], o[3] + ' ' + n[3]],
               (7, 8, 9, 10, 11), skip=clockless(fl, range(200, 232)))
    title, also, rel1, rel2, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    G = g.third().G[code]
    relhead, country = G[1], G[4]
    variant = sorted(g.second.L).index(code) % 3
    form, clock = DATES[variant]
    d = '03 ' + p['july'] + ' 2024'
    # A language without a weekday word in ../scheduled2 prints none.
    dateline = form.format(pubD=p['pubD'], pubF=p['pubF'], wd=p['wd'], d=d).replace(' , ', ' ')
    lines = [p['home'], country, place, p['home'] + ' › ' + country, title, p['bylE'] + ' ' + p['a1'], dateline]
    credit = p['credit'][0] + ': ' + agency
    lines += [caption + ' (' + credit + ')']
    paras = [place + ': ' + s.body[0]] + s.body[1:]
    lines += paras[:2] + [p['also'][0] + ': ' + also] + paras[2:]
    cr = '© 2024 ' + site + '. ' + p['rights']
    lines += [relhead, rel1, rel2, p['home'], country, cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T' + clock + ':00+05:30', 'dateline': place,
           'related': [also, rel1, rel2], 'caption': caption, 'credit': credit, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return '\n'.join(lines) + '\n', exp


def record(fields, block):
    """One WARC record as a gzip member of its own (mtime 0: the file is
    the same on every run)."""
    head = 'WARC/1.0\r\n' + ''.join(k + ': ' + v + '\r\n' for k, v in fields)
    head += 'Content-Length: %d\r\n\r\n' % len(block)
    return gzip.compress(head.encode() + block + b'\r\n\r\n', mtime=0)


def digest(b):
    return 'sha1:' + base64.b32encode(hashlib.sha1(b).digest()).decode()


def rid(*parts):
    return '<urn:uuid:%s>' % uuid.uuid5(uuid.NAMESPACE_URL, '/'.join(parts))


def write():
    fl = g.first.flores()
    expected = {}
    for code, p in g.second.L.items():
        text, exp = page(code, p, fl)
        name = code + '_' + STYLE
        slug = code.replace('_', '').lower()
        url = 'https://www.%snews.example.in/national/2024/07/03/story-%d.html' % (slug, 1000 + len(expected))
        info = b'software: seed-shaped pages make.py\r\nformat: WARC File Format 1.0\r\n'
        out = record([('WARC-Type', 'warcinfo'), ('WARC-Date', CRAWLED), ('WARC-Filename', name + '.warc.wet.gz'),
                      ('WARC-Record-ID', rid(name, 'info')), ('Content-Type', 'application/warc-fields')], info)
        block = text.encode('utf-8')
        out += record([('WARC-Type', 'conversion'), ('WARC-Target-URI', url), ('WARC-Date', CRAWLED),
                       ('WARC-Record-ID', rid(name, 'conversion')), ('WARC-Refers-To', rid(name, 'response')),
                       ('WARC-Block-Digest', digest(block)), ('Content-Type', 'text/plain')], block)
        with open(name + '.warc.wet.gz', 'wb') as f:
            f.write(out)
        expected[name] = exp
    with open('expected.json', 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == '__main__':
    write()
