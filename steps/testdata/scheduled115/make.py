#!/usr/bin/env python3
"""Writes style DO of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled115):
the first set of HTML pages, not text dumps, written after all the fixes of
the text styles up to DN and run once before any fix of its own
(BEFORE.log). Run from this folder: python3 make.py [/path/to/flores-dev.tsv]

DO (an Indian news site's article page as the server sends it, one site a
language): a <head> with "<title>headline | site</title>" (or " - site"),
og:title, og:site_name, description, og:image and a canonical address; a
header with the logo and a menu of section links (the home word, the
section, and the English "Videos", "Photos", "Web Stories", "E-Paper" such
sites carry in every language); a breadcrumb list "home › section"; the
<h1> headline; a byline element "label name" (the name a link to the
writer's page); a visible published line "label 03 July 2024, 10:30 IST"
with the language's month; a <figure> with the lead image and a
<figcaption> "caption (photo: agency)" or with the credit in a <span> of
its own; six paragraphs (five for the languages FLORES lacks), the first
opened by the dateline "place:"; after the second, an "also read: title"
paragraph whose title is a link; an <aside> of three related stories under
the language's related heading; a footer of site links and "© 2024 site.
rights" in the language.

Three head variants, by the language's place in the list (i % 3):
0: JSON-LD NewsArticle with headline, datePublished, dateModified, author
   Person and publisher, plus article:published_time;
1: no JSON-LD; article:published_time and <meta name="author">, the visible
   date in <time datetime>;
2: no JSON-LD and no published meta: only the visible byline and
   <time datetime>, the title with " - site".

A correct record: the headline without the site's name; the writer; the
published time in +05:30; the dateline; related = the also-read title then
the three aside headlines, in page order; the caption and credit split (the
credit keeps its label in brackets, "photo: agency", and is the agency alone
after an unbracketed label, as meta's splitCredit has it for every
caption: corrected after the first run, which wanted the label kept); the
rights line; the text = the paragraphs (with the dateline, without the
also-read paragraph, the caption or the byline).

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section and related-heading words from ../scheduled3/make.py. Sentences are
FLORES-200 dev lines 90-100 and, for the title, link, caption and the three
aside headlines, the six shortest of 350-399.
"""
import html
import json
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

# Each language's site address (its name in Latin letters) and the page's
# lang attribute.
HOST = {'eng': 'dailychronicle.in', 'hin': 'dainikprahari.com', 'ben': 'ajkersangbad.in', 'asm': 'pratidinkhabar.in',
        'brx': 'bodobatora.in', 'doi': 'jammutimes.in', 'guj': 'divyasamachar.com', 'kan': 'prajavarthe.com',
        'kas_Arab': 'wadikhabar.net', 'kas_Deva': 'wadikhabar.in', 'kok': 'bhangarbhuinvarta.com',
        'mai': 'maithilidainik.in', 'mal': 'malayaladinapathram.com', 'mar': 'lokvarta.in', 'mni_Beng': 'imphaltimes.net',
        'mni_Mtei': 'imphaltimes.in', 'npi': 'himalikhabar.com', 'ory': 'sambaddeep.in', 'pan': 'punjabtimes.in',
        'san': 'dainikvarta.in', 'sat_Olck': 'santalisagun.in', 'snd_Arab': 'sindhakhbar.in', 'snd_Deva': 'hindvasi.in',
        'tam': 'dinaseithi.com', 'tel': 'prajasakthivarthalu.in', 'urd': 'qaumiawaz.in'}
LANGTAG = {'eng': 'en-IN', 'hin': 'hi', 'ben': 'bn', 'asm': 'as', 'brx': 'brx', 'doi': 'doi', 'guj': 'gu', 'kan': 'kn',
           'kas_Arab': 'ks', 'kas_Deva': 'ks-Deva', 'kok': 'kok', 'mai': 'mai', 'mal': 'ml', 'mar': 'mr', 'mni_Beng': 'mni',
           'mni_Mtei': 'mni-Mtei', 'npi': 'ne', 'ory': 'or', 'pan': 'pa', 'san': 'sa', 'sat_Olck': 'sat', 'snd_Arab': 'sd',
           'snd_Deva': 'sd-Deva', 'tam': 'ta', 'tel': 'te', 'urd': 'ur'}
PUBLISHED = '2024-07-03T10:30:00+05:30'


def t(s):
    return html.escape(s, quote=False)


