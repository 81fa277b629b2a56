#!/usr/bin/env python3
"""Writes style DX of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled124):
the tenth set of HTML pages, written after the fixes of DV and DW and run
once before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

DX (an article with its readers' comments rendered under it, as the
comment widgets Indian news sites embed print them server-side; the sites
of DO): a <head> as DO's; a menu; a breadcrumb; the <h1>; the byline
"label name"; a published line with the language's month; a lead
<figure> with "caption (photo: agency)"; six paragraphs, the first opened
by "place:"; then the comments:
- a heading with the count, "heading (4)" in the language (COMMENTS of
  ../scheduled39/make.py) on two variants, "4 Comments" on the third;
- a form: "Post a comment" (a <textarea>, "Post" button) on one variant,
  "Login to comment" (a link) on the others;
- four comments, each a name, an age and the comment's text, then a row
  "Reply · Like (n) · Report": the first by the page's second author (a
  name in the language: the trap for the byline) aged "2 hours ago" in the
  language (AGO2H of ../scheduled118/make.py), the second by a reader
  with a Latin name aged "45 minutes ago" in the language (AGO45M of the
  same), the third a reply under the second aged "just now" (English, as
  the widgets print it), the fourth "Guest" with a short English comment
  ("Very nice 👍") aged "1 day ago";
- "Load more comments".
An aside of three related stories, the rights line.

Three variants, by the language's place in the list (i % 3), as DO's
head (JSON-LD NewsArticle; published meta and <meta name="author">; no
meta and "headline - site"); the comments sit inside the <article> after
the body (0), in a <section id="comments"> after it (1), or in a widget's
<div> of nested <div>s with its own class names (2: "Login to comment"
over the list, as the widgets place it).

A correct record (decided before the first run): the headline; the
writer (not a commenter); published 2024-07-03T10:30:00+05:30 (not a
comment's age); the dateline; related = the aside's three headlines;
caption and credit split as DO has them; the rights line; the text = the
six paragraphs only (no comment, name, age, control or heading).

Words: people, places, sites, labels, agencies and months come from
../scheduled2/make.py, the related heading and the section from
../scheduled3/make.py, the comments heading from ../scheduled39/make.py,
the ages from ../scheduled118/make.py (CLDR's relative-time patterns
"{0} hours ago" / "{0} minutes ago" where CLDR has the language, the news
sites' own wording elsewhere, as that file says). The widget's controls
("Reply", "Like", "Report", "Load more comments", "Post a comment",
"Login to comment", "just now", "1 day ago") are English as the
widgets print them in every language. Sentences are FLORES-200 dev lines
200-211 (two a paragraph) and, for the title, the caption, the three aside
headlines and the three comments, the eight shortest of 150-199; the four
languages FLORES lacks use ../scheduled/make.py's own.
"""
import html
import json
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

_DO = g.load('do', 'scheduled115')
HOST, LANGTAG = _DO.HOST, _DO.LANGTAG
COMMENTS = g.load('aq', 'scheduled39').COMMENTS
_DR = g.load('dr', 'scheduled118')
AGO2H, AGO45M = _DR.AGO2H, _DR.AGO45M
PUBLISHED = '2024-07-03T10:30:00+05:30'


def t(s):
    return html.escape(s, quote=False)


def a(s):
    return html.escape(s, quote=True)


def comments(variant, code, p, texts, site):
    """The comment section's lines for one variant."""
    head = '4 Comments' if variant == 1 else COMMENTS[code] + ' (4)'
    items = [(p['a2'], AGO2H[code], texts[0], 12, False), ('Ramesh Iyer', AGO45M[code], texts[1], 5, False),
             ('Sunita Rao', 'just now', texts[2], 1, True), ('Guest', '1 day ago', 'Very nice 👍', 0, False)]
    if variant == 0:
        h = ['<div class="comments-section" id="comments">', '<h3 class="comments-title">%s</h3>' % t(head),
             '<form class="comment-form" action="/comments/post" method="post">',
             '<label for="c-text">Post a comment</label>',
             '<textarea id="c-text" name="comment" rows="4"></textarea>',
             '<button type="submit">Post</button>', '</form>', '<ul class="comment-list">']
        for name, age, text, likes, reply in items:
            cls = 'comment reply' if reply else 'comment'
            h += ['<li class="%s">' % cls,
                  '<div class="comment-meta"><span class="comment-author">%s</span> '
                  '<span class="comment-time">%s</span></div>' % (t(name), t(age)),
                  '<p class="comment-text">%s</p>' % t(text),
                  '<div class="comment-actions"><a href="#reply">Reply</a> · <a href="#like">Like (%d)</a> · '
                  '<a href="#report">Report</a></div>' % likes, '</li>']
        h += ['</ul>', '<button class="load-more">Load more comments</button>', '</div>']
        return h
    if variant == 1:
        h = ['<section id="comments" class="comments">', '<h2>%s</h2>' % t(head),
             '<div class="comment-login"><a href="/login?next=comments">Login to comment</a></div>']
        for name, age, text, likes, reply in items:
            h += ['<article class="comment%s">' % (' comment-reply' if reply else ''),
                  '<header><strong>%s</strong> <time>%s</time></header>' % (t(name), t(age)),
                  '<p>%s</p>' % t(text),
                  '<footer><button>Reply</button> <button>Like %d</button> <button>Report</button></footer>' % likes,
                  '</article>']
        h += ['<a class="more-comments" href="/comments?page=2">Load more comments</a>', '</section>']
        return h
    h = ['<div id="vuukle-comments" class="vk-widget">', '<div class="vk-header">',
         '<div class="vk-count">%s</div>' % t(head),
         '<div class="vk-login"><a href="#login">Login to comment</a></div>', '</div>', '<div class="vk-list">']
    for name, age, text, likes, reply in items:
        h += ['<div class="vk-comment%s">' % (' vk-nested' if reply else ''),
              '<div class="vk-user"><div class="vk-name">%s</div><div class="vk-age">%s</div></div>'
              % (t(name), t(age)),
              '<div class="vk-text">%s</div>' % t(text),
              '<div class="vk-actions"><span>Reply</span><span>Like</span><span>%d</span><span>Report</span></div>'
              % likes, '</div>']
    h += ['</div>', '<div class="vk-more"><a href="#more">Load more comments</a></div>', '</div>']
    return h


