package sink

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

// referenceJSON is what the JSONL writer wrote before appendRecord:
// encoding/json's Encoder without HTML escaping, without the newline.
func referenceJSON(t testing.TB, r *pipeline.Record) ([]byte, error) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

func checkSame(t testing.TB, r *pipeline.Record) {
	t.Helper()
	want, err := referenceJSON(t, r)
	got, ok := appendRecord(nil, r)
	if err != nil {
		if ok {
			t.Fatalf("encoding/json fails (%v), appendRecord does not: %s", err, got)
		}
		return
	}
	if !ok {
		t.Fatalf("appendRecord fails where encoding/json writes %s", want)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("appendRecord differs from encoding/json\n got %s\nwant %s", got, want)
	}
}

// trickyStrings are the strings the random records are made of: escapes,
// HTML characters, invalid UTF-8, line separators, several scripts.
var trickyStrings = []string{
	"", "a", "Hello, world", `quote " and \ backslash`, "<b>&amp;</b> > <", "tab\tnew\nline\rcr",
	"\b\f\x00\x01\x1f\x7f", "bad \xff\xfe utf8 \xc3", "sep \u2028 and \u2029", "नमस्ते दुनिया", "ಕನ್ನಡ ಸುದ್ದಿ",
	"emoji 😀 \U0010FFFF", "\u00e9\u0301", "2026-12-04T10:00:00+05:30", "2026-12-04", "</script>", "\xed\xa0\x80",
}

var trickyFloats = []float64{0, 1, -1, 0.5, 0.1234567890123, 1e-7, 9.99e-7, 1e-6, 1e20, 1e21, 1.5e300, -2.5e-9,
	123456789.125, 5e-324, math.MaxFloat64, 0.30000000000000004}

var rawMessages = []string{`{}`, `{"a": 1, "b": [1, 2 ,3]}`, "{\n  \"x\": \"<&>\",\n  \"y\": null\n}", `[1,2]`, `"s"`, `{"bad":`}

// fill sets v (addressable) to a random value of its type, recursively:
// every field of pipeline.Record gets values, so that a field added to
// the record and not to appendRecord makes the comparison fail.
func fill(rng *rand.Rand, v reflect.Value, depth int) {
	switch v.Type() {
	case reflect.TypeFor[json.RawMessage]():
		if rng.IntN(2) == 0 {
			v.SetBytes([]byte(rawMessages[rng.IntN(len(rawMessages))]))
		}
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(trickyStrings[rng.IntN(len(trickyStrings))])
	case reflect.Int, reflect.Int64, reflect.Int32:
		switch rng.IntN(4) {
		case 0:
		case 1:
			v.SetInt(-rng.Int64N(1000))
		case 2:
			v.SetInt(rng.Int64())
		default:
			v.SetInt(rng.Int64N(100))
		}
	case reflect.Float64:
		if rng.IntN(4) == 0 {
			v.SetFloat(rng.NormFloat64() * math.Pow(10, float64(rng.IntN(40)-20)))
		} else {
			v.SetFloat(trickyFloats[rng.IntN(len(trickyFloats))])
		}
	case reflect.Bool:
		v.SetBool(rng.IntN(2) == 0)
	case reflect.Pointer:
		if rng.IntN(3) > 0 && depth < 4 {
			p := reflect.New(v.Type().Elem())
			fill(rng, p.Elem(), depth+1)
			v.Set(p)
		}
	case reflect.Slice:
		switch n := rng.IntN(5); n {
		case 0: // nil
		default:
			s := reflect.MakeSlice(v.Type(), n-1, n-1)
			for i := range n - 1 {
				fill(rng, s.Index(i), depth+1)
			}
			v.Set(s)
		}
	case reflect.Map:
		switch n := rng.IntN(6); n {
		case 0:
		default:
			m := reflect.MakeMap(v.Type())
			for range n - 1 {
				k := reflect.New(v.Type().Key()).Elem()
				fill(rng, k, depth+1)
				e := reflect.New(v.Type().Elem()).Elem()
				fill(rng, e, depth+1)
				m.SetMapIndex(k, e)
			}
			v.Set(m)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() && rng.IntN(5) > 0 {
				fill(rng, v.Field(i), depth+1)
			}
		}
	default:
		panic("fill: no case for " + v.Type().String())
	}
}

func TestAppendRecordMatchesEncodingJSON(t *testing.T) {
	ref := 3
	table := []pipeline.Record{
		{},
		{ID: "a", Spans: []pipeline.Span{}},
		{ID: "x", Published: "2026-01-02T03:04:05+05:30", Updated: "<&>", Langs: map[string]float64{"hin_Deva": 0.9, "eng_Latn": 1e-9}},
		{ID: "nan", LangScore: math.NaN()},
		{ID: "inf", Quality: map[string]float64{"x": math.Inf(1)}},
		{ID: "dup", Dup: &pipeline.Dup{Cluster: "c", Score: 0.25}},
		{ID: "meta", Metadata: json.RawMessage(`{ "a" : [ 1 , "<b>" ] }`)},
		{ID: "badmeta", Metadata: json.RawMessage(`{"a":`)},
		{ID: "spans", Spans: []pipeline.Span{{Start: 1, End: 2, Role: pipeline.RoleBody}, {Start: 0, End: 0, Ref: &ref, Evidence: 4, Reason: "r"}}},
		{ID: "img", Images: []pipeline.Image{{}, {URL: "u"}, {Caption: "c", Credit: "d"}}, Related: []pipeline.Related{{Title: "t"}, {Title: "u", URL: "v"}}},
	}
	for i := range table {
		checkSame(t, &table[i])
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var r pipeline.Record
		fill(rng, reflect.ValueOf(&r).Elem(), 0)
		checkSame(t, &r)
	}
}

