#!/usr/bin/env python3
"""Writes style AH of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled30):
written after the eighth round's fixes, and run once before any fix of
its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

AH (a live page's header, as Hindustan Times', ABP's and Zee's language
sites print it): "home › section"; a "LIVE" badge on the line above the
headline; the byline label and name; the updated label with a relative
time in hours ("updated-label 3 hours ago", in the language's words and
digits, HOURS below); the caption with "(photo: agency)" in the second
credit word; the dateline "place:"; "also read ➤ title"; "Copyright ©
2024 site. rights". Three hours before the test's now (12:00 UTC) is
09:00 UTC.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py, the hours from HOURS. Sentences
are FLORES-200 dev lines 350-356 and, for the title, link and caption,
the three shortest of 250-300.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

# "3 hours ago" as each language's news sites write it (plural: three
# hours, so no dual in Sanskrit).
HOURS = {
    'eng': '3 hours ago', 'hin': '3 घंटे पहले', 'ben': '৩ ঘণ্টা আগে', 'asm': '৩ ঘণ্টা আগতে',
    'brx': '3 घन्टा सिगां', 'doi': '3 घैंटे पैह्लें', 'guj': '3 કલાક પહેલાં', 'kan': '3 ಗಂಟೆಗಳ ಹಿಂದೆ',
    'kas_Arab': '3 گٲنٹہٕ برونٛہہ', 'kas_Deva': '3 गंटॖ ब्रोंठ', 'kok': '3 वरां आदीं', 'mai': '3 घंटा पहिने',
    'mal': '3 മണിക്കൂർ മുമ്പ്', 'mar': '3 तासांपूर्वी', 'mni_Beng': 'পুং ৩ মমাংদা', 'mni_Mtei': 'ꯄꯨꯡ ꯳ ꯃꯃꯥꯡꯗ',
    'npi': '३ घण्टा अगाडि', 'ory': '୩ ଘଣ୍ଟା ପୂର୍ବରୁ', 'pan': '3 ਘੰਟੇ ਪਹਿਲਾਂ', 'san': '३ घण्टाः पूर्वम्',
    'sat_Olck': '᱓ ᱜᱷᱚᱬᱴᱟ ᱢᱟᱲᱟᱝ', 'snd_Arab': '3 ڪلاڪ اڳ', 'snd_Deva': '3 कलाक अगु', 'tam': '3 மணிநேரத்திற்கு முன்',
    'tel': '3 గంటల క్రితం', 'urd': '3 گھنٹے پہلے',
}


def page(code, p, fl):
    s = g.pick(code, p, fl, ((350, 351), (352, 353), (354, 355), (356,)), range(250, 300), 3,
               lambda o, n: [o[4] + ' ' + n[0], o[6] + ' ' + o[1] + ' ' + n[2], o[3] + ' ' + n[1], o[5] + ' ' + o[0] + ' ' + o[2] + ' ' + n[3]],
               (12, 10, 9))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', 'LIVE', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['updD'] + ' ' + HOURS[code], '']
    lines += [caption + ' (' + p['credit'][1] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ' ➤ ' + related, '']
    lines += g.blocks(paras[2:])
    lines += g.blocks(paras)
    cr = 'Copyright © 2024 ' + site + '. ' + p['rights']
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T09:00:00Z', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][1] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('AH', page)
