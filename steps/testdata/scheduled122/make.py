#!/usr/bin/env python3
"""Writes style DV of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled122):
the eighth set of HTML pages, written after the fixes of DT and DU and run
once before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

DV (wire copy republished from a syndicated feed, as Indian news sites
run the agencies' stories under their own name; the sites of DO): a
<head> as DO's; a menu; the <h1>; the agency as the only byline (a link
to the agency's page, or "label agency"); a published line with the
language's month; a "Key highlights" box of three bullet points over the
story (a heading and a <ul>); a lead <figure> with "caption (photo:
agency)"; six paragraphs, the first opened by the agency's dateline
"place, 3 month (agency)" with no colon; after the last, the site's
syndication disclaimer in brackets, in italics; an aside of three related
stories under the language's related heading; the rights line.

Three variants, by the language's place in the list (i % 3):
0: JSON-LD NewsArticle whose author is the agency (an Organization) and
   article:published_time; the byline a link naming the agency; the
   highlights box a <div class="highlights"> with an <h2>; the
   disclaimer "(This story has not been edited by <site> staff and is
   auto-generated from a syndicated feed.)" in <p><em>;
1: no JSON-LD; article:published_time and <meta name="author"> the
   agency; "label agency" as the byline; the box a <section
   class="key-points"> with an <h3>; "(Only the headline and picture of
   this report may have been reworked by the <site> staff; the rest of
   the content is auto-generated from a syndicated feed.)" in <p><i>;
2: no JSON-LD and no published meta; "headline - site" in <title>; the
   byline a <span> naming the agency and <time datetime>; the box a
   <div class="story-highlights"> with a <strong> heading; "(Except for
   the headline, this story has not been edited by <site> staff and is
   published from a syndicated feed.)" in a <div class="disclaimer">.

A correct record (decided before the first run): the headline; the
agency as the author (bareName's convention: the kit's gold counts an
agency an author); published 2024-07-03T10:30:00+05:30; the dateline the
place; related = the aside's three headlines; caption and credit split
as DO has them; the rights line; the text = the six paragraphs (the first
with its dateline, as DO keeps it), without the highlights (a summary
over the story, not its body: style AF and DL took the same stand) and
without the disclaimer (the site's note, not the story's: style CB and
DU took the same stand).

Words: people, places, sites, agencies, labels and months come from
../scheduled2/make.py (p['place'], p['site'], p['agency'], p['bylE'],
p['pubD'], p['credit'], p['july']), the related heading from
../scheduled3/make.py. The highlights heading is the language's own where
the repo's language table lists one (lexicon/data/*.tsv, kind
summaryhead: the words of the language's sites, SOURCES.md "labels"), and
the English "Key Highlights" elsewhere, as sites in those languages print
their widgets' labels. The disclaimers are the English forms Indian
sites print under wire copy whatever the page's language (NDTV's
"auto-generated from a syndicated feed", Business Standard's "may have
been reworked by the … staff", NDTV's older "Except for the headline");
Hindi has the form in Hindi NDTV India prints ("(इस खबर को … टीम ने
संपादित नहीं किया है, यह सिंडीकेट फीड से सीधे प्रकाशित की गई है।)"),
with the site's name in it as the others have. Sentences are FLORES-200
dev lines 230-241 (two a paragraph) and, for the title, the caption,
the three highlights and the three aside headlines, the eight shortest
of 450-499; the four languages FLORES lacks use ../scheduled/make.py's
own (five paragraphs, the highlights two long lines and one short).
"""
import html
import json
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

_DO = g.load('do', 'scheduled115')
HOST, LANGTAG = _DO.HOST, _DO.LANGTAG
PUBLISHED = '2024-07-03T10:30:00+05:30'

