package legacyfont

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

func TestDetect(t *testing.T) {
	cases := []struct {
		name, text string
		want       bool
	}{
		{"kruti dev news", "fnYyh esa vkt ljdkj us ,d cSBd dh ftlesa dbZ eq[;ea=h 'kkfey gq, vkSj ;g QSlyk fd;k x;k fd ubZ ;kstuk ykxw gksxhA", true},
		{"kruti dev with danda and comma keys", "mUgksaus dgk fd ;g ,d cM+k fnu gSA ljdkj us dgk] ge blds fy, rS;kj gSaA", true},
		{"english news", "The government announced on Monday that the new scheme will come into force next month, officials said in New Delhi.", false},
		{"unicode hindi", "दिल्ली में आज सरकार ने एक बैठक की जिसमें कई मुख्यमंत्री शामिल हुए और यह फैसला किया गया कि नई योजना लागू होगी।", false},
		{"too short", "gS esa dk", false},
		{"english with one legacy-looking word", "Use ls to list the files in the folder and cd to change it; then run make and see what the build prints.", false},
	}
	for _, c := range cases {
		if got := Detect(c.text); got != c.want {
			h, d, w := Count(c.text)
			t.Errorf("%s: Detect = %v, want %v (hits %d, distinct %d, words %d)", c.name, got, c.want, h, d, w)
		}
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"fnYyh esa ck<+ dk [krjk", true},
		{"Home", false},
		{"Read more", false},
		{"Ukraine war: talks to resume in Geneva next week", false},
	} {
		if got := Looks(c.text); got != c.want {
			t.Errorf("Looks(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestDetectRates measures the detector on the evaluation kit: how often it
// fires on Latin-script text that is not Kruti Dev (FLORES dev and lingua
// sentences one by one, and the English text dumps whole), and how often it
// finds the Kruti Dev FLORES sentences. Skipped when the kit is absent; -v
// prints the figures docs/lang.md quotes.
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
	for _, file := range []string{"lid/flores-dev.tsv", "lid/lingua-sentences.tsv"} {
		f, err := os.Open(filepath.Join(kit, file))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		var n, fired, long, anyHit, looks int
		labels := map[string]bool{}
		for sc.Scan() {
			label, text, ok := strings.Cut(sc.Text(), "\t")
			if !ok || !latin(text) {
				continue
			}
			n++
			labels[label] = true
			if len(strings.Fields(text)) >= minWords {
				long++
			}
			if Detect(text) {
				fired++
				t.Logf("fired on %s: %s", label, text)
			}
			if h, _, _ := Count(text); h > 0 {
				anyHit++
			}
			if Looks(text) {
				looks++
			}
		}
		f.Close()
		t.Logf("%s: %d Latin-script rows (%d labels, %d of %d words or more): detector fired on %d; rows with a legacy word %d, taken as a Kruti Dev line (Looks) %d",
			file, n, len(labels), long, minWords, fired, anyHit, looks)
		if fired > 0 {
			t.Errorf("%s: the detector fired on %d Latin-script rows", file, fired)
		}
	}
	dumps, _ := filepath.Glob(filepath.Join(kit, "dumps/*/inputs/*.txt"))
	var n, fired, lines, lineLooks int
	for _, p := range dumps {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		n++
		if Detect(string(b)) {
			fired++
			t.Logf("fired on %s", p)
		}
		for line := range strings.Lines(string(b)) {
			if !latin(line) {
				continue
			}
			lines++
			if Looks(line) {
				lineLooks++
				if testing.Verbose() && lineLooks <= 20 {
					t.Logf("Looks on a dump line: %q", strings.TrimSpace(line))
				}
			}
		}
	}
	t.Logf("kit text dumps (English w3m dumps and Hindi/Kannada crawler dumps): %d files, detector fired on %d; "+
		"of their %d Latin-script lines, Looks took %d (%.2f %%)", n, fired, lines, lineLooks, 100*float64(lineLooks)/float64(max(lines, 1)))
	if fired > 0 {
		t.Errorf("the detector fired on %d kit dumps", fired)
	}
	// Recall on the Kruti Dev FLORES sentences, one by one.
	f, err := os.Open("testdata/flores-hin.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var kd, found, looks, headLooks int
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		cols := strings.Split(sc.Text(), "\t")
		kd++
		if Detect(cols[1]) {
			found++
		}
		if Looks(cols[1]) {
			looks++
		}
		if ws := strings.Fields(cols[1]); Looks(strings.Join(ws[:min(4, len(ws))], " ")) {
			headLooks++
		}
	}
	t.Logf("Kruti Dev FLORES Hindi sentences one by one: Detect %d of %d, Looks %d of %d, Looks on the first four words %d of %d",
		found, kd, looks, kd, headLooks, kd)
}
