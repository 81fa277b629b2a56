#!/usr/bin/env python3
"""Writes style DY of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled125):
the eleventh set of HTML pages, written after the fixes of DX and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

DY (an article whose content is largely a data table, as Indian sites print
results inside a story; the sites of DO): a <head> as DO's; a menu; a
breadcrumb; the <h1>; the byline "label name"; a published line with the
language's month; a lead <figure> with "caption (photo: agency)"; two
paragraphs, the first opened by "place:"; a table of the Lok Sabha seats
won by the BJP and the INC in the eleven general elections 1984-2024
(a header row "year | BJP | INC", then one row a year); two paragraphs.
An aside of three related stories, the rights line.

Three variants, by the language's place in the list (i % 3), as DO's head
(JSON-LD NewsArticle; published meta and <meta name="author">; no meta and
"headline - site"); the table as
- 0: <table> with a <caption>, the header row in <thead> as <th> cells;
- 1: a <div class="table-responsive"> around a bordered <table> with a
  <caption>, the header row the first <tr> of the <tbody> as <th> cells;
- 2: a block editor's <figure class="wp-block-table">: a <table> whose
  header row is <td><strong> cells, the table's caption in a <figcaption>
  after it, and the figures in the language's own digits (Unicode's digits
  of the script, the "native" numbering system CLDR names for the locale;
  English keeps ASCII digits).

A correct record (decided before the first run): the headline; the writer;
published 2024-07-03T10:30:00+05:30; the dateline; related = the aside's
three headlines; caption and credit of the lead picture (not the table's
caption); the rights line; the text = the two paragraphs, the table's
caption where the page prints it (before the rows for <caption>, after
them for <figcaption>), each row as a paragraph of its own with its cells
joined by " | " (the form trafilatura's text output gives a row), then the
two paragraphs after it.

Words: people, places, sites, labels, agencies and months come from
../scheduled2/make.py, the related heading and the section from
../scheduled3/make.py. The header's "year" is CLDR 48.2.0's display name
of the year field (cldr-dates-full, main/<locale>/dateFields.json,
fields.year.displayName; YEAR below), capitalised in English; CLDR has no
Meitei-script name (mni-Mtei falls back to English), so the Bengali-script
one is transliterated as ../scheduled/make.py does the Meitei pages; for
Santali CLDR gives two spellings, the first is kept. The party columns are
"BJP" and "INC", the abbreviations the Election Commission of India's
result tables print in every language. The seats are the ECI's statistical
reports' figures (1984 and 1991 with the seats polled later in Assam and
Punjab). Sentences are FLORES-200 dev lines 200-207 (two a paragraph) and,
for the title, the picture's caption, the table's caption and the three
aside headlines, the six shortest of 150-199; the four languages FLORES
lacks use ../scheduled/make.py's own.
"""
import html
import json
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

_DO = g.load('do', 'scheduled115')
HOST, LANGTAG = _DO.HOST, _DO.LANGTAG
PUBLISHED = '2024-07-03T10:30:00+05:30'

# CLDR 48.2.0 dateFields year.displayName (see the docstring).
YEAR = {'eng': 'Year', 'hin': 'वर्ष', 'ben': 'বছর', 'asm': 'বছৰ', 'brx': 'बोसोर', 'doi': 'ब’रा', 'guj': 'વર્ષ',
        'kan': 'ವರ್ಷ', 'kas_Arab': 'ؤری', 'kas_Deva': 'वरीह', 'kok': 'वर्स', 'mai': 'वर्ष', 'mal': 'വർഷം',
        'mar': 'वर्ष', 'mni_Beng': 'চহী', 'npi': 'वर्ष', 'ory': 'ବର୍ଷ', 'pan': 'ਸਾਲ', 'san': 'वर्ष:',
        'sat_Olck': 'ᱥᱮᱨᱢᱟ', 'snd_Arab': 'سال', 'snd_Deva': 'साल', 'tam': 'ஆண்டு', 'tel': 'సంవత్సరం', 'urd': 'سال'}
