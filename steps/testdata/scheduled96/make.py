#!/usr/bin/env python3
"""Writes style CV of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled96):
written after all the fixes of BQ–CS, and run once before any fix of its
own (BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

CV (two reporters in two places): "home › section"; the title; "label A,
place and B, New Delhi" (English: "By A in place and B in New Delhi"; the
language's "and", or a comma where its table has one); "published-label
03 July 2024 10:30 IST"; the caption with "(photo: agency)"; the dateline
"place:"; "also read: title" between paragraphs; "© 2024 site". Both are
authors; neither place is.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py; New Delhi in each language is
below (Meitei Mayek from the Bengali-script spelling). Sentences are
FLORES-200 dev lines 470-476 and, for the title, link and caption, the
three shortest of 150-199.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

DELHI = {
 'eng': 'New Delhi', 'hin': 'नई दिल्ली', 'ben': 'নয়াদিল্লি', 'asm': 'নতুন দিল্লী', 'brx': 'गोदान दिल्ली',
 'doi': 'नमीं दिल्ली', 'guj': 'નવી દિલ્હી', 'kan': 'ನವದೆಹಲಿ', 'kas_Arab': 'نئی دہلی', 'kas_Deva': 'नई दिल्ली',
 'kok': 'नवी दिल्ली', 'mai': 'नई दिल्ली', 'mal': 'ന്യൂഡൽഹി', 'mar': 'नवी दिल्ली', 'mni_Beng': 'নিউ দিল্লী',
 'npi': 'नयाँ दिल्ली', 'ory': 'ନୂଆଦିଲ୍ଲୀ', 'pan': 'ਨਵੀਂ ਦਿੱਲੀ', 'san': 'नवदेहली', 'sat_Olck': 'ᱱᱟᱶᱟ ᱫᱤᱞᱞᱤ',
 'snd_Arab': 'نئين دهلي', 'snd_Deva': 'नई दिहली', 'tam': 'புது தில்லி', 'tel': 'న్యూఢిల్లీ', 'urd': 'نئی دہلی',
}
DELHI['mni_Mtei'] = g.first.meitei(DELHI['mni_Beng'])


def page(code, p, fl):
    s = g.pick(code, p, fl, ((470, 471), (472, 473), (474, 475), (476,)), range(150, 200), 3,
               lambda o, n: [o[5] + ' ' + n[0], o[2] + ' ' + o[4] + ' ' + n[3], o[1] + ' ' + n[2], o[0] + ' ' + o[6] + ' ' + o[3] + ' ' + n[1]],
               (10, 9, 8))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    comma = '، ' if code in ('urd', 'kas_Arab', 'snd_Arab') else ', '
    if code == 'eng':
        byline = 'By ' + p['a1'] + ' in ' + place + ' and ' + p['a2'] + ' in ' + DELHI[code]
    else:
        sep = comma if p['and_'] == ',' else ' ' + p['and_'] + ' '
        byline = p['bylE'] + ' ' + p['a1'] + comma + place + sep + p['a2'] + comma + DELHI[code]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [byline, p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1'], p['a2']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('CV', page)
