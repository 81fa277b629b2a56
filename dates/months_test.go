package dates

import (
	"fmt"
	"strings"
	"testing"
)

// monthNames are the month names news sites print, per language (CLDR's
// and the common news spellings).
var monthNamesByLang = map[string]string{
	"hi":  "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
	"hi2": "जनवरी फरवरी मार्च अप्रेल मई जून जुलाइ अगस्त सितम्बर अक्तूबर नवम्बर दिसम्बर",
	"mr":  "जानेवारी फेब्रुवारी मार्च एप्रिल मे जून जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर",
	"ne":  "जनवरी फेब्रुअरी मार्च अप्रिल मे जुन जुलाई अगस्ट सेप्टेम्बर अक्टोबर नोभेम्बर डिसेम्बर",
	"bn":  "জানুয়ারী ফেব্রুয়ারী মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর",
	"bn2": "জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগষ্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর",
	"as":  "জানুৱাৰী ফেব্ৰুৱাৰী মাৰ্চ এপ্ৰিল মে জুন জুলাই আগষ্ট ছেপ্তেম্বৰ অক্টোবৰ নৱেম্বৰ ডিচেম্বৰ",
	"gu":  "જાન્યુઆરી ફેબ્રુઆરી માર્ચ એપ્રિલ મે જૂન જુલાઈ ઑગસ્ટ સપ્ટેમ્બર ઑક્ટોબર નવેમ્બર ડિસેમ્બર",
	"pa":  "ਜਨਵਰੀ ਫ਼ਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ ਮਈ ਜੂਨ ਜੁਲਾਈ ਅਗਸਤ ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ",
	"or":  "ଜାନୁଆରୀ ଫେବୃଆରୀ ମାର୍ଚ୍ଚ ଅପ୍ରେଲ ମଇ ଜୁନ ଜୁଲାଇ ଅଗଷ୍ଟ ସେପ୍ଟେମ୍ବର ଅକ୍ଟୋବର ନଭେମ୍ବର ଡିସେମ୍ବର",
	"ta":  "ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்",
	"te":  "జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్ మే జూన్ జులై ఆగస్టు సెప్టెంబర్ అక్టోబర్ నవంబర్ డిసెంబర్",
	"kn":  "ಜನವರಿ ಫೆಬ್ರವರಿ ಮಾರ್ಚ್ ಏಪ್ರಿಲ್ ಮೇ ಜೂನ್ ಜುಲೈ ಆಗಸ್ಟ್ ಸೆಪ್ಟೆಂಬರ್ ಅಕ್ಟೋಬರ್ ನವೆಂಬರ್ ಡಿಸೆಂಬರ್",
	"ml":  "ജനുവരി ഫെബ്രുവരി മാർച്ച് ഏപ്രിൽ മേയ് ജൂൺ ജൂലൈ ഓഗസ്റ്റ് സെപ്റ്റംബർ ഒക്‌ടോബർ നവംബർ ഡിസംബർ",
	"ur":  "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",
	"si":  "ජනවාරි පෙබරවාරි මාර්තු අප්‍රේල් මැයි ජූනි ජූලි අගෝස්තු සැප්තැම්බර් ඔක්තෝබර් නොවැම්බර් දෙසැම්බර්",
	"kok": "जानेवारी फेब्रुवारी मार्च एप्रिल मे जून जुलय ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर",
	"en":  "January February March April May June July August September October November December",
	"en2": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
	"de":  "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
	"fr":  "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
	"es":  "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
	"pt":  "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
	"it":  "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
	"nl":  "januari februari maart april mei juni juli augustus september oktober november december",
	"pl":  "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
	"ru":  "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
	"uk":  "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
	"tr":  "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
	"id":  "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
	"ms":  "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
}

func TestMonthNames(t *testing.T) {
	for lang, names := range monthNamesByLang {
		for i, name := range strings.Fields(names) {
			in := "3 " + name + " 2024"
			want := fmt.Sprintf("2024-%02d-03", i+1)
			r, ok := Parse(in, Options{Ref: ref})
			if !ok || r.String() != want {
				t.Errorf("%s: Parse(%q) = %v, %v; want %s", lang, in, r, ok, want)
			}
		}
	}
}
