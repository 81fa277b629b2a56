package legacyfont

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestDetect(t *testing.T) {
	cases := []struct {
		name, text string
		want       Font
	}{
		{"kruti dev news", "fnYyh esa vkt ljdkj us ,d cSBd dh ftlesa dbZ eq[;ea=h 'kkfey gq, vkSj ;g QSlyk fd;k x;k fd ubZ ;kstuk ykxw gksxhA", FontKrutiDev},
		{"kruti dev with danda and comma keys", "mUgksaus dgk fd ;g ,d cM+k fnu gSA ljdkj us dgk] ge blds fy, rS;kj gSaA", FontKrutiDev},
		{"chanakya news", "çÎËÜè ×ð´ ¥æÁ âÚU·¤æÚU Ùð °·¤ ÕñÆ·¤ ·¤è çÁâ×ð´ ·¤§ü ×éØ×¢˜æè àææç×Ü ãéU° ¥õÚU ØãU È¸ñâÜæ ç·¤Øæ »Øæ ç·¤ Ù§ü ØôÁÙæ Üæ»ê ãUô»èÐ", FontChanakya},
		{"english news", "The government announced on Monday that the new scheme will come into force next month, officials said in New Delhi.", None},
		{"french news", "Le gouvernement a annoncé lundi que le nouveau régime entrera en vigueur le mois prochain, à Paris et à Lyon, a-t-il été précisé.", None},
		{"unicode hindi", "दिल्ली में आज सरकार ने एक बैठक की जिसमें कई मुख्यमंत्री शामिल हुए और यह फैसला किया गया कि नई योजना लागू होगी।", None},
		{"too short", "gS esa dk", None},
		{"english with one legacy-looking word", "Use ls to list the files in the folder and cd to change it; then run make and see what the build prints.", None},
	}
	for _, c := range cases {
		if got := Detect(c.text); got != c.want {
			h, d, w := c.want.Count(c.text)
			t.Errorf("%s: Detect = %q, want %q (hits %d, distinct %d, words %d)", c.name, got, c.want, h, d, w)
		}
	}
	for _, c := range []struct {
		font Font
		text string
		want bool
	}{
		{FontKrutiDev, "fnYyh esa ck<+ dk [krjk", true},
		{FontKrutiDev, "ubZ fnYyh] 3 tqykbZ", true},
		{FontKrutiDev, "Home", false},
		{FontKrutiDev, "Read more", false},
		{FontKrutiDev, "Ukraine war: talks to resume in Geneva next week", false},
		{FontKrutiDev, "Follow us on YouTube", false},
		{FontKrutiDev, "ljdkj us dgk", true},                  // सरकार ने कहा: words without a e i o u y
		{FontKrutiDev, "Mr Smith flew to NYC at 9 pm", false}, // short vowelless English words are few

		{FontChanakya, "çÎËÜè ×ð´ ÕæÉ¸ ·¤æ ¹ÌÚUæ", true},
		{FontChanakya, "Home", false},
		{FontChanakya, "Café de la Paix à Genève", false},
		{None, "fnYyh esa ck<+ dk [krjk", false},
	} {
		if got := c.font.Looks(c.text); got != c.want {
			t.Errorf("%q.Looks(%q) = %v, want %v", c.font, c.text, got, c.want)
		}
	}
}

