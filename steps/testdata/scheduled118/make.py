#!/usr/bin/env python3
"""Writes style DR of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled118):
the fourth set of HTML pages, written after the fixes of DO, DP and DQ and
run once before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

DR (an Indian news site's article page whose time is shown only as an
age, as sites that render "2 hours ago" on the server print it; the sites
of DO): "<title>headline | site</title>", og:title, og:site_name, a
description, og:image and a canonical address, none of them dated (no
date in any address either); a menu, a breadcrumb list, the <h1>; a byline
element "label name"; the published time ONLY as a relative time in the
language ("2 hours ago", AGO2H below) and on two variants an updated one
("45 minutes ago", AGO45M below); a <figure> with the lead image and
"caption (photo: agency)" in its <figcaption>; six paragraphs (five for
the languages FLORES lacks), the first opened by "place:"; an "also read:
title" paragraph whose title is a link after the second; a related-stories
<aside>; a footer with "© 2024 site. rights". No machine-readable date
anywhere: no JSON-LD date, no article:published_time, no <time datetime>.

Three variants, by the language's place in the list (i % 3):
0: JSON-LD NewsArticle with headline, author Person and publisher but no
   date; one line "published-label 2 hours ago | updated-label 45 minutes
   ago" in a <div>;
1: no JSON-LD, <meta name="author">; the age alone, unlabelled, in a
   <span class="time-ago"> after the byline;
2: no JSON-LD; "updated-label 45 minutes ago" in a <div> first, then
   "published-label 2 hours ago" (the second published label) in a <time>
   element with no datetime attribute; the title with " - site".

A correct record (decided before the first run): the harness pins Now at
2024-07-03T12:00:00Z, and an age is an instant written as Now is (RFC
3339 in Now's zone, UTC, not flagged zone-assumed: meta/times.go), so
published is 2024-07-03T10:00:00Z on every page; the headline without the
site's name; the writer; the dateline; related = the also-read title then
the three aside headlines, in page order; the caption and the credit
"photo: agency" (bracketed: the label kept); the rights line; the text =
the paragraphs (with the dateline, without the also-read line, the
caption or the byline).

The ages use the lexicon's words where it has them and the words the
language's sites print where it does not (Gujarati "કલાક પહેલા" without
the anusvara, Malayalam "മുൻപ്", Tamil "மணி நேரத்திற்கு முன்பு", the
Sanskrit dual "घण्टे"); native digits where the language's sets use them.
People, places, sites, labels and agencies come from ../scheduled2/make.py,
section and related-heading words from ../scheduled3/make.py. Sentences are
FLORES-200 dev lines 150-160 and, for the title, link, caption and the
three aside headlines, the six shortest of 50-99.
"""
import html
import json
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

_DO = g.load('do', 'scheduled115')
HOST, LANGTAG = _DO.HOST, _DO.LANGTAG
PUBLISHED = '2024-07-03T10:00:00Z'

# "2 hours ago": the published age.
AGO2H = {
    'eng': '2 hours ago', 'hin': '2 घंटे पहले', 'ben': '২ ঘণ্টা আগে', 'asm': '২ ঘণ্টা পূৰ্বে',
    'brx': '2 घन्टा सिगां', 'doi': '2 घैंटे पैहलें', 'guj': '2 કલાક પહેલા', 'kan': '2 ಗಂಟೆಗಳ ಹಿಂದೆ',
    'kas_Arab': '2 گٲنٹہٕ برونٛہہ', 'kas_Deva': '2 गंटॖ ब्रोंठ', 'kok': '2 वरां आदीं', 'mai': '2 घंटा पहिने',
    'mal': '2 മണിക്കൂർ മുൻപ്', 'mar': '2 तासांपूर्वी', 'mni_Beng': 'পুং ২ মমাংদা', 'mni_Mtei': 'ꯄꯨꯡ ꯲ ꯃꯃꯥꯡꯗ',
    'npi': '२ घण्टा अगाडि', 'ory': '୨ ଘଣ୍ଟା ପୂର୍ବରୁ', 'pan': '2 ਘੰਟੇ ਪਹਿਲਾਂ', 'san': '२ घण्टे पूर्वम्',
    'sat_Olck': '᱒ ᱜᱷᱚᱬᱴᱟ ᱢᱟᱲᱟᱝ', 'snd_Arab': '2 ڪلاڪ اڳ', 'snd_Deva': '2 कलाक अगु',
    'tam': '2 மணி நேரத்திற்கு முன்பு', 'tel': '2 గంటల క్రితం', 'urd': '2 گھنٹے پہلے',
}
# "45 minutes ago": the updated age.
AGO45M = {
    'eng': '45 minutes ago', 'hin': '45 मिनट पहले', 'ben': '৪৫ মিনিট আগে', 'asm': '৪৫ মিনিট আগতে',
    'brx': '45 मिनिट सिगां', 'doi': '45 मिंट पैहलें', 'guj': '45 મિનિટ પહેલા', 'kan': '45 ನಿಮಿಷಗಳ ಹಿಂದೆ',
    'kas_Arab': '45 منٹ برونٛہہ', 'kas_Deva': '45 मिनट ब्रोंठ', 'kok': '45 मिनटां आदीं', 'mai': '45 मिनट पहिने',
    'mal': '45 മിനിറ്റ് മുൻപ്', 'mar': '45 मिनिटांपूर्वी', 'mni_Beng': 'মিনিট ৪৫ মমাংদা', 'mni_Mtei': 'ꯃꯤꯅꯤꯠ ꯴꯵ ꯃꯃꯥꯡꯗ',
    'npi': '४५ मिनेट अगाडि', 'ory': '୪୫ ମିନିଟ ପୂର୍ବରୁ', 'pan': '45 ਮਿੰਟ ਪਹਿਲਾਂ', 'san': '४५ निमेषात् पूर्वम्',
    'sat_Olck': '᱔᱕ ᱢᱤᱱᱤᱴ ᱢᱟᱲᱟᱝ', 'snd_Arab': '45 منٽ اڳ', 'snd_Deva': '45 मिंट अगु',
    'tam': '45 நிமிடங்களுக்கு முன்பு', 'tel': '45 నిమిషాల క్రితం', 'urd': '45 منٹ پہلے',
}


