#!/usr/bin/env python3
"""Writes style EJ of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled136):
written with EI and EK after EH and run once, with them, before any fix of
its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

EJ (a WordPress news site with the Yoast SEO plugin, as many regional
Indian sites are built): the head carries everything in native values,
the way Yoast writes it: "<title>headline | site</title>", og:title,
og:site_name, article:published_time and article:modified_time in
+05:30, article:section (the section's native word), twitter:label1
"Written by" with twitter:data1 the first writer, and one JSON-LD
"@graph" (no earlier style had one) whose NewsArticle names its authors
by "@id" only, each a Person node further down the graph with the native
name, and whose articleSection, BreadcrumbList and ImageObject (with the
caption) are native too. The visible page: the theme's header and menu,
the category link over the <h1> (the section's word, as a kicker), a
byline with no label: the two writers' links joined by the language's
"and", the date as "03 month 2024" (no time: the theme shows the day
only), a <figure class="wp-block-image"> whose <figcaption> is "caption
(photo: agency)", four paragraphs (the first opened by "place:") with a
"<strong>also read:</strong> <a>title</a>" paragraph after the second, a
tags line, and the footer "© 2024 site. rights".

A correct record (decided before the first run): the headline; the two
writers in order; published 2024-07-03T10:30:00+05:30 and updated
2024-07-03T11:45:00+05:30 (the head's; the visible day agrees); the
dateline; related = the also-read title; caption and credit; the rights
line; the text = the four paragraphs only.

People, places, sites, labels, "and" and agencies come from
../scheduled2/make.py, section words from ../scheduled3/make.py, hosts and
lang tags from ../scheduled115/make.py. Sentences are FLORES-200 dev lines
300-307 (two a paragraph) and, for the title, the caption and the
also-read title, the three shortest of 308-349; the four languages FLORES
lacks use ../scheduled/make.py's own.
"""
import html
import json
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402

_DO = g.load('do', 'scheduled115')
HOST, LANGTAG = _DO.HOST, _DO.LANGTAG
PUBLISHED = '2024-07-03T10:30:00+05:30'
UPDATED = '2024-07-03T11:45:00+05:30'


def t(s):
    return html.escape(s, quote=False)


