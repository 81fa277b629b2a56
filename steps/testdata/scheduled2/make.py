#!/usr/bin/env python3
"""Writes a second, independent set of seed-shaped pages for the scheduled
languages (TestScheduledLanguagesFresh): header styles D, E, F, written
from what Indian news sites print, NOT from lexicon/data. The first set
(../scheduled) takes its labels from the lexicon, so it checks that the
table's words are read; this set checks whether the table and the parsers
carry over to wording chosen by someone else. Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

D: breadcrumb "site » place"; title "– site"; a published line with weekday,
   native digits and IST, then an "updated" line; the byline after them
   with the role after the name ("name, correspondent"); caption
   "- photo: agency"; dateline "place, 3 July:"; "also read: title";
   "© year site. all rights reserved" in the language.
E: home breadcrumb; a bare title; a relative time in minutes before the
   byline; two authors joined by the language's "and"; caption with the
   agency in parentheses; dateline "place (agency):"; "also read" on its
   own line with the title on the next; "copyright year site | rights".
F: breadcrumb with no-break spaces; "title - site"; "label name | place"
   byline; a published line with a part-of-day word (night) and no zone;
   caption "— photo: agency"; dateline "place —"; "also read >> title";
   "rights | site year" with no ©.

Sentences are FLORES-200 dev lines other than those of ../scheduled (or that
set's own sentences for the languages FLORES lacks, in another order).
"""
import json, sys, glob, os

sys.path.insert(0, '../scheduled')
import make as first  # noqa: E402  (FLORES reading, Meitei transliteration, own sentences)

FLORES = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/eval/lid/flores-dev.tsv'

# Per language: flores code, site, place, author, second author, "and",
# agency, role after a name, byline label (E), byline label (F), published
# label (D), updated label (D), published label (F), July, Wednesday (or ''),
# native zero for style D (or None), "45 minutes ago", night word (or None),
# photo-credit words (D, F), "also read" (D, E, F), copyright word, "all
# rights reserved", home.
L = {}
def lang(code, **kw):
    L[code] = kw

lang('eng', fl='eng_Latn', site='The Daily Chronicle', place='Mumbai', a1='Rahul Verma', a2='Priya Nair', and_='and', agency='IANS',
     role='Special Correspondent', bylE='By', bylF='Written by', pubD='Published on:', updD='Last Updated:', pubF='Posted:',
     july='July', wd='Wednesday', zero=None, ago='45 mins ago', night=None, credit=('Photo', 'Image'),
     also=('Also Read', 'READ ALSO', 'Also read'), copy='Copyright', rights='All rights reserved', home='Home')
lang('hin', fl='hin_Deva', site='दैनिक प्रहरी', place='लखनऊ', a1='अमित मिश्रा', a2='नेहा सिंह', and_='और', agency='वार्ता',
     role='संवाददाता', bylE='रिपोर्ट:', bylF='द्वारा:', pubD='पब्लिश्ड:', updD='अपडेटेड:', pubF='प्रकाशित तारीख:',
     july='जुलाई', wd='बुधवार', zero='०', ago='45 मिनट पहले', night='रात', credit=('फोटो', 'फ़ोटो'),
     also=('ये भी पढ़ें', 'इसे भी पढ़ें', 'यह भी पढें'), copy='कॉपीराइट', rights='सर्वाधिकार सुरक्षित', home='होम')
lang('ben', fl='ben_Beng', site='আজকের সংবাদ', place='শিলিগুড়ি', a1='অনির্বাণ ঘোষ', a2='শ্রেয়া মুখোপাধ্যায়', and_='ও', agency='পিটিআই',
     role='নিজস্ব সংবাদদাতা', bylE='লেখক:', bylF='প্রতিবেদক:', pubD='প্রকাশ:', updD='শেষ আপডেট:', pubF='প্রকাশিত:',
     july='জুলাই', wd='বুধবার', zero='০', ago='৪৫ মিনিট আগে', night='রাত', credit=('ছবি', 'ছবি সৌজন্যে'),
     also=('আরও পড়ুন', 'আরো পড়ুন', 'আরও পড়ুন'), copy='কপিরাইট', rights='সর্বস্বত্ব সংরক্ষিত', home='প্রচ্ছদ')
