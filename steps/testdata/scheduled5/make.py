#!/usr/bin/env python3
"""Writes style I of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled5):
written after every fix of this round, styles G's and H's included, and
never used to tune anything. Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

I: "site › place"; the title; a share bar; a published line with a
part-of-day word (night) and native digits where the language has them;
two authors joined by "and" after the label; caption with "(photo:
agency)" in brackets; the dateline "place।" (Devanagari) or "place
(agency) —"; "also read : title" (a space before the colon); a "follow
us" line after the body; "Copyright © 2024 site, All Rights Reserved |
Designed by …".

People, places, sites, labels and agencies come from ../scheduled2/make.py.
Sentences are FLORES-200 dev lines 47-59 and 80-89.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

first, second = g.first, g.second

DEVA = {'hin', 'mar', 'mai', 'npi', 'san', 'doi', 'kok', 'brx', 'kas_Deva', 'snd_Deva'}

def page(code, p, fl):
    s = g.pick(code, p, fl, ((80, 81), (82, 83), (84, 85), (86, 87)), range(47, 60), 3,
               lambda o, n: [o[6] + ' ' + n[0], o[3] + ' ' + o[1] + ' ' + n[2], o[5] + ' ' + n[3], o[0] + ' ' + o[2] + ' ' + o[4] + ' ' + n[1]],
               (10, 9, 12))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    nd = lambda s: first.digits(s, p['zero'])
    lines = [site + ' › ' + place, '', title, '', 'Share: Facebook Twitter WhatsApp', '']
    if p['night']:
        when = p['pubF'] + ' ' + nd('2') + ' ' + p['july'] + ' ' + nd('2024') + ' ' + p['night'] + ' ' + nd('9:40')
    else:
        when = p['pubF'] + ' ' + nd('2') + ' ' + p['july'] + ' ' + nd('2024') + ' ' + nd('9:40') + ' PM'
    published = '2024-07-02' if code in second.NOZONE else '2024-07-02T21:40:00' + second.zone(code)
    sep = ', ' if p['and_'] == ',' else ' ' + p['and_'] + ' '
    lines += [when, '', p['bylF'] + ' ' + p['a1'] + sep + p['a2'], '']
    credit = p['credit'][1] + ': ' + agency
    lines += [caption + ' (' + credit + ')', '']
    if code in DEVA:
        paras = [place + '। ' + body[0]] + body[1:]
    else:
        paras = [place + ' (' + agency + ') — ' + body[0]] + body[1:]
    lines += g.blocks(paras[:3])
    lines += [p['also'][1] + ' : ' + related, '']
    lines += g.blocks(paras[3:])
    lines += ['Follow us on Google News', '']
    lines += g.blocks(paras)
    cr = 'Copyright © 2024 ' + site + ', All Rights Reserved | Designed by WebTeam'
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1'], p['a2']], 'published': published, 'dateline': place,
           'related': [related], 'caption': caption, 'credit': credit, 'copyright': cr, 'text': '\n\n'.join(paras)}
    return lines, exp

if __name__ == '__main__':
    g.write('I', page)
