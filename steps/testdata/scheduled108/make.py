#!/usr/bin/env python3
"""Writes style DH of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled108):
written after all the fixes of CT–DE (the tenth session's third round's
batch), and run once before any fix of its own (BEFORE.log). Run from this
folder: python3 make.py [/path/to/flores-dev.tsv]

DH (partner content): "home › section"; the English badge "PARTNER
CONTENT" over the title; "label name"; "published-label 03 July 2024
10:30 IST"; the caption with "(photo: agency)"; the dateline "place:";
"also read: title" between paragraphs; under the last paragraph the
English note "(This is a partner content. The article was not written by
our newsroom, which takes no responsibility for its content.)"; "© 2024
site". The badge and the note are not the body's, nor the title's.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 200-206 and, for the title, link and caption, the three shortest
of 250-299.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

NOTE = ('(This is a partner content. The article was not written by our newsroom, which takes no responsibility '
        'for its content.)')


def page(code, p, fl):
    s = g.pick(code, p, fl, ((200, 201), (202, 203), (204, 205), (206,)), range(250, 300), 3,
               lambda o, n: [o[6] + ' ' + n[3], o[2] + ' ' + o[0] + ' ' + n[1], o[5] + ' ' + n[2], o[3] + ' ' + o[1] + ' ' + o[4] + ' ' + n[0]],
               (10, 11, 12))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', 'PARTNER CONTENT', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += [NOTE, '']
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('DH', page)
