#!/usr/bin/env python3
"""Writes style DQ of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled117):
the third set of HTML pages, written with DP after the fixes of DO and run
once before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

DQ (the AMP version of an Indian news site's article page, one site a
language, the sites of DO): <html ⚡>, the AMP runtime and custom-element
scripts, "<title>headline | site</title>", a canonical address to the
non-AMP page, the amp-boilerplate <style> and its <noscript>, a <style
amp-custom>; JSON-LD NewsArticle with headline, datePublished and
dateModified, publisher, and the author as an Organization named as the
site (variant 0), as the site's "Web Desk" in English (variant 1) or, on
variant 2, as a Person whose name is the site's (a CMS's default
account); no og or article meta. In the body: <amp-analytics> with its
JSON, a header with the logo as <amp-img> and a menu button, an
<amp-sidebar> menu of section links; the <h1>; the visible byline "label
name" (a person, the writer) and the published line "label 03 July 2024,
10:30 IST" with the language's month; three <amp-social-share> buttons;
a <figure> with the lead <amp-img> and a <figcaption> "caption (photo:
agency)"; six paragraphs (five for the languages FLORES lacks) as <p>, the
first opened by "place:", an <amp-ad> with its fallback <div> after the
second, an "also read: title" <p> whose title is a link after the third;
an <amp-embed> recommendation widget; a related box "<h3>related
heading</h3>" with three links; a footer with "© 2024 site. rights".

Variant by the language's place in the list (i % 3).

A correct record (decided before the first run): the headline without
the site's name; the writer shown on the page (the JSON-LD's author is
no person: the site, its desk or its account); published
2024-07-03T10:30:00+05:30 (the JSON-LD's, which the visible line
agrees with); the dateline; related = the also-read title then the three
related headlines, in page order; the caption and the credit "photo:
agency" (bracketed: the label kept); the rights line; the text = the
paragraphs (with the dateline, without the also-read line, the ad's
fallback, the caption or the byline).

People, places, sites, labels and agencies come from ../scheduled2/make.py,
the related heading and section words from ../scheduled3/make.py.
Sentences are FLORES-200 dev lines 130-140 and, for the title, caption,
also-read and related headlines, the six shortest of 450-499.
"""
import html
import json
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

_DO = g.load('do', 'scheduled115')
HOST, LANGTAG = _DO.HOST, _DO.LANGTAG
PUBLISHED = '2024-07-03T10:30:00+05:30'
BOILER = ('body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s '
          'steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}')


def t(s):
    return html.escape(s, quote=False)