// TestDetectRates measures the detector on the evaluation kit: how often it
// fires on Latin-script text that is not in a legacy font (FLORES dev and
// lingua sentences one by one, and the kit's text dumps whole), and how
// often it finds the FLORES sentences of the two test sets. Skipped when
// the kit is absent; -v prints the figures docs/lang.md quotes.
func TestDetectRates(t *testing.T) {
	kit := os.Getenv("AKHBAR_EVAL")
	if kit == "" {
		kit = "/work/shared/eval"
	}
	if _, err := os.Stat(filepath.Join(kit, "lid")); err != nil {
		t.Skipf("no evaluation kit: %v", err)
	}
	latin := func(s string) bool {
		n, l := 0, 0
		for _, r := range s {
			if unicode.IsLetter(r) {
				n++
				if unicode.Is(unicode.Latin, r) {
					l++
				}
			}
		}
		return n > 0 && 2*l > n
	}
	fonts := []Font{FontKrutiDev, FontChanakya}
	for _, file := range []string{"lid/flores-dev.tsv", "lid/lingua-sentences.tsv"} {
		f, err := os.Open(filepath.Join(kit, file))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		var n, fired int
		looks := map[Font]int{}
		labels := map[string]bool{}
		for sc.Scan() {
			label, text, ok := strings.Cut(sc.Text(), "\t")
			if !ok || !latin(text) {
				continue
			}
			n++
			labels[label] = true
			if font := Detect(text); font != None {
				fired++
				t.Logf("%s fired on %s: %s", font, label, text)
			}
			for _, font := range fonts {
				if font.Looks(text) {
					looks[font]++
				}
			}
		}
		f.Close()
		t.Logf("%s: %d Latin-script rows (%d labels): detector fired on %d; taken as a line in the font (Looks): Kruti Dev %d, Chanakya %d",
			file, n, len(labels), fired, looks[FontKrutiDev], looks[FontChanakya])
		if fired > 0 {
			t.Errorf("%s: the detector fired on %d Latin-script rows", file, fired)
		}
	}
	dumps, _ := filepath.Glob(filepath.Join(kit, "dumps/*/inputs/*.txt"))
	var n, fired, lines int
	looks := map[Font]int{}
	for _, p := range dumps {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		n++
		if font := Detect(string(b)); font != None {
			fired++
			t.Logf("%s fired on %s", font, p)
		}
		for line := range strings.Lines(string(b)) {
			if !latin(line) {
				continue
			}
			lines++
			for _, font := range fonts {
				if font.Looks(line) {
					looks[font]++
				}
			}
		}
	}
	t.Logf("kit text dumps (English w3m dumps and Hindi/Kannada crawler dumps): %d files, detector fired on %d; "+
		"of their %d Latin-script lines, Looks took Kruti Dev %d (%.2f %%), Chanakya %d (%.2f %%)", n, fired, lines,
		looks[FontKrutiDev], 100*float64(looks[FontKrutiDev])/float64(max(lines, 1)),
		looks[FontChanakya], 100*float64(looks[FontChanakya])/float64(max(lines, 1)))
	if fired > 0 {
		t.Errorf("the detector fired on %d kit dumps", fired)
	}
	// Recall on the FLORES test sets, one sentence at a time.
	for _, c := range []struct {
		font Font
		file string
	}{{FontKrutiDev, "testdata/flores-hin.tsv"}, {FontChanakya, "testdata/flores-hin-chanakya.tsv"}} {
		raw, err := os.ReadFile(c.file)
		if err != nil {
			t.Fatal(err)
		}
		var total, found, looks, headLooks int
		for line := range strings.Lines(string(raw)) {
			if strings.HasPrefix(line, "#") {
				continue
			}
			text := strings.Split(line, "\t")[1]
			total++
			if Detect(text) == c.font {
				found++
			}
			if c.font.Looks(text) {
				looks++
			}
			if ws := strings.Fields(text); c.font.Looks(strings.Join(ws[:min(4, len(ws))], " ")) {
				headLooks++
			}
		}
		t.Logf("%s FLORES Hindi sentences one by one: Detect %d of %d, Looks %d, Looks on the first four words %d",
			c.font, found, total, looks, headLooks)
	}
}

// BenchmarkDetect runs the detector on a page that is in no legacy font
// (the Unicode column of the FLORES test set, about 170 KB), the cost every
// page pays.
func BenchmarkDetect(b *testing.B) {
	raw, err := os.ReadFile("testdata/flores-hin.tsv")
	if err != nil {
		b.Fatal(err)
	}
	var uni []string
	for line := range strings.Lines(string(raw)) {
		if cols := strings.Split(line, "\t"); len(cols) == 3 {
			uni = append(uni, cols[0])
		}
	}
	doc := strings.Join(uni, "\n\n")
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		if Detect(doc) != None {
			b.Fatal("Unicode Hindi taken for a legacy font")
		}
	}
}

