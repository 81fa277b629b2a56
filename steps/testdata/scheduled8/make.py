#!/usr/bin/env python3
"""Writes style L of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled8):
written after every fix of this round, styles G's to K's included, and
never used to tune anything. Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

L: "home » place"; the title; "1 day ago" in the language (unit and number
as its sites write them); the byline label and name; the caption with the
agency after a dash and no credit word ("… — PTI"); the dateline
"place •"; "also read — title"; "© 2024, site. all rights reserved".

People, places, sites, labels and agencies come from ../scheduled2/make.py.
Sentences are FLORES-200 dev lines 200-249 and 110-119.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)


DAY_AGO = {
 'eng': '1 day ago', 'hin': '1 दिन पहले', 'ben': '১ দিন আগে', 'asm': '১ দিন আগতে', 'brx': '1 सान सिगां', 'doi': '1 दिन पैह्लें',
 'guj': '1 દિવસ પહેલાં', 'kan': '1 ದಿನದ ಹಿಂದೆ', 'kas_Arab': '1 دۄہ برونٛہہ', 'kas_Deva': '1 दोह ब्रोंठ', 'kok': '1 दीस आदीं',
 'mai': '1 दिन पहिने', 'mal': '1 ദിവസം മുമ്പ്', 'mar': '1 दिवसापूर्वी', 'mni_Beng': 'নুমিৎ ১ মমাংদা', 'mni_Mtei': 'ꯅꯨꯃꯤꯠ ꯱ ꯃꯃꯥꯡꯗ',
 'npi': '१ दिन अगाडि', 'ory': '୧ ଦିନ ପୂର୍ବରୁ', 'pan': '1 ਦਿਨ ਪਹਿਲਾਂ', 'san': '१ दिनात् पूर्वम्', 'sat_Olck': '᱑ ᱢᱟᱦᱟᱸ ᱞᱟᱦᱟ',
 'snd_Arab': '1 ڏينهن اڳ', 'snd_Deva': '1 डींहुं अगु', 'tam': '1 நாள் முன்பு', 'tel': '1 రోజు క్రితం', 'urd': '1 دن پہلے',
}

def page(code, p, fl):
    s = g.pick(code, p, fl, ((110, 111), (112, 113), (114, 115), (116,)), range(200, 250), 3,
               lambda o, n: [o[4] + ' ' + n[0], o[6] + ' ' + o[1] + ' ' + n[3], o[3] + ' ' + n[1], o[0] + ' ' + o[5] + ' ' + o[2] + ' ' + n[2]],
               (9, 12, 11))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    lines = [p['home'] + ' » ' + place, '', title, '', DAY_AGO[code], '']
    lines += [p['bylE'] + ' ' + p['a1'], '']
    lines += [caption + ' — ' + agency, '']
    paras = [place + ' • ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ' — ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = '© 2024, ' + site + '. ' + p['rights']
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-02', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': agency, 'copyright': cr, 'text': '\n\n'.join(paras)}
    return lines, exp

if __name__ == '__main__':
    g.write('L', page)
