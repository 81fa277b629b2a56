#!/usr/bin/env python3
"""Writes style AA of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled23):
written after the fixes styles S to Z led to, and run once before any
fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

AA: "home › place"; the title; the byline; the published time as
"yesterday, 10:30 PM IST" with the language's word for yesterday (CLDR
48's relative-type -1 day, as lexicon/data carries it; English
"Yesterday"; Meetei Mayek has none there, so its page has the Bengali-
script page's word transliterated); the caption with "(photo: agency)";
the dateline "place:"; "also read: title"; "© site 2024".

People, places, sites, labels and agencies come from ../scheduled2/make.py.
Sentences are FLORES-200 dev lines 270-276 and, for the title, link and
caption, the three shortest of 300-349.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

first = g.first

YESTERDAY = {
    'eng': 'Yesterday', 'hin': 'कल', 'ben': 'গতকাল', 'asm': 'কালি', 'brx': 'मैया', 'doi': 'जंदा कल',
    'guj': 'ગઈકાલે', 'kan': 'ನಿನ್ನೆ', 'kas_Arab': 'راتھ', 'kas_Deva': 'राथ', 'kok': 'काल', 'mai': 'बीतल काल्हि',
    'mal': 'ഇന്നലെ', 'mar': 'काल', 'mni_Beng': 'ঙরাং', 'mni_Mtei': first.meitei('ঙরাং'), 'npi': 'हिजो',
    'ory': 'ଗତକାଲି', 'pan': 'ਬੀਤਿਆ ਕੱਲ੍ਹ', 'san': 'ह्यः', 'sat_Olck': 'ᱦᱚᱞᱟ', 'snd_Arab': 'ڪل',
    'snd_Deva': 'कल', 'tam': 'நேற்று', 'tel': 'నిన్న', 'urd': 'گزشتہ کل',
}


def page(code, p, fl):
    s = g.pick(code, p, fl, ((270, 271), (272, 273), (274, 275), (276,)), range(300, 350), 3,
               lambda o, n: [o[3] + ' ' + n[2], o[5] + ' ' + o[6] + ' ' + n[0], o[2] + ' ' + n[1], o[0] + ' ' + o[1] + ' ' + o[4] + ' ' + n[3]],
               (12, 8, 9))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    arab = code in ('urd', 'kas_Arab', 'snd_Arab')
    comma = '، ' if arab else ', '
    lines = [p['home'] + ' › ' + place, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], '']
    lines += [YESTERDAY[code] + comma + '10:30 PM IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = '© ' + site + ' 2024'
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-02T22:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('AA', page)
