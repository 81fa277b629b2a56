package extract

import (
	"strings"
	"testing"
)

// stripBulletRef and isPandocMarkdownRef are the versions before the
// digit and ":::" checks: the numbered regexp on every line.
func stripBulletRef(t string) string {
	if len(t) >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ' {
		return t[2:]
	}
	if loc := numbered.FindStringIndex(t); loc != nil {
		return t[loc[1]:]
	}
	return t
}

func isPandocMarkdownRef(lines []string) bool {
	fences, attrs := 0, 0
	for _, l := range lines {
		t := strings.TrimSpace(stripBulletRef(strings.TrimSpace(l)))
		if strings.HasPrefix(t, ":::") {
			fences++
		}
		if strings.IndexByte(l, '{') >= 0 {
			for _, p := range []string{"]{", "){", " {#", " {."} {
				attrs += strings.Count(l, p)
			}
		}
		if fences >= 2 || attrs >= 3 {
			return true
		}
	}
	return false
}

var pandocSpeedSeeds = []string{
	"::: {.note}\ntext\n:::", "1. ::: x\n2) :::\n", "- ::: a\n* ::: b", "12\\. :::\n:::",
	"१. :::\n:::", "  3.   :::  \n+ :::", "1234. :::\n:::", "1.:::\n:::", "9)\n:::\n:::",
	"[a]{.b} (c){#d} x {.e}", "plain text\nno fences here", "",
}

func TestPandocChecksMatchRef(t *testing.T) {
	for _, s := range pandocSpeedSeeds {
		checkPandocSame(t, s)
	}
}

func checkPandocSame(t *testing.T, s string) {
	lines := strings.Split(s, "\n")
	for _, l := range lines {
		for _, x := range []string{l, strings.TrimSpace(l)} {
			if got, want := stripBullet(x), stripBulletRef(x); got != want {
				t.Fatalf("stripBullet(%q) = %q, want %q", x, got, want)
			}
		}
	}
	if got, want := isPandocMarkdown(lines), isPandocMarkdownRef(lines); got != want {
		t.Fatalf("isPandocMarkdown(%q) = %v, want %v", s, got, want)
	}
}

func FuzzPandocChecks(f *testing.F) {
	for _, s := range pandocSpeedSeeds {
		f.Add(s)
	}
	f.Fuzz(checkPandocSame)
}

// BenchmarkIsPandocMarkdown asks the question of every dump of the kit's
// w3m and webcorpus sets, as Text does of each text item.
func BenchmarkIsPandocMarkdown(b *testing.B) {
	bodies, _ := kitDumps(b)
	var docs [][]string
	for _, raw := range bodies {
		docs = append(docs, splitLines(string(raw)))
	}
	for b.Loop() {
		for _, d := range docs {
			isPandocMarkdown(d)
		}
	}
}
