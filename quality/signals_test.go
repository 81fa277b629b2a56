package quality

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

func readTestdata(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestComputeSignals(t *testing.T) {
	for _, c := range []struct {
		name, text, lang string
		want             map[string]float64
		absent           []string
	}{
		{
			name: "danda ends sentences",
			text: "राम घर गया। वह खुश है।\nसीता आई।",
			lang: "hin_Deva",
			want: map[string]float64{KeySentences: 3, KeyTerminal: 1, KeyLineCount: 2, KeyParaCount: 1, KeyWordCount: 8},
		},
		{
			name: "Urdu full stop and Ol Chiki mucaad",
			text: "یہ ایک جملہ ہے۔\nᱟᱢ ᱫᱚ ᱠᱚᱱ ᱾",
			want: map[string]float64{KeyTerminal: 1, KeySentences: 2},
		},
		{
			name: "closing quote after the stop",
			text: "He said: “It is over.”\nShe left!)",
			want: map[string]float64{KeyTerminal: 1},
		},
		{
			name: "ellipsis is not an end",
			text: "Read more…\nAnd more...",
			want: map[string]float64{KeyTerminal: 0, KeyEllipsisLine: 1, KeyEllipsis: 2.0 / 4},
		},
		{
			name: "duplicate lines and paragraphs",
			text: "Home\nNews\nHome\n\nHome\nNews\nHome",
			want: map[string]float64{KeyLineCount: 6, KeyDupLine: 4.0 / 6, KeyParaCount: 2, KeyDupPara: 0.5},
		},
		{
			name: "zero-width spaces make an empty line",
			text: "One line here.\n\u200b\nOther line here.\n\u200b",
			want: map[string]float64{KeyLineCount: 2, KeyDupLine: 0, KeyParaCount: 2},
		},
		{
			name: "word length counts letters not vowel signs",
			text: "किताब किताब",
			lang: "hin_Deva",
			want: map[string]float64{KeyMeanWord: 3}, // क त ब; ि and ा are marks
		},
		{
			name: "stop words, case and punctuation folded",
			text: "The cat, and THE dog.",
			lang: "eng_Latn",
			want: map[string]float64{KeyStopWords: 3, KeyStopWordFrac: 3.0 / 5},
		},
		{
			name:   "no list, no stop-word signal",
			text:   "ᱟᱢ ᱫᱚ ᱠᱚᱱ ᱾",
			lang:   "sat_Olck",
			absent: []string{KeyStopWords, KeyStopWordFrac},
		},
		{
			name:   "Chinese has no word signals",
			text:   "今天天气很好。我们去公园散步。",
			lang:   "zho_Hans",
			want:   map[string]float64{KeySentences: 2, KeyMixedScript: 0},
			absent: []string{KeyWordCount, KeyMeanWord, "top_2gram_frac"},
		},
		{
			name: "Latin names in Hindi are not foreign, Bengali letters are",
			text: "IPL में मैच हुआ। কলকাতা",
			lang: "hin_Deva",
			want: map[string]float64{KeyScriptOther: 5.0 / 15},
		},
		{
			name: "mixed scripts inside a word",
			text: "हिন्दी भाषा",
			lang: "hin_Deva",
			want: map[string]float64{KeyMixedScript: 0.5},
		},
		{
			name: "Latin inside a Hindi word is a name, not garbage",
			text: "IPLमें मैच",
			lang: "hin_Deva",
			want: map[string]float64{KeyMixedScript: 0},
		},
		{
			name: "Japanese scripts are one group",
			text: "東京タワーへ行きました。",
			lang: "jpn_Jpan",
			want: map[string]float64{KeyMixedScript: 0, KeyScriptOther: 0},
		},
		{
			name: "mojibake of Hindi",
			text: "à¤¹à¤¿à¤‚à¤¦à¥€",
			want: map[string]float64{KeyMojibake: 5.0 / 15},
		},
		{
			name: "replacement character",
			text: "ab\uFFFDcd",
			want: map[string]float64{KeyMojibake: 0.2},
		},
		{
			name: "words opening with a combining mark",
			text: "ला ुका ि मेरे",
			lang: "hin_Deva",
			want: map[string]float64{KeyMarkStart: 0.5},
		},
		{
			name: "Thai with its leading vowels is whole",
			text: "เมื่อวันจันทร์ นักวิทยาศาสตร์ แห่งมหาวิทยาลัย",
			lang: "tha_Thai",
			want: map[string]float64{KeyMarkStart: 0},
		},
		{
			name: "Portuguese capitals are not mojibake",
			text: "SÃO PAULO",
			want: map[string]float64{KeyMojibake: 0},
		},
		{
			name: "code lines, braces, entities",
			text: ".nav {\n  color: red;\n}\nHe said &quot;\nvar x = 1;",
			want: map[string]float64{KeyCodeLine: 4.0 / 5, KeyBraces: 2},
		},
		{
			name: "lorem and javascript",
			text: "Lorem Ipsum dolor.\nPlease enable JavaScript.",
			want: map[string]float64{KeyLorem: 1, KeyJavascript: 0.5},
		},
		{
			name: "bullets and hashes",
			text: "• one\n• two\n- three\nfour #tag",
			want: map[string]float64{KeyBullet: 0.75, KeyHashRatio: 1.0 / 8},
		},
		{
			name: "Tibetan tsheg is not a symbol",
			text: "བོད་ཡིག་",
			want: map[string]float64{KeySymbolFrac: 0},
		},
		{
			name: "empty",
			text: "",
			want: map[string]float64{KeyCharCount: 0, KeyLineCount: 0, KeyWordCount: 0},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := Compute(c.text, c.lang)
			for k, v := range c.want {
				got, ok := s[k]
				if !ok {
					t.Errorf("%s absent, want %v", k, v)
				} else if !near(got, v) {
					t.Errorf("%s = %v, want %v", k, got, v)
				}
			}
			for _, k := range c.absent {
				if v, ok := s[k]; ok {
					t.Errorf("%s = %v, want absent", k, v)
				}
			}
		})
	}
}

