#!/usr/bin/env python3
"""Writes style EA of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled127):
the twelfth set of HTML pages, written with DZ after DY and run once, with
DZ, before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

EA (an article page whose header and widgets speak the page's language; the
sites of DO): a <head> as DO's; a menu; a breadcrumb; the <h1>; the byline
with the agency in the script of the language (AGENCY below: PTI as each
script spells it, Nepal's RSS for Nepali); the published line "label 03
July 2024, 10:30 IST" and, beside it, an "updated" label in the language
(UPDATED below, "last updated" or "updated at" as the sites print it) with
"03 July 2024, 16:45 IST"; a share bar (the share word of
../scheduled126/make.py, then Facebook, X, WhatsApp links); a lead
<figure> with "caption (photo: agency)"; six paragraphs, the first opened
by "place:"; a "follow us" box in the language (FOLLOW of
../scheduled126/make.py, then Facebook, X, YouTube, Google News links);
the comment box with its heading in the language (COMMENT's noun of the
same file), a <textarea> whose label is "write a comment" (WRITE) and a
"log in" link (LOGIN), a "Post" button, no comment yet; an aside of three related stories;
the rights line.

Three variants, by the language's place in the list (i % 3), as DO's
head: JSON-LD NewsArticle with datePublished and dateModified, the byline
"label name | AGENCY", the comment box inside the <article> in a <div
class="cmnt-box"> (0); article:published_time and article:modified_time,
<meta name="author">, the byline "label name, AGENCY", the dates in
<time datetime>, the comment box in a <section class="talkback"> after the
<article> (1); no meta, the byline "label name" with the agency alone in
an element of its own under it, the dates in <span>s, the box in a <div
class="discussion"> after the <article> (2).

A correct record (decided before the first run): the headline; the writer
(not the agency, which is a credit of the copy); published
2024-07-03T10:30:00+05:30; updated 2024-07-03T16:45:00+05:30; the
dateline; related = the aside's three headlines; caption and credit split
as DO has them; the rights line; the text = the six paragraphs only.

Words: AGENCY and UPDATED are each language's sites' spellings as far as
we know them, written without fetching any page (as ../scheduled126/make.py
says of its words; Bodo, Dogri, Kashmiri, Manipuri, Santali, Sanskrit and
Sindhi least certain; Meitei Mayek transliterated from the Bengali script).
People, places, sites, labels, agencies of the caption and months come
from ../scheduled2/make.py, the related heading and section from
../scheduled3/make.py. Sentences are FLORES-200 dev lines 220-231 (two a
paragraph) and, for the title, the caption and the three aside
headlines, the five shortest of 100-149; the four languages FLORES lacks
use ../scheduled/make.py's own.
"""
import html
import json
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

_DO = g.load('do', 'scheduled115')
HOST, LANGTAG = _DO.HOST, _DO.LANGTAG
_DZ = g.load('dz', 'scheduled126')
SHARE, FOLLOW, COMMENT, WRITE, LOGIN = _DZ.SHARE, _DZ.FOLLOW, _DZ.COMMENT, _DZ.WRITE, _DZ.LOGIN
PUBLISHED = '2024-07-03T10:30:00+05:30'
UPDATEDAT = '2024-07-03T16:45:00+05:30'

