#!/usr/bin/env python3
"""Writes style EN of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled140):
written with EL and EM after EK and run once, with them, before any fix of
its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

EN (a story cut from a newspaper's e-paper and turned to text, as the
e-paper's "text" view or a PDF-to-text tool gives it): the page's running
head on one line, "site | place | 03 month 2024 | Page 5" (the edition's
day, no time), the headline, "label name", then the caption with its
credit and four paragraphs (the first opened by "place:") as the
column prints them: wrapped at its narrow width (the caption at spaces
only) and in the paragraphs a word that does not
fit broken with a hyphen at the line's end, as Indian papers' columns
break words between syllables (aksharas: never after a virama, a
joiner or before a vowel sign; English between rough syllables). The width, by the language's place in the list
(i % 3), is 32, 38 or 44 characters; the Arabic-script pages (Urdu,
Kashmiri, Sindhi), whose papers do not break words, wrap at spaces
only. A word that holds a hyphen of its own is not broken. Paragraphs
are apart by a blank line. No related link and no rights line (a clip
has neither, as style BO).

A correct record (decided before the first run): the headline; the
writer; published 2024-07-03, the edition's day alone; the dateline the
place; no related link; no copyright; caption and credit; the text = the
four paragraphs as written, each one line again and every broken word
whole (no hyphen, no space inside it).

People, places, sites, labels and the month come from
../scheduled2/make.py. Sentences are the first eight FLORES-200 dev
lines of 200-299 whose English names no number, day or month (two a
paragraph) and, for the title and the caption, the two shortest of
150-199 whose English has no digit; the four languages FLORES lacks use
../scheduled/make.py's own.
"""
import re
import sys
import unicodedata

import regex

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402

DATEFUL = re.compile(r'[0-9]|day\b|January|February|March|April|May|June|July|August|September|October|November|'
                     r'December|o.clock', re.I)
WIDTHS = (32, 38, 44)
ARABIC = ('kas_Arab', 'snd_Arab', 'urd')


def bodylines(fl):
    idx = [i for i in range(200, 300) if not DATEFUL.search(fl['eng_Latn'][i])][:8]
    return tuple((idx[2 * k], idx[2 * k + 1]) for k in range(4))


def digitful(fl, span):
    return {i for i in span if re.search(r'[0-9]', fl['eng_Latn'][i])}


def breaks(word):
    """The places a word may be broken at: between two grapheme clusters
    of letters, not after a virama or a joiner, with two clusters at least
    on each side."""
    cl = regex.findall(r'\X', word)
    if all(c.isascii() for c in word):
        return latin_breaks(word)
    out = []
    for k in range(2, len(cl) - 1):
        prev, nxt = cl[k - 1], cl[k]
        if not all(unicodedata.category(c)[0] in 'LM' for c in prev + nxt):
            continue
        if unicodedata.combining(prev[-1]) == 9 or prev[-1] in '\u200c\u200d' or nxt[0] in '\u200c\u200d':
            continue
        if unicodedata.category(nxt[0])[0] == 'M':
            continue
        out.append(len(''.join(cl[:k])))
    return out


def latin_breaks(word):
    """An English word's breaks by its syllables' rough shape: a vowel then
    a consonant before a vowel (ba-by), or between two consonants with
    vowels round them (win-ter); three letters at least on each side."""
    v = lambda c: c.lower() in 'aeiouy'
    out = []
    for k in range(3, len(word) - 2):
        a, b, c = word[k - 1], word[k], word[k + 1]
        if not (a.isalpha() and b.isalpha() and c.isalpha() and word[k + 1:].isalpha() and word[:k].isalpha()):
            continue
        if (v(a) and not v(b) and v(c)) or (not v(a) and not v(b) and v(word[k - 2]) and v(c)):
            out.append(k)
    return out


def wrap(text, width, hyphens):
    lines, cur = [], ''
    for w in text.split(' '):
        while True:
            room = width - len(cur) - (1 if cur else 0)
            if len(w) <= room:
                cur = cur + (' ' if cur else '') + w
                break
            cut = 0
            if hyphens and '-' not in w:
                fits = [b for b in breaks(w) if b + 1 <= room]
                cut = fits[-1] if fits else 0
            if cut:
                lines.append(cur + (' ' if cur else '') + w[:cut] + '-')
                cur, w = '', w[cut:]
                continue
            if cur:
                lines.append(cur)
                cur = ''
                continue
            cur = w
            break
    if cur:
        lines.append(cur)
    return lines


def page(code, p, fl):
    s = g.pick(code, p, fl, bodylines(fl), range(150, 200), 2,
               lambda o, n: [o[0] + ' ' + n[1], o[6] + ' ' + n[2], o[2] + ' ' + o[4], o[5] + ' ' + n[0]],
               (9, 12), skip=digitful(fl, range(150, 200)))
    title, caption = s.short
    site, place, agency, author = p['site'], p['place'], p['agency'], p['a1']
    variant = sorted(g.second.L).index(code) % 3
    width, hyphens = WIDTHS[variant], code not in ARABIC
    credit = p['credit'][0] + ': ' + agency
    paras = [place + ': ' + s.body[0]] + s.body[1:]
    lines = [site + ' | ' + place + ' | 03 ' + p['july'] + ' 2024 | Page 5', '', title, '',
             p['bylE'] + ' ' + author, '']
    lines += wrap(caption + ' (' + credit + ')', width, False) + ['']
    for x in paras:
        lines += wrap(x, width, hyphens) + ['']
    exp = {'title': title, 'authors': [author], 'published': '2024-07-03', 'dateline': place,
           'related': [], 'caption': caption, 'credit': credit, 'copyright': '',
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('EN', page)
