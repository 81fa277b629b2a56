#!/usr/bin/env python3
"""Writes style DA of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled101):
written after the fixes of CT–CY (the tenth session's second round's third batch), and
run once before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

DA (a reader poll between paragraphs): "home › section"; the title;
"label name"; "published-label 03 July 2024 10:30 IST"; the caption with
"(photo: agency)"; the dateline "place:"; "also read: title" between
paragraphs; after the second paragraph the poll widget, glued lines with
no blank between: "POLL", the question in the language ending in a
question mark (؟ in Arabic script), "Yes", "No", "Can't say", "Vote";
"© 2024 site". The poll is not the body's.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 110-116 and, for the title, link, caption and the question, the
four shortest of 400-449.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((110, 111), (112, 113), (114, 115), (116,)), range(400, 450), 4,
               lambda o, n: [o[6] + ' ' + n[0], o[1] + ' ' + o[3] + ' ' + n[2], o[2] + ' ' + n[3], o[4] + ' ' + o[0] + ' ' + o[5] + ' ' + n[1]],
               (9, 12, 10, 8))
    body = s.body
    title, related, caption, question = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    qm = '؟' if code in ('urd', 'kas_Arab', 'snd_Arab') else '?'
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += ['POLL', question + qm, 'Yes', 'No', "Can't say", 'Vote', '']
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('DA', page)