def t(s):
    return html.escape(s, quote=False)


def a(s):
    return html.escape(s, quote=True)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((150, 151), (152, 153), (154, 155), (156, 157), (158, 159), (160,)), range(50, 100), 6,
               lambda o, n: [o[2] + ' ' + n[0], o[5] + ' ' + o[1] + ' ' + n[3], o[6] + ' ' + n[2],
                             o[4] + ' ' + o[3], o[0] + ' ' + n[1]],
               (12, 9, 10, 11, 7, 8))
    title, related, caption = s.short[:3]
    aside = s.short[3:]
    site, place, agency, author = p['site'], p['place'], p['agency'], p['a1']
    _, relhead, _, _, section = g.third().G[code]
    variant = sorted(g.second.L).index(code) % 3
    host = 'https://www.' + HOST[code]
    slug = code.replace('_', '-')
    canon = host + '/news/' + slug + '-story-2085' + str(variant) + '.html'
    img = host + '/images/story/lead-2085.jpg'
    paras = [place + ': ' + s.body[0]] + s.body[1:]
    credit = p['credit'][0] + ': ' + agency
    copyright = '© 2024 ' + site + '. ' + p['rights']
    sep = ' - ' if variant == 2 else ' | '
    rtl = ' dir="rtl"' if code in ('kas_Arab', 'snd_Arab', 'urd') else ''

    h = ['<!DOCTYPE html>', '<html lang="%s"%s>' % (LANGTAG[code], rtl), '<head>', '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<title>%s</title>' % t(title + sep + site),
         '<meta name="description" content="%s">' % a(s.body[0]),
         '<link rel="canonical" href="%s">' % canon,
         '<meta property="og:type" content="article">',
         '<meta property="og:title" content="%s">' % a(title),
         '<meta property="og:site_name" content="%s">' % a(site),
         '<meta property="og:url" content="%s">' % canon,
         '<meta property="og:image" content="%s">' % img]
    if variant == 1:
        h.append('<meta name="author" content="%s">' % a(author))
    if variant == 0:
        ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title,
              'mainEntityOfPage': canon, 'image': [img],
              'author': [{'@type': 'Person', 'name': author, 'url': host + '/author/reporter-23'}],
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
          '<li><a href="/web-stories">Web Stories</a></li>', '<li><a href="/epaper">E-Paper</a></li>',
          '</ul></nav>', '</header>']
    h += ['<main class="container">', '<article class="story">',
          '<ol class="breadcrumb">', '<li><a href="/">%s</a></li>' % t(p['home']),
          '<li><a href="/news">%s</a></li>' % t(section), '</ol>',
          '<h1 class="story-title">%s</h1>' % t(title),
          '<div class="story-meta">']
    h.append('<div class="author-name">%s <a href="/author/reporter-23">%s</a></div>' % (t(p['bylE']), t(author)))
    if variant == 0:
        h.append('<div class="publish-date">%s</div>' %
                 t(p['pubD'] + ' ' + AGO2H[code] + ' | ' + p['updD'] + ' ' + AGO45M[code]))
    elif variant == 1:
        h.append('<span class="time-ago">%s</span>' % t(AGO2H[code]))
    else:
        h.append('<div class="updated-date">%s</div>' % t(p['updD'] + ' ' + AGO45M[code]))
        h.append('<time class="publish-date">%s</time>' % t(p['pubF'] + ' ' + AGO2H[code]))
    h.append('</div>')
    h.append('<figure class="lead-image"><img src="%s" alt="%s" width="1200" height="675">' % (img, a(caption)))
    h.append('<figcaption>%s (%s)</figcaption>' % (t(caption), t(credit)))
    h.append('</figure>')
    h.append('<div class="story-body">')
    for i, x in enumerate(paras):
        h.append('<p>%s</p>' % t(x))
        if i == 1:
            h.append('<p><strong>%s:</strong> <a href="/news/%s-story-2091.html">%s</a></p>' %
                     (t(p['also'][0]), slug, t(related)))
    h += ['</div>', '</article>']
    h += ['<aside class="related-stories">', '<h3>%s</h3>' % t(relhead), '<ul>']
    for i, x in enumerate(aside):
        h.append('<li><a href="/news/%s-story-31%d.html">%s</a></li>' % (slug, i, t(x)))
    h += ['</ul>', '</aside>', '</main>']
    h += ['<footer class="site-footer">', '<ul class="footer-links">',
          '<li><a href="/about-us">About Us</a></li>', '<li><a href="/contact-us">Contact Us</a></li>',
          '<li><a href="/privacy-policy">Privacy Policy</a></li>', '</ul>',
          '<p class="copyright">%s</p>' % t(copyright), '</footer>', '</body>', '</html>', '']
    exp = {'title': title, 'authors': [author], 'published': PUBLISHED, 'dateline': place,
           'related': [related] + aside, 'caption': caption, 'credit': credit,
           'copyright': copyright,
           'text': '\n\n'.join(paras)}
    return h, exp


if __name__ == '__main__':
    g.write('DR', page, ext='.html')
