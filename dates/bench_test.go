package dates

import (
	"strings"
	"syscall"
	"testing"
)

// cpuTime is the process's user+system CPU time in nanoseconds. The
// machine is shared, so wall-clock ns/op moves with other people's jobs;
// cpu-ns/op (reported beside it) does much less.
func cpuTime() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

func reportCPU(b *testing.B, start int64) {
	if b.N > 0 {
		b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
	}
}

// benchLines are typical date lines from the evaluation dumps and pages.
var benchLines = []struct{ name, s string }{
	{"en-byline", "Published : Jul 3, 2024, 7:43 PM IST"},
	{"en-team", "Team Udayavani,  Mar 13, 2019, 10:14 AM IST"},
	{"iso", "2024-07-03T19:43:00+05:30"},
	{"sql", "2019-03-13 10:14:00"},
	{"rfc1123", "Wed, 03 Jul 2024 14:13:00 GMT"},
	{"numeric", "12-08-2019, 12:51PM IST    /     No Comments    /     Posted In: Latest News"},
	{"de", "am 3. Juli 2024 um 19:43 Uhr"},
	{"hi", "बुधवार  24 जुलाई  2019, शाम 7 बजे"},
	{"kn", "ಸೋಮವಾರ,  21 ಏಪ್ರಿಲ್ 2014 (19:40 IST)"},
	{"hi-rel", "3 घंटे पहले"},
	{"ja", "2024年7月3日 19時43分"},
}

func BenchmarkParse(b *testing.B) {
	o := Options{Ref: ref}
	for _, l := range benchLines {
		b.Run(l.name, func(b *testing.B) {
			b.SetBytes(int64(len(l.s)))
			start := cpuTime()
			for b.Loop() {
				if _, ok := Parse(l.s, o); !ok {
					b.Fatal("no date")
				}
			}
			reportCPU(b, start)
		})
	}
}

func BenchmarkFind(b *testing.B) {
	o := Options{Ref: ref}
	cases := []struct{ name, s string }{
		// The common case on a document's lines: no digit at all.
		{"hi-nodigit", "प्रधानमंत्री नरेंद्र मोदी ने बुधवार को अस्ताना में शंघाई सहयोग संगठन की बैठक में भाग लिया और कई नेताओं से मुलाकात की।"},
		{"en-nodigit", "The minister met his Russian counterpart on the sidelines of the summit and discussed bilateral ties."},
		// Body text with numbers but no date.
		{"hi-numbers", "इस बैठक में 15 देशों के 120 प्रतिनिधियों ने हिस्सा लिया और 3 घंटे तक चर्चा हुई, जिसमें 2 प्रस्ताव पारित हुए।"},
		{"en-byline", "Published : Jul 3, 2024, 7:43 PM IST"},
		{"kn-line", "20 ಆಗಸ್ಟ್ 2019, 15:45  IST"},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.s)))
			start := cpuTime()
			for b.Loop() {
				Find(c.s, o)
			}
			reportCPU(b, start)
		})
	}
}

func BenchmarkFindDocument(b *testing.B) {
	// A whole article, line by line, as the text-dump metadata step calls it.
	para := "प्रधानमंत्री नरेंद्र मोदी ने बुधवार को अस्ताना में बैठक में भाग लिया। इसमें 15 देशों के प्रतिनिधि थे।"
	lines := append([]string{"ETV Bharat / international", "By ETV Bharat Hindi Team", "Published : Jul 3, 2024, 7:43 PM IST"},
		strings.Split(strings.Repeat(para+"\n", 40), "\n")...)
	o := Options{Ref: ref}
	n := 0
	for _, l := range lines {
		n += len(l) + 1
	}
	b.SetBytes(int64(n))
	start := cpuTime()
	for b.Loop() {
		for _, l := range lines {
			Find(l, o)
		}
	}
	reportCPU(b, start)
}

func BenchmarkLabel(b *testing.B) {
	o := Options{Ref: ref}
	start := cpuTime()
	for b.Loop() {
		Label("Published : Jul 3, 2024, 7:43 PM IST", o)
	}
	reportCPU(b, start)
}

// BenchmarkBuildTables is the one-off cost of the word tables, paid by
// every process that parses a date.
func BenchmarkBuildTables(b *testing.B) {
	for b.Loop() {
		buildTables()
	}
}

// BenchmarkWordIndex looks up every key of the word table and the key with
// a letter more (a miss, as most words of a text are) through the
// generated index, and through a map of the same keys for comparison.
func BenchmarkWordIndex(b *testing.B) {
	t := getTables()
	keys := make([][]byte, 0, 2*len(t.words.keys))
	m := map[string]int{}
	for i, k := range t.words.keys {
		keys = append(keys, []byte(k), []byte(k+"x"))
		m[k] = i
	}
	b.Run("index", func(b *testing.B) {
		n := 0
		for b.Loop() {
			for _, k := range keys {
				n += t.words.find(k)
			}
		}
	})
	b.Run("map", func(b *testing.B) {
		n := 0
		for b.Loop() {
			for _, k := range keys {
				n += m[string(k)]
			}
		}
	})
}