def a(s):
    return html.escape(s, quote=True)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((90, 91), (92, 93), (94, 95), (96, 97), (98, 99), (100,)), range(350, 400), 6,
               lambda o, n: [o[6] + ' ' + n[1], o[1] + ' ' + o[4] + ' ' + n[0], o[5] + ' ' + n[3],
                             o[2] + ' ' + o[0], o[3] + ' ' + n[2]],
               (10, 12, 11, 7, 8, 9))
    title, related, caption = s.short[:3]
    aside = s.short[3:]
    site, place, agency, author = p['site'], p['place'], p['agency'], p['a1']
    _, relhead, _, _, section = g.third().G[code]
    variant = sorted(g.second.L).index(code) % 3
    host = 'https://www.' + HOST[code]
    canon = host + '/news/' + code.replace('_', '-') + '-story-1042' + str(variant) + '.html'
    paras = [place + ': ' + s.body[0]] + s.body[1:]
    credit = p['credit'][0] + ': ' + agency
    copyright = '© 2024 ' + site + '. ' + p['rights']
    sep = ' - ' if variant == 2 else ' | '
    rtl = ' dir="rtl"' if code in ('kas_Arab', 'snd_Arab', 'urd') else ''
    shown = p['pubD'] + ' 03 ' + p['july'] + ' 2024, 10:30 IST'

    h = ['<!DOCTYPE html>', '<html lang="%s"%s>' % (LANGTAG[code], rtl), '<head>', '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<title>%s</title>' % t(title + sep + site),
         '<meta name="description" content="%s">' % a(s.body[0]),
         '<link rel="canonical" href="%s">' % canon,
         '<meta property="og:type" content="article">',
         '<meta property="og:title" content="%s">' % a(title),
         '<meta property="og:site_name" content="%s">' % a(site),
         '<meta property="og:url" content="%s">' % canon,
         '<meta property="og:image" content="%s/images/2024/07/03/lead-1042.jpg">' % host]
    if variant in (0, 1):
        h.append('<meta property="article:published_time" content="%s">' % PUBLISHED)
        h.append('<meta property="article:section" content="%s">' % a(section))
    if variant == 1:
        h.append('<meta name="author" content="%s">' % a(author))
    if variant == 0:
        ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title,
              'mainEntityOfPage': canon, 'image': [host + '/images/2024/07/03/lead-1042.jpg'],
              'datePublished': PUBLISHED, 'dateModified': '2024-07-03T11:45:00+05:30',
              'author': [{'@type': 'Person', 'name': author, 'url': host + '/author/reporter-17'}],
              'publisher': {'@type': 'Organization', 'name': site,
                            'logo': {'@type': 'ImageObject', 'url': host + '/images/logo.png'}}}
        h.append('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False))
    h += ['<link rel="stylesheet" href="/assets/css/main.css">', '</head>', '<body class="article-page">']
    # The site's header: logo and menu.
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
    h.append('<div class="author-name">%s <a href="/author/reporter-17">%s</a></div>' % (t(p['bylE']), t(author)))
    if variant == 0:
        h.append('<div class="publish-date">%s</div>' % t(shown))
    else:
        h.append('<time class="publish-date" datetime="%s">%s</time>' % (PUBLISHED, t(shown)))
    h.append('</div>')
    h.append('<figure class="lead-image"><img src="%s/images/2024/07/03/lead-1042.jpg" alt="%s" width="1200" '
             'height="675">' % (host, a(caption)))
    if variant == 1:
        h.append('<figcaption>%s <span class="credit">%s</span></figcaption>' % (t(caption), t(credit)))
    else:
        h.append('<figcaption>%s (%s)</figcaption>' % (t(caption), t(credit)))
    h.append('</figure>')
    h.append('<div class="story-body">')
    for i, x in enumerate(paras):
        h.append('<p>%s</p>' % t(x))
        if i == 1:
            h.append('<p><strong>%s:</strong> <a href="/news/%s-story-2077.html">%s</a></p>' %
                     (t(p['also'][0]), code.replace('_', '-'), t(related)))
    h += ['</div>', '</article>']
    h += ['<aside class="related-stories">', '<h3>%s</h3>' % t(relhead), '<ul>']
    for i, x in enumerate(aside):
        h.append('<li><a href="/news/%s-story-30%d.html">%s</a></li>' % (code.replace('_', '-'), i, t(x)))
    h += ['</ul>', '</aside>', '</main>']
    h += ['<footer class="site-footer">', '<ul class="footer-links">',
          '<li><a href="/about-us">About Us</a></li>', '<li><a href="/contact-us">Contact Us</a></li>',
          '<li><a href="/privacy-policy">Privacy Policy</a></li>', '</ul>',
          '<p class="copyright">%s</p>' % t(copyright), '</footer>', '</body>', '</html>', '']
    exp = {'title': title, 'authors': [author], 'published': PUBLISHED, 'dateline': place,
           'related': [related] + aside, 'caption': caption, 'credit': agency if variant == 1 else credit,
           'copyright': copyright,
           'text': '\n\n'.join(paras)}
    return h, exp


if __name__ == '__main__':
    g.write('DO', page, ext='.html')
