#!/usr/bin/env python3
"""Writes style AI of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled31):
written after the eighth round's fixes, and run once before any fix of
its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

AI (The Hindu's header, as its Tamil and other language sites print it
too): the section alone; the title; the author's name alone on a line and
the designation alone on the next (no label); "published-label -
month DD, 2024 10:30 am IST - PLACE" (the label without its colon, the
language's month first, the place after a dash: the story's dateline,
which the body does not repeat); the caption with "| photo: agency"
(the credit is the agency, as style D's "- photo: agency": the first
run's expectation kept the label, against the sets' convention, and
was corrected after it);
the related heading (the second "also read" word) alone, over two
headlines a line, no marks; "© site 2024". English places in capitals.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 360-366 and, for the title, two links and caption, the four
shortest of 300-340.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((360, 361), (362, 363), (364, 365), (366,)), range(300, 340), 4,
               lambda o, n: [o[2] + ' ' + n[3], o[4] + ' ' + o[0] + ' ' + n[1], o[6] + ' ' + n[2], o[1] + ' ' + o[3] + ' ' + o[5] + ' ' + n[0]],
               (8, 11, 12, 10))
    body = s.body
    title, rel1, rel2, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    dl = place.upper() if code == 'eng' else place
    lines = [section, '', title, '']
    lines += [p['a1'], p['role'], '']
    lines += [p['pubD'].rstrip(':') + ' - ' + p['july'] + ' 03, 2024 10:30 am IST - ' + dl, '']
    lines += [caption + ' | ' + p['credit'][0] + ': ' + agency, '']
    lines += g.blocks(body)
    lines += [p['also'][1], rel1, rel2, '']
    lines += g.blocks(body)
    cr = '© ' + site + ' 2024'
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': dl,
           'related': [rel1, rel2], 'caption': caption, 'credit': agency, 'copyright': cr,
           'text': '\n\n'.join(body)}
    return lines, exp


if __name__ == '__main__':
    g.write('AI', page)
