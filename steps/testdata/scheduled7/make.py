#!/usr/bin/env python3
"""Writes style K of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled7):
written after every fix of this round, styles G's to J's included, and
never used to tune anything. Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

K: the home word alone on the first line; a section kicker (the place)
above a question headline; "First Published:" and "Last Updated:" lines
in English; two authors parted by a comma after the label; the caption
with "(agency Photo)"; the dateline "place :"; "also read- title" (the dash
glued to the cue); "© site. all rights reserved" in the language.

People, places, sites, labels and agencies come from ../scheduled2/make.py.
Sentences are FLORES-200 dev lines 150-199 and 100-109.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((100, 101), (102, 103), (104, 105), (106,)), range(150, 200), 3,
               lambda o, n: [o[5] + ' ' + n[2], o[2] + ' ' + o[6] + ' ' + n[0], o[0] + ' ' + n[3], o[4] + ' ' + o[3] + ' ' + o[1] + ' ' + n[1]],
               (12, 8, 9))
    body = s.body
    title, related, caption = s.short
    title += '?'
    site, place, agency = p['site'], p['place'], p['agency']
    lines = [p['home'], '', place, '', title, '']
    lines += ['First Published: Jul 3, 2024, 08:05 AM IST', 'Last Updated: Jul 3, 2024, 11:20 AM IST', '']
    lines += [p['bylF'] + ' ' + p['a1'] + ', ' + p['a2'], '']
    lines += [caption + ' (' + agency + ' Photo)', '']
    paras = [place + ' : ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][2] + '- ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = '© ' + site + '. ' + p['rights']
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1'], p['a2']], 'published': '2024-07-03T08:05:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': agency + ' Photo', 'copyright': cr, 'text': '\n\n'.join(paras)}
    return lines, exp

if __name__ == '__main__':
    g.write('K', page)
