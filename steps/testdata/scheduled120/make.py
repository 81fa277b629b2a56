#!/usr/bin/env python3
"""Writes style DT of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled120):
the sixth set of HTML pages, written after the fixes of DO-DS and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

DT (a photo gallery, the page type Indian news sites publish most after
articles, under /photos/ or /photo-gallery/; the sites of DO):
"<title>headline | site</title>", og:title, og:site_name, a description, a
canonical address and og:image; a menu; a breadcrumb "home › Photos"; the
<h1>; a byline element "label name"; "published-label 03 July 2024, 10:30
IST" with the language's month; a share bar; a short standfirst; six
slides, each a <figure> whose <img> has the caption as its alt text and
whose <figcaption> holds the slide's caption (one or two sentences) and
its credit, with a "1 / 6" counter beside it; "Next Gallery" and
"Previous Gallery" links and a "More galleries" <aside> of three
galleries under the language's related heading; a footer with "© 2024
site. rights". No dateline, no also-read line, no lead image apart from
the slides.

Three variants, by the language's place in the list (i % 3):
0: JSON-LD ImageGallery (headline, datePublished, author Person,
   publisher, associatedMedia ImageObjects with their captions), plus
   article:published_time; "PHOTOS: headline" in <title>, og:title and
   <h1>; the standfirst a <p class="standfirst">; the counter "1 / 6" in
   a <span> before each <figure>, a Facebook/X/WhatsApp row after it;
   the credit "(photo-word: agency)" at the figcaption's end;
1: no JSON-LD; article:published_time and <meta name="author">, the
   visible date in <time datetime>; the standfirst an <h2 class=
   "synopsis">; the counter in the language's digits ("१ / ६") in a
   <div>; the credit in a <span class="credit"> inside the figcaption;
2: no JSON-LD and no published meta: the byline and <time datetime>
   only; "In Pics: headline - site" in <title>; the standfirst a <div
   class="summary">; the counter "1/6" in a <span> at the start of the
   figcaption, the credit bracketed at its end.

A correct record (decided before the first run): title = the headline
without the gallery marker ("PHOTOS:", "In Pics:": the page's form, not
what it is about, as DS has it for "LIVE:"); the writer; published
2024-07-03T10:30:00+05:30; no dateline; related = the three "More
galleries" headlines (the previous/next links are navigation); caption
and credit = the first slide's, split as DO has them (the credit keeps
its label where it is bracketed, the agency alone after a <span>'s
unbracketed label); the rights line; the text = the standfirst, then the
six slides' captions, one paragraph each, without counters or credits: a
gallery's prose is its captions, and a corpus user who gets only the
standfirst gets nothing the page says.

Words: the photo-credit word, agency, site, writer, home word, labels and
month come from ../scheduled2/make.py (p['credit'][0], p['agency'], ...),
the related heading from ../scheduled3/make.py (G[code][1]); the
language's digits are ../scheduled2/make.py's zero (Unicode's digit
blocks). The furniture ("Photos", "Next Gallery", "Previous Gallery",
"Share", "PHOTOS:", "In Pics:") is English, as these sites print it in
every language (the menus of DO carry "Photos", "Videos" the same way).
Sentences are FLORES-200 dev lines 200-206 (the standfirst, then the six
captions, one line each) and, for the title and the three related
headlines, the four shortest of 450-499; the four languages FLORES lacks
use ../scheduled/make.py's own sentences.
"""
import html
import json
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

_DO = g.load('do', 'scheduled115')
HOST, LANGTAG = _DO.HOST, _DO.LANGTAG
PUBLISHED = '2024-07-03T10:30:00+05:30'
# The standfirst's and the six captions' FLORES lines.
GROUPS = tuple((i,) for i in range(200, 207))


def t(s):
    return html.escape(s, quote=False)


def a(s):
    return html.escape(s, quote=True)