// The repetition signals follow Gopher's definitions as datatrove
// implements them; the expectations are worked by hand.
func TestRepetition(t *testing.T) {
	// "a b a b a b": the 2-gram "a b" occurs 3 times, 3 chars each, of 11.
	s := Compute("a b a b a b", "")
	if got, want := s["top_2gram_frac"], 9.0/11; !near(got, want) {
		t.Errorf("top_2gram_frac = %v, want %v", got, want)
	}
	// Ten distinct words twice: the second copy's 5-grams repeat; the
	// scan jumps past each, covering the 10 words of the copy (19 chars
	// with spaces counted inside each 5-gram: 2×(5+4)).
	words := "q w e r t y u i o p"
	s = Compute(words+" "+words, "")
	if got, want := s["dup_5gram_frac"], 18.0/39; !near(got, want) {
		t.Errorf("dup_5gram_frac = %v, want %v", got, want)
	}
	if got := s["dup_10gram_frac"]; !near(got, 19.0/39) {
		t.Errorf("dup_10gram_frac = %v, want %v", got, 19.0/39)
	}
	// No repetition, no fraction.
	s = Compute("one two three four five six", "")
	for _, k := range []string{"top_2gram_frac", "dup_5gram_frac"} {
		if s[k] != 0 {
			t.Errorf("%s = %v on distinct words", k, s[k])
		}
	}
}

func TestComputeRanges(t *testing.T) {
	for _, name := range []string{"hin_Deva.txt", "eng_Latn.txt", "tam_Taml.txt"} {
		lang := strings.TrimSuffix(name, ".txt")
		text := readTestdata(t, name)
		checkRanges(t, Compute(text, lang))
		checkRanges(t, Compute(text, "und"))
	}
}

func checkRanges(t *testing.T, s Signals) {
	t.Helper()
	counts := map[string]bool{KeyCharCount: true, KeyWordCount: true, KeyLineCount: true, KeyParaCount: true,
		KeyStopWords: true, KeySentences: true, KeyC4Sentences: true, KeyBraces: true, KeyLorem: true, KeyMeanWord: true, KeyNewlineRatio: true, KeyHashRatio: true, KeyEllipsis: true}
	for k, v := range s {
		if math.IsNaN(v) || v < 0 || (!counts[k] && v > 1) {
			t.Errorf("%s = %v out of range", k, v)
		}
	}
	known := map[string]bool{}
	for _, k := range Keys() {
		known[k] = true
	}
	for k := range s {
		if !known[k] {
			t.Errorf("signal %q not in Keys()", k)
		}
	}
}

