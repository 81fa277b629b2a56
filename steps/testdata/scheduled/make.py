#!/usr/bin/env python3
"""Writes the seed-shaped pages of TestScheduledLanguages and what each must
give. Run from this folder: python3 make.py /path/to/flores-dev.tsv

Every page has a breadcrumb, a headline with a tail, a native byline, a
"published" line (native month names, digits or a relative time), a caption
with its credit, the body twice, an "also read" link and a copyright line, in
one of three header styles (A, B, C). Body, headline, caption and related
title are FLORES-200 dev sentences (the eval kit's lid/flores-dev.tsv) in the
page's language; for the languages FLORES lacks (Bodo, Dogri, Konkani, Sindhi
in Devanagari) they are sentences written for these tests, and Meitei in
Meitei Mayek is the FLORES Bengali-script Manipuri transliterated letter by
letter (table below). Labels are the lexicon's phrases (lexicon/data), so a
page tests that the table's words are read where pages print them.
"""
import json, sys, unicodedata, glob, os

LEX = '../../../lexicon/data/'
FLORES = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/eval/lid/flores-dev.tsv'

def lex(f):
    out = {}
    for line in open(LEX + f + '.tsv', encoding='utf-8'):
        line = line.rstrip('\n')
        if not line or line[0] in '#!':
            continue
        p = line.split('\t')
        out.setdefault(p[0], []).append((p[1], p[2] if len(p) > 2 else ''))
    return out

# lang: flores code, site, place, author, agency, part of day (word, clock, 24h clock) or None, digits
LANGS = {
 'eng': ('eng_Latn', 'News Today', 'New Delhi', 'Rahul Verma', 'PTI', None, None),
 'asm': ('asm_Beng', 'অসম বাৰ্তা', 'গুৱাহাটী', 'প্ৰাঞ্জল বৰা', 'PTI', ('সন্ধিয়া', '7:43', '19:43'), '০'),
 'ben': ('ben_Beng', 'বাংলা খবর', 'কলকাতা', 'সুমন দাস', 'PTI', ('সন্ধ্যা', '7:43', '19:43'), '০'),
 'brx': (None, 'बर’ खौरां', 'कोकराझार', 'रंजित बसुमतारी', 'PTI', ('बेलासे', '7:43', '19:43'), None),
 'doi': (None, 'डोगरी खबरां', 'जम्मू', 'राकेश शर्मा', 'PTI', ('संञां', '7:43', '19:43'), None),
 'guj': ('guj_Gujr', 'ગુજરાત સમાચાર', 'અમદાવાદ', 'ભરત પટેલ', 'PTI', ('સાંજે', '7:43', '19:43'), None),
 'hin': ('hin_Deva', 'समाचार दर्पण', 'नई दिल्ली', 'सुनील कुमार', 'भाषा', ('शाम', '7:43', '19:43'), '०'),
 'kan': ('kan_Knda', 'ಕನ್ನಡ ವಾರ್ತೆ', 'ಬೆಂಗಳೂರು', 'ರಮೇಶ್ ಕುಮಾರ್', 'PTI', ('ಸಂಜೆ', '7:43', '19:43'), None),
 'kas_Arab': ('kas_Arab', 'کٲشُر خبر', 'سرینگر', 'شبیر احمد', 'PTI', None, None),
 'kas_Deva': ('kas_Deva', 'कॉशुर खबर', 'श्रीनगर', 'शबीर अहमद', 'PTI', None, None),
 'kok': (None, 'गोंय खबरो', 'पणजी', 'सुरेश नायक', 'PTI', ('सांजे', '7:43', '19:43'), None),
 'mai': ('mai_Deva', 'मिथिला समाचार', 'दरभंगा', 'अमित झा', 'PTI', ('भोर', '9:05', '09:05'), None),
 'mal': ('mal_Mlym', 'കേരള വാർത്ത', 'തിരുവനന്തപുരം', 'അനിൽ കുമാർ', 'PTI', ('വൈകിട്ട്', '7:43', '19:43'), None),
 'mar': ('mar_Deva', 'महाराष्ट्र वार्ता', 'मुंबई', 'संजय पाटील', 'PTI', ('संध्याकाळी', '7:43', '19:43'), '०'),
 'mni_Beng': ('mni_Beng', 'মণিপুর নিউজ', 'ইম্ফাল', 'তোম্বা সিংহ', 'PTI', None, '০'),
 'mni_Mtei': ('mni_Beng', 'ꯃꯅꯤꯄꯨꯔ ꯅꯤꯎꯖ', 'ꯏꯝꯐꯥꯜ', 'ꯇꯣꯝꯕꯥ ꯁꯤꯡꯍ', 'PTI', None, '꯰'),
 'npi': ('npi_Deva', 'नेपाल समाचार', 'काठमाडौं', 'रामेश्वर थापा', 'PTI', ('बेलुका', '7:43', '19:43'), '०'),
 'ory': ('ory_Orya', 'ଓଡ଼ିଶା ଖବର', 'ଭୁବନେଶ୍ୱର', 'ସୁଭାଷ ମହାନ୍ତି', 'PTI', ('ସନ୍ଧ୍ୟା', '7:43', '19:43'), None),
 'pan': ('pan_Guru', 'ਪੰਜਾਬ ਖ਼ਬਰਾਂ', 'ਚੰਡੀਗੜ੍ਹ', 'ਹਰਪ੍ਰੀਤ ਸਿੰਘ', 'PTI', ('ਸ਼ਾਮ', '7:43', '19:43'), None),
 'san': ('san_Deva', 'संस्कृतवार्ता', 'वाराणसी', 'रामचन्द्र शर्मा', 'PTI', ('सायं', '7:43', '19:43'), '०'),
 'sat_Olck': ('sat_Olck', 'ᱥᱟᱱᱛᱟᱲᱤ ᱠᱷᱚᱵᱚᱨ', 'ᱡᱟᱢᱥᱮᱫᱯᱩᱨ', 'ᱥᱩᱠᱨᱟᱢ ᱢᱩᱨᱢᱩ', 'PTI', None, '᱐'),
 'snd_Arab': ('snd_Arab', 'سنڌي خبرون', 'الهاسنگر', 'علي شاهه', 'PTI', None, None),
 'snd_Deva': (None, 'सिंधी ख़बरूं', 'उल्हासनगर', 'मोहन लालवाणी', 'PTI', None, None),
 'tam': ('tam_Taml', 'தமிழ் செய்திகள்', 'சென்னை', 'செந்தில் குமார்', 'PTI', ('மாலை', '7:43', '19:43'), None),
 'tel': ('tel_Telu', 'తెలుగు వార్తలు', 'హైదరాబాద్', 'రవి కిరణ్', 'PTI', ('సాయంత్రం', '7:43', '19:43'), None),
 'urd': ('urd_Arab', 'اردو خبریں', 'نئی دہلی', 'شبانہ خان', 'PTI', ('شام', '7:43', '19:43'), None),
}