# The language table's summary heading (lexicon/data/<code>.tsv,
# summaryhead), the first the file lists; English elsewhere.
HIGHLIGHTS = {'ben': 'হাইলাইটস', 'guj': 'હાઇલાઇટ્સ', 'hin': 'मुख्य बातें', 'kan': 'ಮುಖ್ಯಾಂಶಗಳು', 'mal': 'ഹൈലൈറ്റ്സ്',
              'mar': 'ठळक मुद्दे', 'tam': 'முக்கிய அம்சங்கள்', 'tel': 'ముఖ్యాంశాలు', 'urd': 'اہم نکات'}


def t(s):
    return html.escape(s, quote=False)


def a(s):
    return html.escape(s, quote=True)


def disclaimer(code, variant, name):
    if code == 'hin':
        return '(इस खबर को %s टीम ने संपादित नहीं किया है, यह सिंडीकेट फीड से सीधे प्रकाशित की गई है।)' % name
    return ['(This story has not been edited by %s staff and is auto-generated from a syndicated feed.)',
            '(Only the headline and picture of this report may have been reworked by the %s staff; the rest of '
            'the content is auto-generated from a syndicated feed.)',
            '(Except for the headline, this story has not been edited by %s staff and is published from a '
            'syndicated feed.)'][variant] % (name[4:] if variant == 1 and name.startswith('The ') else name)


