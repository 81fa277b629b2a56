#!/usr/bin/env python3
"""Writes style DU of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled121):
the seventh set of HTML pages, written after the fixes of DT and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

DU (an opinion column, as Indian news sites run them under /opinion/ or
/blogs/; the sites of DO): a <head> as DO's with article:section
"Opinion"; a menu; the <h1>; the columnist's byline; a published line
with the language's month; a lead <figure> with "caption (photo:
agency)" in its <figcaption>; six paragraphs with no dateline (a column
is not datelined); after them the site's disclaimer in English, as these
sites print it whatever the page's language; an author box (the
columnist's photo, name, and "role, site"); a "More from the author"
list of three of the columnist's other columns; a footer with "© 2024
site. rights".

Three variants, by the language's place in the list (i % 3):
0: JSON-LD OpinionNewsArticle (headline, datePublished, author Person,
   publisher) and article:published_time; an "Opinion" kicker in a
   <span> over the <h1>; "headline | Opinion | site" in <title>; the
   byline "label name"; "Disclaimer: The views expressed are the
   author's own." in a <p class="disclaimer">;
1: no JSON-LD; article:published_time and <meta name="author">;
   "Opinion | headline | site" in <title> and "Opinion | headline" in
   og:title; an author card (photo, name link, role) over the text in
   place of a byline line; the disclaimer "Views are personal." in an
   <em> inside the last <p>'s sibling <p>;
2: no JSON-LD and no published meta; "headline - site" in <title>; a
   breadcrumb "home › Opinion › Blogs"; the byline "label name" and
   <time datetime>; "(Views expressed are personal)" in a <div
   class="disclaimer">.

A correct record (decided before the first run): the headline without
the kicker or the "Opinion |" label; the columnist; published
2024-07-03T10:30:00+05:30; no dateline; related = the three "More from
the author" headlines (the columnist's other pieces: links to other
articles, as an aside's are); caption and credit split as DO has them;
the rights line; the text = the six paragraphs, without the disclaimer
(the site's, not the column's: style CB took the same stand) and without
the author box.

Words: people, roles, sites, labels, agencies and months come from
../scheduled2/make.py (p['a1'], p['role'], p['site'], p['bylE'],
p['pubD'], p['credit'], p['agency'], p['july']), the home word too; the
furniture ("Opinion", "Blogs", "More from the author", the disclaimers)
is English, as these sites print it in every language (the disclaimers'
wording is the lexicon's: lexicon/data/eng.tsv, "views expressed ...").
Sentences are FLORES-200 dev lines 210-221 (two a paragraph) and, for the
title, the caption and the three other columns, the five shortest of
400-449; the four languages FLORES lacks use ../scheduled/make.py's own.
"""
import html
import json
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

_DO = g.load('do', 'scheduled115')
HOST, LANGTAG = _DO.HOST, _DO.LANGTAG
PUBLISHED = '2024-07-03T10:30:00+05:30'


def t(s):
    return html.escape(s, quote=False)


def a(s):
    return html.escape(s, quote=True)