lang('asm', fl='asm_Beng', site='প্ৰতিদিন খবৰ', place='যোৰহাট', a1='দীপক শৰ্মা', a2='মৌচুমী কলিতা', and_='আৰু', agency='IANS',
     role='নিজা সংবাদদাতা', bylE='লেখক:', bylF='প্ৰতিবেদক:', pubD='প্ৰকাশিত:', updD='আপডেট:', pubF='প্ৰকাশ:',
     july='জুলাই', wd='বুধবাৰ', zero='০', ago='৪৫ মিনিট আগতে', night='নিশা', credit=('ফটো', 'ছবি'),
     also=('লগতে পঢ়ক', 'অধিক পঢ়ক', 'এইটোও পঢ়ক'), copy='কপিৰাইট', rights='সৰ্বস্বত্ব সংৰক্ষিত', home='মুখ্য পৃষ্ঠা')
lang('brx', fl=None, site='बर’ बातोरा', place='उदालगुरि', a1='दिपांकर नार्जारी', a2='सुमित्रा बसुमतारी', and_='आरो', agency='IANS',
     role='बिफोरमायगिरि', bylE='लिरगिरि:', bylF='By', pubD='प्रकाशित:', updD='अपडेट:', pubF='प्रकाशित:',
     july='जुलाइ', wd='', zero=None, ago='45 मिनिट सिगां', night='हर', credit=('सावगारि', 'फटो'),
     also=('बेखौबो फरा', 'बेबो फरा', 'बेखौबो फरायनो'), copy='Copyright', rights='गासै मोनथाइ रैखा खालामनाय', home='होम')
lang('doi', fl=None, site='जम्मू टाइम्स', place='कठुआ', a1='विजय शर्मा', a2='सुनीता देवी', and_='ते', agency='IANS',
     role='संवाददाता', bylE='लेखक:', bylF='रिपोर्ट:', pubD='छपेआ:', updD='अपडेट:', pubF='प्रकाशित:',
     july='जुलाई', wd='बुद्धवार', zero=None, ago='45 मिंट पैह्लें', night='रातीं', credit=('फोटो', 'तस्वीर'),
     also=('एह् बी पढ़ो', 'इह् बी पढ़ो', 'एह बी पढ़ो'), copy='कापीराइट', rights='सारे हक्क राखवें न', home='होम')
lang('guj', fl='guj_Gujr', site='દિવ્ય સમાચાર', place='સુરત', a1='કિરણ શાહ', a2='નીતા દેસાઈ', and_='અને', agency='IANS',
     role='પ્રતિનિધિ', bylE='લેખક:', bylF='અહેવાલ:', pubD='પ્રકાશિત:', updD='અપડેટેડ:', pubF='પ્રકાશન:',
     july='જુલાઈ', wd='બુધવાર', zero='૦', ago='45 મિનિટ પહેલાં', night='રાત્રે', credit=('તસવીર', 'ફોટો'),
     also=('આ પણ વાંચો', 'આ પણ વાંચો', 'વધુ વાંચો'), copy='કૉપીરાઇટ', rights='સર્વાધિકાર સુરક્ષિત', home='હોમ')
lang('kan', fl='kan_Knda', site='ಪ್ರಜಾ ವಾರ್ತೆ', place='ಮೈಸೂರು', a1='ಸುರೇಶ್ ಗೌಡ', a2='ಅನಿತಾ ರಾವ್', and_='ಮತ್ತು', agency='IANS',
     role='ಪ್ರತಿನಿಧಿ', bylE='ಲೇಖಕರು:', bylF='ವರದಿ:', pubD='ಪ್ರಕಟ:', updD='ಅಪ್‌ಡೇಟ್:', pubF='ಪ್ರಕಟಿಸಲಾಗಿದೆ:',
     july='ಜುಲೈ', wd='ಬುಧವಾರ', zero=None, ago='45 ನಿಮಿಷಗಳ ಹಿಂದೆ', night='ರಾತ್ರಿ', credit=('ಚಿತ್ರ', 'ಫೋಟೋ'),
     also=('ಇದನ್ನೂ ಓದಿ', 'ಇದನ್ನು ಓದಿ', 'ಇದನ್ನೂ ಓದಿ'), copy='ಕೃತಿಸ್ವಾಮ್ಯ', rights='ಎಲ್ಲ ಹಕ್ಕುಗಳನ್ನು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ', home='ಮುಖಪುಟ')
