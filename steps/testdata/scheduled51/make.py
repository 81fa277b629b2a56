#!/usr/bin/env python3
"""Writes style BC of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled51):
written after the ninth round's later first fix (AX's '∙'), and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

BC (the byline at the foot of the article, as Bengali and Marathi
papers print their writers' pieces): "home › section"; the title; the
published label and date ("published-label 03 July 2024, 10:30 IST",
the language's month); the caption with "(photo: agency)"; the
dateline "place:"; "also read: title"; after the article's last
paragraph the byline "label name" alone; the body again (a text dump's
second copy); "© 2024 site". The byline at the foot is the author and
no paragraph.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 140-146 and, for the title, link and caption, the three shortest
of 440-490.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((140, 141), (142, 143), (144, 145), (146,)), range(440, 490), 3,
               lambda o, n: [o[0] + ' ' + n[3], o[5] + ' ' + o[2] + ' ' + n[1], o[4] + ' ' + n[0], o[6] + ' ' + o[1] + ' ' + o[3] + ' ' + n[2]],
               (12, 7, 9))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    comma = '، ' if code in ('urd', 'kas_Arab', 'snd_Arab') else ', '
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['pubD'] + ' 03 ' + p['july'] + ' 2024' + comma + '10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += [p['bylE'] + ' ' + p['a1'], '']
    lines += g.blocks(paras)
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('BC', page)