def page(code, p, fl):
    s = g.pick(code, p, fl, tuple((210 + 2 * i, 211 + 2 * i) for i in range(6)), range(400, 450), 5,
               lambda o, n: [o[0] + ' ' + n[0], o[1] + ' ' + o[2], o[3] + ' ' + n[1], o[4], o[5] + ' ' + n[2],
                             o[6] + ' ' + n[3]],
               (10, 11, 7, 8, 9))
    title, caption = s.short[:2]
    others = s.short[2:]
    paras = s.body
    site, agency, author, role = p['site'], p['agency'], p['a1'], p['role']
    variant = sorted(g.second.L).index(code) % 3
    host = 'https://www.' + HOST[code]
    slug = code.replace('_', '-')
    canon = host + '/opinion/' + slug + '-column-6121' + str(variant) + '.html'
    credit = p['credit'][0] + ': ' + agency
    copyright = '© 2024 ' + site + '. ' + p['rights']
    rtl = ' dir="rtl"' if code in ('kas_Arab', 'snd_Arab', 'urd') else ''
    shown = p['pubD'] + ' 03 ' + p['july'] + ' 2024, 10:30 IST'
    lead = host + '/images/2024/07/03/opinion-6121.jpg'

    if variant == 0:
        htitle, ogtitle = title + ' | Opinion | ' + site, title
    elif variant == 1:
        htitle, ogtitle = 'Opinion | ' + title + ' | ' + site, 'Opinion | ' + title
    else:
        htitle, ogtitle = title + ' - ' + site, title
    h = ['<!DOCTYPE html>', '<html lang="%s"%s>' % (LANGTAG[code], rtl), '<head>', '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<title>%s</title>' % t(htitle),
         '<meta name="description" content="%s">' % a(paras[0]),
         '<link rel="canonical" href="%s">' % canon,
         '<meta property="og:type" content="article">',
         '<meta property="og:title" content="%s">' % a(ogtitle),
         '<meta property="og:site_name" content="%s">' % a(site),
         '<meta property="og:url" content="%s">' % canon,
         '<meta property="og:image" content="%s">' % lead]
    if variant in (0, 1):
        h.append('<meta property="article:published_time" content="%s">' % PUBLISHED)
        h.append('<meta property="article:section" content="Opinion">')
    if variant == 1:
        h.append('<meta name="author" content="%s">' % a(author))
    if variant == 0:
        ld = {'@context': 'https://schema.org', '@type': 'OpinionNewsArticle', 'headline': title,
              'mainEntityOfPage': canon, 'image': [lead], 'datePublished': PUBLISHED,
              'dateModified': PUBLISHED, 'articleSection': 'Opinion',
              'author': [{'@type': 'Person', 'name': author, 'url': host + '/author/columnist-61'}],
              'publisher': {'@type': 'Organization', 'name': site,
                            'logo': {'@type': 'ImageObject', 'url': host + '/images/logo.png'}}}
        h.append('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False))
    h += ['<link rel="stylesheet" href="/assets/css/main.css">', '</head>', '<body class="opinion-page">']
    h += ['<header class="site-header">',
          '<div class="logo"><a href="/"><img src="/images/logo.png" alt="%s"></a></div>' % a(site),
          '<nav class="main-menu"><ul>',
          '<li><a href="/">%s</a></li>' % t(p['home']),
          '<li><a href="/opinion">Opinion</a></li>', '<li><a href="/videos">Videos</a></li>',
          '<li><a href="/photos">Photos</a></li>', '<li><a href="/epaper">E-Paper</a></li>',
          '</ul></nav>', '</header>']
    h += ['<main class="container">', '<article class="story opinion">']
    if variant == 2:
        h += ['<ol class="breadcrumb">', '<li><a href="/">%s</a></li>' % t(p['home']),
              '<li><a href="/opinion">Opinion</a></li>', '<li><a href="/opinion/blogs">Blogs</a></li>', '</ol>']
    if variant == 0:
        h.append('<span class="kicker"><a href="/opinion">Opinion</a></span>')
    h.append('<h1 class="story-title">%s</h1>' % t(title))
    h.append('<div class="story-meta">')
    if variant == 1:
        h += ['<div class="author-card">',
              '<img src="/images/authors/columnist-61.jpg" alt="%s" width="60" height="60">' % a(author),
              '<a class="author-name" href="/author/columnist-61">%s</a>' % t(author),
              '<span class="designation">%s</span>' % t(role), '</div>']
    else:
        h.append('<div class="author-name">%s <a href="/author/columnist-61">%s</a></div>' % (t(p['bylE']), t(author)))
    if variant == 0:
        h.append('<div class="publish-date">%s</div>' % t(shown))
    else:
        h.append('<time class="publish-date" datetime="%s">%s</time>' % (PUBLISHED, t(shown)))
    h.append('</div>')
    h.append('<figure class="lead-image"><img src="%s" alt="%s" width="1200" height="675">' % (lead, a(caption)))
    h.append('<figcaption>%s (%s)</figcaption>' % (t(caption), t(credit)))
    h.append('</figure>')
    h.append('<div class="story-body">')
    for x in paras:
        h.append('<p>%s</p>' % t(x))
    if variant == 0:
        h.append("<p class=\"disclaimer\">Disclaimer: The views expressed are the author's own.</p>")
    elif variant == 1:
        h.append('<p><em>Views are personal.</em></p>')
    else:
        h.append('<div class="disclaimer">(Views expressed are personal)</div>')
    h.append('</div>')
    h += ['<div class="author-bio">',
          '<img src="/images/authors/columnist-61.jpg" alt="%s" width="100" height="100">' % a(author),
          '<h4><a href="/author/columnist-61">%s</a></h4>' % t(author),
          '<p>%s, %s</p>' % (t(role), t(site)), '</div>']
    h += ['</article>', '<section class="more-from-author">', '<h3>More from the author</h3>', '<ul>']
    for i, x in enumerate(others):
        h.append('<li><a href="/opinion/%s-column-60%d.html">%s</a></li>' % (slug, i, t(x)))
    h += ['</ul>', '</section>', '</main>']
    h += ['<footer class="site-footer">', '<ul class="footer-links">',
          '<li><a href="/about-us">About Us</a></li>', '<li><a href="/contact-us">Contact Us</a></li>',
          '<li><a href="/privacy-policy">Privacy Policy</a></li>', '</ul>',
          '<p class="copyright">%s</p>' % t(copyright), '</footer>', '</body>', '</html>', '']
    exp = {'title': title, 'authors': [author], 'published': PUBLISHED, 'dateline': '',
           'related': others, 'caption': caption, 'credit': credit, 'copyright': copyright,
           'text': '\n\n'.join(paras)}
    return h, exp


if __name__ == '__main__':
    g.write('DU', page, ext='.html')