lang('kas_Arab', fl='kas_Arab', site='وادی خبر', place='اننت ناگ', a1='مشتاق احمد', a2='روبینہ جان', and_='تہٕ', agency='IANS',
     role='نامہ نگار', bylE='تحریر:', bylF='رپورٹ:', pubD='شایع:', updD='اپڈیٹ:', pubF='شایع:',
     july='جولایی', wd='بۄدوار', zero='۰', ago='45 مِنَٹ برونٹھ', night='راتھ', credit=('تصویر', 'فوٹو'),
     also=('یہ بھی پڑھیں', 'یِہ تہِ پٔرِو', 'یہ بھی پڑھیں'), copy='Copyright', rights='جملہ حقوق محفوظ', home='Home')
lang('kas_Deva', fl='kas_Deva', site='वादी खबर', place='अनंतनाग', a1='मुश्ताक़ अहमद', a2='रूबीना जान', and_='तॖ', agency='IANS',
     role='नामा निगार', bylE='लेखक:', bylF='रिपोर्ट:', pubD='प्रकाशित:', updD='अपडेट:', pubF='प्रकाशित:',
     july='जुलाई', wd='', zero=None, ago='45 मिनट ब्रोंठ', night='रातस', credit=('तसवीर', 'फोटो'),
     also=('यि ति परिव', 'ये भी पढ़ें', 'यि ति परिव'), copy='Copyright', rights='जुमलॖ हक़ महफ़ूज़', home='होम')
lang('kok', fl=None, site='भांगरभूंय वार्ता', place='मडगांव', a1='प्रकाश गांवकार', a2='सुनिता नायक', and_='आनी', agency='IANS',
     role='प्रतिनिधी', bylE='लेखक:', bylF='वार्ताहर:', pubD='प्रकाशीत:', updD='अपडेट:', pubF='उजवाडाक आयलें:',
     july='जुलय', wd='बुधवार', zero=None, ago='45 मिनटां आदीं', night='राती', credit=('फोटो', 'छायाचित्र'),
     also=('हेंय वाचात', 'हें पुणून वाचात', 'हेंय वाचा'), copy='कॉपीरायट', rights='सगळे हक्क राखून दवरल्यात', home='मुखेल पान')
lang('mai', fl='mai_Deva', site='मैथिली दैनिक', place='मधुबनी', a1='राजेश मिश्र', a2='पूजा झा', and_='आ', agency='IANS',
     role='संवाददाता', bylE='लेखक:', bylF='रिपोर्ट:', pubD='प्रकाशित:', updD='अद्यतन:', pubF='प्रकाशित:',
     july='जुलाई', wd='बुधदिन', zero='०', ago='45 मिनट पहिने', night='राति', credit=('फोटो', 'चित्र'),
     also=('इहो पढ़ू', 'ईहो पढ़ू', 'इहो पढू'), copy='कॉपीराइट', rights='सर्वाधिकार सुरक्षित', home='मुख्य पृष्ठ')
lang('mal', fl='mal_Mlym', site='മലയാള ദിനപത്രം', place='കൊച്ചി', a1='ശ്രീജിത്ത് നായർ', a2='ലക്ഷ്മി മേനോൻ', and_=',', agency='IANS',
     role='ലേഖകൻ', bylE='എഴുതിയത്:', bylF='റിപ്പോർട്ട്:', pubD='പ്രസിദ്ധീകരിച്ചത്:', updD='അപ്ഡേറ്റ് ചെയ്തത്:', pubF='പ്രസിദ്ധീകരിച്ചത്:',
     july='ജൂലൈ', wd='ബുധനാഴ്ച', zero=None, ago='45 മിനിറ്റ് മുമ്പ്', night='രാത്രി', credit=('ചിത്രം', 'ഫോട്ടോ'),
     also=('ഇതും വായിക്കുക', 'ഇതുകൂടി വായിക്കൂ', 'ഇതും വായിക്കൂ'), copy='പകർപ്പവകാശം', rights='എല്ലാ അവകാശങ്ങളും നിക്ഷിപ്തം', home='ഹോം')