def a(s):
    return html.escape(s, quote=True)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((300, 301), (302, 303), (304, 305), (306, 307)), range(308, 350), 3,
               lambda o, n: [o[2] + ' ' + n[1], o[0] + ' ' + n[3], o[4] + ' ' + o[1], o[5] + ' ' + n[2]],
               (11, 12, 7))
    title, caption, also = s.short
    site, place, agency, a1, a2 = p['site'], p['place'], p['agency'], p['a1'], p['a2']
    section = g.third().G[code][4]
    host = 'https://www.' + HOST[code]
    slug = code.replace('_', '-')
    canon = host + '/' + slug + '/news/story-5136/'
    img = host + '/wp-content/uploads/2024/07/lead-5136.jpg'
    credit = p['credit'][0] + ': ' + agency
    copyright = '© 2024 ' + site + '. ' + p['rights']
    paras = [place + ': ' + s.body[0]] + s.body[1:]
    rtl = ' dir="rtl"' if code in ('kas_Arab', 'snd_Arab', 'urd') else ''
    lang = LANGTAG[code]
    people = [host + '/#/schema/person/7f3a' + str(i) for i in (1, 2)]
    graph = [
        {'@type': 'NewsArticle', '@id': canon + '#article', 'isPartOf': {'@id': canon},
         'author': [{'@id': people[0]}, {'@id': people[1]}], 'headline': title,
         'datePublished': PUBLISHED, 'dateModified': UPDATED, 'mainEntityOfPage': {'@id': canon},
         'wordCount': 412, 'publisher': {'@id': host + '/#organization'}, 'image': {'@id': canon + '#primaryimage'},
         'thumbnailUrl': img, 'articleSection': [section], 'inLanguage': lang},
        {'@type': 'WebPage', '@id': canon, 'url': canon, 'name': title + ' | ' + site,
         'isPartOf': {'@id': host + '/#website'}, 'primaryImageOfPage': {'@id': canon + '#primaryimage'},
         'datePublished': PUBLISHED, 'dateModified': UPDATED, 'breadcrumb': {'@id': canon + '#breadcrumb'},
         'inLanguage': lang},
        {'@type': 'ImageObject', 'inLanguage': lang, '@id': canon + '#primaryimage', 'url': img,
         'contentUrl': img, 'width': 1200, 'height': 675, 'caption': caption},
        {'@type': 'BreadcrumbList', '@id': canon + '#breadcrumb', 'itemListElement': [
            {'@type': 'ListItem', 'position': 1, 'name': p['home'], 'item': host + '/'},
            {'@type': 'ListItem', 'position': 2, 'name': section, 'item': host + '/' + slug + '/news/'},
            {'@type': 'ListItem', 'position': 3, 'name': title}]},
        {'@type': 'WebSite', '@id': host + '/#website', 'url': host + '/', 'name': site,
         'publisher': {'@id': host + '/#organization'}, 'inLanguage': lang},
        {'@type': 'Organization', '@id': host + '/#organization', 'name': site, 'url': host + '/',
         'logo': {'@type': 'ImageObject', 'url': host + '/wp-content/uploads/logo.png'}},
        {'@type': 'Person', '@id': people[0], 'name': a1, 'url': host + '/author/reporter-31/'},
        {'@type': 'Person', '@id': people[1], 'name': a2, 'url': host + '/author/reporter-32/'},
    ]
    ld = {'@context': 'https://schema.org', '@graph': graph}
    h = ['<!DOCTYPE html>', '<html lang="%s"%s>' % (lang, rtl), '<head>', '<meta charset="UTF-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<!-- This site is optimized with the Yoast SEO plugin v22.9 - https://yoast.com/wordpress/plugins/seo/ -->',
         '<title>%s</title>' % t(title + ' | ' + site),
         '<meta name="description" content="%s">' % a(s.body[0]),
         '<meta name="robots" content="index, follow, max-image-preview:large">',
         '<link rel="canonical" href="%s">' % canon,
         '<meta property="og:locale" content="%s">' % lang.replace('-', '_'),
         '<meta property="og:type" content="article">',
         '<meta property="og:title" content="%s">' % a(title),
         '<meta property="og:url" content="%s">' % canon,
         '<meta property="og:site_name" content="%s">' % a(site),
         '<meta property="article:section" content="%s">' % a(section),
         '<meta property="article:published_time" content="%s">' % PUBLISHED,
         '<meta property="article:modified_time" content="%s">' % UPDATED,
         '<meta property="og:image" content="%s">' % img,
         '<meta name="author" content="%s">' % a(a1),
         '<meta name="twitter:card" content="summary_large_image">',
         '<meta name="twitter:label1" content="Written by">',
         '<meta name="twitter:data1" content="%s">' % a(a1),
         '<meta name="twitter:label2" content="Est. reading time">',
         '<meta name="twitter:data2" content="3 minutes">',
         '<script type="application/ld+json" class="yoast-schema-graph">%s</script>' % json.dumps(ld, ensure_ascii=False),
         '<!-- / Yoast SEO plugin. -->',
         "<link rel='stylesheet' id='theme-style-css' href='%s/wp-content/themes/newsportal/style.css' "
         "media='all' />" % host,
         '</head>', '<body class="post-template-default single single-post postid-5136 single-format-standard">']
    h += ['<header id="masthead" class="site-header">',
          '<div class="site-branding"><a href="%s/" rel="home"><img src="%s/wp-content/uploads/logo.png" alt="%s">'
          '</a></div>' % (host, host, a(site)),
          '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">',
          '<li class="menu-item"><a href="%s/">%s</a></li>' % (host, t(p['home'])),
          '<li class="menu-item"><a href="%s/%s/news/">%s</a></li>' % (host, slug, t(section)),
          '<li class="menu-item"><a href="%s/videos/">Videos</a></li>' % host,
          '<li class="menu-item"><a href="%s/web-stories/">Web Stories</a></li>' % host,
          '</ul></nav>', '</header>']
    h += ['<div id="content" class="site-content"><main id="main" class="site-main">',
          '<article id="post-5136" class="post-5136 post type-post status-publish format-standard has-post-thumbnail">',
          '<header class="entry-header">',
          '<span class="cat-links"><a href="%s/%s/news/" rel="category tag">%s</a></span>' % (host, slug, t(section)),
          '<h1 class="entry-title">%s</h1>' % t(title),
          '<div class="entry-meta">',
          '<span class="byline"><span class="author vcard"><a class="url fn n" href="%s/author/reporter-31/">%s</a>'
          '</span> %s <span class="author vcard"><a class="url fn n" href="%s/author/reporter-32/">%s</a></span>'
          '</span>' % (host, t(a1), t(p['and_']), host, t(a2)),
          '<span class="posted-on"><a href="%s" rel="bookmark"><time class="entry-date published" datetime="%s">'
          '03 %s 2024</time><time class="updated" datetime="%s">03 %s 2024</time></a></span>'
          % (canon, PUBLISHED, t(p['july']), UPDATED, t(p['july'])),
          '</div>', '</header>',
          '<div class="entry-content">',
          '<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="576" src="%s" '
          'alt="" class="wp-image-5137"><figcaption class="wp-element-caption">%s (%s)</figcaption></figure>'
          % (img, t(caption), t(credit))]
    for i, x in enumerate(paras):
        h.append('<p>%s</p>' % t(x))
        if i == 1:
            h.append('<p><strong>%s:</strong> <a href="%s/%s/news/story-5101/">%s</a></p>' %
                     (t(p['also'][0]), host, slug, t(also)))
    h += ['</div>',
          '<footer class="entry-footer"><span class="tags-links">Tags: <a href="%s/tag/%s/" rel="tag">%s</a>'
          '</span></footer>' % (host, slug, t(place)),
          '</article>', '</main></div>']
    h += ['<footer id="colophon" class="site-footer">',
          '<div class="site-info">%s</div>' % t(copyright),
          '</footer>', '</body>', '</html>', '']
    exp = {'title': title, 'authors': [a1, a2], 'published': PUBLISHED, 'updated': UPDATED, 'dateline': place,
           'related': [also], 'caption': caption, 'credit': credit, 'copyright': copyright,
           'text': '\n\n'.join(paras)}
    return h, exp


if __name__ == '__main__':
    g.write('EJ', page, ext='.html')