// FuzzDetect checks the one-pass Detect against a pass of Count per font.
func FuzzDetect(f *testing.F) {
	for _, s := range []string{
		"fnYyh esa vkt ljdkj us ,d cSBd dh ftlesa dbZ eq[;ea=h 'kkfey gq, vkSj ;g QSlyk fd;k x;k fd ubZ ;kstuk ykxw gksxhA",
		"çÎËÜè ×ð´ ¥æÁ âÚU·¤æÚU Ùð °·¤ ÕñÆ·¤ ·¤è çÁâ×ð´ ·¤§ü ×éØ×¢˜æè àææç×Ü ãéU° ¥õÚU ØãU È¸ñâÜæ ç·¤Øæ »Øæ ç·¤ Ù§ü ØôÁÙæ Üæ»ê ãUô»èÐ",
		"gS esa dk dh ds ls ij a b c d e f g", "ãñ ×ð¢ ·æ ·è ·ð x y z w v u t s", "gS\u00a0esa\u2003dk\u0085dh ds ls\xff ij a b c d",
		"दिल्ली में आज gS esa dk dh ds a b c d e f", "€gS esa dk dh ds a b c d e f ¤ãñ U×ð¢´",
		"fnYyh\nesa vkt ljdkj\nus ,d cSBd dh ftlesa dbZ\n\neq[;ea=h 'kkfey gq, vkSj ;g QSlyk fd;k x;k fd ubZ ;kstuk ykxw gksxhA",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		want := detectByCount(text)
		if got := Detect(text); got != want {
			t.Fatalf("Detect(%q) = %q, a pass per font says %q", text, got, want)
		}
		// The pipeline hands a page over block by block.
		var d Detector
		for part := range strings.SplitSeq(text, "\n") {
			d.Add(part)
		}
		if got := d.Font(); got != want {
			t.Fatalf("Detector over the lines of %q = %q, a pass per font says %q", text, got, want)
		}
		var fields []string
		eachField(text, func(w string, _ bool) { fields = append(fields, w) })
		if want := strings.Fields(text); !slices.Equal(fields, want) && len(fields)+len(want) > 0 {
			t.Fatalf("eachField(%q) = %q, strings.Fields %q", text, fields, want)
		}
	})
}

func TestIsCP1252Range(t *testing.T) {
	for r := rune(0); r < 0x30000; r++ {
		if got, want := isCP1252(r), strings.ContainsRune("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ", r); got != want {
			t.Fatalf("isCP1252(%U) = %v", r, got)
		}
	}
}

func TestEachFieldIsFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a b  c ", "\u00a0x\u2003y\u0085z\u3000", "a\xffb c\xc3", "\tक ख\n", "𝐀 𝐁"} {
		var got []string
		eachField(s, func(w string, ascii bool) {
			if ascii != isASCII(w) {
				t.Errorf("%q: ascii %v for %q", s, ascii, w)
			}
			got = append(got, w)
		})
		if want := strings.Fields(s); strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("eachField(%q) = %q, strings.Fields %q", s, got, want)
		}
	}
}

// BenchmarkDetectorDumps hands the kit's w3m dumps (English pages, mostly
// ASCII words) to a Detector line by line, as the pipeline hands blocks;
// skipped without the kit.
func BenchmarkDetectorDumps(b *testing.B) {
	kit := os.Getenv("AKHBAR_EVAL")
	if kit == "" {
		kit = "/work/shared/eval"
	}
	files, _ := filepath.Glob(filepath.Join(kit, "dumps", "scrapinghub-w3m", "inputs", "*.txt"))
	if len(files) == 0 {
		b.Skip("no w3m dumps (AKHBAR_EVAL)")
	}
	var pages [][]string
	size := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, strings.Split(string(raw), "\n"))
		size += len(raw)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, lines := range pages {
			var d Detector
			for _, l := range lines {
				d.Add(l)
			}
			if d.Font() != None {
				b.Fatal("an English page taken for a legacy font")
			}
		}
	}
}