# The agency as the language's sites spell it in their script.
AGENCY = {
    'eng': 'PTI', 'hin': 'पीटीआई', 'ben': 'পিটিআই', 'asm': 'পিটিআই', 'brx': 'पिटिआइ', 'doi': 'पीटीआई',
    'guj': 'પીટીઆઈ', 'kan': 'ಪಿಟಿಐ', 'kas_Arab': 'پی ٹی آئی', 'kas_Deva': 'पीटीआई', 'kok': 'पीटीआय', 'mai': 'पीटीआई',
    'mal': 'പിടിഐ', 'mar': 'पीटीआय', 'mni_Beng': 'পিটিআই', 'npi': 'रासस', 'ory': 'ପିଟିଆଇ', 'pan': 'ਪੀਟੀਆਈ',
    'san': 'पीटीआई', 'sat_Olck': 'ᱯᱤᱴᱤᱟᱭ', 'snd_Arab': 'پي ٽي آءِ', 'snd_Deva': 'पीटीआई', 'tam': 'பிடிஐ',
    'tel': 'పీటీఐ', 'urd': 'پی ٹی آئی',
}
# The "updated" label beside the published line.
UPDATED = {
    'eng': 'Updated at:', 'hin': 'अपडेट किया गया:', 'ben': 'আপডেট করা হয়েছে:', 'asm': 'আপডেট কৰা হৈছে:',
    'brx': 'अपडेट खालामनाय:', 'doi': 'अपडेट कीता गेआ:', 'guj': 'છેલ્લે અપડેટ:', 'kan': 'ಕೊನೆಯ ನವೀಕರಣ:',
    'kas_Arab': 'آخری اپڈیٹ:', 'kas_Deva': 'आख़री अपडेट:', 'kok': 'निमाणें अपडेट:', 'mai': 'अंतिम अपडेट:',
    'mal': 'അവസാനം പുതുക്കിയത്:', 'mar': 'शेवटचे अपडेट:', 'mni_Beng': 'অপদেত তৌখিবা:', 'npi': 'अपडेट गरिएको:',
    'ory': 'ଶେଷ ଅପଡେଟ:', 'pan': 'ਆਖਰੀ ਅਪਡੇਟ:', 'san': 'अद्यतनीकृतम्:', 'sat_Olck': 'ᱢᱩᱪᱟᱹᱫ ᱟᱯᱰᱮᱴ:',
    'snd_Arab': 'آخري اپڊيٽ:', 'snd_Deva': 'आख़िरी अपडेट:', 'tam': 'கடைசியாகப் புதுப்பிக்கப்பட்டது:',
    'tel': 'చివరిగా అప్‌డేట్ చేసినది:', 'urd': 'آخری اپ ڈیٹ:',
}
AGENCY['mni_Mtei'] = g.first.meitei(AGENCY['mni_Beng'])
UPDATED['mni_Mtei'] = g.first.meitei(UPDATED['mni_Beng'])


def t(s):
    return html.escape(s, quote=False)


def a(s):
    return html.escape(s, quote=True)


def comments(variant, code):
    """The comment box's lines for one variant: heading, form, login link."""
    head, login, write = COMMENT[code][0], LOGIN[code], WRITE[code]
    tag, attr = [('div', 'class="cmnt-box"'), ('section', 'class="talkback"'), ('div', 'class="discussion"')][variant]
    return ['<%s %s>' % (tag, attr), '<h3>%s</h3>' % t(head),
            '<form action="/post-feedback" method="post">',
            '<label for="fb-text">%s</label>' % t(write),
            '<textarea id="fb-text" name="text" rows="4"></textarea>',
            '<button type="submit">Post</button>', '</form>',
            '<p><a href="/login?next=feedback">%s</a></p>' % t(login), '</%s>' % tag]


