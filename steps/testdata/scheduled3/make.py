#!/usr/bin/env python3
"""Writes style G of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled3):
written after the fixes that the pages of ../scheduled2 led to, and never
used to tune anything, so its figure is the held-out one. Run from this
folder: python3 make.py [/path/to/flores-dev.tsv]

G: a three-part breadcrumb with ">"; "title :: site"; the byline as "label:
name, place"; the published time month first with am/pm ("July 03, 2024
09:05 am IST"); caption with "(file photo)" in brackets; dateline "place
(agency) -"; a related-news heading after the body with two headlines
under it; "copyright © 2024-25 site".

People, places, sites and agencies come from ../scheduled2/make.py; the
words below are new. Sentences are FLORES-200 dev lines 50-149.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

# lang: byline label, related-news heading, "file photo", July (G spelling), country word for section
G = {
 'eng': ('By', 'Related News', 'File photo', 'July', 'India'),
 'hin': ('रिपोर्ट', 'संबंधित खबरें', 'फाइल फोटो', 'जुलाई', 'देश'),
 'ben': ('লিখেছেন', 'সম্পর্কিত খবর', 'ফাইল ছবি', 'জুলাই', 'দেশ'),
 'asm': ('লিখক', 'সম্পৰ্কীয় বাতৰি', 'ফাইল ফটো', 'জুলাই', 'দেশ'),
 'brx': ('लिरगिरि', 'सोमोन्दो थानाय खौरां', 'फाइल फोटो', 'जुलाइ', 'हादर'),
 'doi': ('लेखक', 'सरबंधत खबरां', 'फाइल फोटो', 'जुलाई', 'देश'),
 'guj': ('લેખક', 'સંબંધિત સમાચાર', 'ફાઈલ તસવીર', 'જુલાઈ', 'દેશ'),
 'kan': ('ವರದಿ', 'ಸಂಬಂಧಿತ ಸುದ್ದಿ', 'ಸಂಗ್ರಹ ಚಿತ್ರ', 'ಜುಲೈ', 'ದೇಶ'),
 'kas_Arab': ('رپورٹ', 'متعلقہ خبرہٕ', 'فائل فوٹو', 'جولائی', 'ملک'),
 'kas_Deva': ('रिपोर्ट', 'मुतालिक़ ख़बर', 'फाइल फोटो', 'जुलाई', 'मुलुक'),
 'kok': ('लेखक', 'संबंधीत खबरो', 'फायल फोटो', 'जुलय', 'देश'),
 'mai': ('लेखक', 'संबंधित समाचार', 'फाइल फोटो', 'जुलाई', 'देश'),
 'mal': ('റിപ്പോർട്ട്', 'ബന്ധപ്പെട്ട വാർത്തകൾ', 'ഫയൽ ചിത്രം', 'ജൂലൈ', 'ദേശീയം'),
 'mar': ('लेखक', 'संबंधित बातम्या', 'संग्रहित छायाचित्र', 'जुलै', 'देश'),
 'mni_Beng': ('By', 'মরী লৈনবা পাউ', 'File photo', 'জুলাই', 'লৈবাক'),
 'mni_Mtei': ('By', 'ꯃꯔꯤ ꯂꯩꯅꯕ ꯄꯥꯎ', 'File photo', 'ꯖꯨꯂꯥꯏ', 'ꯂꯩꯕꯥꯛ'),
 'npi': ('लेखक', 'सम्बन्धित समाचार', 'फाइल तस्बिर', 'जुलाई', 'देश'),
 'ory': ('ଲେଖକ', 'ସମ୍ବନ୍ଧିତ ଖବର', 'ଫାଇଲ ଫଟୋ', 'ଜୁଲାଇ', 'ଦେଶ'),
 'pan': ('ਲੇਖਕ', 'ਸਬੰਧਤ ਖ਼ਬਰਾਂ', 'ਫਾਈਲ ਫੋਟੋ', 'ਜੁਲਾਈ', 'ਦੇਸ਼'),
 'san': ('लेखकः', 'सम्बद्धवार्ताः', 'सङ्ग्रहचित्रम्', 'जुलाई', 'देशः'),
 'sat_Olck': ('By', 'ᱥᱟᱹᱜᱟᱹᱭ ᱠᱷᱚᱵᱚᱨ', 'File photo', 'ᱡᱩᱞᱟᱭ', 'ᱫᱤᱥᱚᱢ'),
 'snd_Arab': ('رپورٽ', 'لاڳاپيل خبرون', 'فائل فوٽو', 'جولاءِ', 'ملڪ'),
 'snd_Deva': ('रिपोर्ट', 'लागापियल ख़बरूं', 'फाइल फोटो', 'जुलाई', 'मुल्क'),
 'tam': ('செய்தியாளர்', 'தொடர்புடைய செய்திகள்', 'கோப்புப்படம்', 'ஜூலை', 'இந்தியா'),
 'tel': ('రిపోర్టర్', 'సంబంధిత వార్తలు', 'ఫైల్ ఫోటో', 'జూలై', 'జాతీయం'),
 'urd': ('رپورٹ', 'متعلقہ خبریں', 'فائل فوٹو', 'جولائی', 'ملک'),
}

def page(code, p, fl):
    byl, relhead, filephoto, july, country = G[code]
    s = g.pick(code, p, fl, ((60, 61), (62, 63), (64,), (65, 66)), range(50, 150), 4,
               lambda o, n: [o[3] + ' ' + o[6] + ' ' + n[3], o[1] + ' ' + o[2] + ' ' + n[1], o[0] + ' ' + n[2], o[4] + ' ' + o[5] + ' ' + n[0]],
               (9, 12, 7, 10), skip=range(60, 67))
    body = s.body
    title, rel1, rel2, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    lines = [p['home'] + ' > ' + country + ' > ' + place, '', title + ' :: ' + site, '']
    lines += [byl + ': ' + p['a1'] + ', ' + place, '']
    lines += [july + ' 03, 2024 09:05 am IST', '']
    lines += [caption + ' (' + filephoto + ')', '']
    first_para = place + ' (' + agency + ') - ' + body[0]
    paras = [first_para] + body[1:]
    lines += g.blocks(paras)
    lines += g.blocks(paras)
    lines += [relhead, rel1, rel2, '']
    cr = p['copy'] + ' © 2024-25 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T09:05:00+05:30', 'dateline': place,
           'related': [rel1, rel2], 'caption': caption, 'credit': filephoto, 'copyright': cr, 'text': '\n\n'.join(paras)}
    return lines, exp

if __name__ == '__main__':
    g.write('G', page)