YEAR['mni_Mtei'] = g.first.meitei(YEAR['mni_Beng'])

# Lok Sabha seats: year, BJP, INC (ECI statistical reports).
SEATS = [(1984, 2, 404), (1989, 85, 197), (1991, 120, 244), (1996, 161, 140), (1998, 182, 141), (1999, 182, 114),
         (2004, 138, 145), (2009, 116, 206), (2014, 282, 44), (2019, 303, 52), (2024, 240, 99)]

# The zero of each script's native digits (Unicode; CLDR numbering systems
# deva, beng, gujr, knda, arabext, mlym, mtei, orya, guru, olck, arab, taml, telu).
ZERO = {'hin': '०', 'ben': '০', 'asm': '০', 'brx': '०', 'doi': '०', 'guj': '૦', 'kan': '೦', 'kas_Arab': '۰',
        'kas_Deva': '०', 'kok': '०', 'mai': '०', 'mal': '൦', 'mar': '०', 'mni_Beng': '০', 'mni_Mtei': '꯰',
        'npi': '०', 'ory': '୦', 'pan': '੦', 'san': '०', 'sat_Olck': '᱐', 'snd_Arab': '٠', 'snd_Deva': '०',
        'tam': '௦', 'tel': '౦', 'urd': '۰'}


def digits(n, code, native):
    s = str(n)
    if not native or code not in ZERO:
        return s
    z = ord(ZERO[code])
    return ''.join(chr(z + int(c)) for c in s)


def t(s):
    return html.escape(s, quote=False)


def a(s):
    return html.escape(s, quote=True)


def table(variant, code, tcap):
    """The table's lines and its paragraphs in the record."""
    native = variant == 2
    head = [YEAR[code], 'BJP', 'INC']
    rows = [[digits(x, code, native) for x in r] for r in SEATS]
    paras = [' | '.join(r) for r in [head] + rows]
    if variant == 0:
        h = ['<table class="table results-table">', '<caption>%s</caption>' % t(tcap),
             '<thead><tr>' + ''.join('<th>%s</th>' % t(x) for x in head) + '</tr></thead>', '<tbody>']
        h += ['<tr>' + ''.join('<td>%s</td>' % t(x) for x in r) + '</tr>' for r in rows]
        h += ['</tbody>', '</table>']
        return h, [tcap] + paras
    if variant == 1:
        h = ['<div class="table-responsive">', '<table border="1" cellpadding="4" width="100%">',
             '<caption>%s</caption>' % t(tcap), '<tbody>',
             '<tr>' + ''.join('<th scope="col">%s</th>' % t(x) for x in head) + '</tr>']
        h += ['<tr>' + ''.join('<td>%s</td>' % t(x) for x in r) + '</tr>' for r in rows]
        h += ['</tbody>', '</table>', '</div>']
        return h, [tcap] + paras
    h = ['<figure class="wp-block-table is-style-stripes">', '<table>', '<tbody>',
         '<tr>' + ''.join('<td><strong>%s</strong></td>' % t(x) for x in head) + '</tr>']
    h += ['<tr>' + ''.join('<td>%s</td>' % t(x) for x in r) + '</tr>' for r in rows]
    h += ['</tbody>', '</table>', '<figcaption>%s</figcaption>' % t(tcap), '</figure>']
    return h, paras + [tcap]


