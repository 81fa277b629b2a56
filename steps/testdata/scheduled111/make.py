#!/usr/bin/env python3
"""Writes style DK of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled111):
written after all the fixes of DF–DH (the eleventh session's round), and
run once before any fix of its own (BEFORE.log). Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

DK (the day in the region's own calendar under the published line, as
Indian sites print the Vikram or Shaka samvat's tithi, the Bengali or
Assamese year's day, the Tamil or Kollam month's day, Nepal's Bikram
Sambat or the Hijri date beside the Gregorian one): "home › section";
the title; "label name"; "published-label 03 July 2024 10:30 IST" and,
glued under it, 3 July 2024 in that calendar in the language's words and
digits; the caption with "(photo: agency)"; the dateline "place:"; "also
read: title" between paragraphs; "© 2024 site". The calendar's line is
not the title nor the body, and its numbers are no date or time.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 100-106 and, for the title, link and caption, the three shortest
of 200-249.
"""
import sys

sys.path.insert(0, '..')
import freshgen as g  # noqa: E402  (data modules, sentence picking, the write loop)

# 3 July 2024 (a Wednesday) in the calendar a site of each language prints
# beside the Gregorian day: Ashadha Krishna 12 of Vikram Samvat 2081 where the
# months end at the full moon (north), Jyeshtha Krishna 12 of Shaka 1946 where
# they end at the new moon (Maharashtra, Goa, Gujarat's VS 2080, Karnataka and
# Andhra's Krodhi year), solar days where the month starts at the sun's entry
# (Bengal's and Assam's 1431, Punjab's Nanakshahi 556, Aani 19 of Tamil Nadu's
# Krodhi year, Mithunam 19 of Kollam 1199, Nepal's Asar 19 of 2081), 26 Dhu
# al-Hijjah 1445 for the Perso-Arabic pages, and the Indian national
# calendar's Ashadha 12, Saka 1946, for English. Digits are written as the
# page's header writes them (the language's own where it has them).
CAL = {
    'eng': 'Ashadha 12, Saka 1946',
    'hin': 'आषाढ़ कृष्ण द्वादशी, विक्रम संवत 2081',
    'ben': '18 আষাঢ় 1431, বুধবার',
    'asm': '18 আহাৰ, 1431 ভাস্কৰাব্দ',
    'brx': 'आहार 18, 1431',
    'doi': 'हाड़ 19, बिक्रमी संमत 2081',
    'guj': 'જેઠ વદ બારસ, વિ.સં. 2080',
    'kan': 'ಕ್ರೋಧಿ ಸಂವತ್ಸರ, ಜ್ಯೇಷ್ಠ ಬಹುಳ ದ್ವಾದಶಿ',
    'kas_Arab': '26 ذی الحجہ 1445ھ',
    'kas_Deva': '26 ज़िलहज 1445 हिजरी',
    'kok': 'ज्येष्ठ वद्य द्वादशी, शके 1946',
    'mai': 'आषाढ़ कृष्ण द्वादशी, विक्रम संवत 2081',
    'mal': 'കൊല്ലവർഷം 1199 മിഥുനം 19',
    'mar': 'ज्येष्ठ कृष्ण द्वादशी, शके 1946',
    'mni_Beng': 'ইঙেন 19, বুধবার',
    'mni_Mtei': 'ꯏꯉꯦꯟ 19, ꯌꯨꯝꯁꯀꯩꯁꯥ',
    'npi': '2081 असार 19 गते, बुधबार',
    'ory': 'ଆଷାଢ଼ କୃଷ୍ଣ ଦ୍ୱାଦଶୀ, ବୁଧବାର',
    'pan': '19 ਹਾੜ, ਨਾਨਕਸ਼ਾਹੀ ਸੰਮਤ 556',
    'san': 'आषाढकृष्णद्वादशी, विक्रमसंवत् 2081',
    'sat_Olck': 'ᱟᱥᱟᱲ 19, ᱥᱟᱦᱟᱨ ᱢᱟᱦᱟᱸ',
    'snd_Arab': '26 ذوالحج 1445 هه',
    'snd_Deva': 'आखाड़ 12, सम्वत 2081',
    'tam': 'குரோதி ஆண்டு, ஆனி 19',
    'tel': 'శ్రీ క్రోధి నామ సంవత్సరం, జ్యేష్ఠ బహుళ ద్వాదశి',
    'urd': '26 ذی الحجہ 1445ھ',
}


def page(code, p, fl):
    s = g.pick(code, p, fl, ((100, 101), (102, 103), (104, 105), (106,)), range(200, 250), 3,
               lambda o, n: [o[5] + ' ' + n[0], o[1] + ' ' + o[3] + ' ' + n[2], o[6] + ' ' + n[3], o[0] + ' ' + o[4] + ' ' + o[2] + ' ' + n[1]],
               (12, 11, 10))
    body = s.body
    title, related, caption = s.short
    site, place, agency = p['site'], p['place'], p['agency']
    section = g.third().G[code][4]
    lines = [p['home'] + ' › ' + section, '', title, '']
    lines += [p['bylE'] + ' ' + p['a1'], p['pubD'] + ' 03 ' + p['july'] + ' 2024 10:30 IST',
              g.first.digits(CAL[code], p['zero']), '']
    lines += [caption + ' (' + p['credit'][0] + ': ' + agency + ')', '']
    paras = [place + ': ' + body[0]] + body[1:]
    lines += g.blocks(paras[:2])
    lines += [p['also'][0] + ': ' + related, '']
    lines += g.blocks(paras[2:])
    cr = '© 2024 ' + site
    lines += [cr]
    exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
           'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
           'text': '\n\n'.join(paras)}
    return lines, exp


if __name__ == '__main__':
    g.write('DK', page)