// The default rules must keep these hand-written articles in every
// language they are written in, and with the language unknown.
func TestDefaultKeepsArticles(t *testing.T) {
	r, err := Preset("default")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"hin_Deva.txt", "eng_Latn.txt", "tam_Taml.txt"} {
		lang := strings.TrimSuffix(name, ".txt")
		text := readTestdata(t, name)
		for _, l := range []string{lang, "und"} {
			if fl, rej := r.Check(Compute(text, l), l); rej != "" {
				t.Errorf("%s as %s rejected: %v %v", name, l, rej, r.Failures(Compute(text, l), l))
				_ = fl
			}
		}
	}
}

func TestDefaultRejectsJunk(t *testing.T) {
	r, _ := Preset("default")
	hin := readTestdata(t, "hin_Deva.txt")
	for _, c := range []struct{ name, text, lang, want string }{
		{"stub", "मुख्य समाचार", "hin_Deva", "quality:word_count"},
		{"menu", strings.Repeat("होम\nदेश\nविदेश\nखेल\nमनोरंजन\nव्यापार\n", 8), "hin_Deva", "quality:dup_line_frac"},
		{"repeated body", strings.Repeat(hin+"\n\n", 4), "hin_Deva", "quality:dup_line_frac"},
		{"mojibake", strings.Repeat("à¤¹à¤¿à¤‚à¤¦à¥€ à¤–à¤¬à¤°à¥‡à¤‚ à¤†à¤œ. ", 30), "hin_Deva", "quality:mojibake_frac"},
		{"syllables split apart", strings.Repeat("ละ โม าย แล ์ร แน ่า าย ขา ำไ สู วิ าย พศ าเ ี. งอ ", 20), "tha_Thai", "quality:mark_start_word_frac"},
		{"css", strings.Repeat(".nav-item a { color: #333; padding: 4px 8px; }\n.story-card { margin: 0 auto; }\n", 12), "eng_Latn", "quality:code_line_frac"},
		{"keyword list", "hindi news, latest hindi news, hindi samachar, aaj ki khabar, breaking news hindi, cricket news hindi, bollywood news hindi, rashifal, mausam, share bazaar, sarkari naukri, chunav, rajniti, sports, entertainment, technology news, auto news, business news, education news, health news, lifestyle news, religion news, viral news, video news", "eng_Latn", "quality:sentence_count"},
	} {
		t.Run(c.name, func(t *testing.T) {
			flags, rej := r.Check(Compute(c.text, c.lang), c.lang)
			if rej == "" {
				t.Fatalf("kept; flags %v", flags)
			}
			if !containsStr(flags, c.want) {
				t.Errorf("flags %v (reject %s), want %s among them", flags, rej, c.want)
			}
		})
	}
}

func containsStr(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func TestComputeDoesNotTouchText(t *testing.T) {
	b := []byte(readTestdata(t, "hin_Deva.txt"))
	orig := string(b)
	a := Compute(orig, "hin_Deva")
	if string(b) != orig {
		t.Fatal("text changed")
	}
	c := Compute(orig, "hin_Deva")
	for k, v := range a {
		if c[k] != v {
			t.Errorf("%s differs between runs: %v vs %v", k, v, c[k])
		}
	}
}

// Every language the language-ID work supports is either covered by a
// list or documented as not covered; this pins the coverage so that a
// regenerated data set cannot lose a language silently.
func TestStopWordCoverage(t *testing.T) {
	curated := []string{"eng_Latn", "hin_Deva", "ben_Beng", "mar_Deva", "guj_Gujr", "urd_Arab", "pan_Guru",
		"arb_Arab", "pes_Arab", "rus_Cyrl", "deu_Latn", "fra_Latn", "spa_Latn", "por_Latn", "ind_Latn", "kor_Hang"}
	derived := []string{"kan_Knda", "mal_Mlym", "tam_Taml", "tel_Telu", "npi_Deva", "mai_Deva", "san_Deva", "sin_Sinh"}
	none := []string{"asm_Beng", "brx_Deva", "doi_Deva", "kas_Arab", "kas_Deva", "kok_Deva", "mni_Beng", "mni_Mtei", "ory_Orya", "sat_Olck", "snd_Arab"}
	for _, l := range curated {
		if got := StopWordSource(l); got != "curated" {
			t.Errorf("%s: source %q, want curated", l, got)
		}
	}
	for _, l := range derived {
		if got := StopWordSource(l); got != "derived" {
			t.Errorf("%s: source %q, want derived", l, got)
		}
	}
	for _, l := range none {
		if got := StopWordSource(l); got != "" {
			t.Errorf("%s: source %q, want none (update docs/quality.md if a list was added)", l, got)
		}
	}
}

func FuzzCompute(f *testing.F) {
	for _, n := range []string{"hin_Deva.txt", "eng_Latn.txt", "tam_Taml.txt"} {
		b, err := os.ReadFile(filepath.Join("testdata", n))
		if err == nil {
			f.Add(string(b), strings.TrimSuffix(n, ".txt"))
		}
	}
	f.Add("à¤¹\xff\xfe\n\n\u200b…...{};", "und")
	f.Add("今天。\n\nབོད་ཡིག་", "zho_Hans")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, text, lang string) {
		s := Compute(text, lang)
		checkRanges(t, s)
		r, _ := Preset("default")
		flags, rej := r.Check(s, lang)
		if rej != "" && !containsStr(flags, rej) {
			t.Fatalf("reject %q not among flags %v", rej, flags)
		}
	})
}

