package steps

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/legacyfont"
	"github.com/akhbar/akhbar/pipeline"
)

func TestLegacyStep(t *testing.T) {
	const kd = "fnYyh esa vkt ljdkj us ,d cSBd dh ftlesa dbZ eq[;ea=h 'kkfey gq, vkSj ;g QSlyk fd;k x;k fd ubZ ;kstuk ykxw gksxhA"
	const ch = "çÎËÜè ×ð´ ¥æÁ âÚU·¤æÚU Ùð °·¤ ÕñÆ·¤ ·¤è çÁâ×ð´ ·¤§ü ×éØ×¢˜æè àææç×Ü ãéU° ¥õÚU ØãU È¸ñâÜæ ç·¤Øæ »Øæ ç·¤ Ù§ü ØôÁÙæ Üæ»ê ãUô»èÐ"
	const en = "The government announced on Monday that the new scheme will come into force next month, officials said."
	type blk struct {
		role pipeline.Role
		text string
	}
	cases := []struct {
		name      string
		blocks    []blk
		title     string
		converted []bool // per block
		flags     []string
	}{
		{"kruti dev page", []blk{{pipeline.RoleMetadata, "fnYyh esa ck<+ dk [krjk"}, {pipeline.RoleBody, kd}, {pipeline.RoleBody, kd}},
			"", []bool{true, true, true}, []string{"legacy-font", "legacy-font-converted"}},
		{"english lines kept", []blk{{pipeline.RoleBoilerplate, "Home | News | Contact"}, {pipeline.RoleBody, kd}, {pipeline.RoleBody, en}, {pipeline.RoleMetadata, "Share on Facebook"}},
			"", []bool{false, true, false, false}, []string{"legacy-font", "legacy-font-converted"}},
		{"stated title converted", []blk{{pipeline.RoleBody, kd}},
			"fnYyh esa ck<+ dk [krjk", []bool{true}, []string{"legacy-font", "legacy-font-converted"}},
		{"english page untouched", []blk{{pipeline.RoleBody, en}, {pipeline.RoleBody, en}},
			"", []bool{false, false}, nil},
		{"unicode hindi untouched", []blk{{pipeline.RoleBody, "दिल्ली में आज सरकार ने एक बैठक की जिसमें कई मुख्यमंत्री शामिल हुए और यह फैसला किया गया।"}},
			"", []bool{false}, nil},
		{"english page with one kruti dev line", []blk{{pipeline.RoleBody, en}, {pipeline.RoleBody, en}, {pipeline.RoleBody, en}, {pipeline.RoleBody, "fnYyh esa ck<+ dk [krjk"}},
			"", []bool{false, false, false, false}, nil},
		{"chanakya page", []blk{{pipeline.RoleMetadata, ch[:strings.Index(ch, " ·¤è")]}, {pipeline.RoleBody, ch}, {pipeline.RoleBody, en}},
			"", []bool{true, true, false}, []string{"legacy-font", "legacy-font-converted"}},
	}
	for _, c := range cases {
		d := pipeline.NewDoc(pipeline.Item{ID: "x"})
		for _, b := range c.blocks {
			d.Blocks = append(d.Blocks, pipeline.Block{Role: b.role, Text: b.text})
		}
		d.Record.Title = c.title
		if err := legacyStep(d); err != nil {
			t.Fatal(err)
		}
		for i, b := range c.blocks {
			want := b.text
			if c.converted[i] {
				want = legacyfont.KrutiDev(b.text)
				if c.name == "chanakya page" {
					want = legacyfont.Chanakya(b.text)
				}
			}
			if d.Blocks[i].Text != want {
				t.Errorf("%s: block %d = %q, want %q", c.name, i, d.Blocks[i].Text, want)
			}
		}
		if c.title != "" && d.Record.Title != legacyfont.KrutiDev(c.title) {
			t.Errorf("%s: title %q not converted", c.name, d.Record.Title)
		}
		if !slices.Equal(d.Record.Flags, c.flags) {
			t.Errorf("%s: flags %q, want %q", c.name, d.Record.Flags, c.flags)
		}
	}
}

// TestLegacyPageLabelled runs a Kruti Dev text dump through every step:
// the record is Hindi in Devanagari, its headline and body converted.
func TestLegacyPageLabelled(t *testing.T) {
	page := "fnYyh esa ck<+ dk [krjk\n\n" +
		"fnYyh esa vkt ljdkj us ,d cSBd dh ftlesa dbZ eq[;ea=h 'kkfey gq, vkSj ;g QSlyk fd;k x;k fd ubZ ;kstuk ykxw gksxhA\n\n" +
		"mUgksaus dgk fd ;g ,d cM+k fnu gSA ljdkj us dgk] ge blds fy, rS;kj gSa vkSj ckn esa vkSj dne mBk, tk,saxsA\n"
	d := pipeline.NewDoc(pipeline.Item{ID: "kd", Source: pipeline.Source{Format: "text"}, Body: []byte(page)})
	for _, s := range Build(Config{}) {
		if err := s.Run(d); err != nil {
			t.Fatalf("%s: %v", s.Name, err)
		}
	}
	r := d.Record
	if r.Lang != "hin_Deva" {
		t.Errorf("lang %q, want hin_Deva", r.Lang)
	}
	if !strings.Contains(r.Text, "दिल्ली में आज सरकार ने एक बैठक की") {
		t.Errorf("body not converted: %q", r.Text)
	}
	if !slices.Contains(r.Flags, "legacy-font-converted") {
		t.Errorf("flags %q, want legacy-font-converted", r.Flags)
	}
	t.Logf("title %q, flags %q", r.Title, r.Flags)
}

// TestLegacyPageFields runs a seed-shaped news page typed in Kruti Dev
// (English menu, headline, byline, agency dateline, body, "also read",
// share line; written for this test) through every step: converted before
// clean, the page's fields come out as from a Unicode page.
func TestLegacyPageFields(t *testing.T) {
	page, err := os.ReadFile("testdata/krutidev-page.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := pipeline.NewDoc(pipeline.Item{ID: "kd", Source: pipeline.Source{Format: "text"}, Body: page})
	for _, s := range Build(Config{}) {
		if err := s.Run(d); err != nil {
			t.Fatalf("%s: %v", s.Name, err)
		}
	}
	r := d.Record
	checks := []struct{ field, got, want string }{
		{"lang", r.Lang, "hin_Deva"},
		{"title", r.Title, "दिल्ली में बाढ़ का खतरा, यमुना का जल स्तर खतरे के निशान के पार"},
		{"authors", strings.Join(r.Authors, "; "), "राहुल शर्मा"},
		{"dateline", r.Dateline, "नई दिल्ली"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
	if len(r.Related) != 1 || r.Related[0].Title != "मुंबई में भारी बारिश, लोकल ट्रेनें प्रभावित" {
		t.Errorf("related %+v, want the one \"also read\" title", r.Related)
	}
	if !strings.HasPrefix(r.Text, "नई दिल्ली, 3 जुलाई (भाषा) यमुना नदी का जल स्तर") || strings.Contains(r.Text, "Share") {
		t.Errorf("body %q", r.Text)
	}
}