// TestAppendRecordOnRecords compares the two encoders on records of the
// test data that other packages' tests wrote, when there are any.
func TestAppendRecordOnRecords(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.jsonl")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range bytes.Split(data, []byte("\n")) {
			var r pipeline.Record
			if len(line) == 0 || json.Unmarshal(line, &r) != nil {
				continue
			}
			checkSame(t, &r)
		}
	}
}

// TestJSONLWriteRecord checks that the writer's fast path writes what
// encoding/json writes, newline included.
func TestJSONLWriteRecord(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.jsonl")
	w, err := CreateJSONL(path)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	for range 200 {
		var r pipeline.Record
		fill(rng, reflect.ValueOf(&r).Elem(), 0)
		if enc.Encode(&r) != nil {
			continue
		}
		if err := w.Write(&r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want.Bytes()) {
		t.Fatal("JSONL.Write of records differs from encoding/json")
	}
	if w.Bytes() != int64(len(got)) {
		t.Fatalf("Bytes() = %d, wrote %d", w.Bytes(), len(got))
	}
}

func FuzzAppendRecord(f *testing.F) {
	f.Add("id", "text <&> \u2028", "2026-01-01", "hin_Deva", 0.5, []byte(`{"a":1}`), int64(3))
	f.Add("\xff", "\x00\x1f\"\\", "", "", math.Inf(1), []byte(`{`), int64(-1))
	f.Fuzz(func(t *testing.T, id, text, published, lang string, score float64, meta []byte, seed int64) {
		r := pipeline.Record{ID: id, Text: text, Title: text, Published: pipeline.Time(published), Lang: lang, LangScore: score,
			Langs: map[string]float64{lang: score, text: 1}, Metadata: meta, Authors: []string{id, text},
			Spans: []pipeline.Span{{Start: int(seed), End: len(text), Role: pipeline.Role(lang), Reason: id}}}
		checkSame(t, &r)
		// And random records from the seed, for the other fields.
		rng := rand.New(rand.NewPCG(uint64(seed), 7))
		var q pipeline.Record
		fill(rng, reflect.ValueOf(&q).Elem(), 0)
		checkSame(t, &q)
	})
}

func BenchmarkAppendRecord(b *testing.B) {
	rng := rand.New(rand.NewPCG(5, 6))
	recs := make([]pipeline.Record, 0, 64)
	for len(recs) < 64 {
		var r pipeline.Record
		fill(rng, reflect.ValueOf(&r).Elem(), 0)
		if _, ok := appendRecord(nil, &r); ok {
			recs = append(recs, r)
		}
	}
	b.Run("encoding-json", func(b *testing.B) {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		for i := 0; b.Loop(); i++ {
			buf.Reset()
			_ = enc.Encode(&recs[i%len(recs)])
		}
	})
	b.Run("appendRecord", func(b *testing.B) {
		var buf []byte
		for i := 0; b.Loop(); i++ {
			buf, _ = appendRecord(buf[:0], &recs[i%len(recs)])
		}
	})
}

// TestAppendJSONString compares the string escaping with encoding/json's,
// HTML escaping on (json.Marshal) and off, on the tricky strings and on
// random byte strings (mostly invalid UTF-8) and random rune strings.
func TestAppendJSONString(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 9))
	strs := append([]string{}, trickyStrings...)
	for range 5000 {
		b := make([]byte, rng.IntN(12))
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		strs = append(strs, string(b))
		rs := make([]rune, rng.IntN(8))
		for i := range rs {
			rs[i] = []rune{'a', '<', '"', '\n', 0x1f, 0x7f, 0x2028, 0x2029, 0x2027, 0x20AC, 0xE2, 0x0915, 0x1F600, 0xFFFD}[rng.IntN(14)]
		}
		strs = append(strs, string(rs))
	}
	for _, s := range strs {
		html, _ := json.Marshal(s)
		if got := appendJSONString(nil, s, true); !bytes.Equal(got, html) {
			t.Fatalf("%q with html: got %s, want %s", s, got, html)
		}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		_ = enc.Encode(s)
		if got, want := appendJSONString(nil, s, false), bytes.TrimSuffix(buf.Bytes(), []byte("\n")); !bytes.Equal(got, want) {
			t.Fatalf("%q: got %s, want %s", s, got, want)
		}
	}
}

// BenchmarkAppendRecordFile encodes the records of the JSON-lines file
// named by AKHBAR_BENCH_RECORDS (a run's output) both ways; MB/s is of
// JSON written.
func BenchmarkAppendRecordFile(b *testing.B) {
	path := os.Getenv("AKHBAR_BENCH_RECORDS")
	if path == "" {
		b.Skip("AKHBAR_BENCH_RECORDS names no records file")
	}
	var recs []pipeline.Record
	size := 0
	if err := readJSONLRecords(path, func(r pipeline.Record) error {
		recs = append(recs, r)
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	for i := range recs {
		out, _ := appendRecord(nil, &recs[i])
		size += len(out) + 1
	}
	b.Run("encoding-json", func(b *testing.B) {
		b.SetBytes(int64(size))
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		for b.Loop() {
			for i := range recs {
				buf.Reset()
				_ = enc.Encode(&recs[i])
			}
		}
	})
	b.Run("appendRecord", func(b *testing.B) {
		b.SetBytes(int64(size))
		var buf []byte
		for b.Loop() {
			for i := range recs {
				buf, _ = appendRecord(buf[:0], &recs[i])
			}
		}
	})
}