lang('mar', fl='mar_Deva', site='लोकवार्ता', place='पुणे', a1='प्रशांत देशमुख', a2='स्नेहा जोशी', and_='आणि', agency='पीटीआय',
     role='प्रतिनिधी', bylE='लेखक:', bylF='वार्ताहर:', pubD='प्रकाशित:', updD='अपडेटेड:', pubF='प्रसिद्ध:',
     july='जुलै', wd='बुधवार', zero='०', ago='45 मिनिटांपूर्वी', night='रात्री', credit=('छायाचित्र', 'फोटो'),
     also=('हेही वाचा', 'हे सुद्धा वाचा', 'हेही वाचा'), copy='कॉपीराईट', rights='सर्व हक्क राखीव', home='मुख्यपृष्ठ')
lang('mni_Beng', fl='mni_Beng', site='ইম্ফাল টাইমস', place='থৌবাল', a1='ইবোচা মৈতৈ', a2='বিনা দেবী', and_='অমসুং', agency='IANS',
     role='Staff Reporter', bylE='By', bylF='By', pubD='Published:', updD='Updated:', pubF='Published:',
     july='জুলাই', wd='', zero='০', ago='মিনিট ৪৫ মমাংদা', night='অহিং', credit=('ফোতো', 'মমি'),
     also=('মসিসু পাবীয়ু', 'মসিসু পাবিয়ু', 'মসিসু পাবীয়ু'), copy='Copyright', rights='All rights reserved', home='Home')
lang('mni_Mtei', fl='mni_Beng', site='ꯏꯝꯐꯥꯜ ꯇꯥꯏꯝꯁ', place='ꯊꯧꯕꯥꯜ', a1='ꯏꯕꯣꯆꯥ ꯃꯩꯇꯩ', a2='ꯕꯤꯅꯥ ꯗꯦꯕꯤ', and_='ꯑꯃꯁꯨꯡ', agency='IANS',
     role='Staff Reporter', bylE='By', bylF='By', pubD='Published:', updD='Updated:', pubF='Published:',
     july='ꯖꯨꯂꯥꯏ', wd='', zero='꯰', ago='ꯃꯤꯅꯤꯠ ꯴꯵ ꯃꯃꯥꯡꯗ', night='ꯑꯍꯤꯡ', credit=('ꯐꯣꯇꯣ', 'ꯃꯃꯤ'),
     also=('ꯃꯁꯤꯁꯨ ꯄꯥꯕꯤꯌꯨ', 'ꯃꯁꯤꯁꯨ ꯄꯥꯕꯤꯌꯨ', 'ꯃꯁꯤꯁꯨ ꯄꯥꯕꯤꯌꯨ'), copy='Copyright', rights='All rights reserved', home='Home')
lang('npi', fl='npi_Deva', site='हिमाली खबर', place='पोखरा', a1='सुरेश अधिकारी', a2='सीता गुरुङ', and_='र', agency='रासस',
     role='संवाददाता', bylE='लेखक:', bylF='संवाददाता:', pubD='प्रकाशित:', updD='अन्तिम अपडेट:', pubF='प्रकाशित मिति:',
     july='जुलाई', wd='बुधबार', zero='०', ago='४५ मिनेट अगाडि', night='राति', credit=('तस्बिर', 'फोटो'),
     also=('यो पनि पढ्नुहोस्', 'यो पनि पढ्नुहोस्', 'यो पनि पढ्नुस्'), copy='प्रतिलिपि अधिकार', rights='सर्वाधिकार सुरक्षित', home='गृहपृष्ठ')
lang('ory', fl='ory_Orya', site='ସମ୍ବାଦ ଦୀପ', place='କଟକ', a1='ପ୍ରଦୀପ ସାହୁ', a2='ସସ୍ମିତା ଦାସ', and_='ଓ', agency='IANS',
     role='ପ୍ରତିନିଧି', bylE='ଲେଖକ:', bylF='ରିପୋର୍ଟ:', pubD='ପ୍ରକାଶିତ:', updD='ଅପଡେଟ:', pubF='ପ୍ରକାଶିତ:',
     july='ଜୁଲାଇ', wd='ବୁଧବାର', zero='୦', ago='୪୫ ମିନିଟ ପୂର୍ବରୁ', night='ରାତି', credit=('ଫଟୋ', 'ଚିତ୍ର'),
     also=('ଏହା ମଧ୍ୟ ପଢ଼ନ୍ତୁ', 'ଆହୁରି ପଢ଼ନ୍ତୁ', 'ଏହା ବି ପଢନ୍ତୁ'), copy='କପିରାଇଟ', rights='ସର୍ବସ୍ୱତ୍ୱ ସଂରକ୍ଷିତ', home='ମୂଳପୃଷ୍ଠା')
