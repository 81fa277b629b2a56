#!/usr/bin/env python3
"""Writes style EC of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled129):
the thirteenth set of HTML pages, written with EB after DZ and EA and run
once, with EB, before any fix of its own (BEFORE.log). Run from this
folder: python3 make.py [/path/to/flores-dev.tsv]

EC (an article page whose only date is the header's "published-word DD
month YYYY, HH:MM" in the language, with no zone and no colon, and whose
related stories carry ages; the sites of DO): a <head> with <title>,
og:title, og:site_name, a description, og:image and a canonical address,
none of them dated; a menu; a breadcrumb; the <h1>; the byline "label
name"; the date line: the bare published word (PUBW below: "प्रकाशित",
"প্রকাশিত", no colon) then "03 July 2024, 10:30" (native digits on the
pages of languages whose sets use them, but for the variant 1 pages); a
lead <figure> with "caption (photo: agency)"; six paragraphs, the first
opened by "place:", with a newsletter box in the language after the third
(a heading NLHEAD, a sentence NLSUB "subscribe to our newsletter for the
day's top news", an e-mail field and a button SUBBTN); an aside of three
related stories, each headline a link followed by its age in the
language: "yesterday" (YEST), "3 hours ago" and "5 hours ago" (the
"2 hours ago" words of ../scheduled118/make.py, AGO2H, with 3 and 5); the
rights line.

Three variants, by the language's place in the list (i % 3): JSON-LD
NewsArticle with headline, author and publisher but no date (0); <meta
name="author"> and og:type article, ASCII digits (1); no meta, the title
with " - site" (2). No machine-readable date anywhere.

A correct record (decided before the first run): the headline; the
writer; published 2024-07-03T10:30:00+05:30 (an Indian site: India's zone
when the page names none); no updated time; the dateline; related = the
aside's three headlines without their ages; caption and credit split; the
rights line; the text = the six paragraphs only (not the newsletter box).

Words: YEST is CLDR 48.2's relative-type--1 of the day field
(cldr-dates-full, dateFields.json) where CLDR has a native one and the
word the sites print otherwise (Punjabi ਕੱਲ੍ਹ, Urdu کل, Maithili काल्हि,
Sanskrit ह्यः); the published words and the newsletter box are each
language's sites' wording as far as we know it, written without fetching
any page (as ../scheduled126/make.py says of its words; Bodo, Dogri,
Kashmiri, Manipuri, Santali, Sanskrit and Sindhi least certain; Meitei
Mayek transliterated from the Bengali script). People, places, sites,
labels, agencies and months come from ../scheduled2/make.py, the related
heading and section from ../scheduled3/make.py. Sentences are FLORES-200
dev lines 240-251 (two a paragraph) and, for the title, the caption and
the three aside headlines, the five shortest of 260-309 whose English has
no digit or day name; the four languages FLORES lacks use
../scheduled/make.py's own.
"""
import html
import json
import re
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

_DO = g.load('do', 'scheduled115')
HOST, LANGTAG = _DO.HOST, _DO.LANGTAG
_DR = g.load('dr', 'scheduled118')
AGO2H = _DR.AGO2H
PUBLISHED = '2024-07-03T10:30:00+05:30'

