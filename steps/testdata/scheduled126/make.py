#!/usr/bin/env python3
"""Writes style DZ of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled126):
a crawler's text dump, written after DY and run once before any fix of its
own (BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

DZ (an article page flattened by a crawler, one paragraph a line, where the
page's furniture is printed in the page's own language, as Indian-language
sites print it): "home › section"; the title; "label name"; "published-label
03 July 2024 10:30 IST"; the share bar's word alone on a line ("शेयर करें",
SHARE below); the caption with "(photo: agency)"; a "key highlights" heading
in the language (HIGHLIGHTS) glued over three points; four paragraphs, the
first opened by "place:", an "also read: title" line after the second; the
follow box's "follow us" in the language (FOLLOW) alone on a line; the
comment box as the dump keeps it, three glued lines: the count heading
("4 टिप्पणियाँ", COUNT), "write a comment" (WRITE) and "log in" (LOGIN); "©
2024 site".

A correct record (decided before the first run): the headline; the writer;
published 2024-07-03T10:30:00+05:30; the dateline; related = the also-read
title; caption and credit split ("photo: agency"); the copyright line; the
text = the four paragraphs only (not the points, which are the summary, nor
the share, follow or comment furniture).

The furniture words are each language's sites' wording as far as we know
it, written without fetching any page (as ../../../lexicon/SOURCES.md,
"labels", says of the table's first pass): the English loanword in the
script with the language's polite imperative ("शेयर करें", "শেয়ার করুন",
"ਸ਼ੇਅਰ ਕਰੋ", "शेयर करात", "सेयर गर्नुहोस्") where the sites print it so, the
native verb where they do (Kannada ಹಂಚಿಕೊಳ್ಳಿ, Tamil பகிருங்கள், Sanskrit
प्रसारयतु, Santali ᱦᱟᱹᱴᱤᱧ ᱢᱮ); the comment nouns of ../scheduled39/make.py where
it had a native one. Bodo, Dogri, Kashmiri, Manipuri, Santali, Sanskrit and
Sindhi are the least certain; Meitei Mayek is the Bengali-script Manipuri
transliterated letter by letter (../scheduled/make.py's meitei). People,
places, sites, labels and agencies come from ../scheduled2/make.py, the
section from ../scheduled3/make.py. Sentences are FLORES-200 dev lines
212-219 (two a paragraph) and, for the title, the also-read title, the
caption and the three points, the six shortest of 0-49; the four
languages FLORES lacks use ../scheduled/make.py's own.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

# The share bar's word.
SHARE = {
    'eng': 'Share', 'hin': 'शेयर करें', 'ben': 'শেয়ার করুন', 'asm': 'শ্বেয়াৰ কৰক', 'brx': 'शेयार खालाम',
    'doi': 'शेयर करो', 'guj': 'શેર કરો', 'kan': 'ಹಂಚಿಕೊಳ್ಳಿ', 'kas_Arab': 'شیئر کریو', 'kas_Deva': 'शेयर करिव',
    'kok': 'शेयर करात', 'mai': 'शेयर करू', 'mal': 'ഷെയർ ചെയ്യുക', 'mar': 'शेअर करा', 'mni_Beng': 'শেয়ার তৌবিয়ু',
    'npi': 'सेयर गर्नुहोस्', 'ory': 'ସେୟାର କରନ୍ତୁ', 'pan': 'ਸ਼ੇਅਰ ਕਰੋ', 'san': 'प्रसारयतु', 'sat_Olck': 'ᱦᱟᱹᱴᱤᱧ ᱢᱮ',
    'snd_Arab': 'شيئر ڪريو', 'snd_Deva': 'शेयर करियो', 'tam': 'பகிருங்கள்', 'tel': 'షేర్ చేయండి', 'urd': 'شیئر کریں',
}
# The follow box's "follow us".
FOLLOW = {
    'eng': 'Follow us', 'hin': 'हमें फॉलो करें', 'ben': 'আমাদের ফলো করুন', 'asm': 'আমাক ফ’ল’ কৰক',
    'brx': 'जोंखौ फलो खालाम', 'doi': 'असेंगी फॉलो करो', 'guj': 'અમને ફોલો કરો', 'kan': 'ನಮ್ಮನ್ನು ಫಾಲೋ ಮಾಡಿ',
    'kas_Arab': 'اَسہِ کریو فالو', 'kas_Deva': 'असि करिव फॉलो', 'kok': 'आमकां फॉलो करात', 'mai': 'हमरा फॉलो करू',
    'mal': 'ഞങ്ങളെ ഫോളോ ചെയ്യുക', 'mar': 'आम्हाला फॉलो करा', 'mni_Beng': 'ঐখোয়বু ফোলো তৌবিয়ু',
    'npi': 'हामीलाई फलो गर्नुहोस्', 'ory': 'ଆମକୁ ଫଲୋ କରନ୍ତୁ', 'pan': 'ਸਾਨੂੰ ਫਾਲੋ ਕਰੋ', 'san': 'अस्मान् अनुसरतु',
    'sat_Olck': 'ᱟᱞᱮ ᱯᱟᱧᱡᱟ ᱢᱮ', 'snd_Arab': 'اسان کي فالو ڪريو', 'snd_Deva': 'असां खे फॉलो करियो',
    'tam': 'எங்களைப் பின்தொடருங்கள்', 'tel': 'మమ్మల్ని ఫాలో అవ్వండి', 'urd': 'ہمیں فالو کریں',
}
# The comment box's noun (plural, as its heading prints it) and its count
# heading for four comments ('{}' is the count).
COMMENT = {
    'eng': ('Comments', '{} Comments'), 'hin': ('टिप्पणियाँ', '{} टिप्पणियाँ'), 'ben': ('মন্তব্য', '{}টি মন্তব্য'),
    'asm': ('মন্তব্য', '{}টা মন্তব্য'), 'brx': ('मतामत', '{} मतामत'), 'doi': ('टिप्पणियां', '{} टिप्पणियां'),
    'guj': ('પ્રતિભાવ', '{} પ્રતિભાવ'), 'kan': ('ಪ್ರತಿಕ್ರಿಯೆಗಳು', '{} ಪ್ರತಿಕ್ರಿಯೆಗಳು'), 'kas_Arab': ('تبصرٕ', '{} تبصرٕ'),
    'kas_Deva': ('तबसरे', '{} तबसरे'), 'kok': ('प्रतिक्रिया', '{} प्रतिक्रिया'), 'mai': ('टिप्पणी', '{} टिप्पणी'),
    'mal': ('അഭിപ്രായങ്ങൾ', '{} അഭിപ്രായങ്ങൾ'), 'mar': ('प्रतिक्रिया', '{} प्रतिक्रिया'),
    'mni_Beng': ('ৱাখল্লোনশিং', 'ৱাখল্লোন {}'), 'npi': ('प्रतिक्रिया', '{} प्रतिक्रिया'),
    'ory': ('ମନ୍ତବ୍ୟ', '{}ଟି ମନ୍ତବ୍ୟ'), 'pan': ('ਟਿੱਪਣੀਆਂ', '{} ਟਿੱਪਣੀਆਂ'), 'san': ('टिप्पण्यः', '{} टिप्पण्यः'),
    'sat_Olck': ('ᱜᱟᱞᱢᱟᱨᱟᱣ', '{} ᱜᱟᱞᱢᱟᱨᱟᱣ'), 'snd_Arab': ('رايا', '{} رايا'), 'snd_Deva': ('रायूं', '{} रायूं'),
    'tam': ('கருத்துகள்', '{} கருத்துகள்'), 'tel': ('వ్యాఖ్యలు', '{} వ్యాఖ్యలు'), 'urd': ('تبصرے', '{} تبصرے'),
}
# "Write a comment".
WRITE = {
    'eng': 'Write a comment', 'hin': 'टिप्पणी लिखें', 'ben': 'মন্তব্য লিখুন', 'asm': 'মন্তব্য লিখক', 'brx': 'मतामत लिर',
    'doi': 'टिप्पणी लिखो', 'guj': 'પ્રતિભાવ લખો', 'kan': 'ಪ್ರತಿಕ್ರಿಯೆ ಬರೆಯಿರಿ', 'kas_Arab': 'تبصرٕ لیکھیو',
    'kas_Deva': 'तबसुर लीखिव', 'kok': 'प्रतिक्रिया बरयात', 'mai': 'टिप्पणी लिखू', 'mal': 'അഭിപ്രായം എഴുതുക',
    'mar': 'प्रतिक्रिया लिहा', 'mni_Beng': 'ৱাখল্লোন ইবিয়ু', 'npi': 'प्रतिक्रिया लेख्नुहोस्', 'ory': 'ମନ୍ତବ୍ୟ ଲେଖନ୍ତୁ',
    'pan': 'ਟਿੱਪਣੀ ਲਿਖੋ', 'san': 'टिप्पणीं लिखतु', 'sat_Olck': 'ᱜᱟᱞᱢᱟᱨᱟᱣ ᱚᱞ ᱢᱮ', 'snd_Arab': 'راءِ لکو',
    'snd_Deva': 'राइ लिखो', 'tam': 'கருத்தைப் பதிவிடுக', 'tel': 'వ్యాఖ్య రాయండి', 'urd': 'تبصرہ لکھیں',
}
# "Log in".
LOGIN = {
    'eng': 'Log in', 'hin': 'लॉग इन करें', 'ben': 'লগ ইন করুন', 'asm': 'লগ ইন কৰক', 'brx': 'लग इन खालाम',
    'doi': 'लॉग इन करो', 'guj': 'લૉગ ઇન કરો', 'kan': 'ಲಾಗ್ ಇನ್ ಮಾಡಿ', 'kas_Arab': 'لاگ اِن کریو', 'kas_Deva': 'लॉग इन करिव',
    'kok': 'लॉग इन करात', 'mai': 'लॉग इन करू', 'mal': 'ലോഗിൻ ചെയ്യുക', 'mar': 'लॉग इन करा', 'mni_Beng': 'লগ ইন তৌবিয়ু',
    'npi': 'लगइन गर्नुहोस्', 'ory': 'ଲଗ୍ ଇନ୍ କରନ୍ତୁ', 'pan': 'ਲੌਗ ਇਨ ਕਰੋ', 'san': 'प्रविशतु', 'sat_Olck': 'ᱞᱚᱜ ᱤᱱ ᱢᱮ',
    'snd_Arab': 'لاگ ان ڪريو', 'snd_Deva': 'लॉग इन करियो', 'tam': 'உள்நுழைக', 'tel': 'లాగిన్ అవ్వండి', 'urd': 'لاگ ان کریں',
}
# The "key highlights" heading.
HIGHLIGHTS = {
    'eng': 'Key Highlights', 'hin': 'मुख्य बातें', 'ben': 'এক নজরে', 'asm': 'মুখ্য কথাবোৰ', 'brx': 'गाहाय खौरांफोर',
    'doi': 'मुक्ख गल्लां', 'guj': 'મુખ્ય મુદ્દા', 'kan': 'ಪ್ರಮುಖ ಅಂಶಗಳು', 'kas_Arab': 'اہم نُکتہٕ', 'kas_Deva': 'अहम नुक्तॖ',
    'kok': 'मुखेल मुद्दे', 'mai': 'मुख्य बात सभ', 'mal': 'പ്രധാന വിവരങ്ങൾ', 'mar': 'ठळक मुद्दे',
    'mni_Beng': 'মরুওইবা ৱাফমশিং', 'npi': 'मुख्य बुँदाहरू', 'ory': 'ମୁଖ୍ୟ ବିଷୟ', 'pan': 'ਮੁੱਖ ਗੱਲਾਂ', 'san': 'मुख्यांशाः',
    'sat_Olck': 'ᱢᱩᱬᱩᱛ ᱠᱟᱛᱷᱟ', 'snd_Arab': 'اهم نڪتا', 'snd_Deva': 'अहम नुक्ता', 'tam': 'முக்கிய அம்சங்கள்',
    'tel': 'ముఖ్యాంశాలు', 'urd': 'اہم نکات',
}
for _d in (SHARE, FOLLOW, WRITE, LOGIN, HIGHLIGHTS):
    _d['mni_Mtei'] = g.first.meitei(_d['mni_Beng'])
COMMENT['mni_Mtei'] = tuple(g.first.meitei(x) for x in COMMENT['mni_Beng'])


def page(code, p, fl):
    s = g.pick(code, p, fl, ((212, 213), (214, 215), (216, 217), (218, 219)), range(0, 50), 6,
               lambda o, n: [o[0] + ' ' + n[0], o[1] + ' ' + n[1], o[2] + ' ' + n[2], o[3] + ' ' + n[3]],
               (7, 8, 9, 10, 11, 12))
    title, related, caption = s.short[:3]
    points = s.short[3:6]
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '', SHARE[code], '']
    credit = p['credit'][0] + ': ' + agency
    lines += [caption + ' (' + credit + ')', '']
    lines += [HIGHLIGHTS[code]] + points + ['']
    paras = [place + ': ' + s.body[0]] + s.body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    lines += [FOLLOW[code], '']
    lines += [COMMENT[code][1].format(4), WRITE[code], LOGIN[code], '']
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': credit, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('DZ', page)