lang('pan', fl='pan_Guru', site='ਪੰਜਾਬ ਟਾਈਮਜ਼', place='ਲੁਧਿਆਣਾ', a1='ਗੁਰਪ੍ਰੀਤ ਕੌਰ', a2='ਜਸਵਿੰਦਰ ਸਿੰਘ', and_='ਅਤੇ', agency='IANS',
     role='ਪੱਤਰਕਾਰ', bylE='ਲੇਖਕ:', bylF='ਰਿਪੋਰਟ:', pubD='ਪ੍ਰਕਾਸ਼ਿਤ:', updD='ਅਪਡੇਟ:', pubF='ਪ੍ਰਕਾਸ਼ਿਤ:',
     july='ਜੁਲਾਈ', wd='ਬੁੱਧਵਾਰ', zero=None, ago='45 ਮਿੰਟ ਪਹਿਲਾਂ', night='ਰਾਤ', credit=('ਤਸਵੀਰ', 'ਫ਼ੋਟੋ'),
     also=('ਇਹ ਵੀ ਪੜ੍ਹੋ', 'ਇਹ ਵੀ ਪੜ੍ਹੋ', 'ਇਹ ਵੀ ਪੜੋ'), copy='ਕਾਪੀਰਾਈਟ', rights='ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ ਹਨ', home='ਮੁੱਖ ਪੰਨਾ')
lang('san', fl='san_Deva', site='दैनिकवार्ता', place='उज्जयिनी', a1='हरिदत्त शास्त्री', a2='गीता मिश्रा', and_='तथा', agency='IANS',
     role='संवाददाता', bylE='लेखकः', bylF='प्रतिवेदकः', pubD='प्रकाशितम्:', updD='परिष्कृतम्:', pubF='प्रकाशनतिथिः',
     july='जुलाई', wd='बुधवासरः', zero='०', ago='४५ निमेषात् पूर्वम्', night='रात्रौ', credit=('चित्रम्', 'छायाचित्रम्'),
     also=('एतदपि पठन्तु', 'इदमपि पठन्तु', 'एतदपि पठतु'), copy='प्रतिलिप्यधिकारः', rights='सर्वाधिकाराः सुरक्षिताः', home='मुखपृष्ठम्')
lang('sat_Olck', fl='sat_Olck', site='ᱥᱟᱱᱛᱟᱲᱤ ᱥᱟᱹᱜᱩᱱ', place='ᱨᱟᱧᱪᱤ', a1='ᱵᱤᱨᱥᱟ ᱦᱟᱸᱥᱫᱟ', a2='ᱢᱟᱱᱡᱷᱤ ᱥᱚᱨᱮᱱ', and_='ᱟᱨ', agency='IANS',
     role='Staff Reporter', bylE='By', bylF='By', pubD='Published:', updD='Updated:', pubF='Published:',
     july='ᱡᱩᱞᱟᱭ', wd='', zero='᱐', ago='᱔᱕ ᱢᱤᱱᱤᱴ ᱢᱟᱲᱟᱝ', night='ᱧᱤᱫᱟ', credit=('ᱪᱤᱛᱟᱹᱨ', 'ᱯᱷᱚᱴᱚ'),
     also=('ᱱᱚᱣᱟ ᱦᱚᱸ ᱯᱟᱲᱦᱟᱣ ᱢᱮ', 'ᱱᱚᱣᱟ ᱦᱚᱸ ᱯᱟᱲᱦᱟᱣ ᱢᱮ', 'ᱱᱚᱣᱟ ᱦᱚᱸ ᱯᱟᱲᱦᱟᱣ ᱢᱮ'), copy='Copyright', rights='All rights reserved', home='Home')
lang('snd_Arab', fl='snd_Arab', site='سنڌ اخبار', place='احمدآباد', a1='عبدالله ميمڻ', a2='سائره سومرو', and_='۽', agency='IANS',
     role='نمائندو', bylE='ليکڪ:', bylF='رپورٽ:', pubD='شايع ٿيل:', updD='اپڊيٽ:', pubF='شايع:',
     july='جولاءِ', wd='اربع', zero='۰', ago='45 منٽ اڳ', night='رات', credit=('تصوير', 'فوٽو'),
     also=('هي به پڙهو', 'اهو به پڙهو', 'هي پڻ پڙهو'), copy='ڪاپي رائيٽ', rights='سڀ حق محفوظ آهن', home='Home')