def page(code, p, fl):
    s = g.pick(code, p, fl, tuple((220 + 2 * i, 221 + 2 * i) for i in range(6)), range(100, 150), 5,
               lambda o, n: [o[0] + ' ' + n[0], o[1], o[2] + ' ' + n[1], o[3], o[4] + ' ' + n[2], n[3]],
               (5, 6, 7, 8, 9))
    title, caption = s.short[:2]
    aside = s.short[2:5]
    site, place, agency, author = p['site'], p['place'], p['agency'], p['a1']
    _, relhead, _, _, section = g.third().G[code]
    variant = sorted(g.second.L).index(code) % 3
    host = 'https://www.' + HOST[code]
    slug = code.replace('_', '-')
    canon = host + '/news/' + slug + '-story-6127' + str(variant) + '.html'
    credit = p['credit'][0] + ': ' + agency
    copyright = '© 2024 ' + site + '. ' + p['rights']
    rtl = ' dir="rtl"' if code in ('kas_Arab', 'snd_Arab', 'urd') else ''
    shown = p['pubD'] + ' 03 ' + p['july'] + ' 2024, 10:30 IST'
    upd = UPDATED[code] + ' 03 ' + p['july'] + ' 2024, 16:45 IST'
    lead = host + '/images/2024/07/03/lead-6127.jpg'
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
        h.append('<meta property="article:modified_time" content="%s">' % UPDATEDAT)
        h.append('<meta property="article:section" content="%s">' % a(section))
    if variant == 1:
        h.append('<meta name="author" content="%s">' % a(author))
    if variant == 0:
        ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title,
              'mainEntityOfPage': canon, 'image': [lead], 'datePublished': PUBLISHED,
              'dateModified': UPDATEDAT,
              'author': [{'@type': 'Person', 'name': author, 'url': host + '/author/reporter-27'}],
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
          '<h1 class="story-title">%s</h1>' % t(title), '<div class="story-meta">']
    link = '<a href="/author/reporter-27">%s</a>' % t(author)
    if variant == 0:
        h.append('<div class="author-name">%s %s | %s</div>' % (t(p['bylE']), link, t(AGENCY[code])))
        h.append('<div class="dates"><span>%s</span> | <span>%s</span></div>' % (t(shown), t(upd)))
    elif variant == 1:
        h.append('<div class="author-name">%s %s, %s</div>' % (t(p['bylE']), link, t(AGENCY[code])))
        h.append('<div class="dates"><time datetime="%s">%s</time> <time datetime="%s">%s</time></div>'
                 % (PUBLISHED, t(shown), UPDATEDAT, t(upd)))
    else:
        h.append('<div class="author-name">%s %s</div>' % (t(p['bylE']), link))
        h.append('<div class="agency-name">%s</div>' % t(AGENCY[code]))
        h.append('<div class="dates"><span class="pub">%s</span><span class="upd">%s</span></div>'
                 % (t(shown), t(upd)))
    h += ['<div class="share-bar"><span>%s</span>' % t(SHARE[code]),
          '<a href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a>' % canon,
          '<a href="https://twitter.com/intent/tweet?url=%s">X</a>' % canon,
          '<a href="https://wa.me/?text=%s">WhatsApp</a></div>' % canon, '</div>']
    h.append('<figure class="lead-image"><img src="%s" alt="%s" width="1200" height="675">' % (lead, a(caption)))
    h.append('<figcaption>%s (%s)</figcaption>' % (t(caption), t(credit)))
    h.append('</figure>')
    h.append('<div class="story-body">')
    h += ['<p>%s</p>' % t(x) for x in paras]
    h.append('</div>')
    h += ['<div class="follow-box"><span>%s</span>' % t(FOLLOW[code]),
          '<a href="https://www.facebook.com/%s">Facebook</a>' % HOST[code],
          '<a href="https://x.com/%s">X</a>' % HOST[code],
          '<a href="https://www.youtube.com/@%s">YouTube</a>' % HOST[code],
          '<a href="https://news.google.com/publications/%s">Google News</a></div>' % HOST[code]]
    if variant == 0:
        h += comments(variant, code) + ['</article>']
    else:
        h += ['</article>'] + comments(variant, code)
    h += ['<aside class="related-stories">', '<h3>%s</h3>' % t(relhead), '<ul>']
    for i, x in enumerate(aside):
        h.append('<li><a href="/news/%s-story-65%d.html">%s</a></li>' % (slug, i, t(x)))
    h += ['</ul>', '</aside>', '</main>']
    h += ['<footer class="site-footer">', '<ul class="footer-links">',
          '<li><a href="/about-us">About Us</a></li>', '<li><a href="/contact-us">Contact Us</a></li>',
          '<li><a href="/privacy-policy">Privacy Policy</a></li>', '</ul>',
          '<p class="copyright">%s</p>' % t(copyright), '</footer>', '</body>', '</html>', '']
    exp = {'title': title, 'authors': [author], 'published': PUBLISHED, 'updated': UPDATEDAT, 'dateline': place,
           'related': aside, 'caption': caption, 'credit': credit, 'copyright': copyright,
           'text': '\n\n'.join(paras)}
    return h, exp


if __name__ == '__main__':
    g.write('EA', page, ext='.html')