# The bare published word before the date (no colon).
PUBW = {
    'eng': 'Published', 'hin': 'प्रकाशित', 'ben': 'প্রকাশিত', 'asm': 'প্ৰকাশিত', 'brx': 'प्रकाशित', 'doi': 'छपेआ',
    'guj': 'પ્રકાશિત', 'kan': 'ಪ್ರಕಟಿತ', 'kas_Arab': 'شایع', 'kas_Deva': 'प्रकाशित', 'kok': 'प्रकाशीत', 'mai': 'प्रकाशित',
    'mal': 'പ്രസിദ്ധീകരിച്ചത്', 'mar': 'प्रकाशित', 'mni_Beng': 'থাদোকখিবা', 'npi': 'प्रकाशित', 'ory': 'ପ୍ରକାଶିତ',
    'pan': 'ਪ੍ਰਕਾਸ਼ਿਤ', 'san': 'प्रकाशितम्', 'sat_Olck': 'ᱪᱷᱟᱯᱟ', 'snd_Arab': 'شايع ٿيل', 'snd_Deva': 'शाया थियल',
    'tam': 'வெளியிடப்பட்டது', 'tel': 'ప్రచురించబడింది', 'urd': 'شائع',
}
# "Yesterday", the first related story's age.
YEST = {
    'eng': 'Yesterday', 'hin': 'कल', 'ben': 'গতকাল', 'asm': 'কালি', 'brx': 'मैया', 'doi': 'जंदा कल', 'guj': 'ગઈકાલે',
    'kan': 'ನಿನ್ನೆ', 'kas_Arab': 'راتھ', 'kas_Deva': 'राथ', 'kok': 'काल', 'mai': 'काल्हि', 'mal': 'ഇന്നലെ', 'mar': 'काल',
    'mni_Beng': 'ঙরাং', 'npi': 'हिजो', 'ory': 'ଗତକାଲି', 'pan': 'ਕੱਲ੍ਹ', 'san': 'ह्यः', 'sat_Olck': 'ᱦᱚᱞᱟ', 'snd_Arab': 'ڪل',
    'snd_Deva': 'कल', 'tam': 'நேற்று', 'tel': 'నిన్న', 'urd': 'کل',
}
# The newsletter box: heading, "subscribe to our newsletter for the day's top news", button.
NEWSLETTER = {
    'eng': ('Newsletter', "Subscribe to our newsletter for the day's top stories", 'Subscribe'),
    'hin': ('न्यूज़लेटर', 'दिन की बड़ी खबरों के लिए हमारे न्यूज़लेटर को सब्सक्राइब करें', 'सब्सक्राइब करें'),
    'ben': ('নিউজলেটার', 'দিনের সেরা খবর পেতে আমাদের নিউজলেটার সাবস্ক্রাইব করুন', 'সাবস্ক্রাইব করুন'),
    'asm': ('নিউজলেটাৰ', 'দিনটোৰ মুখ্য খবৰৰ বাবে আমাৰ নিউজলেটাৰ ছাবস্ক্ৰাইব কৰক', 'ছাবস্ক্ৰাইব কৰক'),
    'brx': ('निउजलेटार', 'सानस्रिनि गाहाय खौरांनि थाखाय जोंनि निउजलेटार सबस्क्राइब खालाम', 'सबस्क्राइब खालाम'),
    'doi': ('न्यूज़लैटर', 'दिनै दियां बड्डियां खबरां आस्तै साढ़ा न्यूज़लैटर सब्सक्राइब करो', 'सब्सक्राइब करो'),
    'guj': ('ન્યૂઝલેટર', 'દિવસના મુખ્ય સમાચાર માટે અમારું ન્યૂઝલેટર સબ્સ્ક્રાઇબ કરો', 'સબ્સ્ક્રાઇબ કરો'),
    'kan': ('ಸುದ್ದಿಪತ್ರ', 'ದಿನದ ಪ್ರಮುಖ ಸುದ್ದಿಗಳಿಗಾಗಿ ನಮ್ಮ ಸುದ್ದಿಪತ್ರಕ್ಕೆ ಚಂದಾದಾರರಾಗಿ', 'ಚಂದಾದಾರರಾಗಿ'),
    'kas_Arab': ('نیوز لیٹر', 'دۄہچن اہم خبرن خٲطرٕ کٔریو اَسہِ ہُند نیوز لیٹر سبسکرائب', 'سبسکرائب کریو'),
    'kas_Deva': ('न्यूज़ लेटर', 'दॊहच्यन अहम ख़बरन ख़ॉतरॖ करिव असि हुंद न्यूज़ लेटर सब्सक्राइब', 'सब्सक्राइब करिव'),
    'kok': ('न्यूजलेटर', 'दिसाच्यो मुखेल खबरो मेळोवपाक आमचें न्यूजलेटर सबस्क्रायब करात', 'सबस्क्रायब करात'),
    'mai': ('न्यूजलेटर', 'दिनक मुख्य समाचार लेल हमर न्यूजलेटर सब्सक्राइब करू', 'सब्सक्राइब करू'),
    'mal': ('ന്യൂസ്‌ലെറ്റർ', 'ദിവസത്തെ പ്രധാന വാർത്തകൾക്കായി ഞങ്ങളുടെ ന്യൂസ്‌ലെറ്റർ സബ്സ്ക്രൈബ് ചെയ്യുക', 'സബ്സ്ക്രൈബ് ചെയ്യുക'),
    'mar': ('न्यूजलेटर', 'दिवसभरातील महत्त्वाच्या बातम्यांसाठी आमच्या न्यूजलेटरची सदस्यता घ्या', 'सदस्यता घ्या'),
    'mni_Beng': ('নিউজলেতর', 'নুমিৎ অসিগী মরুওইবা পাউশিংগীদমক ঐখোয়গী নিউজলেতর সবস্ক্রাইব তৌবিয়ু', 'সবস্ক্রাইব তৌবিয়ু'),
    'npi': ('न्युजलेटर', 'दिनभरका मुख्य समाचारका लागि हाम्रो न्युजलेटर सब्स्क्राइब गर्नुहोस्', 'सब्स्क्राइब गर्नुहोस्'),
    'ory': ('ନ୍ୟୁଜଲେଟର', 'ଦିନର ମୁଖ୍ୟ ଖବର ପାଇଁ ଆମ ନ୍ୟୁଜଲେଟର ସବସ୍କ୍ରାଇବ କରନ୍ତୁ', 'ସବସ୍କ୍ରାଇବ କରନ୍ତୁ'),
    'pan': ('ਨਿਊਜ਼ਲੈਟਰ', 'ਦਿਨ ਦੀਆਂ ਮੁੱਖ ਖ਼ਬਰਾਂ ਲਈ ਸਾਡਾ ਨਿਊਜ਼ਲੈਟਰ ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ', 'ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ'),
    'san': ('वार्तापत्रम्', 'दिनस्य मुख्यवार्तानां कृते अस्माकं वार्तापत्रं स्वीकरोतु', 'स्वीकरोतु'),
    'sat_Olck': ('ᱱᱤᱭᱩᱡᱽᱞᱮᱴᱟᱨ', 'ᱢᱩᱬᱩᱛ ᱠᱷᱚᱵᱚᱨ ᱞᱟᱹᱜᱤᱫ ᱟᱞᱮᱭᱟᱜ ᱱᱤᱭᱩᱡᱽᱞᱮᱴᱟᱨ ᱥᱚᱵᱥᱠᱨᱟᱭᱤᱵ ᱢᱮ', 'ᱥᱚᱵᱥᱠᱨᱟᱭᱤᱵ ᱢᱮ'),
    'snd_Arab': ('نيوز ليٽر', 'ڏينهن جي اهم خبرن لاءِ اسان جو نيوز ليٽر سبسڪرائيب ڪريو', 'سبسڪرائيب ڪريو'),
    'snd_Deva': ('न्यूज़ लेटर', 'ॾींहं जे अहम ख़बरुनि लाइ असां जो न्यूज़ लेटर सब्सक्राइब करियो', 'सब्सक्राइब करियो'),
    'tam': ('செய்தி மடல்', 'அன்றைய முக்கிய செய்திகளுக்கு எங்கள் செய்தி மடலுக்கு சந்தா செலுத்துங்கள்', 'சந்தா செலுத்துங்கள்'),
    'tel': ('న్యూస్‌లెటర్', 'రోజువారీ ముఖ్య వార్తల కోసం మా న్యూస్‌లెటర్‌కు సబ్‌స్క్రైబ్ చేయండి', 'సబ్‌స్క్రైబ్ చేయండి'),
    'urd': ('نیوز لیٹر', 'دن کی اہم خبروں کے لیے ہمارا نیوز لیٹر سبسکرائب کریں', 'سبسکرائب کریں'),
}
for _d in (PUBW, YEST):
    _d['mni_Mtei'] = g.first.meitei(_d['mni_Beng'])