# Sentences written for these tests where FLORES has no such language: the
# body (seven sentences) and six short ones (titles, captions, related).
OWN = {
 'brx': ['गोजौ सानस्रिमा कोकराझारआव गोबां मिथिंगा थांनाय जादों।', 'बिसोर बुङो दि, मोनसे गोदान जथुम फोरमानदों।', 'जथुमनि गेजेराव सासे अफिसारा मिथिंगा बुंफुरबाय।', 'बेयाव गोबां सुबुं फैदों आरो बिसोरनि बिबुंथि खोनासंदों।', 'बे जथुमा गोजौनि बोसोरसिम सोलोंथाइ बिलाइ गोदान खालामगोन।', 'सरकारा बे हाबानि थाखाय रां होनो थाखाय बिथोन लादों।', 'गोबां फरायसाफोरा बे जथुमाव बाहागो लादों।',
         'कोकराझारआव गोबां मिथिंगा', 'दैमानि दै बांसिनो दं', 'बारहुंखायाव गोजोन जादों', 'गुवाहाटियाव गोदान दालाय', 'उदालगुरियाव मेला जागायबाय', 'चिरांआव गोदान फरायसालि'],
 'doi': ['जम्मू च अज्ज सवेरे थमां भारी बरखा होआ दी ऐ।', 'मौसम विभाग ने आखेआ जे कल बी बरखा होई सकदी ऐ।', 'शैहर दियां मतियां सड़कां पानी कन्नै भरोई गेइयां।', 'लोकें गी घरें च रौहने दी सलाह दित्ती गेई ऐ।', 'स्कूलें च छुट्टी दा एलान करी दित्ता गेआ ऐ।', 'प्रशासन ने राहत दियां टोलियां त्यार रक्खियां न।', 'किसानें आखेआ जे एह् बरखा फसलें आस्तै चंगी ऐ।',
         'जम्मू च भारी बरखा होई', 'तवी दरेआ च पानी बधेआ', 'बरखा कन्नै ठंडक परतोई', 'कटड़ा च यात्रियें दी भीड़', 'सांबा च नमीं सड़क बनी', 'ऊधमपुर च मेला शुरू होआ'],
 'kok': ['गोंयांत आयज सकाळीं सावन जोरदार पावस पडलो.', 'हवामान खात्यान फाल्यां लेगीत पावस पडटलो अशें सांगलां.', 'पणजेच्या जायत्या रस्त्यांचेर उदक भरलें.', 'लोकांक घरांतल्यान भायर सरूं नाकात अशी सुचोवणी दिल्या.', 'सरकारान शाळांक सुटी जाहीर केल्या.', 'आपत्कालीन पंगडां तयार दवरल्यांत.', 'शेतकारांनी हो पावस शेतां खातीर बरो अशें म्हळें.',
         'गोंयांत जोरदार पावस', 'मांडवी न्हंयेचें उदक वाडलें', 'पावसाक लागून थंडाय वाडली', 'मडगांवांत नवो पूल उगतो', 'वास्कोंत मासळेचो बाजार भरलो', 'म्हापशेंत जत्रा सुरू जाली'],
 'snd_Deva': ['उल्हासनगर में अजु सुबुह खां तेज़ बरसात पई रही आहे।', 'मौसम खाते चयो त सुभाणे बि बरसात थी सघे थी।', 'शहर जूं घणियूं सड़कूं पाणीअ सां भरजी वयूं।', 'माण्हुनि खे घर में रहण जी सलाह डिनी वई आहे।', 'स्कूलनि में मोकल जो एलान कयो वयो आहे।', 'इंतज़ामिया राहत जूं टोलियूं तयार रखियूं आहिनि।', 'हारियुनि चयो त हीअ बरसात फ़सलुनि लाइ सुठी आहे।',
         'उल्हासनगर में तेज़ बरसात', 'दरियाह में पाणी वधी वयो', 'बरसात सां थधि वधी', 'मुंबईअ में नओं पुलु खुलियो', 'ठाणे में मेलो शुरू थियो', 'पुणे में वापार वधियो'],
}

