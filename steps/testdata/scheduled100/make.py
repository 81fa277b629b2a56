#!/usr/bin/env python3
"""Writes style CZ of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled100):
written after the fixes of CT–CY (the tenth session's second round's third batch), and
run once before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

CZ (an explainer in questions and answers): "home › section"; the title;
"label name"; "published-label 03 July 2024 10:30 IST"; the caption with
"(photo: agency)"; the dateline "place:" on the first paragraph; "also
read: title"; then "1. question?" over its answer and "2. question?"
over an answer of two paragraphs (the question mark is ؟ in Arabic
script). The numbered questions are the body's, as sub-headings are
since style J.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 60-66 and, for the title, link, caption and the two questions, the
five shortest of 350-399.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((60, 61), (62, 63), (64, 65), (66,)), range(350, 400), 5,
               lambda o, n: [o[0] + ' ' + n[3], o[5] + ' ' + o[1] + ' ' + n[0], o[3] + ' ' + n[1], o[2] + ' ' + o[6] + ' ' + o[4] + ' ' + n[2]],
               (12, 8, 9, 10, 11))
    body = s.body
    title, related, caption, q1, q2 = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    qm = '؟' if code in ('urd', 'kas_Arab', 'snd_Arab') else '?'
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0], '1. ' + q1 + qm, body[1], '2. ' + q2 + qm, body[2], body[3]]
    lines += g.blocks(paras[:1])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[1:])
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('CZ', page)