def page(code, p, fl):
    s = g.pick(code, p, fl, tuple((200 + 2 * i, 201 + 2 * i) for i in range(4)), range(150, 200), 6,
               lambda o, n: [o[0] + ' ' + n[0], o[1], o[2] + ' ' + n[1], o[3] + ' ' + n[2]],
               (5, 6, 7, 8, 9, 10))
    title, caption, tcap = s.short[:3]
    aside = s.short[3:6]
    site, place, agency, author = p['site'], p['place'], p['agency'], p['a1']
    _, relhead, _, _, section = g.third().G[code]
    variant = sorted(g.second.L).index(code) % 3
    host = 'https://www.' + HOST[code]
    slug = code.replace('_', '-')
    canon = host + '/news/' + slug + '-story-6125' + str(variant) + '.html'
    credit = p['credit'][0] + ': ' + agency
    copyright = '© 2024 ' + site + '. ' + p['rights']
    rtl = ' dir="rtl"' if code in ('kas_Arab', 'snd_Arab', 'urd') else ''
    shown = p['pubD'] + ' 03 ' + p['july'] + ' 2024, 10:30 IST'
    lead = host + '/images/2024/07/03/lead-6125.jpg'
    before = [place + ': ' + s.body[0], s.body[1]]
    after = s.body[2:4]
    tab, tparas = table(variant, code, tcap)

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
              'author': [{'@type': 'Person', 'name': author, 'url': host + '/author/reporter-25'}],
              'publisher': {'@type': 'Organization', 'name': site,
                            'logo': {'@type': 'ImageObject', 'url': host + '/images/logo.png'}}}
        h.append('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False))
    h += ['<link rel="stylesheet" href="/assets/css/main.css">', '</head>', '<body class="article-page">']
    h += ['<header class="site-header">',
          '<div class="logo"><a href="/"><img src="/images/logo.png" alt="%s"></a></div>' % a(site),
          '<nav class="main-menu"><ul>',
          '<li><a href="/">%s</a></li>' % t(p['home']),
          '<li><a href="/news">%s</a></li>' % t(section),
          '<li><a href="/elections">Elections</a></li>', '<li><a href="/videos">Videos</a></li>',
          '<li><a href="/web-stories">Web Stories</a></li>', '<li><a href="/epaper">E-Paper</a></li>',
          '</ul></nav>', '</header>']
    h += ['<main class="container">', '<article class="story">',
          '<ol class="breadcrumb">', '<li><a href="/">%s</a></li>' % t(p['home']),
          '<li><a href="/news">%s</a></li>' % t(section), '</ol>',
          '<h1 class="story-title">%s</h1>' % t(title), '<div class="story-meta">',
          '<div class="author-name">%s <a href="/author/reporter-25">%s</a></div>' % (t(p['bylE']), t(author))]
    if variant == 0:
        h.append('<div class="publish-date">%s</div>' % t(shown))
    else:
        h.append('<time class="publish-date" datetime="%s">%s</time>' % (PUBLISHED, t(shown)))
    h += ['</div>']
    h.append('<figure class="lead-image"><img src="%s" alt="%s" width="1200" height="675">' % (lead, a(caption)))
    h.append('<figcaption>%s (%s)</figcaption>' % (t(caption), t(credit)))
    h.append('</figure>')
    h.append('<div class="story-body">')
    h += ['<p>%s</p>' % t(x) for x in before]
    h += tab
    h += ['<p>%s</p>' % t(x) for x in after]
    h += ['</div>', '</article>']
    h += ['<aside class="related-stories">', '<h3>%s</h3>' % t(relhead), '<ul>']
    for i, x in enumerate(aside):
        h.append('<li><a href="/news/%s-story-65%d.html">%s</a></li>' % (slug, i, t(x)))
    h += ['</ul>', '</aside>', '</main>']
    h += ['<footer class="site-footer">', '<ul class="footer-links">',
          '<li><a href="/about-us">About Us</a></li>', '<li><a href="/contact-us">Contact Us</a></li>',
          '<li><a href="/privacy-policy">Privacy Policy</a></li>', '</ul>',
          '<p class="copyright">%s</p>' % t(copyright), '</footer>', '</body>', '</html>', '']
    exp = {'title': title, 'authors': [author], 'published': PUBLISHED, 'dateline': place,
           'related': aside, 'caption': caption, 'credit': credit, 'copyright': copyright,
           'text': '\n\n'.join(before + tparas + after)}
    return h, exp


if __name__ == '__main__':
    g.write('DY', page, ext='.html')
