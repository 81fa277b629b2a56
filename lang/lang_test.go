package lang

import (
	"math"
	"os"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// Sentences written for these tests (not taken from any evaluation set).
var sentences = []struct{ want, text string }{
	{"hin_Deva", "भारत दक्षिण एशिया में स्थित एक देश है। इसकी राजधानी नई दिल्ली है और यहाँ की सबसे अधिक बोली जाने वाली भाषा हिंदी है।"},
	{"mar_Deva", "महाराष्ट्र हे भारतातील एक राज्य आहे. मुंबई ही महाराष्ट्राची राजधानी आहे आणि पुणे हे शिक्षणाचे केंद्र आहे."},
	{"npi_Deva", "नेपाल दक्षिण एसियामा अवस्थित एक देश हो। यसको राजधानी काठमाडौं हो र यहाँका मानिसहरू नेपाली भाषा बोल्छन्।"},
	{"san_Deva", "धर्मक्षेत्रे कुरुक्षेत्रे समवेता युयुत्सवः। मामकाः पाण्डवाश्चैव किमकुर्वत सञ्जय॥"},
	{"ben_Beng", "বাংলাদেশ দক্ষিণ এশিয়ার একটি দেশ। এর রাজধানী ঢাকা এবং এখানকার মানুষ বাংলা ভাষায় কথা বলে।"},
	{"asm_Beng", "অসম ভাৰতৰ উত্তৰ-পূৰ্বাঞ্চলৰ এখন ৰাজ্য। ইয়াৰ ৰাজধানী দিশপুৰ আৰু ইয়াৰ মানুহে অসমীয়া ভাষা কয়।"},
	{"urd_Arab", "پاکستان جنوبی ایشیا میں واقع ایک ملک ہے۔ اس کا دارالحکومت اسلام آباد ہے اور یہاں اردو بولی جاتی ہے۔"},
	{"eng_Latn", "The government announced on Wednesday that the new railway line would open to passengers next month."},
	{"tam_Taml", "தமிழ்நாடு இந்தியாவின் தென்பகுதியில் உள்ள ஒரு மாநிலம். இதன் தலைநகரம் சென்னை."},
	{"kan_Knda", "ಕರ್ನಾಟಕ ಭಾರತದ ದಕ್ಷಿಣ ಭಾಗದಲ್ಲಿರುವ ಒಂದು ರಾಜ್ಯ. ಬೆಂಗಳೂರು ಇದರ ರಾಜಧಾನಿ."},
	{"guj_Gujr", "ગુજરાત ભારતના પશ્ચિમ ભાગમાં આવેલું એક રાજ્ય છે. ગાંધીનગર તેની રાજધાની છે."},
	{"pan_Guru", "ਪੰਜਾਬ ਭਾਰਤ ਦੇ ਉੱਤਰ-ਪੱਛਮ ਵਿੱਚ ਇੱਕ ਰਾਜ ਹੈ। ਇਸ ਦੀ ਰਾਜਧਾਨੀ ਚੰਡੀਗੜ੍ਹ ਹੈ।"},
	{"sat_Olck", "ᱥᱟᱱᱛᱟᱲᱤ ᱯᱟᱹᱨᱥᱤ ᱚᱞ ᱪᱤᱠᱤ ᱦᱚᱨᱚᱯ ᱛᱮ ᱚᱞᱚᱜ ᱠᱟᱱᱟ᱾"},
	{"mni_Mtei", "ꯃꯅꯤꯄꯨꯔ ꯑꯁꯤ ꯚꯥꯔꯠꯀꯤ ꯁ꯭ꯇꯦꯠ ꯑꯃꯅꯤ꯫"},
	{"rus_Cyrl", "Москва является столицей России и крупнейшим городом страны по численности населения."},
	{"zho_Hans", "北京是中华人民共和国的首都，也是全国的政治和文化中心。"},
	{"jpn_Jpan", "東京は日本の首都であり、世界でも有数の大都市です。"},
	{"kor_Hang", "서울은 대한민국의 수도이며 가장 큰 도시이다."},
	{"hin_Latn", "yeh film bahut acchi hai, aap ko zaroor dekhni chahiye aur apne doston ko bhi batana"},
	{"und", "12345 -- !!! ..."},
}

func TestIdentify(t *testing.T) {
	for _, tc := range sentences {
		got := Identify(tc.text)
		if got.Label != tc.want {
			t.Errorf("Identify(%.40q) = %v, want %s", tc.text, got, tc.want)
		}
		if got.Score < 0 || got.Score > 1 || math.IsNaN(got.Score) {
			t.Errorf("Identify(%.40q) score %v out of [0,1]", tc.text, got.Score)
		}
	}
}

func TestScript(t *testing.T) {
	for _, tc := range []struct {
		text, want string
		share      float64
	}{
		{"नमस्ते दुनिया", "Deva", 1},
		{"नमस्ते world", "Deva", 0.55},
		{"東京は日本の首都", "Jpan", 1},
		{"北京是首都", "Hani", 1},
		{"ᱥᱟᱱᱛᱟᱲᱤ", "Olck", 1},
		{"1234 !!", "Zyyy", 0},
		{"", "Zyyy", 0},
	} {
		got, share := Script(tc.text)
		if got != tc.want || share < tc.share-0.05 || share > 1 {
			t.Errorf("Script(%q) = %s %.2f, want %s ~%.2f", tc.text, got, share, tc.want, tc.share)
		}
	}
}

// The seed page is a Hindi news article that quotes English names and
// phrases; it must come out Hindi with English visible in the shares.
func TestDocumentSeedHindiWithEnglish(t *testing.T) {
	b, err := os.ReadFile("testdata/seed_hindi_news.txt")
	if err != nil {
		t.Fatal(err)
	}
	var paras []string
	for _, p := range strings.Split(string(b), "\n\n") {
		if strings.TrimSpace(p) != "" {
			paras = append(paras, p)
		}
	}
	doc, shares, per := Document(paras)
	if doc.Label != "hin_Deva" {
		t.Fatalf("document label %v, want hin_Deva (shares %v)", doc, shares)
	}
	if shares["eng_Latn"] < 0.02 || shares["hin_Deva"] < 0.6 {
		t.Errorf("shares %v: want hin_Deva dominant and eng_Latn visible", shares)
	}
	sum := 0.0
	for _, v := range shares {
		sum += v
	}
	if math.Abs(sum-1) > 1e-9 {
		t.Errorf("shares sum to %v", sum)
	}
	if len(per) != len(paras) {
		t.Fatalf("%d paragraph results for %d paragraphs", len(per), len(paras))
	}
	hindi := 0
	for i, r := range per {
		if r.Label == "hin_Deva" {
			hindi++
		}
		if strings.HasPrefix(paras[i], "Published : ") && r.Label != "eng_Latn" {
			t.Errorf("paragraph %q labelled %v, want eng_Latn", paras[i], r)
		}
	}
	if hindi*2 < len(per) {
		t.Errorf("only %d of %d paragraphs labelled hin_Deva: %v", hindi, len(per), per)
	}
}

func TestDocumentEmpty(t *testing.T) {
	doc, shares, per := Document(nil)
	if doc.Label != "und" || len(shares) != 0 || len(per) != 0 {
		t.Errorf("Document(nil) = %v %v %v", doc, shares, per)
	}
	doc, _, per = Document([]string{"", "123"})
	if doc.Label != "und" || len(per) != 2 || per[0].Label != "und" {
		t.Errorf("Document of no letters = %v %v", doc, per)
	}
}

func TestParseFilter(t *testing.T) {
	f, err := ParseFilter("hin, mar,kan_Knda")
	if err != nil {
		t.Fatal(err)
	}
	for label, want := range map[string]bool{
		"hin_Deva": true, "hin_Latn": true, "mar_Deva": true, "kan_Knda": true,
		"kan_Latn": false, "npi_Deva": false, "und": false, "eng_Latn": false,
	} {
		if f(label) != want {
			t.Errorf("filter(%s) = %v, want %v", label, !want, want)
		}
	}
	for _, bad := range []string{"", ",", "Hindi", "hin_deva", "hi-IN", "h"} {
		if _, err := ParseFilter(bad); err == nil {
			t.Errorf("ParseFilter(%q) accepted", bad)
		}
	}
}

func TestConcurrent(t *testing.T) {
	want := make([]string, len(sentences))
	for i, tc := range sentences {
		want[i] = Identify(tc.text).Label
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				for i, tc := range sentences {
					if got := Identify(tc.text).Label; got != want[i] {
						t.Errorf("concurrent Identify = %s, want %s", got, want[i])
					}
				}
			}
		}()
	}
	wg.Wait()
}

