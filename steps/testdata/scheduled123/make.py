#!/usr/bin/env python3
"""Writes style DW of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled123):
the ninth set of HTML pages, written after the fixes of DT and DU and run
once before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

DW (an article with social embeds and the site's promotion boxes inside
its body, as Indian news sites embed posts with the platforms' own embed
code; the sites of DO): a <head> as DO's; a menu; a breadcrumb; the
<h1>; the byline "label name"; a published line with the language's
month; a lead <figure> with "caption (photo: agency)"; six paragraphs,
the first opened by "place:"; inside the body, as the platforms' embed
code writes them:
- after the second paragraph, the site's X post: <blockquote
  class="twitter-tweet"> holding <p lang> with the post's text in the
  language and its picture's "pic.twitter.com/…" link, then "&mdash; site
  (@handle) <a>July 3, 2024</a>" (the platform writes the day in
  English), and widgets.js;
- after the third, a WhatsApp-channel promotion box (a link);
- after the fourth, a YouTube <iframe> (a third), the Instagram embed
  ("View this post on Instagram", "A post shared by site (@handle)") (a
  third), or both (a third);
- after the fifth, a "Follow us on" box of the platforms' names.
An aside of three related stories, the rights line.

Three variants, by the language's place in the list (i % 3), as DO's
head (JSON-LD NewsArticle; published meta and <meta name="author">; no
meta and "headline - site"); the promotion boxes' wording differs by
variant: "Click here to join our WhatsApp channel" / "Follow us on:
Facebook | X | Instagram | YouTube"; "📲 Stay updated: follow site on
WhatsApp" with a "Follow" link / "Follow us on Google News"; "Join our
WhatsApp Channel for the latest news" / "Follow us on" over the names
as icons' link texts.

A correct record (decided before the first run): the headline; the
writer; published 2024-07-03T10:30:00+05:30; the dateline; related =
the aside's three headlines (the post's links are no related story);
caption and credit split as DO has them; the rights line; the text = the
six paragraphs with the X post's text and its signature as two
paragraphs between the second and third (style DI's stand, after the
kit's ScrapingHub gold, which keeps embedded posts as body), without the
Instagram embed's button and credit line (style DN's stand: no text of
the post), without the video (no text) and without the promotion boxes
(furniture).

Words: people, places, sites, labels, agencies and months come from
../scheduled2/make.py, the related heading and the section from
../scheduled3/make.py. The embeds' and promotion boxes' words are English
as the platforms' embed code and the sites' templates print them in every
language (the English table, lexicon/data/eng.tsv, has "whatsapp
channel" and "follow us on google news" since style U). Sentences are
FLORES-200 dev lines 160-171 (two a paragraph) and, for the title, the
caption, the post and the three aside headlines, the six shortest of
100-149; the four languages FLORES lacks use ../scheduled/make.py's own.
"""
import html
import json
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

_DO = g.load('do', 'scheduled115')
HOST, LANGTAG = _DO.HOST, _DO.LANGTAG
PUBLISHED = '2024-07-03T10:30:00+05:30'
YT = '<iframe width="560" height="315" src="https://www.youtube.com/embed/%s" title="YouTube video player" ' \
     'frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; ' \
     'picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>'


def t(s):
    return html.escape(s, quote=False)


def a(s):
    return html.escape(s, quote=True)


def instagram(site, handle, post):
    url = 'https://www.instagram.com/p/%s/?utm_source=ig_embed&amp;utm_campaign=loading' % post
    return ['<blockquote class="instagram-media" data-instgrm-permalink="%s" data-instgrm-version="14" '
            'style="background:#FFF; border:0; margin: 1px; max-width:540px; min-width:326px; padding:0;">' % url,
            '<div style="padding:16px;"> <a href="%s" style="background:#FFFFFF; line-height:0; padding:0 0; '
            'text-align:center; text-decoration:none; width:100%%;" target="_blank"> <div style="display: flex; '
            'flex-direction: row; align-items: center;"> <div style="background-color: #F4F4F4; border-radius: '
            '50%%; flex-grow: 0; height: 40px; margin-right: 14px; width: 40px;"></div></div><div style="padding: '
            '19%% 0;"></div> <div style="padding-top: 8px;"> <div style="color:#3897f0; font-family:Arial,sans-serif; '
            'font-size:14px; font-style:normal; font-weight:550; line-height:18px;">View this post on Instagram</div>'
            '</div> <div style="padding: 12.5%% 0;"></div></a>' % url,
            '<p style="color:#c9c8cd; font-family:Arial,sans-serif; font-size:14px; line-height:17px; '
            'margin-bottom:0; margin-top:8px; overflow:hidden; padding:8px 0 7px; text-align:center; '
            'text-overflow:ellipsis; white-space:nowrap;"><a href="%s" style="color:#c9c8cd; font-family:Arial,'
            'sans-serif; font-size:14px; font-style:normal; font-weight:normal; line-height:17px; '
            'text-decoration:none;" target="_blank">A post shared by %s (@%s)</a></p></div></blockquote>'
            % (url, t(site), handle),
            '<script async src="//www.instagram.com/embed.js"></script>']