lang('snd_Deva', fl=None, site='हिंदवासी', place='आदिपुर', a1='किशोर आडवाणी', a2='कविता मोटवाणी', and_='ऐं', agency='IANS',
     role='नमाइंदो', bylE='लेखक:', bylF='रिपोर्ट:', pubD='शाया थियल:', updD='अपडेट:', pubF='प्रकाशित:',
     july='जुलाई', wd='', zero=None, ago='45 मिंट अगु', night='रात', credit=('तस्वीर', 'फोटो'),
     also=('हीउ बि पढ़ो', 'इहो बि पढ़ो', 'हीउ बि पढो'), copy='कॉपीराइट', rights='सभु हक़ महफ़ूज़ आहिनि', home='होम')
lang('tam', fl='tam_Taml', site='தினச்செய்தி', place='மதுரை', a1='முருகன் ராஜா', a2='கவிதா சுப்ரமணியம்', and_='மற்றும்', agency='பிடிஐ',
     role='செய்தியாளர்', bylE='எழுதியவர்:', bylF='செய்தியாளர்:', pubD='வெளியிடப்பட்டது:', updD='புதுப்பிக்கப்பட்டது:', pubF='வெளியீடு:',
     july='ஜூலை', wd='புதன்கிழமை', zero=None, ago='45 நிமிடங்களுக்கு முன்', night='இரவு', credit=('படம்', 'புகைப்படம்'),
     also=('இதையும் படிங்க', 'இதையும் படியுங்கள்', 'இதையும் படிக்க'), copy='காப்புரிமை', rights='அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை', home='முகப்பு')
lang('tel', fl='tel_Telu', site='ప్రజాశక్తి వార్తలు', place='విజయవాడ', a1='శ్రీనివాస్ రెడ్డి', a2='లక్ష్మి ప్రసన్న', and_='మరియు', agency='IANS',
     role='ప్రతినిధి', bylE='రచయిత:', bylF='రిపోర్టర్:', pubD='ప్రచురణ:', updD='అప్‌డేట్:', pubF='ప్రచురించబడింది:',
     july='జులై', wd='బుధవారం', zero=None, ago='45 నిమిషాల క్రితం', night='రాత్రి', credit=('ఫోటో', 'చిత్రం'),
     also=('ఇది కూడా చదవండి', 'ఇవి కూడా చదవండి', 'ఇదీ చదవండి'), copy='కాపీరైట్', rights='సర్వహక్కులు ప్రత్యేకించబడ్డాయి', home='హోం')
lang('urd', fl='urd_Arab', site='قومی آواز', place='لکھنؤ', a1='محمد عارف', a2='نازیہ پروین', and_='اور', agency='یو این آئی',
     role='نامہ نگار', bylE='تحریر:', bylF='رپورٹ:', pubD='شائع شدہ:', updD='اپ ڈیٹ:', pubF='اشاعت:',
     july='جولائی', wd='بدھ', zero='۰', ago='45 منٹ پہلے', night='رات', credit=('تصویر', 'فوٹو'),
     also=('یہ بھی پڑھیں', 'مزید پڑھیں', 'یہ بھی پڑھیے'), copy='کاپی رائٹ', rights='جملہ حقوق محفوظ ہیں', home='صفحہ اول')

# Zones the record must carry for a time printed without one: the
# country's, from the language or script (Nepali: Nepal; the Indian
# scripts, Urdu and Kashmiri: India); Sindhi in Arabic script and English
# name no country, so only the day is kept.
NOZONE = {'eng', 'snd_Arab'}

def zone(code):
    return '+05:45' if code == 'npi' else '+05:30'

