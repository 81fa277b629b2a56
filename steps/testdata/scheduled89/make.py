#!/usr/bin/env python3
"""Writes style CO of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled89):
written after the fixes of CK–CM, and run once before any fix of its own
(BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

CO (a page turned into Markdown, as html2text prints one): "home ›
section"; the title as "# title"; "**by-label name**"; "published-label
03 July 2024 10:30 IST"; the picture as "![](https://…/photo.jpg)" over
its caption in underscores ("_caption (photo: agency)_"); the dateline
in bold ("**place:** …"); "also read: [title](https://…)" between
paragraphs; "© 2024 site". The record holds the text without the
Markdown marks.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 400-406 and, for the title, link and caption, the three shortest
of 450-499.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((400, 401), (402, 403), (404, 405), (406,)), range(450, 500), 3,
               lambda o, n: [o[5] + ' ' + n[2], o[1] + ' ' + o[6] + ' ' + n[3], o[4] + ' ' + n[0], o[0] + ' ' + o[3] + ' ' + o[2] + ' ' + n[1]],
               (10, 7, 11))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    base = 'https://www.example.in/' + code.replace('_', '-')
    lines = [p['home'] + ' › ' + section, '', '# ' + title, '']
    lines += ['**' + p['bylE'] + ' ' + p['a1'] + '**', '', p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += ['![](' + base + '/photo.jpg)', '', '_' + caption + ' (' + p['credit'][0] + ': ' + agency + ')_', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += ['**' + place + ':** ' + body[0], '']
    lines += g.blocks(paras[1:2])
    lines += [p['also'][0] + ': [' + related + '](' + base + '/news/story-1234567.html)', '']
    lines += g.blocks(paras[2:])
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('CO', page)