def page(code, p, fl):
    s = g.pick(code, p, fl, GROUPS, range(450, 500), 4,
               lambda o, n: [o[0], o[1], o[2] + ' ' + n[1], o[3], o[4], o[5] + ' ' + n[2], o[6]],
               (12, 7, 8, 9))
    title, aside = s.short[0], s.short[1:]
    standfirst, captions = s.body[0], s.body[1:]
    site, agency, author = p['site'], p['agency'], p['a1']
    relhead = g.third().G[code][1]
    variant = sorted(g.second.L).index(code) % 3
    host = 'https://www.' + HOST[code]
    slug = code.replace('_', '-')
    canon = host + '/photos/' + slug + '-photo-gallery-5120' + str(variant) + '.html'
    credit = p['credit'][0] + ': ' + agency
    copyright = '© 2024 ' + site + '. ' + p['rights']
    rtl = ' dir="rtl"' if code in ('kas_Arab', 'snd_Arab', 'urd') else ''
    shown = p['pubD'] + ' 03 ' + p['july'] + ' 2024, 10:30 IST'
    n = len(captions)
    img = [host + '/photos/2024/07/03/gallery-5120-%d.jpg' % (i + 1) for i in range(n)]

    if variant == 0:
        htitle, ogtitle, h1 = 'PHOTOS: ' + title + ' | ' + site, 'PHOTOS: ' + title, 'PHOTOS: ' + title
    elif variant == 1:
        htitle, ogtitle, h1 = title + ' | ' + site, title, title
    else:
        htitle, ogtitle, h1 = 'In Pics: ' + title + ' - ' + site, 'In Pics: ' + title, title
    h = ['<!DOCTYPE html>', '<html lang="%s"%s>' % (LANGTAG[code], rtl), '<head>', '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<title>%s</title>' % t(htitle),
         '<meta name="description" content="%s">' % a(standfirst),
         '<link rel="canonical" href="%s">' % canon,
         '<meta property="og:type" content="article">',
         '<meta property="og:title" content="%s">' % a(ogtitle),
         '<meta property="og:site_name" content="%s">' % a(site),
         '<meta property="og:url" content="%s">' % canon,
         '<meta property="og:image" content="%s">' % img[0]]
    if variant in (0, 1):
        h.append('<meta property="article:published_time" content="%s">' % PUBLISHED)
        h.append('<meta property="article:section" content="Photos">')
    if variant == 1:
        h.append('<meta name="author" content="%s">' % a(author))
    if variant == 0:
        ld = {'@context': 'https://schema.org', '@type': 'ImageGallery', 'headline': ogtitle, 'url': canon,
              'datePublished': PUBLISHED, 'dateModified': PUBLISHED,
              'author': [{'@type': 'Person', 'name': author, 'url': host + '/author/reporter-23'}],
              'publisher': {'@type': 'Organization', 'name': site,
                            'logo': {'@type': 'ImageObject', 'url': host + '/images/logo.png'}},
              'associatedMedia': [{'@type': 'ImageObject', 'url': u, 'caption': c} for u, c in zip(img, captions)]}
        h.append('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False))
    h += ['<link rel="stylesheet" href="/assets/css/main.css">', '</head>', '<body class="photo-gallery-page">']
    h += ['<header class="site-header">',
          '<div class="logo"><a href="/"><img src="/images/logo.png" alt="%s"></a></div>' % a(site),
          '<nav class="main-menu"><ul>',
          '<li><a href="/">%s</a></li>' % t(p['home']),
          '<li><a href="/videos">Videos</a></li>', '<li><a href="/photos">Photos</a></li>',
          '<li><a href="/web-stories">Web Stories</a></li>', '<li><a href="/epaper">E-Paper</a></li>',
          '</ul></nav>', '</header>']
    h += ['<main class="container">', '<div class="gallery">',
          '<ol class="breadcrumb">', '<li><a href="/">%s</a></li>' % t(p['home']),
          '<li><a href="/photos">Photos</a></li>', '</ol>',
          '<h1 class="gallery-title">%s</h1>' % t(h1),
          '<div class="story-meta">',
          '<div class="author-name">%s <a href="/author/reporter-23">%s</a></div>' % (t(p['bylE']), t(author))]
    if variant == 0:
        h.append('<div class="publish-date">%s</div>' % t(shown))
    else:
        h.append('<time class="publish-date" datetime="%s">%s</time>' % (PUBLISHED, t(shown)))
    h += ['</div>', '<div class="share-bar">', '<span>Share</span>',
          '<a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a>' % canon,
          '<a class="x" href="https://twitter.com/intent/tweet?url=%s">X</a>' % canon,
          '<a class="wa" href="https://api.whatsapp.com/send?text=%s">WhatsApp</a>' % canon, '</div>']
    if variant == 0:
        h.append('<p class="standfirst">%s</p>' % t(standfirst))
    elif variant == 1:
        h.append('<h2 class="synopsis">%s</h2>' % t(standfirst))
    else:
        h.append('<div class="summary">%s</div>' % t(standfirst))
    h.append('<div class="gallery-slides">')
    for i, (u, c) in enumerate(zip(img, captions)):
        count = '%d / %d' % (i + 1, n)
        h.append('<div class="slide" id="photo-%d">' % (i + 1))
        if variant == 0:
            h.append('<span class="slide-count">%s</span>' % count)
        elif variant == 1:
            h.append('<div class="slide-count">%s</div>' % g.first.digits(count, p['zero']))
        h.append('<figure><img src="%s" alt="%s" width="1200" height="800">' % (u, a(c)))
        if variant == 0:
            h.append('<figcaption>%s (%s)</figcaption>' % (t(c), t(credit)))
        elif variant == 1:
            h.append('<figcaption>%s <span class="credit">%s</span></figcaption>' % (t(c), t(credit)))
        else:
            h.append('<figcaption><span class="slide-count">%d/%d</span> %s (%s)</figcaption>' %
                     (i + 1, n, t(c), t(credit)))
        h.append('</figure>')
        if variant == 0:
            h += ['<div class="slide-share">',
                  '<a href="https://www.facebook.com/sharer/sharer.php?u=%s%%23photo-%d">Facebook</a>' % (canon, i + 1),
                  '<a href="https://twitter.com/intent/tweet?url=%s%%23photo-%d">X</a>' % (canon, i + 1),
                  '<a href="https://api.whatsapp.com/send?text=%s%%23photo-%d">WhatsApp</a>' % (canon, i + 1),
                  '</div>']
        h.append('</div>')
    h += ['</div>', '<div class="gallery-nav">',
          '<a class="prev" href="/photos/%s-photo-gallery-5119.html">Previous Gallery</a>' % slug,
          '<a class="next" href="/photos/%s-photo-gallery-5121.html">Next Gallery</a>' % slug,
          '</div>', '</div>']
    h += ['<aside class="more-galleries">', '<h3>%s</h3>' % t(relhead), '<ul>']
    for i, x in enumerate(aside):
        h.append('<li><a href="/photos/%s-photo-gallery-50%d.html"><img src="/photos/thumb-50%d.jpg" alt="">'
                 '<span>%s</span></a></li>' % (slug, i, i, t(x)))
    h += ['</ul>', '</aside>', '</main>']
    h += ['<footer class="site-footer">', '<ul class="footer-links">',
          '<li><a href="/about-us">About Us</a></li>', '<li><a href="/contact-us">Contact Us</a></li>',
          '<li><a href="/privacy-policy">Privacy Policy</a></li>', '</ul>',
          '<p class="copyright">%s</p>' % t(copyright), '</footer>', '</body>', '</html>', '']
    exp = {'title': title, 'authors': [author], 'published': PUBLISHED, 'dateline': '',
           'related': aside, 'caption': captions[0], 'credit': agency if variant == 1 else credit,
           'copyright': copyright, 'text': '\n\n'.join([standfirst] + captions)}
    return h, exp


if __name__ == '__main__':
    g.write('DT', page, ext='.html')