def page(code, p, fl):
    s = g.pick(code, p, fl, tuple((200 + 2 * i, 201 + 2 * i) for i in range(6)), range(150, 200), 8,
               lambda o, n: [o[0] + ' ' + n[0], o[1], o[2] + ' ' + n[1], o[3], o[4] + ' ' + n[2], n[3]],
               (5, 6, 7, 8, 9, 10, 11, 12))
    title, caption = s.short[:2]
    aside = s.short[2:5]
    said = s.short[5:8]
    site, place, agency, author = p['site'], p['place'], p['agency'], p['a1']
    _, relhead, _, _, section = g.third().G[code]
    variant = sorted(g.second.L).index(code) % 3
    host = 'https://www.' + HOST[code]
    slug = code.replace('_', '-')
    canon = host + '/news/' + slug + '-story-6124' + str(variant) + '.html'
    credit = p['credit'][0] + ': ' + agency
    copyright = '© 2024 ' + site + '. ' + p['rights']
    rtl = ' dir="rtl"' if code in ('kas_Arab', 'snd_Arab', 'urd') else ''
    shown = p['pubD'] + ' 03 ' + p['july'] + ' 2024, 10:30 IST'
    lead = host + '/images/2024/07/03/lead-6124.jpg'
    paras = [place + ': ' + s.body[0]] + s.body[1:]

    sep = ' - ' if variant == 2 else ' | '
    h = ['<!DOCTYPE html>', '<html lang="%s"%s>' % (LANGTAG[code], rtl), '<head>', '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<title>%s</title>' % t(title + sep + site),
         '<meta name="description" content="%s">' % a(s.body[0]),
         '<link rel="canonical" href="%s">' % canon,
         '<meta property="og:type" content="article">',
         '<meta property="og:title" content="%s">' % a(title),
         '<meta property="og:site_name" content="%s">' % a(site),
         '<meta property="og:url" content="%s">' % canon,
         '<meta property="og:image" content="%s">' % lead]
    if variant in (0, 1):
        h.append('<meta property="article:published_time" content="%s">' % PUBLISHED)
        h.append('<meta property="article:section" content="%s">' % a(section))
    if variant == 1:
        h.append('<meta name="author" content="%s">' % a(author))
    if variant == 0:
        ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title,
              'mainEntityOfPage': canon, 'image': [lead], 'datePublished': PUBLISHED,
              'dateModified': PUBLISHED, 'commentCount': 4,
              'author': [{'@type': 'Person', 'name': author, 'url': host + '/author/reporter-24'}],
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
          '<h1 class="story-title">%s</h1>' % t(title), '<div class="story-meta">',
          '<div class="author-name">%s <a href="/author/reporter-24">%s</a></div>' % (t(p['bylE']), t(author))]
    if variant == 0:
        h.append('<div class="publish-date">%s</div>' % t(shown))
    else:
        h.append('<time class="publish-date" datetime="%s">%s</time>' % (PUBLISHED, t(shown)))
    h += ['<a class="comment-count" href="#comments">4</a>', '</div>']
    h.append('<figure class="lead-image"><img src="%s" alt="%s" width="1200" height="675">' % (lead, a(caption)))
    h.append('<figcaption>%s (%s)</figcaption>' % (t(caption), t(credit)))
    h.append('</figure>')
    h.append('<div class="story-body">')
    h += ['<p>%s</p>' % t(x) for x in paras]
    h.append('</div>')
    if variant == 0:
        h += comments(variant, code, p, said, site) + ['</article>']
    else:
        h += ['</article>'] + comments(variant, code, p, said, site)
    h += ['<aside class="related-stories">', '<h3>%s</h3>' % t(relhead), '<ul>']
    for i, x in enumerate(aside):
        h.append('<li><a href="/news/%s-story-64%d.html">%s</a></li>' % (slug, i, t(x)))
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
    g.write('DX', page, ext='.html')