# Four more sentences of each, so that paragraphs are as long as a news
# site's.
MORE = {'brx': ['जिलाफोरनि अफिसारफोरा गासै बिफानखौ सावधान जानो बुङो।', 'सिगांनि नैजि घन्टाआव सहराव जौसे मिलिमिटार नख्रों बांसिन दैथा जादों।', 'दैमानि आगलाव थानाय सुबुंखौ रैखाथि जायगायाव थांनो बुङो जादों।', 'अफिसारफोरा बुङो दि, जाथाय जानायखौ सिरिसारै नोजोर होनाय जायो आरो गिनो नांथाव।'], 'doi': ['जिला प्रशासन ने सारे विभागें गी चौकस रौहने दे हुक्म दित्ते न।', 'पिछले चौबी घैंटें च शैहर च सौ मिलीमीटर थमां मती बरखा दर्ज कीती गेई ऐ।', 'नदियें ते नालें दे कंढै रौहने आलें गी सुरक्षत थाहरें पर जाने आस्तै आखेआ गेआ ऐ।', 'अधिकारियें आखेआ जे हालात पर लगातार नजर रक्खी जा करदी ऐ ते घबराने दी कोई लोड़ नेईं ऐ।'], 'kok': ['जिल्हाधिकाऱ्यान सगळ्या खात्यांक जागृत रावपाचो आदेश दिला.', 'फाटल्या चोवीस वरांनी शारांत शंबर मिलीमीटरां परस चड पावस पडला.', 'न्हंयांच्या देगेर रावपी लोकांक सुरक्षीत जाग्यांचेर वचपाक सांगलां.', 'अधिकाऱ्यांनी सांगलें की परिस्थितीचेर सतत नदर दवरल्या आनी भियेवपाची गरज ना.'], 'snd_Deva': ['ज़िले जी इंतज़ामिया सभिनी खातनि खे होशियार रहण जो हुकुम डिनो आहे।', 'गुज़रियल चोवीह कलाकनि में शहर में सौ मिलीमीटर खां वधीक बरसात दर्ज थी आहे।', 'दरियाह जे किनारे रहंदड़ माण्हुनि खे महफ़ूज़ जगहियुनि ते वञण लाइ चयो वयो आहे।', 'अमलदारनि चयो त हालतुनि ते लगातार नज़र रखी पई वञे ऐं डिजण जी का ज़रूरत कोन्हे।']}

# Bengali-script Manipuri to Meitei Mayek, letter by letter (Unicode
# Meetei Mayek chart); a consonant with a virama at a word's end or before
# another consonant becomes its lonsum (final) letter where there is one.
B2M = dict(zip('কখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ',
               'ꯀꯈꯒꯘꯉꯆꯆꯖꯓꯅꯇꯊꯗꯙꯅꯇꯊꯗꯙꯅꯄꯐꯕꯚꯃꯌꯔꯂꯁꯁꯁꯍ'))
