#!/usr/bin/env python3
"""Writes style AQ of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled39):
written after the ninth round's fixes of styles AG-AN, and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

AQ (a reader's comment under the article): the section alone; the title;
"label name" over "published-label 03 July 2024 10:30 IST"; the caption
with "(photo: agency)"; the dateline "place:"; "also read: title"; after
the body, the comments heading in the language with the count ("word
(1)", COMMENTS below) and one comment: the reader's name (the second
author) over the comment's sentence; "© 2024 site". The comment is not
the body.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 440-446 and, for the title, link, caption and the comment, the four
shortest of 250-300.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

# The heading over readers' comments as the language's news sites print
# it (English where they print it so).
COMMENTS = {
    'eng': 'Comments', 'hin': 'टिप्पणियाँ', 'ben': 'মন্তব্য', 'asm': 'মন্তব্য', 'brx': 'Comments',
    'doi': 'टिप्पणियां', 'guj': 'પ્રતિભાવ', 'kan': 'ಪ್ರತಿಕ್ರಿಯೆಗಳು', 'kas_Arab': 'Comments', 'kas_Deva': 'Comments',
    'kok': 'प्रतिक्रिया', 'mai': 'टिप्पणी', 'mal': 'അഭിപ്രായങ്ങൾ', 'mar': 'प्रतिक्रिया', 'mni_Beng': 'Comments',
    'mni_Mtei': 'Comments', 'npi': 'प्रतिक्रिया', 'ory': 'ମନ୍ତବ୍ୟ', 'pan': 'ਟਿੱਪਣੀਆਂ', 'san': 'टिप्पण्यः',
    'sat_Olck': 'Comments', 'snd_Arab': 'رايا', 'snd_Deva': 'Comments', 'tam': 'கருத்துகள்', 'tel': 'వ్యాఖ్యలు',
    'urd': 'تبصرے',
}


def page(code, p, fl):
    s = g.pick(code, p, fl, ((440, 441), (442, 443), (444, 445), (446,)), range(250, 300), 4,
               lambda o, n: [o[2] + ' ' + n[0], o[4] + ' ' + o[6] + ' ' + n[2], o[1] + ' ' + n[3], o[0] + ' ' + o[5] + ' ' + o[3] + ' ' + n[1]],
               (12, 7, 9, 11))
    body = s.body
    title, related, caption, comment = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    lines += [COMMENTS[code] + ' (1)', '', p['a2'], comment, '']
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('AQ', page)
