#!/usr/bin/env python3
"""Writes style DP of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled116):
the second set of HTML pages, written after the fixes of DO and run once
before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

DP (a legacy CMS's article page, one site a language, the sites of DO):
a transitional doctype, a <head> with only "<title>headline - site</title>",
keywords and a stylesheet: no og tags, no JSON-LD, no published or author
meta, no canonical address. The page is laid out in tables: a top table
with the logo and a row of menu links "home | section | Videos | Photos |
E-Paper"; a two-column table whose left cell holds the story and whose
right cell a "Trending" box of headlines (two or three links) and an
advert. No <article>, <main>, <h1>, <p>, <figure> or <time>.

In the story cell: a breadcrumb "home » section"; the headline in a
<span> (variant 0, an ASP.NET page: ids like ctl00_ContentPlaceHolder1_
lblHeading) or in a <div class="newshead"> (variant 1, a PHP page); the
byline "label name" in its own element; the published line "label 03
July 2024, 10:30" with the language's month and no zone, in the
language's digits on variant 0 where the language has its own; a share
bar "Share: Facebook Twitter WhatsApp | Comments (3)"; the lead image
(an <img>) with the caption under it in a <div class="caption"> "caption
(photo: agency)"; the body: on variant 0 text separated by <br><br>
inside one <div>, on variant 1 one <div> a paragraph; the first opened by
"place:"; after the second paragraph an "also read" box (<div
class="alsoread"> with the language's also-read words as its heading and
two links); under the body a comments box ("Comments (3)", a form with
English labels). A footer table with site links and "copyright © 2024
site | rights".

Variant by the language's place in the list (i % 2).

A correct record (decided before the first run): the headline without
the site's name; the writer; the published time in the language's
country's zone (+05:30; Nepali +05:45), the day alone for English and
Sindhi in Arabic script, whose words name no country (the convention of
style F); the dateline; related = the also-read box's two titles in page
order (the trending box is the site's, not the story's: not related);
the caption and the credit "photo: agency" (bracketed: the label kept);
the rights line; the text = the paragraphs (with the dateline, without
the also-read box, the share bar, the comments or the trending box).

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 110-120 and, for the title, caption, the also-read and trending
headlines, the seven shortest of 400-449.
"""
import html
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

sys.path.insert(0, '../scheduled115')
HOST = g.load('do', 'scheduled115').HOST


def t(s):
    return html.escape(s, quote=False)


def a(s):
    return html.escape(s, quote=True)