assert len('কখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ') == len('ꯀꯈꯒꯘꯉꯆꯆꯖꯓꯅꯇꯊꯗꯙꯅꯇꯊꯗꯙꯅꯄꯐꯕꯚꯃꯌꯔꯂꯁꯁꯁꯍ')
# Nukta letters (NFC keeps them decomposed): য় is ꯌ, ড় and ঢ় are ꯔ.
NUKTA = {'য': 'ꯌ', 'ড': 'ꯔ', 'ঢ': 'ꯔ'}
VOW = dict(zip('অআইঈউঊঋএঐওঔ', ['ꯑ', 'ꯑꯥ', 'ꯏ', 'ꯏ', 'ꯎ', 'ꯎ', 'ꯔꯤ', 'ꯑꯦ', 'ꯑꯩ', 'ꯑꯣ', 'ꯑꯧ']))
SIGN = dict(zip('ািীুূৃেৈোৌংঃ', ['ꯥ', 'ꯤ', 'ꯤ', 'ꯨ', 'ꯨ', 'ꯔꯤ', 'ꯦ', 'ꯩ', 'ꯣ', 'ꯧ', 'ꯪ', '']))
LONSUM = {'ꯀ': 'ꯛ', 'ꯂ': 'ꯜ', 'ꯃ': 'ꯝ', 'ꯄ': 'ꯞ', 'ꯅ': 'ꯟ', 'ꯇ': 'ꯠ', 'ꯏ': 'ꯢ', 'ꯉ': 'ꯡ'}

def meitei(s):
    s = unicodedata.normalize('NFC', s).replace('ৎ', 'ত্')
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        nxt = s[i + 1] if i + 1 < len(s) else ''
        if c in B2M:
            m = B2M[c]
            if nxt == '\u09bc':
                m = NUKTA.get(c, m)
                i += 1
                nxt = s[i + 1] if i + 1 < len(s) else ''
            if nxt == '্':
                m = LONSUM.get(m, m + '꯭')
                i += 1
            out.append(m)
        elif c in VOW:
            out.append(VOW[c])
        elif c in SIGN:
            out.append(SIGN[c])
        elif c == '।':
            out.append('꯫')
        elif '০' <= c <= '৯':
            out.append(chr(ord('꯰') + ord(c) - ord('০')))
        elif c in '\u09bc\u200d\u200c':
            pass
        else:
            out.append(c)
        i += 1
    return ''.join(out)

def flores():
    by = {}
    for line in open(FLORES, encoding='utf-8'):
        code, _, text = line.rstrip('\n').partition('\t')
        by.setdefault(code, []).append(text)
    return by

def digits(s, zero):
    if not zero:
        return s
    return ''.join(chr(ord(zero) + ord(c) - 48) if '0' <= c <= '9' else c for c in s)

def strip_end(s):
    return s.strip(' "\'“”').rstrip(' .।॥۔؟?!꯫᱾৷|"\'“”')

def pick(lst, i):
    return lst[i % len(lst)]

