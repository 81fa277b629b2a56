#!/usr/bin/env python3
"""Writes style DN of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled114):
written after all the fixes of DI–DK (the eleventh session's second
batch), and run once before any fix of its own (BEFORE.log). Run from this
folder: python3 make.py [/path/to/flores-dev.tsv]

DN (an Instagram post embedded between paragraphs with no caption, as
film and sport stories of every language embed a star's post; the text
dump keeps only the embed's fallback lines): "home › section"; the title;
"label name"; "published-label 03 July 2024 10:30 IST"; the caption with
"(photo: agency)"; the dateline "place:"; after the second paragraph, glued,
"View this post on Instagram" over "A post shared by Name (@handle)";
"also read: title" after the third paragraph; "© 2024 site". The two
lines are a button and the post's credit, no text of it: not the body's,
no byline.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 90-96 and, for the title, link and caption, the three shortest
of 350-399.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

# Accounts of the kind such stories embed.
ACCOUNTS = [('Virat Kohli', 'virat.kohli'), ('Deepika Padukone', 'deepikapadukone'),
            ('Indian Space Research Organisation', 'isro.in')]


def page(code, p, fl):
    s = g.pick(code, p, fl, ((90, 91), (92, 93), (94, 95), (96,)), range(350, 400), 3,
               lambda o, n: [o[6] + ' ' + n[1], o[1] + ' ' + o[4] + ' ' + n[0], o[5] + ' ' + n[3], o[2] + ' ' + o[0] + ' ' + o[3] + ' ' + n[2]],
               (10, 12, 11))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    name, handle = ACCOUNTS[sorted(g.second.L).index(code) % len(ACCOUNTS)]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST', '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += ['View this post on Instagram', 'A post shared by ' + name + ' (@' + handle + ')', '']
    lines += g.blocks(paras[2:3])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[3:])
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('DN', page)