def main():
    for f in glob.glob('*.txt'):
        os.remove(f)
    fl = first.flores()
    expected = {}
    for code, p in L.items():
        if p['fl']:
            S = fl[p['fl']]
            if code == 'mni_Mtei':
                S = [first.meitei(x) for x in S]
            body = [S[40] + ' ' + S[41], S[42] + ' ' + S[43], S[44], S[45] + ' ' + S[46]]
            # the nine shortest lines of 150-499 (of at least 25 letters), in
            # FLORES order: headlines and captions are short.
            idx = sorted(sorted((i for i in range(150, 500) if len(S[i]) >= 25), key=lambda i: (len(S[i]), i))[:9])
            short = [S[i] for i in idx]
        else:
            o, n = first.OWN[code], first.MORE[code]
            body = [o[4] + ' ' + o[5] + ' ' + n[2], o[0] + ' ' + o[1] + ' ' + n[0], o[6] + ' ' + n[1] + ' ' + n[3], o[2] + ' ' + o[3]]
            short = [o[12], o[11], o[10], o[9], o[8], o[7], o[11], o[12], o[10]]
        short = [first.strip_end(x) for x in short]
        z = p['zero']
        nd = lambda s: first.digits(s, z)  # native digits, style D only
        site, place, agency = p['site'], p['place'], p['agency']
        for si, style in enumerate('DEF'):
            title, related, caption = short[si], short[3 + si], short[6 + si]
            exp = {'title': title, 'related': [related], 'caption': caption, 'credit': agency, 'dateline': place}
            lines = []
            if style == 'D':
                lines += [site + ' » ' + place, '', title + ' – ' + site, '']
                wd = (p['wd'] + ', ') if p['wd'] else ''
                lines += [p['pubD'] + ' ' + wd + nd('3') + ' ' + p['july'] + ' ' + nd('2024') + ', ' + nd('08:15') + ' IST']
                lines += [p['updD'] + ' ' + nd('3') + ' ' + p['july'] + ' ' + nd('2024') + ', ' + nd('11:20') + ' IST', '']
                exp['published'] = '2024-07-03T08:15:00+05:30'
                lines += [p['a1'] + ', ' + p['role'], '']
                exp['authors'] = [p['a1']]
                lines += [caption + ' - ' + p['credit'][0] + ': ' + agency, '']
                first_para = place + ', ' + nd('3') + ' ' + p['july'] + ': ' + body[0]
                also = [p['also'][0] + ': ' + related]
                cr = '© ' + nd('2024') + ' ' + site + '. ' + p['rights']
            elif style == 'E':
                lines += [p['home'] + ' / ' + place, '', title, '']
                lines += [p['ago'], '']
                exp['published'] = '2024-07-03T11:15:00Z'
                sep = ', ' if p['and_'] == ',' else ' ' + p['and_'] + ' '
                lines += [p['bylE'] + ' ' + p['a1'] + sep + p['a2'], '']
                exp['authors'] = [p['a1'], p['a2']]
                lines += [caption + ' (' + agency + ')', '']
                first_para = place + ' (' + agency + '): ' + body[0]
                also = [p['also'][1], related]
                cr = p['copy'] + ' 2024 ' + site + ' | ' + p['rights']
            else:
                lines += [site + '\u00a0/\u00a0' + place, '', title + ' - ' + site, '']
                lines += [p['bylF'] + ' ' + p['a1'] + ' | ' + place, '']
                exp['authors'] = [p['a1']]
                if p['night']:
                    lines += [p['pubF'] + ' 2 ' + p['july'] + ' 2024, ' + p['night'] + ' 9:10', '']
                else:
                    lines += [p['pubF'] + ' 2 ' + p['july'] + ' 2024, 9:10 PM', '']
                exp['published'] = '2024-07-02' if code in NOZONE else '2024-07-02T21:10:00' + zone(code)
                lines += [caption + ' — ' + p['credit'][1] + ': ' + agency, '']
                dl = place.upper() if code == 'eng' else place
                exp['dateline'] = dl
                first_para = dl + ' — ' + body[0]
                also = [p['also'][2] + ' >> ' + related]
                cr = p['rights'] + ' | ' + site + ' 2024'
            paras = [first_para] + body[1:]
            lines += sum([[x, ''] for x in paras[:2]], [])
            lines += also + ['']
            lines += sum([[x, ''] for x in paras[2:]], [])
            lines += sum([[x, ''] for x in paras], [])
            lines += [cr]
            exp['copyright'] = cr
            exp['text'] = '\n\n'.join(paras)
            name = code + '_' + style
            open(name + '.txt', 'w', encoding='utf-8').write('\n'.join(lines))
            expected[name] = exp
    json.dump(expected, open('expected.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1, sort_keys=True)

if __name__ == '__main__':
    main()