def main():
    for f in glob.glob('*.txt'):
        os.remove(f)
    fl = flores()
    expected = {}
    for lang, (fcode, site, place, author, agency, part, zero) in LANGS.items():
        L = lex(lang)
        def words(kind, html_ok=False):
            return [p for p, v in L.get(kind, []) if (html_ok or 'html' not in v.split(',')) and 'paren' not in v.split(',')]
        if fcode:
            S = fl[fcode]
            if lang == 'mni_Mtei':
                S = [meitei(x) for x in S]
            body = [S[5] + ' ' + S[6], S[7] + ' ' + S[8], S[9], S[10] + ' ' + S[11]]
            short = [S[253], S[310], S[136], S[78], S[319], S[334], S[93], S[126], S[393]]
        else:
            o = OWN[lang]
            n = MORE[lang]
            body = [o[0] + ' ' + o[1] + ' ' + o[2], o[3] + ' ' + o[4] + ' ' + n[0], o[5] + ' ' + o[6] + ' ' + n[1] + ' ' + n[2] + ' ' + n[3]]
            short = [o[7], o[8], o[9], o[10], o[11], o[12], o[7], o[8], o[9]]
        short = [strip_end(x) for x in short]
        july = [p for p, v in L.get('month', []) if v == 'july']
        month = july[0] if july else 'July'
        hour_tmpl = [p for p, v in L.get('reltemplate', []) if v == 'N hour ago' and p.startswith('|')]
        credit = words('credit')
        byl = [w for w in words('byline') if w not in ('by',)] if lang != 'eng' else ['By', 'Written by', 'Reported by']
        pub = words('published')
        also = words('alsoread')
        copy = [w for w in words('copyright') if w not in ('©', '(c)')]
        home = words('home') or ['Home']
        for si, style in enumerate('ABC'):
            title, related, caption = short[si], short[3 + si], short[6 + si]
            d1 = place + ': ' + body[0]
            lines = []
            exp = {'title': title, 'authors': [author], 'related': [related]}
            if style == 'A':
                tail = site if lang == 'eng' else 'Breaking News Update'
                lines += [site + ' / ' + place, '', title + ' - ' + tail, '']
                lines += [pick(byl, 0) + ': ' + author, '']
                lines += [pick(pub, 0) + ' : ' + digits('3', zero) + ' ' + month + ' ' + digits('2024', zero) + ', ' + digits('19:43', zero) + ' IST', '']
                lines += [caption + ' (' + pick(credit, 0) + ': ' + agency + ')', '']
                exp['caption'], exp['credit'] = caption, pick(credit, 0) + ': ' + agency
                exp['published'] = '2024-07-03T19:43:00+05:30'
                first = place + ': ' + body[0]
                exp['dateline'] = place
                alsoline = pick(also, 0) + '- ' + related
                cr = '© ' + digits('2024', zero) + ' ' + site + ', ' + pick(copy, -1)
            elif style == 'B':
                lines += [site + ' › ' + place, '', title + ' | ' + site, '']
                byline = pick(byl, 1) + ' ' + author
                if part:
                    word, clock, h24 = part
                    when = digits('3', zero) + ' ' + month + ' ' + digits('2024', zero) + ', ' + word + ' ' + digits(clock, zero)
                    exp['published'] = '2024-07-03T' + h24 + ':00' + ('+05:45' if lang == 'npi' else '+05:30')
                else:
                    when = digits('3', zero) + ' ' + month + ' ' + digits('2024', zero) + ', ' + digits('9:05', zero)
                    zoned = lang in ('kas_Arab', 'kas_Deva', 'mni_Beng', 'mni_Mtei', 'sat_Olck', 'snd_Deva')
                    exp['published'] = '2024-07-03T09:05:00+05:30' if zoned else '2024-07-03'
                lines += [byline + ' | ' + pick(pub, 1) + ': ' + when, '']
                sep = '∙' if lang == 'mal' else '-'
                lines += [caption + ' ' + pick(credit, 1) + ': ' + agency, '']
                exp['caption'], exp['credit'] = caption, agency
                first = place + ' ' + sep + ' ' + body[0]
                exp['dateline'] = place
                alsoline = pick(also, 1) + ': ' + related
                cr = pick(copy, 0) + ' © ' + digits('2024', zero) + ' ' + site
            else:
                lines += [pick(home, 0) + ' » ' + place, '', title, '']
                lines += [pick(byl, 2) + ' - ' + author, '']
                if lang == 'eng':
                    rel = '2 hours ago'
                elif hour_tmpl:
                    rel = digits('2', zero) + ' ' + hour_tmpl[0][1:]
                else:
                    rel = None
                if rel:
                    lines += [rel, '']
                    exp['published'] = '2024-07-03T10:00:00Z'
                else:
                    lines += [digits('3', zero) + ' ' + month + ' ' + digits('2024', zero), '']
                    exp['published'] = '2024-07-03'
                dash = ': '
                lines += [caption + ' | ' + pick(credit, 2) + dash + agency, '']
                exp['caption'], exp['credit'] = caption, agency
                comma = '، ' if fcode and fcode.endswith('Arab') else ', '
                first = place + comma + digits('3', zero) + ' ' + month + ' (' + agency + ') ' + body[0]
                exp['dateline'] = place
                alsoline = pick(also, 2) + ' ' + related
                cr = pick(copy, 1) + ' © ' + site
            paras = [first] + body[1:]
            lines += sum([[p, ''] for p in paras[:2]], [])
            lines += [alsoline, '']
            lines += sum([[p, ''] for p in paras[2:]], [])
            lines += sum([[p, ''] for p in paras], [])
            lines += [cr]
            exp['copyright'] = cr
            exp['text'] = '\n\n'.join(paras)
            name = lang + '_' + style
            open(name + '.txt', 'w', encoding='utf-8').write('\n'.join(lines))
            expected[name] = exp
    json.dump(expected, open('expected.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1, sort_keys=True)

if __name__ == "__main__":
    main()
