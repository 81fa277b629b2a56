#!/usr/bin/env python3
"""Writes style BN of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled62):
written after the fixes of AX–BM, and run once before any fix of its own
(BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

BN (a text copied out of a browser's reader mode, as Firefox's Reader View
prints it): the site's name on the first line with the headline glued
under it; a blank line; the writer's name alone (no label) over the
browser's own reading time in English ("4–5 minutes"); the article's
"published-label 03 July 2024 11:20 IST" as the first line of the
article; the caption with "(photo: agency)"; the dateline "place:"; "also
read: title" between paragraphs. No breadcrumb and no footer: reader mode
drops them, so the page has no copyright.

People, places, sites, labels and agencies come from ../scheduled2/make.py.
Sentences are FLORES-200 dev lines 310-316 and, for the title, link and
caption, the three shortest of 350-400.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((310, 311), (312, 313), (314, 315), (316,)), range(350, 400), 3,
               lambda o, n: [o[4] + ' ' + n[2], o[0] + ' ' + o[6] + ' ' + n[1], o[3] + ' ' + n[0], o[5] + ' ' + o[2] + ' ' + o[1] + ' ' + n[3]],
               (12, 7, 11))
    body = s.body
    title, related, caption = s.short
    place, agency = p['place'], p['agency']
    lines = [p['site'], title, '', p['a1'], '4–5 minutes', '']
    lines += [p['pubD'] + ' 03 ' + p['july'] + ' 2024 11:20 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T11:20:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': '',
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('BN', page)
