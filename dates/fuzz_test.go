package dates

import (
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"Published : Jul 3, 2024, 7:43 PM IST",
	"Team Udayavani,  Mar 13, 2019, 10:14 AM IST",
	"2024-07-03T19:43:00.123+05:30",
	"Wed, 03 Jul 24 14:13:00 GMT",
	"03/07/2024 12:51PM IST",
	"Updated: 18 Oct 2018, 0500 hrs IST",
	"2024. 7. 3. 오후 7:43",
	"2024年7月3日星期三 19時43分",
	"ngày 3 tháng 7 năm 2024",
	"शाम 7 बजे, ३ जुलाई २०२४",
	"वසර 2කට පෙර",
	"25 ਘੰਟੇ ਪਹਿਲਾਂ 10:08 ਬਾਦੁ",
	"il y a 2 jours",
	"Updated: yesterday 10:30",
	"कल शाम 5:10 IST",
	"GMT+5:30 -0500 +14:59",
	"1.2.3.4.5.6",
	"\xff\xfe 3 Jul \x00 2024",
}

func checkResult(t *testing.T, s string, r Result, o Options) {
	t.Helper()
	if r.Start < 0 || r.End > len(s) || r.Start >= r.End {
		t.Fatalf("bad span [%d:%d] in %q", r.Start, r.End, s)
	}
	if !r.Relative {
		n := o.norm()
		if y := r.Time.Year(); y < n.min || y > n.max {
			t.Fatalf("year %d out of range in %q", y, s)
		}
	}
	if r.String() == "" {
		t.Fatalf("empty String for %q", s)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	o := Options{Ref: ref}
	f.Fuzz(func(t *testing.T, s string) {
		r, ok := Parse(s, o)
		if ok {
			checkResult(t, truncate(s, MaxParseLen), r, o)
		}
		Label(s, o)
	})
}

func FuzzFind(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("Jane SmithMar 5, 20236:01 PM ET")
	f.Fuzz(func(t *testing.T, s string) {
		for _, o := range []Options{{Ref: ref}, {Ref: ref, RunTogether: true}} {
			if len(s) <= maxLine {
				checkKinds(t, s, o)
			}
			end := 0
			for _, r := range Find(s, o) {
				checkResult(t, s, r, o)
				if r.Start < end {
					t.Fatalf("overlapping or unordered results in %q", s)
				}
				end = r.End
				if !utf8.ValidString(s[r.Start:r.End]) && utf8.ValidString(s) {
					t.Fatalf("span cuts a rune in %q", s)
				}
			}
		}
	})
}

// checkKinds checks that Kinds is Find's dates with Labels' kinds.
func checkKinds(t *testing.T, s string, o Options) {
	t.Helper()
	kinds, found, labelled := Kinds(s, o), Find(s, o), Labels(s, o)
	if len(kinds) != len(found) {
		t.Fatalf("Kinds(%q) gave %d dates, Find %d", s, len(kinds), len(found))
	}
	var got []Labeled
	for i, k := range kinds {
		if k.Result != found[i] {
			t.Fatalf("Kinds(%q)[%d] = %+v, Find %+v", s, i, k.Result, found[i])
		}
		if k.Kind != Unknown {
			got = append(got, k)
		}
	}
	if len(got) != len(labelled) {
		t.Fatalf("Kinds(%q) labelled %d, Labels %d", s, len(got), len(labelled))
	}
	for i := range got {
		if got[i] != labelled[i] {
			t.Fatalf("Kinds(%q) labelled %+v, Labels %+v", s, got[i], labelled[i])
		}
	}
}

func TestKinds(t *testing.T) {
	for _, s := range append(fuzzSeeds, "Published: 3 July 2024 | Updated: 4 July 2024, 10:30", "By Jane, 3 July 2024; more on 5 July 2024", "3 जुलाई 2024 को प्रकाशित") {
		for _, o := range []Options{{Ref: ref}, {Ref: ref, RunTogether: true}} {
			checkKinds(t, s, o)
		}
	}
}
