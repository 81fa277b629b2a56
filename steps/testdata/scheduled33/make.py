#!/usr/bin/env python3
"""Writes style AK of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled33):
written after the ninth round's first fixes (styles AG-AJ), and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

AK (Amar Ujala's header): "home › section"; the title; the site and the
place on a line ("site, place"), then the English "Published by: name
Updated Wed, 03 Jul 2024 10:30 AM IST" with no bar between the name and
the date; the caption with "(photo: agency)"; the dateline "place:";
the language's word for an advertisement alone on a line between
paragraphs, twice (ADS below); "also read: title"; "© 2024 site".

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 380-386 and, for the title, link and caption, the three shortest
of 100-150.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

# The label news sites print over an advertisement's slot between
# paragraphs, in the language (English where the language's sites write it so).
ADS = {
    'eng': 'Advertisement', 'hin': 'विज्ञापन', 'ben': 'বিজ্ঞাপন', 'asm': 'বিজ্ঞাপন', 'brx': 'Advertisement',
    'doi': 'इश्तिहार', 'guj': 'જાહેરાત', 'kan': 'ಜಾಹೀರಾತು', 'kas_Arab': 'اشتہار', 'kas_Deva': 'इश्तिहार',
    'kok': 'जायरात', 'mai': 'विज्ञापन', 'mal': 'പരസ്യം', 'mar': 'जाहिरात', 'mni_Beng': 'Advertisement',
    'mni_Mtei': 'Advertisement', 'npi': 'विज्ञापन', 'ory': 'ବିଜ୍ଞାପନ', 'pan': 'ਇਸ਼ਤਿਹਾਰ', 'san': 'विज्ञापनम्',
    'sat_Olck': 'Advertisement', 'snd_Arab': 'اشتهار', 'snd_Deva': 'इश्तिहार', 'tam': 'விளம்பரம்',
    'tel': 'ప్రకటన', 'urd': 'اشتہار',
}


def page(code, p, fl):
    s = g.pick(code, p, fl, ((380, 381), (382, 383), (384, 385), (386,)), range(100, 150), 3,
               lambda o, n: [o[5] + ' ' + n[3], o[1] + ' ' + o[6] + ' ' + n[2], o[4] + ' ' + n[0], o[0] + ' ' + o[2] + ' ' + o[3] + ' ' + n[1]],
               (11, 9, 12))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    comma = '، ' if code in ('urd', 'kas_Arab', 'snd_Arab') else ', '
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [site + comma + place, 'Published by: ' + p['a1'] + ' Updated Wed, 03 Jul 2024 10:30 AM IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:1]) + [ADS[code], ''] + g.blocks(paras[1:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:3]) + [ADS[code], ''] + g.blocks(paras[3:])
    lines += g.blocks(paras)
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('AK', page)
