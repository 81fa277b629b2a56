package meta

import (
	"reflect"
	"slices"
	"testing"
	"time"
	"unicode"

	"github.com/akhbar/akhbar/clean"
	"github.com/akhbar/akhbar/pipeline"
)

// The words of these cases come from package lexicon; each case is one
// shape news sites of the language print.
func TestScheduledAuthors(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"লিখেছেন: সুমন দাস", []string{"সুমন দাস"}},
		{"প্রতিবেদন: রিয়া সেন ও অমিত পাল", []string{"রিয়া সেন", "অমিত পাল"}},
		{"লিখক: প্ৰাঞ্জল বৰা", []string{"প্ৰাঞ্জল বৰা"}},
		{"எழுதியவர்: செந்தில் குமார்", []string{"செந்தில் குமார்"}},
		{"లేఖకుడు: రవి కిరణ్", []string{"రవి కిరణ్"}},
		{"लेखकः रामचन्द्र शर्मा", []string{"रामचन्द्र शर्मा"}},
		{"لیکھن وول: شبیر احمد", []string{"شبیر احمد"}},
		{"बरोवपी: सुरेश नायक", []string{"सुरेश नायक"}},
		{"ليکڪ: علي شاهه ۽ سارا ميمڻ", []string{"علي شاهه", "سارا ميمڻ"}},
		{"ਲੇਖਕ: ਹਰਪ੍ਰੀਤ ਸਿੰਘ | ਪ੍ਰਕਾਸ਼ਿਤ: 3 ਜੁਲਾਈ 2024", []string{"ਹਰਪ੍ਰੀਤ ਸਿੰਘ"}},
	} {
		if got := authors(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("authors(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestScheduledCredits(t *testing.T) {
	for _, c := range []struct{ in, caption, credit string }{
		{"نئی دہلی میں اجلاس (تصویر: PTI)", "نئی دہلی میں اجلاس", "تصویر: PTI"},
		{"સભામાં મુખ્યમંત્રી ફોટો: ભરત પટેલ", "સભામાં મુખ્યમંત્રી", "ભરત પટેલ"},
		{"ਵਿਧਾਨ ਸਭਾ ਦਾ ਦ੍ਰਿਸ਼ ਫੋਟੋ: ਪੀਟੀਆਈ", "ਵਿਧਾਨ ਸਭਾ ਦਾ ਦ੍ਰਿਸ਼", "ਪੀਟੀਆਈ"},
		{"ଭୁବନେଶ୍ୱରରେ ବର୍ଷା (ଫଟୋ- ସମ୍ବାଦ)", "ଭୁବନେଶ୍ୱରରେ ବର୍ଷା", "ଫଟୋ- ସମ୍ବାଦ"},
		{"पणजी बाजार छायाचित्र: सुरेश", "पणजी बाजार", "सुरेश"},
		{"Farmers at the mandi (PTI)", "Farmers at the mandi", "PTI"},
	} {
		caption, credit := splitCredit(c.in)
		if caption != c.caption || credit != c.credit {
			t.Errorf("splitCredit(%q) = %q, %q; want %q, %q", c.in, caption, credit, c.caption, c.credit)
		}
	}
}

func TestAgencyDateline(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"New Delhi, Jul 3 (PTI) The Union Cabinet on Wednesday approved the plan.", "New Delhi"},
		{"नई दिल्ली, 3 जुलाई (भाषा) केंद्रीय मंत्रिमंडल ने बुधवार को योजना को मंजूरी दी।", "नई दिल्ली"},
		{"نئی دہلی، 3 جولائی: مرکزی کابینہ نے بدھ کو منصوبے کی منظوری دی۔", "نئی دہلی"},
		{"തിരുവനന്തപുരം ∙ സംസ്ഥാനത്ത് കനത്ത മഴ തുടരുന്നു.", "തിരുവനന്തപുരം"},
		// A parenthesis that is not an agency opens no dateline.
		{"Prime Minister (retd) said the plan would work.", ""},
	} {
		if got := dateline(c.in); got != c.want {
			t.Errorf("dateline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestPipeSiteTail(t *testing.T) {
	title, kw := splitTitle("ਪੰਜਾਬ ਵਿੱਚ ਭਾਰੀ ਮੀਂਹ - Punjab Rain | ETV Bharat", "ETV Bharat", unicode.Gurmukhi)
	if title != "ਪੰਜਾਬ ਵਿੱਚ ਭਾਰੀ ਮੀਂਹ" || !reflect.DeepEqual(kw, []string{"Punjab Rain"}) {
		t.Errorf("title %q keywords %q", title, kw)
	}
	title, _ = splitTitle("ਪੰਜਾਬ ਵਿੱਚ ਭਾਰੀ ਮੀਂਹ | ਜਗ ਬਾਣੀ", "ਜਗ ਬਾਣੀ", unicode.Gurmukhi)
	if title != "ਪੰਜਾਬ ਵਿੱਚ ਭਾਰੀ ਮੀਂਹ" {
		t.Errorf("title %q", title)
	}
}

func TestZoneByCountry(t *testing.T) {
	for _, c := range []struct {
		name, url, lang, body, date, want string
	}{
		{"Sikkim Nepali on .in", "https://example.in/news/1", "npi_Deva", "गान्तोक: राज्यमा भारी वर्षा भयो।", "प्रकाशित: 3 जुलाई 2024, 9:05", "2024-07-03T09:05:00+05:30"},
		{"Nepali without a country", "", "npi_Deva", "काठमाडौं: उपत्यकामा भारी वर्षा भयो।", "प्रकाशित: 3 जुलाई 2024, 9:05", "2024-07-03T09:05:00+05:45"},
		{"Urdu zoneless", "", "urd_Arab", "سری نگر: وادی میں بارش ہوئی۔", "شائع: 3 جولائی 2024، 9:05", "2024-07-03T09:05:00+05:30"},
		{"English on .pk", "https://example.com.pk/a", "eng_Latn", "Lahore: It rained.", "Published: Jul 3, 2024, 9:05", "2024-07-03T09:05:00+05:00"},
	} {
		d := pipeline.NewDoc(pipeline.Item{ID: "x", URL: c.url})
		d.Record.Lang = c.lang
		d.Blocks = blocks("metadata", clean.ReasonDate, c.date, "body", "", c.body)
		Extract(d, Options{Now: testNow})
		if string(d.Record.Published) != c.want || !reflect.DeepEqual(d.Record.Flags, []string{"zone-assumed"}) {
			t.Errorf("%s: published %q flags %q, want %q", c.name, d.Record.Published, d.Record.Flags, c.want)
		}
	}
	// An English page that prints IST in another metadata line.
	d := pipeline.NewDoc(pipeline.Item{ID: "y"})
	d.Blocks = blocks("metadata", clean.ReasonDate, "Published: Jul 3, 2024, 9:05", "metadata", clean.ReasonByline, "By A Writer | Updated 10:00 IST",
		"body", "", "The council approved the budget on Tuesday.")
	Extract(d, Options{Now: testNow})
	if d.Record.Published != "2024-07-03T09:05:00+05:30" {
		t.Errorf("IST on the page: published %q", d.Record.Published)
	}
}

func TestScriptFlags(t *testing.T) {
	for _, c := range []struct {
		name, lang, body string
		want             []string
	}{
		{"kruti dev hindi", "ind_Latn", "fnYyh esa vkt ljdkj us ,d cSBd dh ftlesa dbZ eq[;ea=h 'kkfey gq, vkSj ;g QSlyk fd;k x;k fd ubZ ;kstuk ykxw gksxh A", []string{"legacy-font"}},
		{"romanised bengali", "eng_Latn", "aaj kolkatay ekta boro michil hoyeche ebong onek manush theke shuru kore shob rasta bondho chilo kintu police kichu kore ni", []string{"romanised"}},
		{"romanised hindi label", "hin_Latn", "aaj dilli mein badi baarish hui aur sadkon par paani bhar gaya", []string{"romanised"}},
		{"english", "eng_Latn", "The council approved the budget on Tuesday after a long debate about schools and roads in the city.", nil},
		{"indonesian", "ind_Latn", "Pemerintah kota menyetujui anggaran baru pada hari Selasa setelah perdebatan panjang tentang sekolah dan jalan.", nil},
	} {
		d := pipeline.NewDoc(pipeline.Item{ID: "x"})
		d.Record.Lang = c.lang
		d.Blocks = blocks("body", "", c.body)
		Extract(d, Options{Now: testNow})
		var got []string
		for _, f := range d.Record.Flags {
			if f == "legacy-font" || f == "romanised" {
				got = append(got, f)
			}
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: flags %q, want %q", c.name, got, c.want)
		}
	}
}

func TestCreditWholeWord(t *testing.T) {
	for _, c := range []struct{ in, caption, credit string }{
		{"ಕೋಟೆಯ ನೋಟ (ಚಿತ್ರದುರ್ಗ)", "ಕೋಟೆಯ ನೋಟ (ಚಿತ್ರದುರ್ಗ)", ""},
		{"ಕೋಟೆಯ ನೋಟ (ಚಿತ್ರ: ರಮೇಶ್)", "ಕೋಟೆಯ ನೋಟ", "ಚಿತ್ರ: ರಮೇಶ್"},
		{"Rally in Delhi (Photos: PTI)", "Rally in Delhi", "Photos: PTI"},
	} {
		caption, credit := splitCredit(c.in)
		if caption != c.caption || credit != c.credit {
			t.Errorf("splitCredit(%q) = %q, %q; want %q, %q", c.in, caption, credit, c.caption, c.credit)
		}
	}
}

// TestRelativeZoneByCountry checks that a relative day with a clock takes
// the zone an absolute date without a zone would (the site's country, the
// page's own zone word), counted from Options.Now, and is flagged the
// same way; that without a country only its day is kept; and that an
// offset ("2 hours ago") stays the instant Now gives, written as Now is
// and unflagged. Now is
// 20:00 UTC on 10 July: 01:30 on the 11th in India.
func TestRelativeZoneByCountry(t *testing.T) {
	now := time.Date(2024, 7, 10, 20, 0, 0, 0, time.UTC)
	en := "The council approved the budget on Tuesday."
	for _, c := range []struct {
		name, url, lang, body, date, extra, want string
		assumed                                  bool
	}{
		{"Indian site", "https://example.in/a", "eng_Latn", en, "Yesterday 2:45PM", "", "2024-07-10T14:45:00+05:30", true},
		{"Indian site, today", "https://example.in/a", "eng_Latn", en, "Today 12:01 AM", "", "2024-07-11T00:01:00+05:30", true},
		{"Hindi page without a country", "", "hin_Deva", "नई दिल्ली: परिषद ने बजट को मंजूरी दी।", "कल शाम 5:10", "", "2024-07-10T17:10:00+05:30", true},
		{"page's own IST", "https://example.com/a", "eng_Latn", en, "Yesterday 2:45PM", "By A Writer | Updated 10:00 IST", "2024-07-10T14:45:00+05:30", true},
		{"no country", "https://example.com/a", "eng_Latn", en, "Yesterday 2:45PM", "", "2024-07-09", false},
		{"zone on the line", "https://example.com/a", "eng_Latn", en, "Yesterday, 10:30 PM IST", "", "2024-07-10T22:30:00+05:30", false},
		{"days, Indian site", "https://example.in/a", "eng_Latn", en, "3 days ago", "", "2024-07-08", false},
		{"days, no country", "https://example.com/a", "eng_Latn", en, "3 days ago", "", "2024-07-07", false},
		{"offset, Indian site", "https://example.in/a", "eng_Latn", en, "2 hours ago", "", "2024-07-10T18:00:00Z", false},
		{"offset, no country", "https://example.com/a", "eng_Latn", en, "2 hours ago", "", "2024-07-10T18:00:00Z", false},
	} {
		d := pipeline.NewDoc(pipeline.Item{ID: "x", URL: c.url})
		d.Record.Lang = c.lang
		if c.extra != "" {
			d.Blocks = blocks("metadata", clean.ReasonDate, c.date, "metadata", clean.ReasonByline, c.extra, "body", "", c.body)
		} else {
			d.Blocks = blocks("metadata", clean.ReasonDate, c.date, "body", "", c.body)
		}
		Extract(d, Options{Now: now})
		if string(d.Record.Published) != c.want || slices.Contains(d.Record.Flags, "zone-assumed") != c.assumed {
			t.Errorf("%s: published %q flags %q, want %q (zone assumed %v)", c.name, d.Record.Published, d.Record.Flags, c.want, c.assumed)
		}
	}
}