func TestLabelsWellFormed(t *testing.T) {
	for _, l := range Labels() {
		code, script, ok := strings.Cut(l, "_")
		if !ok || !isLower(code, 3, 3) || !isScriptCode(script) {
			t.Errorf("label %q is not ISO 639-3_ISO 15924", l)
		}
	}
}

func checkResult(t *testing.T, what string, r Result) {
	t.Helper()
	if r.Score < 0 || r.Score > 1 || math.IsNaN(r.Score) {
		t.Fatalf("%s: score %v", what, r.Score)
	}
	if r.Label == "" || !utf8.ValidString(r.Label) {
		t.Fatalf("%s: label %q", what, r.Label)
	}
}

func FuzzIdentify(f *testing.F) {
	for _, tc := range sentences {
		f.Add(tc.text)
	}
	f.Add("\xff\xfe\x00क\xe0\xa4")
	f.Add("ि्ँ")
	f.Add(strings.Repeat("a", 300))
	f.Fuzz(func(t *testing.T, s string) {
		checkResult(t, "Identify", Identify(s))
		script, share := Script(s)
		if script == "" || share < 0 || share > 1 {
			t.Fatalf("Script = %q %v", script, share)
		}
	})
}

func FuzzDocument(f *testing.F) {
	f.Add("नमस्ते\n\nhello world\n\n\xff")
	f.Add("")
	f.Add("\n\n\n\n")
	f.Fuzz(func(t *testing.T, s string) {
		paras := strings.Split(s, "\n\n")
		doc, shares, per := Document(paras)
		checkResult(t, "Document", doc)
		if len(per) != len(paras) {
			t.Fatalf("%d results for %d paragraphs", len(per), len(paras))
		}
		for _, r := range per {
			checkResult(t, "paragraph", r)
		}
		sum := 0.0
		for _, v := range shares {
			sum += v
		}
		if len(shares) > 0 && math.Abs(sum-1) > 1e-6 {
			t.Fatalf("shares sum to %v", sum)
		}
	})
}

// BenchmarkIdentify reports sentences per second on one core for the test
// sentences (about 100 characters each, most in Indian scripts).
func BenchmarkIdentify(b *testing.B) {
	Identify("warm up")
	b.ReportAllocs()
	n := 0
	for i := 0; i < b.N; i++ {
		Identify(sentences[i%len(sentences)].text)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkDocument labels the seed article (about 9 KB, 26 paragraphs).
func BenchmarkDocument(b *testing.B) {
	raw, err := os.ReadFile("testdata/seed_hindi_news.txt")
	if err != nil {
		b.Fatal(err)
	}
	paras := strings.Split(string(raw), "\n\n")
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Document(paras)
	}
}