def page(code, p, fl):
    s = g.pick(code, p, fl, tuple((160 + 2 * i, 161 + 2 * i) for i in range(6)), range(100, 150), 6,
               lambda o, n: [o[0] + ' ' + n[0], o[1] + ' ' + o[2], o[3] + ' ' + n[1], o[4], o[5] + ' ' + n[2],
                             o[6] + ' ' + n[3]],
               (10, 11, 12, 7, 8, 9))
    title, caption, post = s.short[:3]
    aside = s.short[3:]
    site, place, agency, author = p['site'], p['place'], p['agency'], p['a1']
    _, relhead, _, _, section = g.third().G[code]
    variant = sorted(g.second.L).index(code) % 3
    host = 'https://www.' + HOST[code]
    slug = code.replace('_', '-')
    handle = HOST[code].split('.')[0]
    canon = host + '/news/' + slug + '-story-6123' + str(variant) + '.html'
    credit = p['credit'][0] + ': ' + agency
    copyright = '© 2024 ' + site + '. ' + p['rights']
    rtl = ' dir="rtl"' if code in ('kas_Arab', 'snd_Arab', 'urd') else ''
    shown = p['pubD'] + ' 03 ' + p['july'] + ' 2024, 10:30 IST'
    lead = host + '/images/2024/07/03/lead-6123.jpg'
    paras = [place + ': ' + s.body[0]] + s.body[1:]
    pic = 'pic.twitter.com/' + ('Xk29fLq7Vb', 'R4mQ8zTn2w', 'h7DcP1sYvE')[variant]
    tweet = post + ' ' + pic
    sig = '— %s (@%s) July 3, 2024' % (site, handle)

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
              'dateModified': PUBLISHED,
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
          '<h1 class="story-title">%s</h1>' % t(title), '<div class="story-meta">',
          '<div class="author-name">%s <a href="/author/reporter-23">%s</a></div>' % (t(p['bylE']), t(author))]
    if variant == 0:
        h.append('<div class="publish-date">%s</div>' % t(shown))
    else:
        h.append('<time class="publish-date" datetime="%s">%s</time>' % (PUBLISHED, t(shown)))
    h.append('</div>')
    h.append('<figure class="lead-image"><img src="%s" alt="%s" width="1200" height="675">' % (lead, a(caption)))
    h.append('<figcaption>%s (%s)</figcaption>' % (t(caption), t(credit)))
    h.append('</figure>')
    h.append('<div class="story-body">')
    for i, x in enumerate(paras):
        h.append('<p>%s</p>' % t(x))
        if i == 1:
            h += ['<blockquote class="twitter-tweet"><p lang="%s" dir="%s">%s <a href="https://t.co/%s">%s</a></p>'
                  '&mdash; %s (@%s) <a href="https://twitter.com/%s/status/180820011%d?ref_src=twsrc%%5Etfw">July 3, '
                  '2024</a></blockquote>' % (LANGTAG[code].split('-')[0], 'rtl' if rtl else 'ltr', t(post),
                                             pic.split('/')[1], pic, t(site), handle, handle, variant),
                  '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>']
        elif i == 2:
            if variant == 0:
                h.append('<div class="whatsapp-promo"><a href="https://whatsapp.com/channel/0029VaW%s" '
                         'target="_blank">Click here to join our WhatsApp channel</a></div>' % handle)
            elif variant == 1:
                h.append('<div class="whatsapp-channel"><strong>📲 Stay updated: follow %s on WhatsApp</strong> '
                         '<a href="https://whatsapp.com/channel/0029VaW%s">Follow</a></div>' % (t(site), handle))
            else:
                h.append('<p class="wa-channel"><a href="https://whatsapp.com/channel/0029VaW%s">Join our WhatsApp '
                         'Channel for the latest news</a></p>' % handle)
        elif i == 3:
            if variant in (0, 2):
                h.append('<div class="video-embed">' + YT % ('kX3pQ7wZ%d' % variant) + '</div>')
            if variant in (1, 2):
                h += instagram(site, handle, 'C8xYz12AbC%d' % variant)
        elif i == 4:
            if variant == 0:
                h.append('<div class="follow-us">Follow us on: <a href="https://facebook.com/%s">Facebook</a> | '
                         '<a href="https://x.com/%s">X</a> | <a href="https://instagram.com/%s">Instagram</a> | '
                         '<a href="https://youtube.com/@%s">YouTube</a></div>' % ((handle,) * 4))
            elif variant == 1:
                h.append('<div class="google-news-follow"><a href="https://news.google.com/publications/%s">'
                         'Follow us on Google News</a></div>' % handle)
            else:
                h += ['<div class="social-follow">', '<span>Follow us on</span>',
                      '<a href="https://facebook.com/%s" title="Facebook">Facebook</a>' % handle,
                      '<a href="https://x.com/%s" title="X">X</a>' % handle,
                      '<a href="https://instagram.com/%s" title="Instagram">Instagram</a>' % handle, '</div>']
    h += ['</div>', '</article>']
    h += ['<aside class="related-stories">', '<h3>%s</h3>' % t(relhead), '<ul>']
    for i, x in enumerate(aside):
        h.append('<li><a href="/news/%s-story-63%d.html">%s</a></li>' % (slug, i, t(x)))
    h += ['</ul>', '</aside>', '</main>']
    h += ['<footer class="site-footer">', '<ul class="footer-links">',
          '<li><a href="/about-us">About Us</a></li>', '<li><a href="/contact-us">Contact Us</a></li>',
          '<li><a href="/privacy-policy">Privacy Policy</a></li>', '</ul>',
          '<p class="copyright">%s</p>' % t(copyright), '</footer>', '</body>', '</html>', '']
    text = paras[:2] + [tweet, sig] + paras[2:]
    exp = {'title': title, 'authors': [author], 'published': PUBLISHED, 'dateline': place,
           'related': aside, 'caption': caption, 'credit': credit, 'copyright': copyright,
           'text': '\n\n'.join(text)}
    return h, exp


if __name__ == '__main__':
    g.write('DW', page, ext='.html')