def a(s):
    return html.escape(s, quote=True)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((130, 131), (132, 133), (134, 135), (136, 137), (138, 139), (140,)), range(450, 500), 6,
               lambda o, n: [o[6] + ' ' + n[1], o[1] + ' ' + o[4] + ' ' + n[0], o[5] + ' ' + n[3],
                             o[2] + ' ' + o[0], o[3] + ' ' + n[2]],
               (10, 12, 11, 7, 8, 9))
    title, caption, also = s.short[:3]
    box = s.short[3:]
    site, place, agency, author = p['site'], p['place'], p['agency'], p['a1']
    _, relhead, _, _, section = g.third().G[code]
    variant = sorted(g.second.L).index(code) % 3
    host = 'https://www.' + HOST[code]
    slug = code.replace('_', '-')
    canon = host + '/news/' + slug + '-story-1042.html'
    amp = host + '/amp/news/' + slug + '-story-1042.html'
    paras = [place + ': ' + s.body[0]] + s.body[1:]
    credit = p['credit'][0] + ': ' + agency
    copyright = '© 2024 ' + site + '. ' + p['rights']
    rtl = ' dir="rtl"' if code in ('kas_Arab', 'snd_Arab', 'urd') else ''
    shown = p['pubD'] + ' 03 ' + p['july'] + ' 2024, 10:30 IST'
    img = host + '/images/2024/07/03/lead-1042.jpg'
    who = [{'@type': 'Organization', 'name': site, 'url': host},
           {'@type': 'Organization', 'name': 'Web Desk'},
           {'@type': 'Person', 'name': site}][variant]
    ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title,
          'mainEntityOfPage': {'@type': 'WebPage', '@id': canon},
          'image': {'@type': 'ImageObject', 'url': img, 'width': 1200, 'height': 675},
          'datePublished': PUBLISHED, 'dateModified': '2024-07-03T11:45:00+05:30', 'author': who,
          'publisher': {'@type': 'Organization', 'name': site,
                        'logo': {'@type': 'ImageObject', 'url': host + '/images/amp-logo.png', 'width': 600,
                                 'height': 60}}}
    h = ['<!doctype html>', '<html ⚡ lang="%s"%s>' % (LANGTAG[code], rtl), '<head>', '<meta charset="utf-8">',
         '<script async src="https://cdn.ampproject.org/v0.js"></script>',
         '<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js">'
         '</script>',
         '<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>',
         '<script async custom-element="amp-social-share" '
         'src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>',
         '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>',
         '<title>%s</title>' % t(title + ' | ' + site),
         '<link rel="canonical" href="%s">' % canon,
         '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">',
         '<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False),
         '<style amp-boilerplate>%s</style><noscript><style amp-boilerplate>body{-webkit-animation:none;'
         'animation:none}</style></noscript>' % BOILER,
         '<style amp-custom>body{font-family:sans-serif}.amp-title{font-size:24px}.byline{color:#666}</style>',
         '</head>', '<body>']
    h += ['<amp-analytics type="gtag" data-credentials="include"><script type="application/json">'
          '{"vars":{"gtag_id":"G-XXXX","config":{"G-XXXX":{"groups":"default"}}}}</script></amp-analytics>',
          '<header class="amp-header">',
          '<button class="hamburger" on="tap:sidebar.toggle" aria-label="Menu">☰</button>',
          '<a href="%s"><amp-img src="%s/images/amp-logo.png" width="150" height="40" alt="%s"></amp-img></a>'
          % (host, host, a(site)),
          '</header>',
          '<amp-sidebar id="sidebar" layout="nodisplay" side="left">', '<ul>',
          '<li><a href="%s">%s</a></li>' % (host, t(p['home'])),
          '<li><a href="%s/news">%s</a></li>' % (host, t(section)),
          '<li><a href="%s/videos">Videos</a></li>' % host, '<li><a href="%s/photos">Photos</a></li>' % host,
          '<li><a href="%s/web-stories">Web Stories</a></li>' % host, '</ul>', '</amp-sidebar>']
    h += ['<div class="amp-container">',
          '<h1 class="amp-title">%s</h1>' % t(title),
          '<div class="byline">%s <a href="%s/author/reporter-17">%s</a></div>' % (t(p['bylE']), host, t(author)),
          '<div class="amp-date">%s</div>' % t(shown),
          '<div class="share">',
          '<amp-social-share type="facebook" width="32" height="32" data-param-app_id="1234"></amp-social-share>',
          '<amp-social-share type="twitter" width="32" height="32"></amp-social-share>',
          '<amp-social-share type="whatsapp" width="32" height="32"></amp-social-share>', '</div>',
          '<figure class="lead">',
          '<amp-img src="%s" width="1200" height="675" layout="responsive" alt="%s"></amp-img>' % (img, a(caption)),
          '<figcaption>%s (%s)</figcaption>' % (t(caption), t(credit)), '</figure>',
          '<div class="article-body">']
    for i, x in enumerate(paras):
        h.append('<p>%s</p>' % t(x))
        if i == 1:
            h.append('<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/%s_amp_mid">'
                     '<div fallback>Advertisement</div></amp-ad>' % slug)
        if i == 2:
            h.append('<p><strong>%s:</strong> <a href="%s/amp/news/%s-story-2077.html">%s</a></p>'
                     % (t(p['also'][0]), host, slug, t(also)))
    h += ['</div>',
          '<amp-embed width="100" height="100" type="taboola" layout="responsive" data-publisher="site-amp" '
          'data-mode="thumbnails-a" data-placement="Below Article Thumbnails AMP" data-target_type="mix" '
          'data-article="auto" data-url="%s"></amp-embed>' % amp,
          '<div class="related">', '<h3>%s</h3>' % t(relhead), '<ul>']
    for i, x in enumerate(box):
        h.append('<li><a href="%s/amp/news/%s-story-30%d.html">%s</a></li>' % (host, slug, i, t(x)))
    h += ['</ul>', '</div>', '</div>',
          '<footer class="amp-footer">',
          '<a href="%s/about-us">About Us</a> | <a href="%s/privacy-policy">Privacy Policy</a> | '
          '<a href="%s">Non-AMP version</a>' % (host, host, canon),
          '<p>%s</p>' % t(copyright), '</footer>', '</body>', '</html>', '']
    exp = {'title': title, 'authors': [author], 'published': PUBLISHED, 'dateline': place,
           'related': [also] + box, 'caption': caption, 'credit': credit, 'copyright': copyright,
           'text': '\n\n'.join(paras)}
    return h, exp


if __name__ == '__main__':
    g.write('DQ', page, ext='.html')