func BenchmarkCompute(b *testing.B) {
	for _, name := range []string{"hin_Deva.txt", "eng_Latn.txt", "tam_Taml.txt"} {
		text := readTestdata(b, name)
		// About 64 KB a document, the size of a long article with its
		// repeats, so that per-call costs do not dominate.
		doc := strings.Repeat(text+"\n\n", 64<<10/len(text))
		lang := strings.TrimSuffix(name, ".txt")
		b.Run(lang, func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			for b.Loop() {
				Compute(doc, lang)
			}
		})
	}
}

// BenchmarkBaselineRunes is the floor Compute is measured against in the
// same run: decoding the text rune by rune and counting letters, which
// any single pass over the text must do.
func BenchmarkBaselineRunes(b *testing.B) {
	for _, name := range []string{"hin_Deva.txt", "eng_Latn.txt", "tam_Taml.txt"} {
		text := readTestdata(b, name)
		doc := strings.Repeat(text+"\n\n", 64<<10/len(text))
		b.Run(strings.TrimSuffix(name, ".txt"), func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			n := 0
			for b.Loop() {
				for _, r := range doc {
					if unicode.IsLetter(r) {
						n++
					}
				}
			}
			sink = n
		})
	}
}

var sink int

// Workers call Compute concurrently; the scratch pool and the stop-word
// cache must not mix their state (run with -race).
func TestComputeConcurrent(t *testing.T) {
	texts := map[string]string{}
	want := map[string]Signals{}
	for _, n := range []string{"hin_Deva.txt", "eng_Latn.txt", "tam_Taml.txt"} {
		l := strings.TrimSuffix(n, ".txt")
		texts[l] = readTestdata(t, n)
		want[l] = Compute(texts[l], l)
	}
	done := make(chan error)
	for g := 0; g < 8; g++ {
		go func() {
			for i := 0; i < 20; i++ {
				for l, text := range texts {
					got := Compute(text, l)
					for k, v := range want[l] {
						if got[k] != v {
							done <- fmt.Errorf("%s %s: %v, want %v", l, k, got[k], v)
							return
						}
					}
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 8; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// TestDefaultKeepsUnpunctuatedProse: news paragraphs written without
// sentence marks (FLORES dev Punjabi with the danda taken off) are kept;
// the punctuation signals do not apply to them, the others still do.
func TestDefaultKeepsUnpunctuatedProse(t *testing.T) {
	r, _ := Preset("default")
	text := readTestdata(t, "pan_Guru_unpunctuated.txt")
	s := Compute(text, "pan_Guru")
	if _, ok := s[KeySentences]; ok {
		t.Errorf("sentence_count measured on unpunctuated prose: %v", s[KeySentences])
	}
	if _, rej := r.Check(s, "pan_Guru"); rej != "" {
		t.Errorf("rejected: %s %v", rej, r.Failures(s, "pan_Guru"))
	}
	// One long line of the same words is a tag cloud, not prose.
	line := strings.Join(strings.Fields(text), " ")
	if _, rej := r.Check(Compute(line, "pan_Guru"), "pan_Guru"); rej == "" {
		t.Error("one unpunctuated line kept")
	}
}

// TestInvisibleMarksAfterStops: a bidi mark or zero-width space after a
// full stop (".\u200f" in Sindhi and Urdu web text) neither hides the
// sentence end nor makes the line unfinished.
func TestInvisibleMarksAfterStops(t *testing.T) {
	plain := "ھن چيو ته ڪم ٿيندو. ٻئي ڏينھن ھو آيو.\nھو واپس ويو. سڀ خوش ٿيا.\n"
	for _, mark := range []string{"\u200f", "\u200e", "\u061c", "\u200b", "\u2069"} {
		marked := strings.ReplaceAll(plain, ".", "."+mark)
		want, got := Compute(plain, "snd_Arab"), Compute(marked, "snd_Arab")
		for _, k := range []string{KeySentences, KeyTerminal} {
			if got[k] != want[k] {
				t.Errorf("mark %U: %s = %v, want %v as without it", []rune(mark)[0], k, got[k], want[k])
			}
		}
	}
}

// TestUnpunctuatedShortWordedProse: a Tamil news text without sentence
// marks, whose lines hold fewer than 12 (long) words each, is prose to
// the default preset, and so is a text of two long lines; the same words
// as one line are not.
func TestUnpunctuatedShortWordedProse(t *testing.T) {
	r, _ := Preset("default")
	lines := []string{
		"சென்னையில் நேற்று பெய்த கனமழையால் பல்வேறு பகுதிகளில் தண்ணீர் தேங்கியது",
		"மாநகராட்சி அதிகாரிகள் இரவு முழுவதும் மோட்டார்கள் மூலம் தண்ணீரை வெளியேற்றினர்",
		"வானிலை ஆய்வு மையம் அடுத்த இரண்டு நாட்களுக்கு மிதமான மழை தொடரும் என்று தெரிவித்துள்ளது",
		"பள்ளிகளுக்கு இன்று விடுமுறை அளிக்கப்பட்டதாக மாவட்ட ஆட்சியர் அறிவித்தார்",
		"தாழ்வான பகுதிகளில் வசிக்கும் மக்கள் பாதுகாப்பான இடங்களுக்கு அழைத்துச் செல்லப்பட்டனர்",
	}
	two := []string{strings.Join(lines[:2], " ") + " " + lines[3], strings.Join(lines[2:3], " ") + " " + lines[4]}
	for _, text := range []string{strings.Join(lines, "\n\n"), strings.Join(two, "\n\n")} {
		s := Compute(text, "tam_Taml")
		if _, ok := s[KeySentences]; ok {
			t.Errorf("sentence_count measured on unpunctuated prose: %v\n%s", s[KeySentences], text)
		}
		if _, rej := r.Check(s, "tam_Taml"); rej != "" {
			t.Errorf("rejected: %s %v\n%s", rej, r.Failures(s, "tam_Taml"), text)
		}
	}
	one := strings.Join(lines, " ")
	if _, rej := r.Check(Compute(one, "tam_Taml"), "tam_Taml"); rej == "" {
		t.Error("one unpunctuated line kept")
	}
}

// TestUnmarkedProseFiles: texts of one sentence a line without sentence
// marks (FLORES-200 dev, marks taken off), where short sentences stand
// beside long ones, are kept with the punctuation signals left out; the
// junk scripts/gen-junk derives from the same sentences (headlines cut
// to a few words between dates and "Read more", words joined by
// separators, words among runs of symbols) is still rejected.
func TestUnmarkedProseFiles(t *testing.T) {
	r, _ := Preset("default")
	for _, c := range []struct {
		file, lang string
		keep       bool
	}{
		{"ben_Beng_unpunctuated_lines.txt", "ben_Beng", true},
		{"tel_Telu_unpunctuated_lines.txt", "tel_Telu", true},
		{"pan_Guru_unpunctuated.txt", "pan_Guru", true},
		{"ben_Beng_listing.txt", "ben_Beng", false},
		{"ben_Beng_menu.txt", "ben_Beng", false},
		{"ben_Beng_symbol_soup.txt", "ben_Beng", false},
	} {
		s := Compute(readTestdata(t, c.file), c.lang)
		_, rej := r.Check(s, c.lang)
		if (rej == "") != c.keep {
			t.Errorf("%s: reject %q, want kept %v (%v)", c.file, rej, c.keep, r.Failures(s, c.lang))
		}
		if _, measured := s[KeySentences]; measured == c.keep {
			t.Errorf("%s: sentence_count measured %v, want %v", c.file, measured, !c.keep)
		}
	}
}

// TestUnmarkedProse: the line test behind the unpunctuated-prose
// exemption.
func TestUnmarkedProse(t *testing.T) {
	for _, c := range []struct {
		words, alpha, chars int
		prose, long         bool
	}{
		{12, 12, 50, true, true},    // twelve short words
		{8, 8, 70, true, false},     // eight long words: a Tamil sentence, or a cut headline
		{8, 8, 110, true, true},     // eight very long words
		{5, 5, 120, false, false},   // five words are a heading, however long
		{20, 10, 150, false, false}, // half the words are numbers or symbols
		{15, 12, 90, true, true},    // 80 % with a letter
	} {
		prose, long := unmarkedProse(c.words, c.alpha, c.chars)
		if prose != c.prose || long != c.long {
			t.Errorf("unmarkedProse(%d, %d, %d) = %v, %v, want %v, %v", c.words, c.alpha, c.chars, prose, long, c.prose, c.long)
		}
	}
}

// TestUnmarkedProseNeedsOneScript: the same unmarked lines with every
// other word in a script foreign to the label, or garbled into mojibake,
// are not taken for prose: the punctuation signals stay.
func TestUnmarkedProseNeedsOneScript(t *testing.T) {
	text := readTestdata(t, "ben_Beng_unpunctuated_lines.txt")
	var mixed, garbled []string
	for _, line := range strings.Split(text, "\n") {
		w := strings.Fields(line)
		for i := 1; i < len(w); i += 2 {
			w[i] = "हिन्दी"
		}
		mixed = append(mixed, strings.Join(w, " "))
		garbled = append(garbled, string(latin1(line)))
	}
	for name, text := range map[string]string{"mixed": strings.Join(mixed, "\n"), "mojibake": strings.Join(garbled, "\n")} {
		if _, ok := Compute(text, "ben_Beng")[KeySentences]; !ok {
			t.Errorf("%s: sentence_count left out", name)
		}
	}
}

// latin1 reads UTF-8 bytes as Latin-1, the commonest mojibake.
func latin1(s string) []rune {
	r := make([]rune, len(s))
	for i := 0; i < len(s); i++ {
		r[i] = rune(s[i])
	}
	return r
}

// TestHeadlineEcho: a short news text whose headline is restated in its
// lead (FLORES-200 dev Sindhi, headed by the first ten words of its first
// sentence) is kept; the same text with its lead paragraph repeated, or
// with the repeated line not set apart as a headline, is not.
func TestHeadlineEcho(t *testing.T) {
	r, _ := Preset("default")
	text := readTestdata(t, "snd_Arab_headline.txt")
	paras := strings.Split(strings.TrimSpace(text), "\n\n")
	for _, c := range []struct {
		name, text string
		keep       bool
	}{
		{"headline and lead", text, true},
		{"lead repeated", strings.Join(append(paras, paras[1], paras[1], paras[1]), "\n\n"), false},
		{"headline after the text", strings.Join(append(paras[1:], paras[0]), "\n\n"), false},
	} {
		s := Compute(c.text, "snd_Arab")
		if _, rej := r.Check(s, "snd_Arab"); (rej == "") != c.keep {
			t.Errorf("%s: reject %q, want kept %v (%v)", c.name, rej, c.keep, r.Failures(s, "snd_Arab"))
		}
	}
}

// TestOwnScript: the script test of unmarked prose lines, with and
// without a label.
func TestOwnScript(t *testing.T) {
	tableOnce.Do(buildTables)
	deva, beng, latn := scriptIDs["Devanagari"], scriptIDs["Bengali"], scriptIDs["Latin"]
	for _, c := range []struct {
		name     string
		words    []uint8 // first script other than Latin of each word, 0 for none
		expected []uint8
		want     []bool
	}{
		{"labelled", []uint8{beng, 0, deva, beng}, []uint8{beng}, []bool{true, true, false, true}},
		{"unlabelled: the line's first script", []uint8{0, deva, beng, deva}, nil, []bool{true, true, false, true}},
		{"Latin label", []uint8{0, deva}, []uint8{latn}, []bool{true, false}},
	} {
		var line uint8
		for i, id := range c.words {
			if got := ownScript(id, c.expected, &line); got != c.want[i] {
				t.Errorf("%s: word %d: %v, want %v", c.name, i, got, c.want[i])
			}
		}
	}
}