def page(code, p, fl):
    s = g.pick(code, p, fl, ((110, 111), (112, 113), (114, 115), (116, 117), (118, 119), (120,)), range(400, 450), 7,
               lambda o, n: [o[6] + ' ' + n[1], o[1] + ' ' + o[4] + ' ' + n[0], o[5] + ' ' + n[3],
                             o[2] + ' ' + o[0], o[3] + ' ' + n[2]],
               (10, 12, 11, 7, 8, 9))
    title, caption = s.short[:2]
    also = s.short[2:4]
    trending = s.short[4:]
    site, place, agency, author = p['site'], p['place'], p['agency'], p['a1']
    section = g.third().G[code][4]
    variant = sorted(g.second.L).index(code) % 2
    host = 'http://www.' + HOST[code]
    nd = (lambda x: g.first.digits(x, p['zero'])) if variant == 0 else (lambda x: x)
    paras = [place + ': ' + s.body[0]] + s.body[1:]
    credit = p['credit'][0] + ': ' + agency
    copyright = p['copy'] + ' © 2024 ' + site + ' | ' + p['rights']
    shown = p['pubD'] + ' ' + nd('03') + ' ' + p['july'] + ' ' + nd('2024') + ', ' + nd('10:30')
    published = '2024-07-03' if code in g.second.NOZONE else '2024-07-03T10:30:00' + g.second.zone(code)
    slug = code.replace('_', '-')
    asp = variant == 0
    ids = (lambda x: ' id="ctl00_ContentPlaceHolder1_%s"' % x) if asp else (lambda x: '')

    h = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
         '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
         '<html xmlns="http://www.w3.org/1999/xhtml">', '<head>',
         '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
         '<title>%s</title>' % t(title + ' - ' + site),
         '<meta name="keywords" content="%s" />' % a(', '.join([site, section, place])),
         '<link href="/css/style.css" rel="stylesheet" type="text/css" />',
         '<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>',
         '</head>', '<body>']
    if asp:
        h.append('<form name="aspnetForm" method="post" action="./newsdetail.aspx?id=1042" id="aspnetForm">')
        h.append('<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkZ3xs" />')
    h += ['<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">',
          '<tr><td class="top"><a href="/"><img src="/images/logo.gif" alt="%s" border="0" /></a></td>' % a(site),
          '<td class="topright" align="right">%s</td></tr>' % t(nd('03') + ' ' + p['july'] + ' ' + nd('2024')),
          '<tr><td colspan="2" class="menu"><a href="/">%s</a> | <a href="/%s.aspx">%s</a> | '
          '<a href="/videos.aspx">Videos</a> | <a href="/photos.aspx">Photos</a> | '
          '<a href="/epaper.aspx">E-Paper</a></td></tr>' % (t(p['home']), 'desh', t(section)),
          '</table>']
    h += ['<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">', '<tr>',
          '<td width="660" valign="top" class="newsdetail">',
          '<div class="breadcrumb"><a href="/">%s</a> &raquo; <a href="/desh.aspx">%s</a></div>'
          % (t(p['home']), t(section))]
    if asp:
        h.append('<span%s class="heading">%s</span><br />' % (ids('lblHeading'), t(title)))
    else:
        h.append('<div class="newshead">%s</div>' % t(title))
    h.append('<div class="byline"><span%s>%s %s</span></div>' % (ids('lblReporter'), t(p['bylE']), t(author)))
    h.append('<div class="newsdate"><span%s>%s</span></div>' % (ids('lblDate'), t(shown)))
    h.append('<div class="sharebar">Share: <a href="http://www.facebook.com/sharer.php?u=%s/news/%s-1042">'
             'Facebook</a> <a href="http://twitter.com/share?url=%s/news/%s-1042">Twitter</a> '
             '<a href="whatsapp://send?text=%s/news/%s-1042">WhatsApp</a> | <a href="#comments">Comments (3)</a>'
             '</div>' % (host, slug, host, slug, host, slug))
    h.append('<div class="newsimg"><img src="/newsimages/2024/07/03/1042.jpg" width="640" height="360" '
             'border="0" alt="" /></div>')
    h.append('<div class="caption">%s (%s)</div>' % (t(caption), t(credit)))
    box = ['<div class="alsoread">', '<div class="alsoreadhead">%s</div>' % t(p['also'][0])]
    for i, x in enumerate(also):
        box.append('<a href="/news/%s-%d.aspx">%s</a><br />' % (slug, 2077 + i, t(x)))
    box.append('</div>')
    h.append('<div%s class="newstext">' % ids('divNews'))
    for i, x in enumerate(paras):
        if asp:
            h.append(t(x) + ('<br /><br />' if i != 1 and i < len(paras) - 1 else ''))
        else:
            h.append('<div>%s</div>' % t(x))
        if i == 1:
            h += box
    h.append('</div>')
    h += ['<a name="comments"></a>', '<div class="comments">', '<div class="commenthead">Comments (3)</div>',
          '<div class="comment"><b>Ramesh</b> 03-07-2024<br />Good news</div>',
          '<div class="comment"><b>Sunil K</b> 03-07-2024<br />Nice</div>',
          '<div class="comment"><b>guest</b> 03-07-2024<br />👍</div>',
          'Name: <input type="text" name="txtName" /><br />',
          'Email: <input type="text" name="txtEmail" /><br />',
          '<textarea name="txtComment" rows="4" cols="50"></textarea><br />',
          '<input type="submit" value="Post Comment" />', '</div>', '</td>']
    h += ['<td width="20">&nbsp;</td>', '<td width="300" valign="top" class="rightcol">',
          '<div class="trending">', '<div class="trendinghead">Trending</div>', '<ul>']
    for i, x in enumerate(trending):
        h.append('<li><a href="/news/%s-%d.aspx">%s</a></li>' % (slug, 990 + i, t(x)))
    h += ['</ul>', '</div>',
          '<div class="ad"><script type="text/javascript">google_ad_client = "pub-0000";</script></div>',
          '</td>', '</tr>', '</table>']
    h += ['<table width="980" border="0" cellspacing="0" cellpadding="0" align="center" class="footer">',
          '<tr><td align="center"><a href="/aboutus.aspx">About Us</a> | <a href="/contactus.aspx">Contact Us</a> | '
          '<a href="/advertise.aspx">Advertise</a><br />%s</td></tr>' % t(copyright), '</table>']
    if asp:
        h.append('</form>')
    h += ['</body>', '</html>', '']
    exp = {'title': title, 'authors': [author], 'published': published, 'dateline': place,
           'related': also, 'caption': caption, 'credit': credit, 'copyright': copyright,
           'text': '\n\n'.join(paras)}
    return h, exp


if __name__ == '__main__':
    g.write('DP', page, ext='.html')