def page(code, p, fl):
    s = g.pick(code, p, fl, tuple((230 + 2 * i, 231 + 2 * i) for i in range(6)), range(450, 500), 8,
               lambda o, n: [o[2] + ' ' + n[0], o[3] + ' ' + n[1], o[4], o[5] + ' ' + n[2], o[6] + ' ' + n[3]],
               (10, 11, 0, 1, 12, 7, 8, 9))
    title, caption = s.short[:2]
    points = s.short[2:5]
    aside = s.short[5:]
    site, place, agency = p['site'], p['place'], p['agency']
    relhead = g.third().G[code][1]
    variant = sorted(g.second.L).index(code) % 3
    host = 'https://www.' + HOST[code]
    slug = code.replace('_', '-')
    canon = host + '/news/' + slug + '-wire-6122' + str(variant) + '.html'
    credit = p['credit'][0] + ': ' + agency
    copyright = '© 2024 ' + site + '. ' + p['rights']
    rtl = ' dir="rtl"' if code in ('kas_Arab', 'snd_Arab', 'urd') else ''
    shown = p['pubD'] + ' 03 ' + p['july'] + ' 2024, 10:30 IST'
    lead = host + '/images/2024/07/03/wire-6122.jpg'
    paras = [place + ', 3 ' + p['july'] + ' (' + agency + ') ' + s.body[0]] + s.body[1:]
    # The site's name as its English notes print it: the address's first
    # part (Hindi's note, in Hindi, names it in Hindi).
    latin = site if code in ('eng', 'hin') else HOST[code].split('.')[0].capitalize()
    note = disclaimer(code, variant, latin)
    head = HIGHLIGHTS.get(code, 'Key Highlights')

    sep = ' - ' if variant == 2 else ' | '
    h = ['<!DOCTYPE html>', '<html lang="%s"%s>' % (LANGTAG[code], rtl), '<head>', '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<title>%s</title>' % t(title + sep + site),
         '<meta name="description" content="%s">' % a(points[0]),
         '<link rel="canonical" href="%s">' % canon,
         '<meta property="og:type" content="article">',
         '<meta property="og:title" content="%s">' % a(title),
         '<meta property="og:site_name" content="%s">' % a(site),
         '<meta property="og:url" content="%s">' % canon,
         '<meta property="og:image" content="%s">' % lead]
    if variant in (0, 1):
        h.append('<meta property="article:published_time" content="%s">' % PUBLISHED)
    if variant == 1:
        h.append('<meta name="author" content="%s">' % a(agency))
    if variant == 0:
        ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title,
              'mainEntityOfPage': canon, 'image': [lead], 'datePublished': PUBLISHED,
              'dateModified': PUBLISHED,
              'author': [{'@type': 'Organization', 'name': agency}],
              'publisher': {'@type': 'Organization', 'name': site,
                            'logo': {'@type': 'ImageObject', 'url': host + '/images/logo.png'}}}
        h.append('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False))
    h += ['<link rel="stylesheet" href="/assets/css/main.css">', '</head>', '<body class="article-page">']
    h += ['<header class="site-header">',
          '<div class="logo"><a href="/"><img src="/images/logo.png" alt="%s"></a></div>' % a(site),
          '<nav class="main-menu"><ul>',
          '<li><a href="/">%s</a></li>' % t(p['home']),
          '<li><a href="/videos">Videos</a></li>', '<li><a href="/photos">Photos</a></li>',
          '<li><a href="/web-stories">Web Stories</a></li>', '<li><a href="/epaper">E-Paper</a></li>',
          '</ul></nav>', '</header>']
    h += ['<main class="container">', '<article class="story">',
          '<h1 class="story-title">%s</h1>' % t(title), '<div class="story-meta">']
    if variant == 0:
        h.append('<div class="author-name"><a href="/agency/wire">%s</a></div>' % t(agency))
        h.append('<div class="publish-date">%s</div>' % t(shown))
    elif variant == 1:
        h.append('<div class="author-name">%s %s</div>' % (t(p['bylE']), t(agency)))
        h.append('<time class="publish-date" datetime="%s">%s</time>' % (PUBLISHED, t(shown)))
    else:
        h.append('<span class="byline">%s</span>' % t(agency))
        h.append('<time class="publish-date" datetime="%s">%s</time>' % (PUBLISHED, t(shown)))
    h.append('</div>')
    items = ['<li>%s</li>' % t(x) for x in points]
    if variant == 0:
        h += ['<div class="highlights">', '<h2>%s</h2>' % t(head), '<ul>'] + items + ['</ul>', '</div>']
    elif variant == 1:
        h += ['<section class="key-points">', '<h3>%s</h3>' % t(head), '<ul>'] + items + ['</ul>', '</section>']
    else:
        h += ['<div class="story-highlights">', '<strong>%s</strong>' % t(head), '<ul>'] + items + ['</ul>', '</div>']
    h.append('<figure class="lead-image"><img src="%s" alt="%s" width="1200" height="675">' % (lead, a(caption)))
    h.append('<figcaption>%s (%s)</figcaption>' % (t(caption), t(credit)))
    h.append('</figure>')
    h.append('<div class="story-body">')
    for x in paras:
        h.append('<p>%s</p>' % t(x))
    if variant == 0:
        h.append('<p><em>%s</em></p>' % t(note))
    elif variant == 1:
        h.append('<p><i>%s</i></p>' % t(note))
    else:
        h.append('<div class="disclaimer">%s</div>' % t(note))
    h += ['</div>', '</article>']
    h += ['<aside class="related-stories">', '<h3>%s</h3>' % t(relhead), '<ul>']
    for i, x in enumerate(aside):
        h.append('<li><a href="/news/%s-story-62%d.html">%s</a></li>' % (slug, i, t(x)))
    h += ['</ul>', '</aside>', '</main>']
    h += ['<footer class="site-footer">', '<ul class="footer-links">',
          '<li><a href="/about-us">About Us</a></li>', '<li><a href="/contact-us">Contact Us</a></li>',
          '<li><a href="/privacy-policy">Privacy Policy</a></li>', '</ul>',
          '<p class="copyright">%s</p>' % t(copyright), '</footer>', '</body>', '</html>', '']
    exp = {'title': title, 'authors': [agency], 'published': PUBLISHED, 'dateline': place,
           'related': aside, 'caption': caption, 'credit': credit, 'copyright': copyright,
           'text': '\n\n'.join(paras)}
    return h, exp


if __name__ == '__main__':
    g.write('DV', page, ext='.html')