NEWSLETTER['mni_Mtei'] = tuple(g.first.meitei(x) for x in NEWSLETTER['mni_Beng'])
# The two's digit of AGO2H in each script, replaced by 3 and 5.
TWOS = '2२২୨᱒꯲'


def ago(code, n):
    """AGO2H's "2 hours ago" with n hours, in the same digits."""
    s = AGO2H[code]
    for two in TWOS:
        if two in s:
            return s.replace(two, chr(ord(two) + n - 2))
    raise ValueError(code)


def t(s):
    return html.escape(s, quote=False)


def a(s):
    return html.escape(s, quote=True)


def clockless(fl, span):
    """The lines of span whose English names a number or a day: left out of
    the short lines, which would put a second date near the header."""
    return {i for i in span if re.search(r'[0-9]|day\b', fl['eng_Latn'][i])}


def page(code, p, fl):
    s = g.pick(code, p, fl, tuple((240 + 2 * i, 241 + 2 * i) for i in range(6)), range(260, 310), 5,
               lambda o, n: [o[0] + ' ' + n[0], o[1], o[2] + ' ' + n[1], o[3], o[4] + ' ' + n[2], n[3]],
               (5, 6, 7, 8, 9), skip=clockless(fl, range(260, 310)))
    title, caption = s.short[:2]
    aside = s.short[2:5]
    site, place, agency, author = p['site'], p['place'], p['agency'], p['a1']
    _, relhead, _, _, section = g.third().G[code]
    variant = sorted(g.second.L).index(code) % 3
    host = 'https://www.' + HOST[code]
    slug = code.replace('_', '-')
    canon = host + '/news/' + slug + '-story-6129' + str(variant) + '.html'
    credit = p['credit'][0] + ': ' + agency
    copyright = '© 2024 ' + site + '. ' + p['rights']
    rtl = ' dir="rtl"' if code in ('kas_Arab', 'snd_Arab', 'urd') else ''
    z = p['zero'] if variant != 1 else None
    shown = PUBW[code] + ' ' + g.first.digits('03', z) + ' ' + p['july'] + ' ' + g.first.digits('2024, 10:30', z)
    lead = host + '/images/2024/07/03/lead-6129.jpg'
    paras = [place + ': ' + s.body[0]] + s.body[1:]
    nlhead, nlsub, nlbtn = NEWSLETTER[code]

    sep = ' - ' if variant == 2 else ' | '
    h = ['<!DOCTYPE html>', '<html lang="%s"%s>' % (LANGTAG[code], rtl), '<head>', '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<title>%s</title>' % t(title + sep + site),
         '<meta name="description" content="%s">' % a(s.body[0]),
         '<link rel="canonical" href="%s">' % canon,
         '<meta property="og:title" content="%s">' % a(title),
         '<meta property="og:site_name" content="%s">' % a(site),
         '<meta property="og:url" content="%s">' % canon,
         '<meta property="og:image" content="%s">' % lead]
    if variant == 1:
        h.append('<meta property="og:type" content="article">')
        h.append('<meta name="author" content="%s">' % a(author))
    if variant == 0:
        ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title,
              'mainEntityOfPage': canon, 'image': [lead],
              'author': [{'@type': 'Person', 'name': author, 'url': host + '/author/reporter-29'}],
              'publisher': {'@type': 'Organization', 'name': site,
                            'logo': {'@type': 'ImageObject', 'url': host + '/images/logo.png'}}}
        h.append('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False))
    h += ['<link rel="stylesheet" href="/assets/css/main.css">', '</head>', '<body class="article-page">']
    h += ['<header class="site-header">',
          '<div class="logo"><a href="/"><img src="/images/logo.png" alt="%s"></a></div>' % a(site),
          '<nav class="main-menu"><ul>',
          '<li><a href="/">%s</a></li>' % t(p['home']),
          '<li><a href="/news">%s</a></li>' % t(section),
          '<li><a href="/videos">Videos</a></li>', '<li><a href="/photos">Photos</a></li>',
          '<li><a href="/epaper">E-Paper</a></li>', '</ul></nav>', '</header>']
    h += ['<main class="container">', '<article class="story">',
          '<ol class="breadcrumb">', '<li><a href="/">%s</a></li>' % t(p['home']),
          '<li><a href="/news">%s</a></li>' % t(section), '</ol>',
          '<h1 class="story-title">%s</h1>' % t(title), '<div class="story-meta">',
          '<div class="author-name">%s <a href="/author/reporter-29">%s</a></div>' % (t(p['bylE']), t(author)),
          '<div class="post-date">%s</div>' % t(shown), '</div>']
    h.append('<figure class="lead-image"><img src="%s" alt="%s" width="1200" height="675">' % (lead, a(caption)))
    h.append('<figcaption>%s (%s)</figcaption>' % (t(caption), t(credit)))
    h.append('</figure>')
    h.append('<div class="story-body">')
    h += ['<p>%s</p>' % t(x) for x in paras[:3]]
    h += ['<div class="newsletter-box">', '<h4>%s</h4>' % t(nlhead), '<p>%s</p>' % t(nlsub),
          '<form action="/newsletter" method="post"><input type="email" name="email" placeholder="Email">',
          '<button type="submit">%s</button></form>' % t(nlbtn), '</div>']
    h += ['<p>%s</p>' % t(x) for x in paras[3:]]
    h += ['</div>', '</article>']
    ages = [YEST[code], ago(code, 3), ago(code, 5)]
    h += ['<aside class="related-stories">', '<h3>%s</h3>' % t(relhead), '<ul>']
    for i, (x, age) in enumerate(zip(aside, ages)):
        h.append('<li><a href="/news/%s-story-66%d.html">%s</a> <span class="time-ago">%s</span></li>'
                 % (slug, i, t(x), t(age)))
    h += ['</ul>', '</aside>', '</main>']
    h += ['<footer class="site-footer">', '<ul class="footer-links">',
          '<li><a href="/about-us">About Us</a></li>', '<li><a href="/contact-us">Contact Us</a></li>',
          '<li><a href="/privacy-policy">Privacy Policy</a></li>', '</ul>',
          '<p class="copyright">%s</p>' % t(copyright), '</footer>', '</body>', '</html>', '']
    exp = {'title': title, 'authors': [author], 'published': PUBLISHED, 'dateline': place,
           'related': aside, 'caption': caption, 'credit': credit, 'copyright': copyright,
           'text': '\n\n'.join(paras)}
    return h, exp


if __name__ == '__main__':
    g.write('EC', page, ext='.html')
